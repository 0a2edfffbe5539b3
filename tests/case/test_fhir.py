"""A case from a FHIR R4/R4B Bundle: the hand-written Bundles in data/fhir/ read through load_cases/load_case,
and one review of a Bundle from the command line on scripted models."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from consilium.orchestration.case.fhir import FhirBundleError, case_from_bundle
from consilium.orchestration.case.fhir_codes import fahrenheit_to_celsius
from consilium.orchestration.case.io import CaseFormatError, load_case, load_cases
from consilium.orchestration.models.chat import ModelRequest
from tests.scripted import canned, scripted_models

DATA = Path(__file__).parent / "data" / "fhir"
ADMISSION = DATA / "pneumonia_admission_r4.json"
CONTAINED = DATA / "contained_r4b.json"
UNRESOLVED = DATA / "unresolved_references.json"
INVALID = DATA / "invalid_resources.json"
PATHOLOGY = DATA / "pathology_searchset.json"


def _read(path: Path) -> tuple[object, list[str]]:
    result = load_cases(path)
    assert result.errors == [], result.errors
    assert len(result.cases) == 1
    return result.cases[0], [str(n) for n in result.notices]


def _bundle(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", [ADMISSION, CONTAINED, UNRESOLVED, PATHOLOGY], ids=lambda p: p.stem)
def test_each_valid_bundle_loads_as_one_fhir_case(path: Path) -> None:
    case, _ = _read(path)
    assert case.source == "fhir" and case.id == path.stem
    assert case.render()  # every field renders for a model


def test_every_resource_kind_lands_in_its_field() -> None:
    case, notices = _read(ADMISSION)
    assert (case.demographics.sex, case.demographics.age_years) == ("female", 67)  # born 1957-06-21, Bundle 2025-03-10
    assert case.presenting_complaint == "Cough and fever for three days"  # Composition section 10154-3
    assert case.history.startswith("Three days of productive cough")  # DocumentReference 10164-2, base64 text/plain
    assert case.family_history == "Father died of lung cancer at 70"
    assert "Chronic obstructive lung disease (since 2016-02-01)" in case.past_medical_history  # Condition
    assert "Type 2 diabetes mellitus" in case.past_medical_history
    assert "Procedure: Laparoscopic cholecystectomy (2009-11-04)" in case.past_medical_history  # Procedure
    assert case.social_history == "Tobacco smoking status: Ex-smoker"  # social-history Observation
    assert case.medications == ["Metformin 500 mg tablets, one tablet twice a day with meals",  # MedicationStatement
                                "Tiotropium 18 microgram inhalation powder, inhale one capsule once daily"]  # via Medication
    assert case.allergies == ["Penicillin (reaction: Anaphylaxis; high criticality)"]
    v = case.vitals
    assert (v.heart_rate, v.respiratory_rate, v.spo2, v.systolic_bp, v.diastolic_bp) == (112, 26, 90, 98, 58)
    assert v.temperature_c == 39.0  # 102.2 [degF]
    assert v.weight_kg == 69.9  # 154 [lb_av]
    assert v.other == {}
    assert case.examination["Chest auscultation"].startswith("Coarse crackles")  # exam Observation
    assert "Dull to percussion at the right base." in case.examination["Physical examination"]  # Composition 29545-1
    crp, potassium = case.labs
    assert (crp.name, crp.value, crp.unit, crp.reference_high, crp.flag) == ("CRP", 182, "mg/L", 5, "high")
    assert (potassium.reference_low, potassium.reference_high, potassium.flag) == (3.5, 5.3, "low")
    assert potassium.time == "2025-03-10T09:05:00Z"
    (study,) = case.imaging  # the ImagingStudy, with its DiagnosticReport's text attached
    assert (study.id, study.modality, study.body_part) == ("cxr-1", "CR", "Chest")
    assert "StudyInstanceUID 2.25.183276119345124913470963591231240517013" in study.description
    assert study.report == "Right lower lobe consolidation with air bronchograms.\nNo pleural effusion."
    assert case.question.startswith("Is this community-acquired pneumonia")  # Task.description
    assert "Pulmonary tuberculosis" not in case.render()  # refuted
    assert any("Condition/cond-tb-refuted" in n and "refuted" in n for n in notices)


def test_the_patients_name_and_identifiers_stay_out_of_the_case() -> None:
    case, notices = _read(ADMISSION)
    text = case.model_dump_json()
    assert "Margaret" not in text and "9434765919" not in text
    assert any("Patient/pat-1: name, identifiers" in n for n in notices)


def test_resources_consilium_does_not_read_are_listed_as_ignored() -> None:
    _, notices = _read(ADMISSION)
    (ignored,) = [n for n in notices if "ignored" in n]
    assert "Encounter/enc-1 (Bundle.entry[24].resource)" in ignored
    assert "Practitioner/dr-1 (Bundle.entry[25].resource)" in ignored
    assert "Medication/" not in ignored  # read through the MedicationRequest that names it


def test_a_medication_nothing_refers_to_is_listed_as_ignored(tmp_path: Path) -> None:
    bundle = _bundle(ADMISSION)
    bundle["entry"] = [e for e in bundle["entry"] if e["resource"].get("id") != "mr-tiotropium"]
    path = tmp_path / "no_request.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    case, notices = _read(path)
    assert not any("Tiotropium" in m for m in case.medications)
    assert any("Medication/med-tiotropium" in n and "referred to by nothing" in n for n in notices)


def test_contained_resources_are_read() -> None:
    case, notices = _read(CONTAINED)
    assert case.medications == ["Ramipril 10 mg oral capsule, 10 mg (on-hold)"]  # contained Medication, '#ramipril'
    potassium, creatinine = case.labs  # contained Observations, DiagnosticReport.result '#k', '#creat'
    assert (potassium.name, potassium.value, potassium.flag) == ("Potassium", 6.8, "high")
    assert (creatinine.reference_low, creatinine.reference_high) == (64, 104)  # the first range applies
    assert creatinine.reference_text == "women 49-90"  # the other range is kept as text
    assert case.other_results["Urea and electrolytes"].startswith("Severe hyperkalaemia")  # lab report conclusion
    assert case.other_results["12-lead ECG"].startswith("Peaked T waves")  # a non-lab Observation
    assert case.question.startswith("What is the cause of the kidney injury")  # ServiceRequest.note
    assert any("Practitioner/lab-lead (Bundle.entry[2].resource.contained[2])" in n for n in notices)
    assert (case.demographics.sex, case.demographics.age_years) == ("male", 73)


def test_unresolved_references_are_reported_and_the_rest_is_read() -> None:
    case, notices = _read(UNRESOLVED)
    joined = "\n".join(notices)
    assert "Observation/crp-other-patient at Bundle.entry[2].resource.subject: reference 'Patient/someone-else'" in joined
    assert "check that it is this patient's" in joined
    assert "DiagnosticReport/us-abdo at Bundle.entry[3].resource.imagingStudy[0]" in joined
    assert "DiagnosticReport/us-abdo at Bundle.entry[3].resource.result[0]: reference 'Observation/lactate-not-sent'" in joined
    assert "MedicationStatement/ms-unknown at Bundle.entry[4].resource.medicationReference" in joined
    assert "Bundle.entry[6] has no resource (DELETE Observation/old-draft)" in joined
    assert "DocumentReference/referral at Bundle.entry[5].resource.content[1].attachment: not inline text" in joined
    # nothing else is lost: urn:uuid references resolve, and each resource is still read
    assert [lab.name for lab in case.labs] == ["White cell count", "CRP"]
    (study,) = case.imaging
    assert (study.id, study.modality) == ("us-abdo", "US") and study.report.startswith("Non-compressible")
    assert case.medications == ["salbutamol inhaler"]  # the reference's display
    assert case.history.startswith("Referral letter: Right iliac fossa pain")
    assert (case.demographics.sex, case.demographics.age_years) == ("male", 17)
    assert case.question == "What is the most likely diagnosis and what should be done next?"  # no Task: the default


def test_an_invalid_resource_is_named_by_id_and_json_path() -> None:
    result = load_cases(INVALID)
    assert result.cases == []
    (error,) = result.errors
    message = str(error)
    assert "Observation/k-bad at Bundle.entry[2].resource.valueQuantity.value" in message
    assert "MedicationRequest/mr-no-status at Bundle.entry[3].resource.status" in message
    assert "hb-ok" not in message and "Coverage" not in message  # valid or ignored resources are not blamed
    with pytest.raises(CaseFormatError, match=r"Observation/k-bad at Bundle\.entry\[2\]"):
        load_case(INVALID)


def test_an_invalid_contained_resource_is_named_by_its_path() -> None:
    bundle = _bundle(CONTAINED)
    bundle["entry"][2]["resource"]["contained"][1]["valueQuantity"]["value"] = "lots"
    with pytest.raises(FhirBundleError, match=r"DiagnosticReport/u-e at Bundle\.entry\[2\]\.resource\.contained\[1\]"
                                              r"\.valueQuantity\.value"):
        case_from_bundle(bundle, default_id="x", base_dir=DATA)


def test_statuses_and_vital_sign_readings() -> None:
    case, notices = _read(PATHOLOGY)
    assert case.vitals.heart_rate == 78  # the latest reading ...
    assert case.vitals.other["Heart rate @ 2026-01-15T08:00:00Z"] == "96 /min"  # ... and the earlier one beside it
    assert case.vitals.temperature_c == 36.8  # Cel
    assert case.vitals.spo2 is None  # 970 % is no saturation: kept as recorded, said so
    assert case.vitals.other["Oxygen saturation in Arterial blood @ 2026-01-15T10:00:00Z"] == "970 %"
    assert any("not a plausible value" in n for n in notices)
    assert case.vitals.other["Pain score"] == "2"  # a vital sign with no code in the table stays text
    assert case.labs == []  # the only lab was entered in error
    assert any("Observation/hb-wrong" in n and "entered-in-error" in n for n in notices)
    (specimen,) = case.pathology  # DiagnosticReport category SP
    assert specimen.report.startswith("Core biopsy, right breast") and specimen.id == "histo-1"
    assert case.examination["Breast examination"].startswith("2.5 cm hard mobile mass at 10 o'clock")  # nested section
    assert case.history == "Clinical history: Self-detected lump, right breast, 6 weeks."
    assert case.social_history == "Teacher; drinks 6 units of alcohol a week"
    assert case.allergies == ["No known allergy"]
    assert case.question.startswith("Is she a candidate for breast-conserving surgery")  # Task.note
    assert case.demographics.age_years == 46  # birthDate given as a year and month
    assert any("OperationOutcome/warn" in n for n in notices)


def test_a_bundle_of_two_patients_or_a_lone_resource_is_refused() -> None:
    bundle = _bundle(CONTAINED)
    second = copy.deepcopy(bundle["entry"][0])
    second["resource"]["id"] = "p-other"
    bundle["entry"].append(second)
    with pytest.raises(FhirBundleError, match="2 Patient resources .*Patient/p-aki, Patient/p-other"):
        case_from_bundle(bundle, default_id="x", base_dir=DATA)
    with pytest.raises(FhirBundleError, match="a FHIR Patient resource, not a Bundle"):
        case_from_bundle(bundle["entry"][0]["resource"], default_id="x", base_dir=DATA)


def test_a_bundle_without_a_patient_says_so(tmp_path: Path) -> None:
    bundle = _bundle(CONTAINED)
    bundle["entry"] = bundle["entry"][1:]
    imported = case_from_bundle(bundle, default_id="x", base_dir=DATA)
    assert imported.case.demographics.age_years is None
    assert any("no Patient resource" in m for m in imported.messages())
    assert imported.case.labs  # the rest is read


def test_a_birth_date_after_the_record_is_an_error_naming_the_patient() -> None:
    bundle = _bundle(CONTAINED)
    bundle["entry"][0]["resource"]["birthDate"] = "2030-01-01"
    with pytest.raises(FhirBundleError, match="the case read from the Bundle is not valid"):
        case_from_bundle(bundle, default_id="x", base_dir=DATA)


def test_fahrenheit_conversion_is_the_one_the_other_formats_use() -> None:
    from consilium.orchestration.case.io import _parse_vitals

    assert fahrenheit_to_celsius(98.6) == 37.0 and fahrenheit_to_celsius(102.2) == 39.0
    assert _parse_vitals({"Temperature": "102.2°F"}).temperature_c == 39.0


def test_cli_review_of_a_bundle_with_a_question(tmp_path: Path, monkeypatch, capsys) -> None:
    from consilium.orchestration.api import Consilium
    from consilium.orchestration.cli import common
    from consilium.orchestration.cli.main import main
    from consilium.orchestration.settings import Settings

    sent: list[ModelRequest] = []

    def answer(request: ModelRequest) -> str:
        sent.append(request)
        return canned(request)

    made: list[Consilium] = []

    def scripted(args):
        made.append(Consilium(Settings(home=tmp_path / "home"), models=scripted_models(answer), experts=None,
                              checkpoint_db=":memory:"))
        return made[-1]

    monkeypatch.setattr(common, "consilium_for", scripted)
    question = "Should she be admitted, and which antibiotic suits a penicillin allergy?"
    try:
        rc = main(["--home", str(tmp_path / "home"), "review", str(ADMISSION), "--question", question,
                   "--json", str(tmp_path / "result.json")])
    finally:
        for consilium in made:
            consilium.close()
    out = capsys.readouterr().out
    assert rc == 0, out
    assert "Note:" in out and "Encounter/enc-1" in out  # the ignored resources, shown to the clinician
    result = json.loads((tmp_path / "result.json").read_text(encoding="utf-8"))
    assert result["complete"] and result["case_id"] == "pneumonia_admission_r4"
    prompts = "\n".join(str(m) for request in sent for m in request.messages)
    assert question in prompts  # the command line's question replaced the Task's
    assert "Is this community-acquired pneumonia" not in prompts
    assert "CRP: 182 mg/L" in prompts and "Right lower lobe consolidation" in prompts


def test_cli_refuses_an_invalid_bundle_with_the_resource_named(tmp_path: Path, capsys) -> None:
    from consilium.orchestration.cli.main import main

    assert main(["--home", str(tmp_path / "home"), "review", str(INVALID)]) == 2
    out = capsys.readouterr().out
    assert "Cannot load case" in out and "Observation/k-bad" in out


def test_an_r5_resource_is_refused_with_the_versions_read() -> None:
    bundle = _bundle(UNRESOLVED)
    statement = bundle["entry"][4]["resource"]
    del statement["medicationReference"]
    statement["medication"] = {"concept": {"text": "salbutamol inhaler"}}  # R5's CodeableReference
    with pytest.raises(FhirBundleError, match=r"reads R4 and R4B.*MedicationStatement/ms-unknown at "
                                              r"Bundle\.entry\[4\]\.resource\.medication: Extra inputs"):
        case_from_bundle(bundle, default_id="x", base_dir=DATA)


def test_bundles_in_a_jsonl_file_are_one_case_each(tmp_path: Path) -> None:
    path = tmp_path / "bundles.jsonl"
    path.write_text("\n".join(json.dumps(_bundle(p)) for p in (CONTAINED, INVALID, PATHOLOGY)) + "\n", encoding="utf-8")
    result = load_cases(path)
    assert [c.id for c in result.cases] == ["bundles-001", "bundles-003"]
    (error,) = result.errors
    assert error.line == 2 and "Observation/k-bad" in error.message
    assert any(n.line == 1 and "Practitioner/lab-lead" in n.message for n in result.notices)


def test_without_fhir_resources_the_error_says_what_to_install(monkeypatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "fhir.resources.R4B", None)  # import fails as if not installed
    with pytest.raises(CaseFormatError, match=r"needs the 'fhir.resources' package"):
        load_case(CONTAINED)


def test_same_named_results_are_all_kept_and_panels_are_read_through_their_members() -> None:
    bundle = _bundle(CONTAINED)
    ecg = bundle["entry"][3]["resource"]
    repeat = {**copy.deepcopy(ecg), "id": "ecg-2", "valueString": "Sinus rhythm, T waves normal after calcium gluconate"}
    panel = {"resourceType": "Observation", "id": "panel", "status": "final", "code": {"text": "Renal panel"},
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                       "code": "laboratory"}]}],
             "hasMember": [{"reference": "Observation/ecg"}]}
    bundle["entry"] += [{"resource": repeat}, {"resource": panel}]
    case = case_from_bundle(bundle, default_id="x", base_dir=DATA).case
    assert case.other_results["12-lead ECG"].startswith("Peaked T waves")
    assert case.other_results["12-lead ECG (2)"].startswith("Sinus rhythm")
    assert [lab.name for lab in case.labs] == ["Potassium", "Creatinine"]  # no empty 'Renal panel' row


def test_an_infants_age_keeps_its_months_and_a_missing_timestamp_is_said() -> None:
    bundle = _bundle(CONTAINED)
    bundle["entry"][0]["resource"]["birthDate"] = "2024-05-02"  # six months before the Bundle's timestamp
    assert case_from_bundle(bundle, default_id="x", base_dir=DATA).case.demographics.age_years == 0.5
    del bundle["timestamp"]
    assert any("no timestamp" in m for m in case_from_bundle(bundle, default_id="x", base_dir=DATA).messages())


@pytest.mark.parametrize("path", [ADMISSION, CONTAINED, UNRESOLVED, PATHOLOGY], ids=lambda p: p.stem)
def test_any_one_entry_or_field_missing_gives_a_case_or_a_named_error(path: Path) -> None:
    """Exports leave things out: dropping any one entry, or any one field of any resource, either still
    reads or fails with a FhirBundleError; never another exception."""
    original = _bundle(path)
    variants = []
    for n, entry in enumerate(original["entry"]):
        variants.append({**original, "entry": original["entry"][:n] + original["entry"][n + 1:]})
        for key in [k for k in entry.get("resource", {}) if k != "resourceType"]:
            changed = copy.deepcopy(original)
            del changed["entry"][n]["resource"][key]
            variants.append(changed)
    read = refused = 0
    for bundle in variants:
        try:
            case_from_bundle(bundle, default_id="x", base_dir=DATA)
            read += 1
        except FhirBundleError as exc:
            assert "Bundle.entry[" in str(exc) or "Patient" in str(exc), exc
            refused += 1
    assert read > refused > 0  # required fields (status, code, intent) are refused by name


@pytest.mark.parametrize("resource", ["text", {"id": "no-kind"}, 7], ids=["string", "no-resourceType", "number"])
def test_an_entry_whose_resource_is_no_resource_is_named(resource) -> None:
    bundle = _bundle(CONTAINED)
    bundle["entry"].insert(1, {"resource": resource})
    with pytest.raises(FhirBundleError, match=r"Bundle\.entry\[1\]\.resource is not a FHIR resource"):
        case_from_bundle(bundle, default_id="x", base_dir=DATA)
