"""`consilium replay --redis` keeps and resumes results the way the in-process replay does."""

from __future__ import annotations

import json
from pathlib import Path

from consilium.orchestration.distributed.replay import replay_via_redis
from consilium.orchestration.audit.recording import case_sha256
from consilium.orchestration.evaluation.scoring import SCORE_VERSION

from tests.redis.conftest import make_case, result_files


def test_redis_replay_tallies_rescores_and_refuses_foreign_results(client, worker_thread, tmp_path: Path) -> None:
    cases = tmp_path / "ward.jsonl"
    cases.write_text("".join(make_case(f"w{i}").model_dump_json() + "\n" for i in range(3)))
    out = tmp_path / "out"
    with worker_thread():
        first = replay_via_redis(cases, client, out_dir=out, timeout_s=60)
    assert first.done == 3 and first.run_errors == [] and first.scored == 3
    assert set(first.tallies) >= {"exact", "normalised"} and first.tallies["normalised"][1] == 3
    folder = out / "consilium"
    files = result_files(folder)
    stored = json.loads(files["w0"].read_text())
    assert stored["source_file"] == str(cases.resolve()) and stored["score"]["version"] == SCORE_VERSION
    assert stored["case_sha256"] == case_sha256(make_case("w0"))
    assert json.loads((folder / "summary.json").read_text())["tallies"] == first.tallies

    stale = {**stored, "score": {**stored["score"], "version": 0, "correct": "stale"}}
    files["w0"].write_text(json.dumps(stale))
    foreign = {**json.loads(files["w1"].read_text()), "source_file": str(tmp_path / "other.jsonl"),
               "case_sha256": "0" * 64}  # another file's case under the same id
    files["w1"].write_text(json.dumps(foreign))

    again = replay_via_redis(cases, client, out_dir=out, timeout_s=5)  # no worker: nothing may be queued
    assert again.skipped_existing == 2 and again.done == 2
    assert [e for e in again.run_errors if e.startswith("w1:")] == [
        f"w1: {files['w1']} holds a result for a different case (its text changed, or another file's); "
        "not overwritten (give this file its own --out folder, or delete that result to run the case again)"]
    rescored = json.loads(files["w0"].read_text())["score"]
    assert rescored["version"] == SCORE_VERSION and rescored["correct"] is stored["score"]["correct"]
    assert json.loads(files["w1"].read_text())["source_file"] == str(tmp_path / "other.jsonl")


def test_a_result_scored_by_older_code_is_rescored_when_collected(client, worker_thread, tmp_path: Path,
                                                                    monkeypatch) -> None:
    import consilium.orchestration.evaluation.replay as in_process

    # the worker builds its record with case_result; give it the score of an older scoring version
    built = in_process.case_result
    monkeypatch.setattr(in_process, "case_result", lambda *a, **k: {**built(*a, **k), "score": {
        "scored": True, "version": 0, "correct": "stale"}})
    cases = tmp_path / "old.jsonl"
    cases.write_text(make_case("o1").model_dump_json() + "\n")
    with worker_thread():
        summary = replay_via_redis(cases, client, out_dir=tmp_path / "out", timeout_s=60)
    score = json.loads(result_files(tmp_path / "out" / "consilium")["o1"].read_text())["score"]
    assert summary.done == 1 and score["version"] == SCORE_VERSION and score["correct"] in (True, False)
