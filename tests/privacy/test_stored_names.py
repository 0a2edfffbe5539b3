"""Identifiers outside prompts: a case file named after its patient leaves the name in no review id, no file
or folder name under the home, no checkpoint thread id and no `consilium show` list; what holds identifiers
is written 0600. Real files, the real CLI and a real SQLite checkpoint store; only the models are scripted."""

from __future__ import annotations

import json
import re
import sqlite3
import stat
from pathlib import Path

import pytest
from consilium.orchestration import Consilium, Settings, load_case
from consilium.orchestration.cli import common, main as cli
from consilium.orchestration.evaluation.replay import replay
from tests.replay.conftest import answering
from tests.scripted import scripted_models

PATIENT_FILE = "Jane_Doe_MRN_12345678.yaml"
LEAKS = ("jane", "doe", "12345678")  # any of them in a name means the file name got through
CASE_YAML = """\
demographics: {age_years: 61, sex: female}
presenting_complaint: Right lower quadrant pain for one day, fever
history: Ms Jane Doe (MRN 12345678) has had right lower quadrant pain since yesterday.
vitals: {temperature_c: 38.2, heart_rate: 104}
labs:
  - {name: WBC, value: 15.2, unit: 10^9/L, reference_high: 11}
question: What is the most likely diagnosis?
"""
REVIEW_ID = re.compile(r"r-[0-9a-f]{16}")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _assert_no_leak_in_names(root: Path) -> None:
    for path in root.rglob("*"):
        name = str(path.relative_to(root)).lower()
        assert not any(leak in name for leak in LEAKS), f"case-derived text in a stored name: {name}"


def _thread_ids(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT DISTINCT thread_id FROM checkpoints")]


def _assert_store_is_clean(home: Path) -> list[str]:
    """The checkpoint store names reviews opaquely, and holds neither the file name nor the MRN anywhere."""
    ids = _thread_ids(home / "checkpoints.sqlite")
    assert ids and all(REVIEW_ID.fullmatch(i) for i in ids), ids
    raw = b"".join(p.read_bytes() for p in home.glob("checkpoints.sqlite*"))
    assert b"Jane_Doe" not in raw and b"12345678" not in raw
    _assert_no_leak_in_names(home)
    private = home / "private"
    assert _mode(private) == 0o700 and all(_mode(p) == 0o600 for p in private.iterdir())
    return ids


@pytest.fixture
def patient_file(tmp_path: Path) -> Path:
    path = tmp_path / "cases" / PATIENT_FILE
    path.parent.mkdir()
    path.write_text(CASE_YAML)
    return path


@pytest.fixture
def scripted_cli(monkeypatch, tmp_path: Path) -> Path:
    """The real CLI on a real home and SQLite store, with scripted models in place of the embedded one."""
    home = tmp_path / "home"
    for name in ("CONSILIUM_SETTINGS", "CONSILIUM_DEID_SECRET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CONSILIUM_HOME", str(home))
    monkeypatch.setenv("COLUMNS", "200")  # the show table unwrapped
    monkeypatch.setattr(common, "consilium_for", lambda args: Consilium(
        common.settings_for(args), models=scripted_models(answering("Acute appendicitis")), experts=None,
        knowledge=None))
    return home


def test_a_patient_named_case_file_reviewed_through_the_cli_leaves_no_name_behind(
        scripted_cli: Path, patient_file: Path, tmp_path: Path, capsys) -> None:
    home, out = scripted_cli, tmp_path / "out"
    out.mkdir()
    result_json, recording = out / "result.json", out / "audit" / "rec.json"
    assert cli.main(["review", str(patient_file), "--json", str(result_json), "--record", str(recording)]) == 0
    printed = capsys.readouterr().out
    assert "0600" in printed and "identifiers" in printed  # the CLI says what it wrote and how
    assert _mode(result_json) == 0o600 and _mode(recording) == 0o600 and _mode(recording.parent) == 0o700
    stored = json.loads(result_json.read_text())
    assert REVIEW_ID.fullmatch(stored["review_id"]) and stored["case_id"] == patient_file.stem
    assert _assert_store_is_clean(home) == [stored["review_id"]]

    assert cli.main(["show"]) == 0
    listing = capsys.readouterr().out
    assert stored["review_id"] in listing and "case-" in listing and "finished" in listing
    assert not any(leak in listing.lower() for leak in LEAKS), listing
    assert cli.main(["show", stored["review_id"], "--markdown"]) == 0
    assert patient_file.stem in capsys.readouterr().out  # one review, opened by id: re-identified for the clinician


def test_a_patient_named_case_file_reviewed_through_the_api_leaves_no_name_behind(
        patient_file: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    settings = Settings(home=home, deid_secret="test-secret")
    consilium = Consilium(settings, models=scripted_models(answering("Acute appendicitis")), experts=None, knowledge=None)
    result = consilium.review(load_case(patient_file))
    consilium.close()
    assert REVIEW_ID.fullmatch(result.review_id) and result.case_id == patient_file.stem
    assert _assert_store_is_clean(home) == [result.review_id]

    restarted = Consilium(settings, models={}, experts=None, knowledge=None)
    stored = restarted.describe_stored(result.review_id)
    assert stored is not None and stored.case_id.startswith("case-") and stored.status == "finished"
    assert not any(leak in stored.case_id.lower() for leak in LEAKS)
    assert restarted.get(result.review_id).case_id == patient_file.stem  # the clinician's view, after a restart
    # The stored case id is a keyed hash: another deployment secret gives another one.
    other = Consilium(Settings(home=tmp_path / "other", deid_secret="another"), models={}, experts=None, knowledge=None)
    assert other.stored_case_id(load_case(patient_file)) != stored.case_id
    restarted.close()
    other.close()


def test_replay_results_and_recordings_of_a_patient_named_file_have_opaque_private_names(
        patient_file: Path, tmp_path: Path) -> None:
    cases = tmp_path / "Jane_Doe_MRN_12345678.jsonl"  # two cases: ids are the file stem plus a number
    case = load_case(patient_file).model_dump(mode="json", exclude={"id"})
    cases.write_text("".join(json.dumps(case) + "\n" for _ in range(2)))
    home, out = tmp_path / "home", tmp_path / "runs"
    consilium = Consilium(Settings(home=home), models=scripted_models(answering("Acute appendicitis")),
                          experts=None, knowledge=None)
    for strategy in ("consilium", "single"):
        summary = replay(cases, consilium, strategy=strategy, out_dir=out, record=strategy == "consilium")
        assert summary.done == 2 and summary.run_errors == []
    consilium.close()
    _assert_no_leak_in_names(out)
    _assert_no_leak_in_names(home)
    written = [p for p in out.rglob("*") if p.is_file()]
    assert len([p for p in written if p.parent.name == "recordings"]) == 2
    assert written and all(_mode(p) == 0o600 for p in written), {str(p): oct(_mode(p)) for p in written}
    assert all(_mode(p) == 0o700 for p in out.rglob("*") if p.is_dir())
    ids = {json.loads(p.read_text())["case_id"] for p in written if p.suffix == ".json" and p.name.startswith("case-")
           and p.parent.name != "recordings"}
    assert ids == {"Jane_Doe_MRN_12345678-001", "Jane_Doe_MRN_12345678-002"}  # the id is inside the file
    again = replay(cases, Consilium(Settings(home=home), models={}, experts=None, knowledge=None), strategy="single",
                   out_dir=out)
    assert again.skipped_existing == 2  # the hashed names are found again: the run resumes
