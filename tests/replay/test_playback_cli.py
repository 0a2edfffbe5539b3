"""Recording from the command line: `consilium review --record`, `consilium replay --record`, and
`consilium playback`, which re-runs a recording with no model and fails when anything differs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from consilium.agents import nodes
from consilium.orchestration.cli import common, main as cli
from consilium.orchestration.models.chat import ScriptedModel
from consilium.orchestration.audit.playback import replay_review
from consilium.orchestration.audit.recording import ReviewRecording
from consilium.orchestration.evaluation.replay import replay, result_file, result_name

from tests.replay.conftest import answering
from tests.scripted import scripted_models

CASE_YAML = """\
id: cli-rec
demographics: {age_years: 58, sex: male}
presenting_complaint: Right lower quadrant pain for one day, fever
vitals: {temperature_c: 38.2, heart_rate: 104}
labs:
  - {name: WBC, value: 15.2, unit: 10^9/L, reference_high: 11}
question: What do the blood tests show, and could this be an appendix abscess?
"""


@pytest.fixture
def scripted_cli(make_consilium, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(common, "consilium_for", lambda args: make_consilium(scripted_models(answering("Acute appendicitis")),
                                                                        knowledge=None))
    for name in ("CONSILIUM_SETTINGS", "CONSILIUM_DEID_SECRET"):  # playback loads settings like a user's shell
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CONSILIUM_HOME", str(tmp_path / "home"))


def test_review_record_then_playback_is_identical_and_a_changed_prompt_fails(
        scripted_cli, tmp_path: Path, monkeypatch, capsys) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(CASE_YAML)
    rec = tmp_path / "audit" / "cli-rec.json"
    assert cli.main(["review", str(case), "--record", str(rec)]) == 0
    recording = ReviewRecording.load(rec)
    assert recording.case["id"] == "cli-rec" and len(recording.calls) >= 3
    assert recording.result["answer"]["diagnosis"] == "Acute appendicitis"
    capsys.readouterr()

    assert cli.main(["playback", str(rec)]) == 0
    assert "identical" in capsys.readouterr().out

    monkeypatch.setitem(nodes.DUTIES, "pathology", nodes.DUTIES["pathology"] + " Also grade the anaemia.")
    assert cli.main(["playback", str(rec)]) == 1
    out = capsys.readouterr().out
    assert "DIFFERS" in out and "request changed" in out and "Also grade the anaemia" in out


def test_playback_of_a_file_that_is_not_a_recording_says_so(scripted_cli, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "something else"}))
    assert cli.main(["playback", str(bad), str(tmp_path / "missing.json")]) == 1
    out = capsys.readouterr().out
    assert out.count("not a readable review recording") == 2


def test_replay_record_keeps_one_recording_per_case_that_plays_back(make_consilium, case_file: Path,
                                                                     tmp_path: Path) -> None:
    out = tmp_path / "runs"
    summary = replay(case_file, make_consilium(scripted_models(answering()), knowledge=None), out_dir=out, record=True)
    assert summary.done == 2
    for case_id in ("cases-001", "medqa-7"):
        result = json.loads(result_file(out / "consilium", case_id).read_text())
        assert result["recording"] == str(out / "consilium" / "recordings" / result_name(out / "consilium", case_id))
        check = replay_review(ReviewRecording.load(result["recording"]), experts=None)
        assert check.identical, check.explain()
        assert check.result.answer == result["answer"]


def test_record_needs_the_consilium_strategy(make_consilium, case_file: Path, tmp_path: Path, monkeypatch) -> None:
    with pytest.raises(ValueError, match="strategy='consilium'"):
        replay(case_file, make_consilium({}), strategy="single", out_dir=tmp_path / "runs", record=True)
    model = ScriptedModel(answering())
    monkeypatch.setattr(common, "consilium_for", lambda args: make_consilium(scripted_models(gp=model)))
    assert cli.main(["replay", str(case_file), "--strategy", "single", "--record", "--out", str(tmp_path)]) == 2
    assert model.requests == []
