"""`consilium export REVIEW_ID --fhir FILE --mdt FILE.pdf [--bundle SOURCE]` on a review stored by another process's
reviewer (same home, SQLite checkpoints), signed and unsigned."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from consilium.orchestration import load_case
from consilium.orchestration.api import Consilium
from consilium.orchestration.cli import main as cli
from consilium.orchestration.settings import Settings
from tests.export.conftest import FHIR_DATA
from tests.scripted import scripted_models


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("CONSILIUM_SETTINGS", raising=False)
    home = tmp_path / "home"
    bundle = tmp_path / "Smith-John-admission.json"  # a file name that names the patient
    shutil.copy(FHIR_DATA / "pneumonia_admission_r4.json", bundle)
    reviewer = Consilium(Settings(home=home), models=scripted_models(), experts=None, require_signoff=True)
    reviewer.review(load_case(bundle), review_id="r-cli-signed")
    reviewer.sign("r-cli-signed", {"decision": "approved", "clinician": "Dr CLI"})
    reviewer.review(load_case(bundle), review_id="r-cli-open")
    reviewer.close()
    # `consilium review` asks for no sign-off step: the review ends with decision "unsigned", a note, no signature
    quick = Consilium(Settings(home=home), models=scripted_models(), experts=None)
    quick.review(load_case(bundle), review_id="r-cli-quick")
    assert (quick.get("r-cli-quick").signoff or {}).get("decision") == "unsigned"
    quick.close()
    return home


def _said(capsys) -> str:
    return " ".join(capsys.readouterr().out.split())  # the console wraps long lines


def test_export_writes_a_valid_bundle_and_a_pdf(home: Path, tmp_path: Path, capsys) -> None:
    fhir, mdt = tmp_path / "out" / "r.fhir.json", tmp_path / "out" / "r.mdt.pdf"
    code = cli.main(["--home", str(home), "export", "r-cli-signed", "--fhir", str(fhir), "--mdt", str(mdt),
                     "--bundle", str(FHIR_DATA / "pneumonia_admission_r4.json")])
    said = _said(capsys)
    assert code == 0, said
    assert "FHIR Bundle written" in said and "MDT document written" in said and "0600" in said
    assert fhir.stat().st_mode & 0o777 == 0o600 and mdt.stat().st_mode & 0o777 == 0o600
    bundle = json.loads(fhir.read_text())
    report = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "DiagnosticReport")
    assert report["status"] == "final" and report["subject"]["reference"].startswith("urn:uuid:8f2c1d52")
    assert mdt.read_bytes().startswith(b"%PDF-")


def test_unsigned_review_is_exported_as_preliminary_and_bad_requests_say_why(home: Path, tmp_path: Path,
                                                                              capsys) -> None:
    fhir = tmp_path / "open.fhir.json"
    assert cli.main(["--home", str(home), "export", "r-cli-open", "--fhir", str(fhir)]) == 0
    assert "is not signed" in _said(capsys)
    bundle = json.loads(fhir.read_text())
    patient = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient")
    assert "Smith" not in json.dumps(bundle) and patient["identifier"][0]["value"].startswith("case-")
    assert cli.main(["--home", str(home), "export", "r-cli-open"]) == 2
    assert "give --fhir FILE" in _said(capsys)
    assert cli.main(["--home", str(home), "export", "r-nope", "--fhir", str(fhir)]) == 2
    assert "No review with id 'r-nope'" in _said(capsys)
    not_a_bundle = tmp_path / "x.json"
    not_a_bundle.write_text('{"resourceType": "Patient"}')
    assert cli.main(["--home", str(home), "export", "r-cli-open", "--fhir", str(fhir),
                     "--bundle", str(not_a_bundle)]) == 2
    assert "not a FHIR Bundle" in _said(capsys)


def test_a_review_that_ended_unsigned_is_exported_as_preliminary(home: Path, tmp_path: Path, capsys) -> None:
    fhir, mdt = tmp_path / "quick.fhir.json", tmp_path / "quick.mdt.pdf"
    assert cli.main(["--home", str(home), "export", "r-cli-quick", "--fhir", str(fhir), "--mdt", str(mdt)]) == 0
    assert "is not signed" in _said(capsys)
    bundle = json.loads(fhir.read_text())
    report = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "DiagnosticReport")
    assert report["status"] == "preliminary" and "resultsInterpreter" not in report
    assert mdt.read_bytes().startswith(b"%PDF-")
