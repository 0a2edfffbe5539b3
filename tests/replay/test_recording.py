"""Exact replay of a recorded review: identical opinion with no model; changed prompts, code and expert
outputs are reported with the call, the expected and the actual hash."""

from __future__ import annotations

import json
from pathlib import Path
from string import Template

import pytest
from consilium.agents import nodes
from consilium.experts.base import Evidence, ExpertCard, ExpertRegistry
from consilium.orchestration.case.model import Case
from consilium.orchestration.models.chat import ModelRequest, ModelTimeout, ScriptedModel
from consilium.orchestration.audit.playback import replay_review
from consilium.orchestration.audit.recording import (
    ReviewRecording,
    record_review,
    request_hash,
)
from consilium.orchestration.settings import Settings

from tests.scripted import canned, scripted_models

CASE = Case(id="cap-rec", demographics={"age_years": 67, "sex": "female"},
            presenting_complaint="Productive cough and fever for three days",
            vitals={"temperature_c": 38.9, "heart_rate": 112, "respiratory_rate": 26, "spo2": 91},
            labs=[{"name": "CRP", "value": 182, "unit": "mg/L", "reference_high": 5}],
            imaging=[{"id": "cxr1", "modality": "CR", "body_part": "chest", "report": "Right lower lobe consolidation."}],
            # asks for radiology and pathology and raises a surgical problem: triage and the whole team run
            question="What do the chest imaging and the blood tests show, and is there a lung abscess?")


class FakeLabExpert:
    """A minimal expert; ``note`` stands for a change in the expert's code."""

    card = ExpertCard(name="fake_lab", version="1", modality=["LAB"], inputs="labs", outputs="flags",
                      intended_use="tests", limits="none", roles=["pathology"])

    def __init__(self, note: str = "CRP high") -> None:
        self.note, self.runs = note, 0

    def targets(self, case: Case) -> list[str]:
        return ["labs"] if case.labs else []

    def run(self, case: Case, target: str, out_dir: Path) -> Evidence:
        self.runs += 1
        return Evidence(id="fake_lab:labs", expert="fake_lab", expert_version="1", target=target, summary=self.note)


def registry(expert: FakeLabExpert) -> ExpertRegistry:
    reg = ExpertRegistry()
    reg.register(expert)  # type: ignore[arg-type]
    return reg


@pytest.fixture
def recorded(make_consilium, tmp_path: Path) -> tuple[object, ReviewRecording, Path]:
    consilium = make_consilium(scripted_models(), experts=registry(FakeLabExpert()), knowledge=None)
    result, recording = record_review(consilium, CASE, review_id="rec-1")
    path = recording.save(tmp_path / "review.cassette.json")
    return result, recording, path


def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "replay-home")


def test_recording_holds_calls_experts_and_hashes(recorded) -> None:
    result, recording, path = recorded
    assert len(recording.calls) == result.llm_calls == 5
    assert {c.role for c in recording.calls} == {"gp", "radiology", "pathology", "surgery"}
    for call in recording.calls:
        assert len(call.request_sha256) == 64 and len(call.response_sha256) == 64 and call.response["text"]
    assert [(e.expert, e.target) for e in recording.experts] == [("fake_lab", "labs")]
    assert recording.result["opinion"]["differential"][0]["diagnosis"] == "Community-acquired pneumonia"
    assert "gp_triage" in recording.code["prompts"]
    on_disk = json.loads(path.read_text())
    assert on_disk["format"] == "consilium-review-recording/1" and on_disk["review_id"] == "rec-1"


def test_replay_without_any_model_gives_the_identical_opinion(recorded, tmp_path: Path) -> None:
    result, _, path = recorded
    expert = FakeLabExpert()
    check = replay_review(ReviewRecording.load(path), settings=settings(tmp_path), experts=registry(expert))
    assert check.identical, check.explain()
    assert check.result.opinion == result.opinion and check.result.answer == result.answer
    assert check.model_mismatches == [] and check.unused_calls == [] and check.expert_differences == []
    assert expert.runs == 1  # the live expert ran once to check its output
    assert check.explain().startswith("identical")


def test_replay_serves_recorded_expert_outputs_when_no_expert_is_installed(recorded, tmp_path: Path) -> None:
    check = replay_review(recorded[1], settings=settings(tmp_path), experts=None)
    assert check.identical, check.explain()


def test_a_changed_prompt_is_reported_with_the_call_and_both_hashes(recorded, tmp_path: Path, monkeypatch) -> None:
    original = nodes.template

    def changed(name: str) -> Template:
        t = original(name)
        return Template(t.template.replace("$case", "Think step by step.\n$case", 1)) if name == "gp_triage" else t

    monkeypatch.setattr(nodes, "template", changed)
    _, recording, _ = recorded
    check = replay_review(recording, settings=settings(tmp_path), experts=None)
    assert not check.identical
    first = check.model_mismatches[0]
    triage = recording.calls[0]
    assert first["call"] == "gp (TriageOutput)" and first["recorded_seq"] == triage.seq
    assert first["expected_sha256"] == triage.request_sha256 and first["got_sha256"] != triage.request_sha256
    assert first["differs_in"] == ["messages"] and "+[message 1, user] Think step by step." in first["diff"]
    text = check.explain()
    assert f"expected {triage.request_sha256[:12]}" in text and "Think step by step." in text
    # The review still completed (triage fell back to the rule plan), and the failure says why.
    assert check.result.complete and check.result.plan.fallback
    assert "replay: no recorded reply" in check.result.failures["triage"].reason


def test_changed_code_building_a_prompt_is_reported(recorded, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(nodes.DUTIES, "radiology", nodes.DUTIES["radiology"] + " Also count the ribs.")
    check = replay_review(recorded[1], settings=settings(tmp_path), experts=None)
    calls = [m["call"] for m in check.model_mismatches]
    assert calls[0] == "radiology (SpecialistOutput)" and "Also count the ribs." in check.model_mismatches[0]["diff"]
    assert not check.opinion_identical and "opinion diff" in check.explain()


def test_a_changed_expert_output_is_reported_and_the_recorded_one_is_used(recorded, tmp_path: Path) -> None:
    check = replay_review(recorded[1], settings=settings(tmp_path), experts=registry(FakeLabExpert("CRP very high")))
    assert not check.identical
    assert check.expert_differences[0]["expert"] == "fake_lab" and "summary" in check.expert_differences[0]["what"]
    assert check.model_mismatches == [] and check.opinion_identical  # the review itself replayed exactly


def test_recorded_timeouts_replay_as_timeouts(make_consilium, tmp_path: Path) -> None:
    def slow_surgery(request: ModelRequest) -> str:
        if request.role == "surgery":
            raise ModelTimeout("surgery model: no answer within 1 s")
        return canned(request)

    consilium = make_consilium(scripted_models(slow_surgery), knowledge=None)
    result, recording = record_review(consilium, CASE)
    assert result.failures["surgery"].kind == "timeout"
    assert [c.error for c in recording.calls if c.role == "surgery"] == [
        {"kind": "timeout", "message": "surgery model: no answer within 1 s"}]
    check = replay_review(recording, settings=settings(tmp_path), experts=None)
    assert check.identical, check.explain()
    assert check.result.failures["surgery"].kind == "timeout"


def test_request_hash_ignores_the_time_limit_only() -> None:
    base = {"role": "gp", "messages": [{"role": "user", "content": "x"}], "schema": None, "max_tokens": 10, "temperature": 0.0}
    assert request_hash(ModelRequest(**base, timeout_s=1)) == request_hash(ModelRequest(**base, timeout_s=99))
    assert request_hash(ModelRequest(**base, timeout_s=1)) != request_hash(ModelRequest(**{**base, "max_tokens": 11}, timeout_s=1))


def test_replay_calls_no_model(recorded, tmp_path: Path, monkeypatch) -> None:
    def refuse(self, request):  # any real or scripted model call during a replay is a defect
        raise AssertionError("a model was called during replay")

    monkeypatch.setattr(ScriptedModel, "complete", refuse)
    assert replay_review(recorded[1], settings=settings(tmp_path), experts=None).identical


def test_a_plan_that_differs_from_the_recording_is_a_difference(recorded, tmp_path: Path) -> None:
    _, recording, _ = recorded
    tampered = recording.model_copy(deep=True)
    tampered.result["plan"]["tasks"][0]["reason"] = "not what the triage said"
    check = replay_review(tampered, settings=settings(tmp_path), experts=None)
    assert check.opinion_identical and not check.identical
    assert "the plan differs from the recording" in check.notes and "plan differs" in check.explain()
