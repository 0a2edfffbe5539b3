"""The replay harness: both strategies through one harness, one JSON per case with opinion, score and
audit, malformed records skipped, failures isolated, reruns resumable, the CLI's progress and report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from consilium.orchestration.cli import common, main as cli
from consilium.orchestration.models.chat import ModelRequest, ScriptedModel
from consilium.orchestration.evaluation.replay import replay, result_file

from tests.replay.conftest import answering
from tests.scripted import scripted_models


def test_consilium_strategy_writes_one_result_per_case(make_consilium, case_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "runs"
    summary = replay(case_file, make_consilium(scripted_models(answering())), out_dir=out)
    assert summary.total == 2 and summary.done == 2 and summary.scored == 2 and summary.correct == 2
    assert len(summary.load_errors) == 1 and ":2:" in summary.load_errors[0] and "invalid JSON" in summary.load_errors[0]
    assert summary.run_errors == []
    ac = json.loads(result_file(out / "consilium", "cases-001").read_text())
    assert ac["strategy"] == "consilium" and ac["review_id"]
    # nobody has material of their own (one antibody result, a CT report): the GP answers alone, at one call
    assert ac["plan"]["mode"] == "alone" and ac["plan"]["tasks"] == [] and ac["answer"]["diagnosis"] == "Myasthenia gravis"
    assert ac["score"]["method"] == "diagnosis" and ac["score"]["exact"] and ac["score"]["normalised"]
    assert ac["score"]["icd"]["match"] is True and ac["score"]["icd"]["reference"]["code"] == "G70.0"
    assert ac["llm_calls"] == len(ac["audit"]) == 1 and {"prompt_sha256", "latency_s", "outcome"} <= set(ac["audit"][0])
    assert ac["tokens_in"] > 0 and "triage" in ac["timings"]
    mcq = json.loads(result_file(out / "consilium", "medqa-7").read_text())
    assert mcq["score"] == {**mcq["score"], "method": "option", "chosen": "B", "expected": "B", "correct": True}
    written = json.loads((out / "consilium" / "summary.json").read_text())
    assert written["tallies"]["option"] == [1, 1] and written["tallies"]["exact"] == [1, 1]


def test_single_strategy_goes_through_the_same_harness(make_consilium, case_file: Path, tmp_path: Path) -> None:
    model = ScriptedModel(answering("Lambert-Eaton syndrome", option="A"))
    summary = replay(case_file, make_consilium(scripted_models(gp=model)), strategy="single",
                     out_dir=tmp_path / "runs")
    assert summary.done == 2 and summary.correct == 0 and summary.accuracy == 0.0
    assert len(model.requests) == 2  # exactly one call per case
    result = json.loads(result_file(tmp_path / "runs" / "single", "cases-001").read_text())
    assert result["llm_calls"] == 1 and result["opinion"] is None and result["audit"][0]["task"] == "single"
    assert result["score"]["normalised"] is False
    # Lambert-Eaton syndrome (G70.80) shares category G70 with myasthenia gravis: the ICD score's known
    # leniency, which is why the report never shows it alone.
    assert result["score"]["icd"]["match"] is True


def test_a_backend_that_crashes_is_a_recorded_failure_and_the_run_goes_on(make_consilium, case_file: Path, tmp_path: Path) -> None:
    def crash_on_mcq(request: ModelRequest) -> str:
        if "Options:" in str(request.messages[0]["content"]):
            raise RuntimeError("backend exploded")
        return answering()(request)

    summary = replay(case_file, make_consilium(scripted_models(crash_on_mcq)), strategy="single",
                     out_dir=tmp_path / "runs")
    # The backend's crash is a recorded failure of the one call (a defect), not a crash of the run.
    assert summary.done == 2 and summary.run_errors == []
    stored = json.loads(result_file(tmp_path / "runs" / "single", "medqa-7").read_text())
    failure = stored["failures"]["single"]
    assert failure["kind"] == "defect" and "RuntimeError" in failure["reason"] and "backend exploded" in failure["reason"]
    assert stored["answer"] is None


def test_a_rerun_skips_finished_cases_and_adds_a_judge_without_rerunning(make_consilium, case_file: Path,
                                                                          tmp_path: Path) -> None:
    out = tmp_path / "runs"
    replay(case_file, make_consilium(scripted_models(answering("MG"))), strategy="single", out_dir=out)
    result_file(out / "single", "medqa-7").unlink()  # as if the run had been interrupted
    model = ScriptedModel(answering("MG"))
    summary = replay(case_file, make_consilium(scripted_models(gp=model)), strategy="single",
                     out_dir=out, judge="gp")
    assert summary.skipped_existing == 1 and summary.done == 2
    roles = [r.role for r in model.requests]
    # four control pairs to calibrate the judge, the judge for the old case, the new case (MedQA: no judge)
    assert roles.count("judge") == 5 and roles.count("gp") == 1
    calibration = json.loads((out / "single" / "summary.json").read_text())["judge_calibration"]
    assert calibration["n"] == 4 and calibration["correct"] == 2  # this scripted judge says "same" to everything
    score = json.loads(result_file(out / "single", "cases-001").read_text())["score"]
    assert score["judge"]["verdict"] == "same" and score["exact"] is False and score["correct"] is True
    assert summary.tallies["judge"] == [1, 1]


def test_replay_command_shows_running_accuracy_and_report_command_writes_files(
        make_consilium, case_file: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(common, "consilium_for", lambda args: make_consilium(scripted_models(answering())))
    out = tmp_path / "runs"
    for strategy in ("consilium", "single"):
        rc = cli.main(["replay", str(case_file), "--strategy", strategy, "--out", str(out), "--limit", "2",
                       "--judge", "--concurrency", "2"])
        assert rc == 0
    text = capsys.readouterr().out
    assert "skipped malformed record" in text and "accuracy 100.0%" in text
    # not a terminal here, as in a log file: one line per finished case, with the running accuracy
    per_case = [line for line in text.splitlines() if line.startswith(("1/2 ", "2/2 ")) and " · " in line]
    assert len(per_case) == 4 and all(" · accuracy " in line for line in per_case)
    assert {line.split()[1] for line in per_case} == {"cases-001", "medqa-7"}
    assert cli.main(["report", str(out)]) == 0
    assert (out / "report.md").is_file() and (out / "plots" / "cost.png").is_file()
    assert cli.main(["report", str(tmp_path / "nothing-here")]) == 2


def test_replay_of_an_unreadable_file_reports_it(make_consilium, tmp_path: Path) -> None:
    summary = replay(tmp_path / "missing.jsonl", make_consilium(scripted_models()), out_dir=tmp_path / "runs")
    assert summary.total == 0 and "file not found" in summary.load_errors[0]


@pytest.mark.parametrize("limit", [1])
def test_limit_takes_the_first_cases(make_consilium, case_file: Path, tmp_path: Path, limit: int) -> None:
    summary = replay(case_file, make_consilium(scripted_models(answering())), strategy="single", limit=limit,
                     out_dir=tmp_path / "runs")
    written = [p for p in (tmp_path / "runs" / "single").glob("*.json") if p.name != "summary.json"]
    assert summary.total == limit and written == [result_file(tmp_path / "runs" / "single", "cases-001")]


def test_a_result_for_another_case_under_the_same_id_is_not_reused_or_overwritten(
        make_consilium, case_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "runs"
    replay(case_file, make_consilium(scripted_models(answering())), strategy="single", out_dir=out)
    other = tmp_path / "elsewhere" / case_file.name  # same stem, so the same case ids, but other cases
    other.parent.mkdir()
    other.write_text(case_file.read_text().replace("double vision", "weak legs").replace("a cough", "a rash"))
    before = result_file(out / "single", "cases-001").read_text()
    model = ScriptedModel(answering())
    summary = replay(other, make_consilium(scripted_models(gp=model)), strategy="single", out_dir=out)
    assert model.requests == [] and summary.skipped_existing == 0 and len(summary.run_errors) == 2
    assert "for a different case" in summary.run_errors[0] and "its own --out" in summary.run_errors[0]
    assert result_file(out / "single", "cases-001").read_text() == before


def test_a_run_resumes_from_another_checkout_by_case_hash(make_consilium, case_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "runs"
    replay(case_file, make_consilium(scripted_models(answering())), strategy="single", out_dir=out)
    moved = tmp_path / "clone" / "data" / case_file.name  # the same cases, as another checkout holds them
    moved.parent.mkdir(parents=True)
    moved.write_text(case_file.read_text())
    model = ScriptedModel(answering())
    summary = replay(moved, make_consilium(scripted_models(gp=model)), strategy="single", out_dir=out)
    assert model.requests == [] and summary.skipped_existing == 2 and summary.run_errors == []
    assert json.loads(result_file(out / "single", "cases-001").read_text())["source_file"] == str(moved.resolve())


def test_an_older_result_without_a_case_hash_is_matched_by_path_and_stamped(
        make_consilium, case_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "runs"
    replay(case_file, make_consilium(scripted_models(answering())), strategy="single", out_dir=out)
    path = out / "single" / "cases-001.json"  # an older run named its results by case id: still read there
    result_file(out / "single", "cases-001").rename(path)
    stored = json.loads(path.read_text())
    digest = stored.pop("case_sha256")
    path.write_text(json.dumps({**stored, "source_file": str(tmp_path / "other.jsonl")}))
    summary = replay(case_file, make_consilium(scripted_models(answering())), strategy="single", out_dir=out)
    assert "from another source file" in summary.run_errors[0] and "case_sha256" not in json.loads(path.read_text())
    path.write_text(json.dumps(stored))  # an older result from this very file
    model = ScriptedModel(answering())
    summary = replay(case_file, make_consilium(scripted_models(gp=model)), strategy="single", out_dir=out)
    assert model.requests == [] and summary.skipped_existing == 2 and summary.run_errors == []
    assert json.loads(path.read_text())["case_sha256"] == digest


def test_a_rescore_without_a_judge_keeps_the_earlier_verdict(make_consilium, case_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "runs"
    replay(case_file, make_consilium(scripted_models(answering("MG"))), strategy="single", out_dir=out, judge="gp")
    path = result_file(out / "single", "cases-001")
    stale = json.loads(path.read_text())
    stale["score"]["version"] = 0  # as if scored by an older scorer
    path.write_text(json.dumps(stale))
    model = ScriptedModel(answering("MG"))
    replay(case_file, make_consilium(scripted_models(gp=model)), strategy="single", out_dir=out)
    rescored = json.loads(path.read_text())["score"]
    assert model.requests == [] and rescored["version"] != 0
    assert rescored["judge"]["verdict"] == "same" and rescored["judge"] == stale["score"]["judge"]


def test_a_second_case_with_the_same_id_is_reported_not_run(make_consilium, tmp_path: Path) -> None:
    from tests.replay.conftest import MEDQA

    path = tmp_path / "dup.jsonl"
    path.write_text(json.dumps(MEDQA) + "\n" + json.dumps({**MEDQA, "answer_idx": "A"}) + "\n")
    model = ScriptedModel(answering())
    summary = replay(path, make_consilium(scripted_models(gp=model)), strategy="single", out_dir=tmp_path / "runs")
    assert summary.done == 1 and len(model.requests) == 1
    assert summary.run_errors == [f"medqa-7: a second case with this id in {path}; skipped"]
