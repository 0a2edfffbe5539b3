"""FHIR out: Bundle in -> review (scripted models) -> Bundle out, validated with fhir.resources, on the
hand-written Bundles of the FHIR reader's tests; and a case that did not come from FHIR."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fhir.resources.R4B import get_fhir_model_class

from consilium.orchestration import ExportError, export_source, fhir_bundle, load_case, write_fhir_bundle
from consilium.orchestration.case.model import Case
from consilium.orchestration.export.fhir_out import computed_scores
from tests.export.conftest import FHIR_DATA, READABLE_BUNDLES


def _resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def _validate_everything(bundle: dict) -> None:
    get_fhir_model_class("Bundle").model_validate(bundle)
    for entry in bundle["entry"]:
        get_fhir_model_class(entry["resource"]["resourceType"]).model_validate(entry["resource"])


@pytest.mark.parametrize("name", READABLE_BUNDLES)
def test_round_trip_refers_to_the_input_patient_and_validates(reviewer, tmp_path: Path, name: str) -> None:
    path = FHIR_DATA / name
    source_bundle = json.loads(path.read_text())
    patient_entry = next(e for e in source_bundle["entry"] if e["resource"]["resourceType"] == "Patient")
    case = load_case(path)
    case = case.model_copy(update={"question": "How severe is it, and what should be done next?"})
    reviewer.review(case, review_id="r-rt")
    signed = reviewer.sign("r-rt", {"decision": "approved", "clinician": "Dr Round Trip", "comment": "agree"})
    out = write_fhir_bundle(signed, tmp_path / "out" / "bundle.json", source=export_source(reviewer, "r-rt"),
                            source_bundle=source_bundle)
    assert out.stat().st_mode & 0o777 == 0o600 and (tmp_path / "out").stat().st_mode & 0o777 == 0o700
    bundle = json.loads(out.read_text())
    _validate_everything(bundle)
    assert bundle["type"] == "collection" and not _resources(bundle, "Patient")  # referred to, not copied
    report = _resources(bundle, "DiagnosticReport")[0]
    assert report["subject"]["reference"] == patient_entry["fullUrl"]
    assert report["status"] == "final" and report["resultsInterpreter"][0]["display"] == "Dr Round Trip"
    urls = {e["fullUrl"]: e["resource"] for e in bundle["entry"]}
    observations = [urls[ref["reference"]] for ref in report.get("result", [])]
    assert all(o["resourceType"] == "Observation" and o["subject"] == report["subject"] for o in observations)
    # each computed score is an Observation whose value is the score's own
    scores = {e["measurements"][0]["name"]: e["measurements"][0]["value"] for e in computed_scores(signed)}
    shown = {o["code"]["text"]: o for o in observations if o["category"][0]["coding"][0]["code"] == "survey"}
    assert set(shown) == set(scores)
    for score, value in scores.items():
        obs = shown[score]
        assert "coding" not in obs["code"]  # no LOINC code could be checked offline: text only
        got = obs.get("valueQuantity", {}).get("value", obs.get("valueRange", {}).get("low", {}).get("value"))
        assert got == value or (value is None and "dataAbsentReason" in obs)
    provenance = _resources(bundle, "Provenance")[0]
    assert {t["reference"] for t in provenance["target"]} == {*(r["reference"] for r in report.get("result", [])),
                                                              next(u for u, r in urls.items() if r is report)}
    roles = {(a.get("role") or [{}])[0].get("text"): a["who"]["display"] for a in provenance["agent"]}
    for call in signed.audit:
        assert roles[f"{call['role']} agent"] == f"model {call['model_id']}"
    assert roles["signing clinician: approved"] == "Dr Round Trip"
    assert provenance["signature"][0]["who"]["display"] == "Dr Round Trip"


def test_scores_become_observations_with_their_values(reviewer) -> None:
    # NEWS2 (all five vitals) and CURB-65 are computed for this case: written before the export rules
    case = Case(id="cap-scores", presenting_complaint="Fever and productive cough for 4 days",
                demographics={"age_years": 72, "sex": "female"},
                examination={"Chest": "Bronchial breathing at the right base", "General": "Alert and oriented"},
                vitals={"temperature_c": 38.6, "heart_rate": 118, "respiratory_rate": 31, "systolic_bp": 86,
                        "diastolic_bp": 50, "spo2": 89},
                labs=[{"name": "Urea", "value": 9.2, "unit": "mmol/L"}])
    reviewer.review(case, review_id="r-scores")
    result = reviewer.get("r-scores")
    bundle = fhir_bundle(result, case)
    survey = {o["code"]["text"]: o for o in _resources(bundle, "Observation")
              if o["category"][0]["coding"][0]["code"] == "survey"}
    assert {"NEWS2", "CURB-65"} <= set(survey)
    assert survey["CURB-65"]["valueQuantity"]["value"] == 4  # urea, RR >= 30, SBP < 90, age >= 65
    assert survey["CURB-65"]["interpretation"][0]["coding"][0]["code"] == "H"
    assert "Lim WS" in survey["CURB-65"]["note"][0]["text"]  # the score's source travels with it
    news2 = survey["NEWS2"]  # supplemental oxygen not documented: a range, never a guessed input
    assert news2["valueRange"]["low"]["value"] < news2["valueRange"]["high"]["value"]
    report = _resources(bundle, "DiagnosticReport")[0]
    assert report["status"] == "preliminary" and "resultsInterpreter" not in report  # not signed yet
    assert report["conclusion"].startswith("Not yet signed by a clinician")
    provenance = _resources(bundle, "Provenance")[0]
    assert "signature" not in provenance and all(a["type"]["coding"][0]["code"] != "verifier"
                                                 for a in provenance["agent"])


def test_a_case_not_from_fhir_gets_a_deidentified_patient(reviewer) -> None:
    case = Case(id="Jane-Doe-MRN-123456", presenting_complaint="cough and fever", demographics={"sex": "female"},
                labs=[{"name": "CRP", "value": 180, "unit": "mg/L"}])
    reviewer.review(case, review_id="r-local")
    result = reviewer.sign("r-local", {"decision": "rejected", "clinician": "Dr B", "comment": "CXR not reviewed"})
    source = export_source(reviewer, "r-local")
    assert source.case.id == "Jane-Doe-MRN-123456"  # the original, kept privately
    bundle = fhir_bundle(result, source.case, stored_case_id=source.stored_case_id)
    patient = _resources(bundle, "Patient")[0]
    assert patient["gender"] == "female" and "name" not in patient and "birthDate" not in patient
    assert patient["identifier"][0]["value"] == source.stored_case_id.strip() != case.id
    assert "Jane" not in json.dumps(patient)
    report = _resources(bundle, "DiagnosticReport")[0]
    assert report["status"] == "cancelled" and report["conclusion"].startswith("Rejected by Dr B: CXR not reviewed")
    with pytest.raises(ExportError, match="not made from a FHIR Bundle"):
        fhir_bundle(result, source.case, source_bundle=json.loads((FHIR_DATA / READABLE_BUNDLES[0]).read_text()))


def test_an_invalid_value_is_refused_before_anything_is_written(reviewer, tmp_path: Path) -> None:
    case = Case(id="cap", presenting_complaint="cough and fever", labs=[{"name": "CRP", "value": 180, "unit": "mg/L"}])
    reviewer.review(case, review_id="r-bad")
    result = reviewer.sign("r-bad", {"decision": "approved", "clinician": "Dr C"})
    broken = result.model_copy(update={"signoff": {**result.signoff, "signed_at": "yesterday afternoon"}})
    with pytest.raises(ExportError, match="not valid at"):
        write_fhir_bundle(broken, tmp_path / "bundle.json")
    assert not (tmp_path / "bundle.json").exists()
