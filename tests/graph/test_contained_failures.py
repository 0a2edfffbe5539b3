"""A bug in one part (expert, model backend, node) is recorded as that part's failure; the review completes."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

import consilium.agents.answer as answer
import consilium.agents.nodes as nodes
from consilium.experts.base import Evidence, Expert, ExpertCard, ExpertRegistry
from consilium.experts.clinical.labs import LabPanelExpert
from consilium.orchestration.api import Consilium
from consilium.orchestration.case.model import Case
from consilium.orchestration.models.chat import ModelRequest, ScriptedModel
from consilium.orchestration.settings import Settings
from tests.scripted import canned, scripted_models


class _DividesByZero(Expert):
    card = ExpertCard(name="broken_ratio", version="0", inputs="imaging", outputs="a ratio", intended_use="tests",
                      limits="divides by zero", roles=["radiology"])

    def targets(self, case: Case) -> list[str]:
        return [s.id for s in case.imaging]

    def _run(self, case: Case, target: str, out_dir: Path) -> Evidence:
        ratio = 1 / 0
        return Evidence(id=f"broken_ratio:{target}", expert="broken_ratio", expert_version="0", target=target,
                        summary=str(ratio))


def _crashes(request: ModelRequest) -> str:
    raise RuntimeError("backend crashed mid-reply")


def test_an_expert_raising_zero_division_leaves_failed_evidence_and_a_complete_review(case, tmp_path, caplog) -> None:
    registry = ExpertRegistry()
    registry.register(_DividesByZero())
    registry.register(LabPanelExpert())
    consilium = Consilium(Settings(home=tmp_path / "home"), models=scripted_models(), experts=registry,
                          checkpoint_db=":memory:", knowledge=None)
    try:
        with caplog.at_level(logging.ERROR, logger="consilium.experts.base"):
            result = consilium.review(case)
    finally:
        consilium.close()
    assert result.complete and result.failures == {}
    broken = result.evidence["broken_ratio:cxr1"]
    assert broken["status"] == "failed" and "ZeroDivisionError" in broken["error"] and "division by zero" in broken["error"]
    assert "Traceback" not in broken["error"]
    assert result.evidence["lab_panel:labs"]["status"] == "ok"  # the other expert's result is intact
    assert set(result.reports) == {"radiology", "pathology", "surgery"}
    assert "broken_ratio:cxr1" in result.reports["radiology"].evidence_ids
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


def test_a_model_raising_runtime_error_fails_only_its_specialist(make_consilium, case) -> None:
    models = scripted_models(radiology=ScriptedModel(_crashes, model_id="crashing"))
    result = make_consilium(models).review(case)
    assert result.complete and set(result.failures) == {"radiology"}
    failure = result.failures["radiology"]
    assert (failure.kind, failure.specialist) == ("defect", "radiology")
    assert "unexpected RuntimeError: backend crashed mid-reply" in failure.reason
    assert set(result.reports) == {"pathology", "surgery"}
    assert result.reports["surgery"].output.differential  # downstream still ran, told radiology failed
    assert [a["outcome"] for a in result.audit if a["role"] == "radiology"] == ["model_error"]
    assert result.answer["source"] == "gp" and result.opinion.differential
    assert any(m.specialist == "radiology" and m.kind == "defect" for m in result.opinion.missing)


def test_a_triage_node_bug_falls_back_to_the_rule_plan(make_consilium, case, monkeypatch, caplog) -> None:
    def broken_plan(*args, **kwargs):
        raise KeyError("specialist")

    monkeypatch.setattr(nodes, "build_plan", broken_plan)
    with caplog.at_level(logging.ERROR, logger="consilium.agents.nodes"):
        result = make_consilium(scripted_models()).review(case)
    assert result.complete
    failure = result.failures["triage"]
    assert (failure.task, failure.specialist, failure.kind) == ("triage", "gp", "defect")
    assert failure.reason == "unexpected KeyError: 'specialist'"
    assert result.plan.fallback and [t.id for t in result.plan.tasks] == ["radiology", "pathology", "surgery"]
    assert set(result.reports) == {"radiology", "pathology", "surgery"}  # the parts after triage are intact
    assert result.answer["source"] == "gp"
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)


def test_a_consensus_bug_still_gives_the_gp_an_opinion_to_answer_from(make_consilium, case, monkeypatch) -> None:
    def broken_merge(*args, **kwargs):
        raise TypeError("unhashable type: 'list'")

    monkeypatch.setattr(nodes, "build_opinion", broken_merge)
    result = make_consilium(scripted_models()).review(case)
    assert result.complete and result.failures["consensus"].kind == "defect"
    assert set(result.reports) == {"radiology", "pathology", "surgery"}
    assert result.opinion.differential == [] and any(m.task == "consensus" for m in result.opinion.missing)
    assert result.answer["source"] == "gp"


def test_sign_off_interrupt_still_reaches_the_graph(make_consilium, case) -> None:
    result = make_consilium(scripted_models(canned), require_signoff=True).review(case)
    assert result.awaiting_signoff and "signoff" not in result.failures


@pytest.mark.parametrize(("module", "node"), [(nodes, "triage"), (nodes, "consensus"), (nodes, "verify_opinion"),
                                              (answer, "final_answer"), (nodes, "signoff")])
def test_every_graph_node_is_contained(module, node: str) -> None:
    assert getattr(module, node).__wrapped__  # contained() wraps it
