"""Verification (contradictions with allergies, labs, medications; evidence checks) and grounding."""

from __future__ import annotations

import json

import pytest

from consilium.agents.grounding import NO_SOURCE, cite, ground_opinion
from consilium.agents.schemas import Opinion
from consilium.experts.base import ExpertRegistry
from consilium.experts.clinical.register import register_clinical_experts
from consilium.orchestration import Consilium, Settings
from consilium.orchestration.case.model import Case
from consilium.orchestration.models.chat import ModelRequest
from consilium.orchestration.models.scripted import canned_response
from consilium.tools.knowledge import default_knowledge_base
from tests.scripted import scripted_models


def _recommending(steps: list[str], evidence: list[str] | None = None):
    def respond(request: ModelRequest) -> str:
        title = (request.schema or {}).get("title", "")
        out = json.loads(canned_response(request))
        if title in ("SpecialistOutput", "SurgeryOutput"):
            out["recommendations"] = steps
            if evidence is not None:
                out["findings"] = [{"statement": "opacity", "evidence": evidence}]
        return json.dumps(out)
    return respond


def _review(tmp_path, case: Case, steps: list[str], evidence: list[str] | None = None):
    registry = ExpertRegistry()
    register_clinical_experts(registry)
    return Consilium(Settings(home=tmp_path), models=scripted_models(_recommending(steps, evidence)),
                     experts=registry, checkpoint_db=":memory:").review(case)


def _case(**extra) -> Case:
    # the question asks for the blood tests: a pathologist reads them, and its recommendations are checked
    return Case(id="v1", demographics={"age_years": 70, "sex": "female"}, history="Fever and cough.",
                question="What do the blood tests show, and what should be done?", **extra)


def test_allergy_contradiction_is_flagged_on_the_step(tmp_path):
    r = _review(tmp_path, _case(allergies=["Penicillin - anaphylaxis"]), ["Start oral amoxicillin 1 g three times daily"])
    assert any("amoxicillin" in c and "penicillin" in c for c in r.opinion.contradictions)
    step = next(s for s in r.opinion.next_steps if "amoxicillin" in s["text"])
    assert step["contradictions"]


def test_lab_contradiction_uses_the_lab_expert(tmp_path):
    case = _case(labs=[{"name": "K+", "value": 6.8, "unit": "mmol/L", "reference_low": 3.5, "reference_high": 5.3}])
    r = _review(tmp_path, case, ["Give oral potassium supplement"])
    assert any("potassium" in c and "6.8" in c and "[lab_panel:labs]" in c for c in r.opinion.contradictions)


def test_medication_contradiction(tmp_path):
    r = _review(tmp_path, _case(medications=["warfarin 3 mg daily"]), ["Start apixaban 5 mg twice daily"])
    assert any("already anticoagulated" in c for c in r.opinion.contradictions)


def test_no_contradiction_gives_an_ok_check(tmp_path):
    r = _review(tmp_path, _case(allergies=["penicillin"], medications=["metformin"]), ["Start doxycycline 100 mg"])
    assert r.opinion.contradictions == []
    assert any(c["kind"] == "safety" and c["status"] == "ok" for c in r.opinion.verification)


def test_finding_citing_missing_evidence_is_flagged(tmp_path):
    r = _review(tmp_path, _case(), ["Chest radiograph"], evidence=["[ct_quant:nothere]"])
    flags = [c for c in r.opinion.verification if c["kind"] == "evidence" and c["status"] == "flag"]
    assert flags and "ct_quant:nothere" in flags[0]["detail"]


@pytest.fixture(scope="module")
def kb():
    return default_knowledge_base()


def test_recommendation_cites_a_guideline_with_doi(kb):
    source = cite(kb, "Start empirical antibiotics for community-acquired pneumonia")
    assert source is not None and "pneumonia" in source["title"].lower() and source["doi"]


def test_unsupported_recommendation_is_marked(kb):
    op = Opinion(differential=[], overall_confidence=0.5, confidence_basis="x",
                 next_steps=[{"text": "Walk the dog twice daily", "from": ["surgery"]}])
    grounded = ground_opinion(op, kb)
    assert grounded.next_steps[0]["support"] == NO_SOURCE and grounded.next_steps[0]["sources"] == []


def test_review_grounds_every_next_step(tmp_path):
    r = _review(tmp_path, _case(), ["Start empirical antibiotics for community-acquired pneumonia", "Walk the dog"])
    support = {s["text"]: s["support"] for s in r.opinion.next_steps}
    assert support["Walk the dog"] == NO_SOURCE
    assert support["Start empirical antibiotics for community-acquired pneumonia"] == "cited"


def test_strong_disagreement_is_stated_with_what_would_resolve_it(tmp_path):
    from consilium.agents.consensus import build_opinion
    from consilium.agents.schemas import SpecialistOutput, SpecialistReport

    def report(who: str, dx: str, rec: str) -> SpecialistReport:
        out = SpecialistOutput(findings=[], differential=[{"diagnosis": dx, "likelihood": "high"}],
                               recommendations=[rec], confidence=0.7)
        return SpecialistReport(task=who, specialist=who, model_id="m", output=out, started_at="", seconds=0)

    op = build_opinion([report("radiology", "Pulmonary embolism", "CT pulmonary angiogram"),
                        report("pathology", "Pneumonia", "Blood cultures")], [], planned=2)
    assert any("No majority" in u for u in op.uncertainties)
    assert any("nearly tied" in u for u in op.uncertainties)
    dissenter_asks = {"radiology": "CT pulmonary angiogram", "pathology": "Blood cultures"}[op.differential[0].dissent[0]]
    assert dissenter_asks in op.resolve_by and any("multidisciplinary" in r for r in op.resolve_by)
    agreed = build_opinion([report("radiology", "Pneumonia", "x"), report("pathology", "pneumonia", "y")], [], planned=2)
    assert agreed.uncertainties == [] and agreed.resolve_by == []


def test_stopping_a_drug_is_not_adding_it(tmp_path):
    case = _case(medications=["spironolactone 25 mg daily", "ramipril 5 mg daily"], allergies=["penicillin"])
    r = _review(tmp_path, case, ["Stop spironolactone and recheck potassium in 24 hours",
                                 "Hold spironolactone; avoid amoxicillin",
                                 "Discontinue ramipril and spironolactone until the potassium is normal"])
    assert r.opinion.contradictions == []
    assert all(not s.get("contradictions") for s in r.opinion.next_steps)


def test_a_contradiction_in_several_steps_is_listed_once_and_a_restart_is_still_caught(tmp_path):
    case = _case(medications=["ramipril 5 mg daily"])
    r = _review(tmp_path, case, ["Stop ramipril and start spironolactone 25 mg daily",
                                 "Start spironolactone 25 mg daily; repeat U&E in one week"])
    assert r.opinion.contradictions == ["'spironolactone' with current 'ramipril': adds to potassium retention "
                                        "from a current medication"]
    flagged = [s for s in r.opinion.next_steps if s.get("contradictions")]
    assert len(flagged) == 2 and all(len(s["contradictions"]) == 1 for s in flagged)


@pytest.mark.parametrize(("text", "given"), [
    ("Stop spironolactone and recheck potassium", []),
    ("Discontinue ramipril and spironolactone until the potassium is normal", []),
    ("Do not give amoxicillin but start doxycycline", []),
    ("Stop the statin and clarithromycin", []),
    ("Hold metformin and administer IV potassium chloride", ["potassium chloride"]),
    ("Stop warfarin and initiate apixaban", ["apixaban"]),
    ("Hold ramipril, use ibuprofen 400 mg", ["ibuprofen"]),
    ("To avoid VTE heparin 5000 units twice daily", ["heparin"]),
    ("Avoid amoxicillin and use ceftriaxone", ["ceftriaxone"]),
    ("Do not stop spironolactone despite K 6.1", ["spironolactone"]),
    ("Stop ramipril\nAmoxicillin 500 mg three times daily", ["amoxicillin"]),
    ("Continue apixaban and add heparin", ["apixaban", "heparin"]),
])
def test_a_drug_counts_as_given_unless_a_stop_word_governs_it(text, given):
    from consilium.agents.verification import _given

    drugs = ("spironolactone", "potassium chloride", "amoxicillin", "apixaban", "heparin", "ibuprofen",
             "ceftriaxone", "clarithromycin")
    assert _given(text, drugs) == given


def test_every_pair_of_added_and_current_drug_is_checked(tmp_path):
    case = _case(medications=["spironolactone 25 mg daily", "lisinopril 10 mg daily"])
    r = _review(tmp_path, case, ["Increase spironolactone to 50 mg daily"])
    assert r.opinion.contradictions == ["'spironolactone' with current 'lisinopril': adds to potassium retention "
                                        "from a current medication"]
