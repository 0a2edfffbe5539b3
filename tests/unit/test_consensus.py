"""The deterministic consensus: one entry per diagnosis, every agent's view kept, dissent visible."""

from __future__ import annotations

import pytest

from consilium.agents.consensus import (
    build_opinion,
    merge_differentials,
    merge_next_steps,
    normalise_diagnosis,
    same_diagnosis,
)
from consilium.agents.schemas import SpecialistOutput, SpecialistReport, SurgeryOutput, TaskFailure


def report(specialist: str, differential: list[tuple[str, str]], *, confidence: float = 0.6,
           recommendations: list[str] | None = None, evidence: list[str] | None = None,
           surgical: dict | None = None) -> SpecialistReport:
    data = {
        "findings": [{"statement": f"{specialist} finding", "evidence": evidence or []}],
        "differential": [{"diagnosis": d, "likelihood": lk, "rationale": f"{specialist} on {d}"} for d, lk in differential],
        "recommendations": recommendations or [],
        "confidence": confidence,
    }
    output = SurgeryOutput.model_validate({**data, "surgical_plan": surgical}) if surgical else \
        SpecialistOutput.model_validate(data)
    return SpecialistReport(task=specialist, specialist=specialist, model_id="m", output=output,
                            started_at="2026-01-01T00:00:00Z", seconds=0.1)


def same(a: str, b: str) -> bool:
    return same_diagnosis(normalise_diagnosis(a), normalise_diagnosis(b))


@pytest.mark.parametrize(("a", "b"), [
    ("MI", "Myocardial infarction"),
    ("Haemorrhage", "hemorrhage"),
    ("Subarachnoid haemorrhage", "SAH"),
    ("Acute appendicitis", "appendicitis"),
    ("Community-acquired pneumonia", "pneumonia"),
    ("Pneumonia, community acquired", "Community-acquired pneumonia"),
    ("Likely pulmonary embolism", "PE"),
    ("Crohn's disease", "Crohn disease"),
    ("Oesophageal varices (bleeding)", "esophageal varices"),
    ("Guillain-Barré syndrome", "GBS"),
    ("Pulmonary embolsim", "Pulmonary embolism"),  # a spelling slip inside a word
])
def test_variants_merge(a: str, b: str) -> None:
    assert same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("diabetes insipidus", "diabetes mellitus"),
    ("Type 1 diabetes mellitus", "Type 2 diabetes mellitus"),
    ("Hepatitis B", "Hepatitis C"),
    ("STEMI", "NSTEMI"),
    ("Stage II breast cancer", "Stage III breast cancer"),
    ("Hyperkalemic periodic paralysis", "Hypokalemic periodic paralysis"),
    ("Hyperthyroidism", "Hypothyroidism"),
    ("Pneumonia", "Pneumothorax"),
    ("Myocardial infarction", "Myocarditis"),
])
def test_different_diagnoses_stay_apart(a: str, b: str) -> None:
    assert not same(a, b)


def test_merge_keeps_each_agents_likelihood_and_dissent() -> None:
    reports = [
        report("radiology", [("Community-acquired pneumonia", "high"), ("Pulmonary embolism", "low")],
               evidence=["[cxr:img1]"]),
        report("pathology", [("Pneumonia", "moderate"), ("Sepsis", "high")], evidence=["labs: CRP"]),
        report("surgery", [("Empyema", "moderate")]),
    ]
    merged = {m.key: m for m in merge_differentials(reports)}
    pneumonia = merged["community acquired pneumonia"]
    assert pneumonia.support == {"radiology": "high", "pathology": "moderate"}
    assert pneumonia.agree == ["radiology", "pathology"]
    assert pneumonia.dissent == ["surgery"]  # reported, but did not list it
    assert pneumonia.diagnosis == "Community-acquired pneumonia"  # the name given with the highest likelihood
    assert pneumonia.score == round((0.7 + 0.4 + 0.0) / 3, 3)
    assert pneumonia.evidence == ["[cxr:img1]", "labs: CRP"]
    assert pneumonia.rationale == ["radiology: radiology on Community-acquired pneumonia", "pathology: pathology on Pneumonia"]
    pe = merged["pulmonary embolism"]
    assert pe.support == {"radiology": "low"}
    assert pe.agree == [] and pe.dissent == ["radiology", "pathology", "surgery"]  # rating low is dissent


def test_ranking_by_score_then_agreement() -> None:
    reports = [
        report("radiology", [("Appendicitis", "high"), ("Mesenteric adenitis", "moderate")]),
        report("pathology", [("Acute appendicitis", "moderate"), ("Ovarian torsion", "high")]),
    ]
    ranked = [m.key for m in merge_differentials(reports)]
    # appendicitis (0.7 + 0.4) / 2 = 0.55 > torsion 0.35 = adenitis 0.2 ... torsion 0.35 > adenitis 0.2
    assert ranked == ["appendicitis", "ovarian torsion", "mesenteric adenitis"]


def test_an_agent_listing_one_diagnosis_twice_counts_once_at_its_highest() -> None:
    merged = merge_differentials([report("radiology", [("MI", "low"), ("Myocardial infarction", "high")])])
    assert len(merged) == 1
    assert merged[0].support == {"radiology": "high"} and merged[0].score == 0.7


def test_overall_confidence_formula() -> None:
    reports = [report("radiology", [("Pneumonia", "high")], confidence=0.8),
               report("pathology", [("Pneumonia", "low"), ("Sepsis", "high")], confidence=0.6)]
    failure = TaskFailure(task="surgery", specialist="surgery", kind="timeout", reason="no answer within 30 s")
    opinion = build_opinion(reports, [failure], planned=3)
    top = opinion.differential[0]
    assert top.key == "pneumonia" and top.agree == ["radiology"]
    # mean confidence 0.7 x agreement factor (0.5 + 0.5 x 1/2) x completeness 2/3
    assert opinion.overall_confidence == round(0.7 * 0.75 * (2 / 3), 3)
    assert "1/2 agree" in opinion.confidence_basis and "2/3 reports" in opinion.confidence_basis
    assert opinion.missing == [failure]


def test_no_reports_means_no_confidence() -> None:
    failure = TaskFailure(task="radiology", specialist="radiology", kind="invalid_output", reason="garbage")
    opinion = build_opinion([], [failure], planned=2, red_flags=[{"name": "sepsis"}])
    assert opinion.differential == [] and opinion.overall_confidence == 0.0
    assert opinion.missing == [failure] and opinion.red_flags == [{"name": "sepsis"}]
    assert opinion.confidence_basis == "no specialist report completed"


def test_next_steps_merged_with_sources() -> None:
    reports = [
        report("radiology", [("Pneumonia", "high")], recommendations=["Start empirical antibiotics", "Repeat CXR in 6 weeks"]),
        report("pathology", [("Pneumonia", "high")], recommendations=["Start empirical antibiotics.", "Blood cultures"]),
    ]
    assert merge_next_steps(reports) == [
        {"text": "Start empirical antibiotics", "from": ["radiology", "pathology"]},
        {"text": "Repeat CXR in 6 weeks", "from": ["radiology"]},
        {"text": "Blood cultures", "from": ["pathology"]},
    ]
    assert build_opinion(reports, [], planned=2).next_steps == merge_next_steps(reports)


def test_surgical_plan_carried_into_opinion() -> None:
    plan = {"indicated": True, "indication": "perforation", "approach": "laparoscopy", "risks": ["bleeding"]}
    reports = [report("radiology", [("Perforated appendicitis", "high")]),
               report("surgery", [("Perforated appendicitis", "high")], surgical=plan)]
    opinion = build_opinion(reports, [], planned=2)
    assert opinion.surgical_plan is not None and opinion.surgical_plan.approach == "laparoscopy"
    assert opinion.overall_confidence == 0.6  # both agree, complete: confidence unchanged
