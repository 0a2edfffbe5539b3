"""The app's parts without a browser: upload checks and names, the case form, the exports."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from pydicom.data import get_testdata_file

from consilium.orchestration.api import Consilium
from consilium.orchestration.case.model import Case
from consilium.orchestration.settings import Settings
from consilium.ui.case_form import FormError, build_case, case_to_form, parse_labs
from consilium.ui.export import ExportError, fhir_diagnostic_report, signed_markdown, write_exports
from consilium.ui.uploads import check_file, describe, safe_name, store
from tests.scripted import scripted_models

CT = Path(get_testdata_file("CT_small.dcm"))


@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd", "passwd"), ("..\\..\\windows\\evil.dcm", "evil.dcm"), ("/abs/path/x.png", "x.png"),
    (".hidden", "hidden"), ("..", "upload"), ("a b;c$.nii.gz", "a_b_c_.nii.gz"), ("nul\x00byte.png", "nulbyte.png"),
])
def test_safe_name_never_chooses_a_directory(name: str, expected: str) -> None:
    assert safe_name(name) == expected


def test_file_checks_accept_real_files_and_explain_bad_ones(tmp_path: Path) -> None:
    ok = check_file(CT)
    assert ok.ok and ok.kind == "dicom" and ok.modality == "CT" and "128×128" in ok.detail
    junk = tmp_path / "scan.dcm"
    junk.write_bytes(b"\x00" * 300)
    bad = check_file(junk)
    assert not bad.ok and "DICOM" in bad.detail
    fake_png = tmp_path / "slide.png"
    fake_png.write_text("not an image")
    bad_png = check_file(fake_png, pathology=True)
    assert not bad_png.ok and "could not be read" in bad_png.detail
    assert not check_file(CT, pathology=True).ok  # a DICOM is not a pathology image
    import nibabel

    nii = check_file(Path(nibabel.__file__).parent / "tests" / "data" / "anatomical.nii")
    assert nii.ok and nii.kind == "nifti" and nii.detail.startswith("NIfTI volume")
    broken = tmp_path / "brain.nii.gz"
    broken.write_bytes(b"\x1f\x8b not really gzip")
    assert not check_file(broken).ok
    text = describe([ok, bad])
    assert "✓ `CT_small.dcm`" in text and "✗ `scan.dcm` — **not accepted**" in text and "left out" in text


def test_zip_members_are_stored_flat_under_safe_names(tmp_path: Path) -> None:
    archive = tmp_path / "series.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(CT, "../../outside/slice1.dcm")
        zf.write(CT, "series/slice2.dcm")
        zf.writestr("README.txt", "not dicom")
    item = check_file(archive)
    assert item.ok and item.kind == "dicom-zip" and "2 image file(s)" in item.detail and "skipped 1" in item.detail
    dest = tmp_path / "store" / "img1"
    paths = store(item, dest)
    assert sorted(p.name for p in paths) == ["slice1.dcm", "slice2.dcm"]
    assert all(p.parent == dest for p in paths) and not (tmp_path / "outside").exists()
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("notes.txt", "x")
    assert "no readable DICOM" in check_file(empty).detail


def test_form_round_trip_keeps_fields_the_form_does_not_show(tmp_path: Path) -> None:
    base = Case(id="c1", social_history="smoker", allergies=["penicillin"], vitals={"other": {"GCS": "15"}},
                labs=[{"name": "CRP", "value": 182, "unit": "mg/L", "reference_high": 5}])
    values = case_to_form(base)
    values["history"] = "edited in the form"
    values["labs"] = values["labs"] + [["Lactate", "4.1", "mmol/L", "", "2"], ["", "", "", "", ""]]
    case = build_case(values, base, imaging=[check_file(CT)], pathology=[], modality="auto", body_part="chest",
                      site="", upload_dir=tmp_path / "up")
    assert case.history == "edited in the form" and case.social_history == "smoker" and case.allergies == ["penicillin"]
    assert case.vitals.other == {"GCS": "15"}
    assert [(lab.name, lab.value, lab.reference_high) for lab in case.labs] == [("CRP", 182.0, 5.0), ("Lactate", 4.1, 2.0)]
    assert case.imaging[0].id == "upload-img1" and case.imaging[0].modality == "CT"
    assert case.imaging[0].files[0].parent == tmp_path / "up" / "upload-img1"


def test_form_errors_name_the_field_and_leave_no_files(tmp_path: Path) -> None:
    with pytest.raises(FormError, match="labs row 1, ref low: 'abc' is not a number"):
        parse_labs([["CRP", "10", "mg/L", "abc", ""]])
    with pytest.raises(FormError, match="labs row 2: both the test name and its value"):
        parse_labs([["CRP", "10", "", "", ""], ["", "5", "", "", ""]])
    values = case_to_form(Case(id="x"))
    values["id"] = "bad id!"
    with pytest.raises(FormError, match="field 'id': use only letters"):
        build_case(values, None, imaging=[check_file(CT)], pathology=[], modality="auto", body_part="", site="",
                   upload_dir=tmp_path / "up")
    assert not (tmp_path / "up").exists()


@pytest.fixture
def consilium(tmp_path: Path):
    c = Consilium(Settings(home=tmp_path / "home"), models=scripted_models(), experts=None, require_signoff=True,
                  checkpoint_db=":memory:")
    yield c
    c.close()


def test_exports_need_a_signature_and_carry_it(consilium, tmp_path: Path) -> None:
    from fhir.resources.R4B.diagnosticreport import DiagnosticReport

    case = Case(id="cap", presenting_complaint="cough and fever", labs=[{"name": "CRP", "value": 180, "unit": "mg/L"}])
    paused = consilium.review(case, review_id="cap-1")
    with pytest.raises(ExportError, match="awaiting sign-off"):
        write_exports(paused, tmp_path)
    rejected = consilium.sign("cap-1", {"decision": "rejected", "clinician": "Dr B", "comment": "CXR not reviewed"})
    md, js, fhir, mdt = write_exports(rejected, tmp_path / "out", consilium=consilium)
    assert [p.suffixes for p in (md, js, fhir, mdt)] == [[".md"], [".json"], [".fhir", ".json"], [".mdt", ".pdf"]]
    # they hold the patient's identifiers: the owner's only
    assert [p.stat().st_mode & 0o777 for p in (md, js, fhir, mdt, tmp_path / "out")] == [0o600] * 4 + [0o700]
    assert mdt.read_bytes().startswith(b"%PDF-")
    assert "- Decision: **Rejected**" in md.read_text() and "Dr B" in signed_markdown(rejected)
    assert json.loads(js.read_text())["signoff"]["decision"] == "rejected"
    bundle = json.loads(fhir.read_text())
    assert bundle["resourceType"] == "Bundle"
    resource = DiagnosticReport.model_validate(next(e["resource"] for e in bundle["entry"]
                                                    if e["resource"]["resourceType"] == "DiagnosticReport"))
    assert resource.status == "cancelled" and resource.conclusion.startswith("Rejected by Dr B: CXR not reviewed")
    assert fhir_diagnostic_report(rejected)["identifier"][0]["value"] == "cap-1"


def test_views_escape_model_text_and_show_failures_and_red_flags(tmp_path: Path) -> None:
    from consilium.orchestration.models.chat import ScriptedModel
    from consilium.orchestration.models.scripted import canned_response
    from consilium.orchestration import ReviewBoard
    from consilium.ui.board import board_html
    from consilium.ui.views import consensus_html, report_html

    def hostile(request):
        text = canned_response(request)
        return text.replace("Pneumonia, community acquired", "<img src=http://evil.example/x.png> pneumonia")

    c = Consilium(Settings(home=tmp_path / "home"), experts=None, require_signoff=True, checkpoint_db=":memory:",
                  models=scripted_models(pathology=ScriptedModel(hostile), radiology=ScriptedModel(lambda r: "not json")))
    try:
        # the question asks for both by name: without image files or a lab panel the GP would answer alone
        result = c.review(Case(id="cap", presenting_complaint="cough", labs=[{"name": "CRP", "value": 180}],
                               imaging=[{"id": "cxr1", "modality": "CR", "report": "RLL consolidation"}],
                               question="What do the radiograph and the blood tests show?"))
    finally:
        c.close()
    assert "radiology" in {f.specialist for f in result.failures.values()}
    board = ReviewBoard.from_result(result)
    assert board.status["radiology"] == "failed" and board.status["pathology"] == "done"
    assert board.status["signoff"] == "awaiting"
    assert 'data-node="radiology" data-status="failed"' in board_html(board)
    html = consensus_html(result) + report_html(result, "pathology") + report_html(result, "radiology")
    assert "<img" not in html and "&lt;img src=" in html  # escaped (the model layer may also redact the URL)
    assert "Failed or missing" in html and "radiology failed" in html
    flagged = result.model_copy(update={"red_flags": [{"urgency": "emergency", "name": "Sepsis <screen>",
                                                       "criteria_met": ["lactate 4.1"], "recommendation": "Sepsis six"}]})
    assert "<b>emergency</b> Sepsis &lt;screen&gt;: lactate 4.1 — Sepsis six" in consensus_html(flagged)
