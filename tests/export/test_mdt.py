"""The MDT document: built from a review on scripted models, rendered to PNG with pypdfium2 (the page must not
be blank) and read back with pypdf (each section's heading and the case's key values must be in it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydicom.data import get_testdata_file

from consilium.orchestration import NOT_A_DIAGNOSIS, export_source, write_mdt_pdf
from consilium.orchestration.case.model import Case
from consilium.orchestration.export.mdt import SECTIONS, mdt_pdf

pdfium = pytest.importorskip("pypdfium2", reason="the test extra renders PDF pages with pypdfium2")
pypdf = pytest.importorskip("pypdf", reason="the test extra reads PDF text with pypdf")

CASE = Case(
    id="mdt-nodule", title="Lung nodule on CT in an ex-smoker",
    demographics={"age_years": 64, "sex": "female"},
    presenting_complaint="Persistent cough for 3 months and 4 kg weight loss",
    past_medical_history="COPD", medications=["tiotropium 18 micrograms daily"], allergies=["co-amoxiclav (rash)"],
    vitals={"temperature_c": 36.9, "heart_rate": 88, "respiratory_rate": 18, "systolic_bp": 132,
            "diastolic_bp": 80, "spo2": 95},
    labs=[{"name": "CRP", "value": 31, "unit": "mg/L", "reference_high": 5},
          {"name": "Sodium", "value": 128, "unit": "mmol/L", "reference_low": 135, "reference_high": 145},
          {"name": "Haemoglobin", "value": 131, "unit": "g/L", "reference_low": 115, "reference_high": 165}],
    imaging=[{"id": "ct1", "modality": "CT", "body_part": "chest", "files": [get_testdata_file("CT_small.dcm")],
              "report": "Spiculated 21 mm nodule in the right upper lobe."}],
    question="What is the most likely diagnosis, and does she need an operation?",
)


def _text_and_pages(pdf: bytes, tmp_path: Path) -> tuple[str, list]:
    path = tmp_path / "mdt.pdf"
    path.write_bytes(pdf)
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    document = pdfium.PdfDocument(pdf)
    return " ".join(text.split()), [document[i].render(scale=1).to_pil() for i in range(len(document))]


def _ink(image) -> float:
    """The share of the page that is not white."""
    grey = image.convert("L")
    histogram = grey.histogram()
    return 1 - sum(histogram[245:]) / (grey.width * grey.height)


def test_signed_document_has_every_section_the_case_and_the_signature(reviewer, tmp_path: Path) -> None:
    reviewer.review(CASE, review_id="r-mdt")
    result = reviewer.sign("r-mdt", {"decision": "edited", "clinician": "Dr Ada Test, respiratory consultant",
                                     "comment": "MDT to confirm staging",
                                     "edited_answer": "Probable lung adenocarcinoma; PET-CT before resection."})
    source = export_source(reviewer, "r-mdt")
    path = write_mdt_pdf(result, tmp_path / "out" / "r-mdt.mdt.pdf", source.case)
    assert path.stat().st_mode & 0o777 == 0o600
    text, pages = _text_and_pages(path.read_bytes(), tmp_path)
    assert pages and all(_ink(page) > 0.01 for page in pages)  # every page has something drawn on it
    first = pages[0].convert("L")
    assert first.getextrema()[0] < 60  # dark text and the radiograph-grey CT thumbnail, not a blank sheet
    for heading in SECTIONS:
        assert heading in text, heading
    assert " ".join(NOT_A_DIAGNOSIS.split()) in text
    # the case's key values, the question, the team and the signature
    for value in ("64 years, female", "Persistent cough for 3 months", "co-amoxiclav (rash)", "Sodium 128 mmol/L",
                  "CRP 31 mg/L", "HR 88/min", "Spiculated 21 mm nodule",
                  "does she need an operation?", "PET-CT before resection", "Dr Ada Test, respiratory consultant",
                  "Approved with edits", "MDT to confirm staging", "CT chest [ct1]"):
        assert value in text, value
    assert "Haemoglobin 131" not in text  # the summary lists the out-of-range results when there are some
    for name in result.reports:
        assert f"{name.capitalize()} (model scripted" in text
    top = result.opinion.differential[0]
    assert top.diagnosis in text and (", ".join(top.dissent) or "none") in text
    for step in result.answer["next_steps"]:
        assert step["what"] in text


def test_unsigned_document_has_lines_to_sign_and_says_where_the_case_is_missing(reviewer, tmp_path: Path) -> None:
    reviewer.review(CASE, review_id="r-open")
    paused = reviewer.get("r-open")
    text, pages = _text_and_pages(mdt_pdf(paused, None), tmp_path)
    assert "awaiting sign-off" in text and "Not signed." in text
    for label in ("Decision (approve / approve with edits / reject):", "Clinician (name, role):", "Signature:",
                  "Date and time:"):
        assert label in text
    assert "The case as given is not available" in text and "Persistent cough" not in text
    assert all(_ink(page) > 0.01 for page in pages)


def test_model_text_cannot_switch_the_layout(reviewer, tmp_path: Path) -> None:
    # markup characters (fpdf2's markdown reads ** as bold) in a name or comment come out exactly as written
    reviewer.review(CASE, review_id="r-marks")
    result = reviewer.sign("r-marks", {"decision": "approved", "clinician": "Dr **Bold** Σ-test",
                                       "comment": "dose 2--3 mg __now__"})
    text, _ = _text_and_pages(mdt_pdf(result, CASE), tmp_path)
    assert "Dr **Bold** Σ-test" in text and "dose 2--3 mg __now__" in text


def test_an_image_that_cannot_be_read_is_named_and_the_document_still_written(reviewer, tmp_path: Path) -> None:
    reviewer.review(CASE, review_id="r-broken")
    result = reviewer.get("r-broken")
    broken = tmp_path / "Smith_John_chest.dcm"  # a name that identifies the patient must not reach the page
    broken.write_bytes(b"DICM" + b"\x00" * 400)
    case = Case.model_validate({**CASE.model_dump(), "imaging": [
        *CASE.model_dump()["imaging"], {"id": "cxr9", "modality": "CR", "body_part": "chest", "files": [broken]}]})
    text, pages = _text_and_pages(mdt_pdf(result, case), tmp_path)
    assert "CR chest [cxr9]: no thumbnail:" in text and "Smith_John" not in text
    assert "CT chest [ct1]" in text and all(_ink(page) > 0.01 for page in pages)  # the readable one is still shown
