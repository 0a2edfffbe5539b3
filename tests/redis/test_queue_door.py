"""The queue door on a real Redis: poison settled on its first delivery, results only for queued cases,
retrying the cases that ended in error, and workers judged alive by their heartbeats."""

from __future__ import annotations

import json
import logging
import signal
import stat
import time
from pathlib import Path

import pytest
from consilium.orchestration.cli.main import main
from consilium.orchestration.distributed.message import MAX_JSON_DEPTH

from tests.redis.conftest import cli_worker, make_case, pending, result_files, wait_for

DEPTH = 100_000  # far past the interpreter's recursion limit


def _said(capsys: pytest.CaptureFixture[str]) -> str:
    return " ".join(capsys.readouterr().out.split())  # the console wraps long lines


def test_a_deeply_nested_case_is_an_error_result_on_its_first_delivery(queue, client, worker_thread,
                                                                       caplog) -> None:
    nested_list = '{"id": "nested-list", "history": ' + "[" * DEPTH + "]" * DEPTH + "}"
    nested_object = '{"id": "nested-object", "history": "x", "labs": ' + '{"a": ' * DEPTH + "1" + "}" * DEPTH + "}"
    with pytest.raises(RecursionError):  # what the worker used to hand the raw text to
        json.loads(nested_list)
    report = queue.enqueue([make_case("fine")], run_id="deep")
    assert report.enqueued == ["fine"]
    client.sadd(queue.run_key("deep", "enqueued"), "nested-list", "nested-object")  # queued, then tampered with
    for case_id, payload in (("nested-list", nested_list), ("nested-object", nested_object)):
        client.xadd(queue.stream, {"v": "1", "run_id": "deep", "case_id": case_id, "case": payload})

    started = time.monotonic()
    with caplog.at_level(logging.DEBUG), worker_thread(claim_idle_s=60) as worker:
        results = queue.collect("deep", timeout_s=30)
    assert time.monotonic() - started < 20  # not after three claim timeouts
    assert sorted(results) == ["fine", "nested-list", "nested-object"] and results["fine"]["status"] == "ok"
    for case_id in ("nested-list", "nested-object"):
        assert results[case_id]["status"] == "error"
        assert results[case_id]["error"] == (f"bad case message: the case's JSON nests more than {MAX_JSON_DEPTH} "
                                             f"levels deep (no case needs more than {MAX_JSON_DEPTH})")
        assert int(client.hget(queue.run_key("deep", "processed"), case_id)) == 1  # one delivery, settled
    assert worker.stats["error"] == 2 and worker.stats["loop_errors"] == 0 and pending(queue) == 0
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert "RecursionError" not in caplog.text


def test_a_deeply_nested_case_is_refused_at_the_api_door(queue) -> None:
    deep: list = []
    for _ in range(DEPTH):
        deep = [deep]
    report = queue.enqueue([{"id": "deep-api", "history": deep}, make_case("ok-api")], run_id="api-deep")
    assert report.enqueued == ["ok-api"]
    reason = f"the case nests more than {MAX_JSON_DEPTH} levels deep (no case needs more)"
    assert report.rejected == [("deep-api", reason)]


def test_a_made_up_case_id_is_not_stored_as_a_result(queue, client, worker_thread) -> None:
    queue.enqueue([make_case(f"real{i}") for i in range(3)], run_id="live")
    for run_id, case_id in (("live", "made-up"), ("never-queued", "real0")):
        client.xadd(queue.stream, {"v": "1", "run_id": run_id, "case_id": case_id,
                                   "case": make_case(case_id).model_dump_json()})
    with worker_thread() as worker:
        results = queue.collect("live", timeout_s=30)
        wait_for(lambda: client.xlen(queue.dead) == 2, 10, "both intruders to be dead-lettered")
    assert sorted(results) == ["real0", "real1", "real2"] and all(r["status"] == "ok" for r in results.values())
    assert client.hlen(queue.run_key("live", "results")) == 3 and queue.progress("live") == (3, 3)
    assert not client.exists(queue.run_key("never-queued", "results"))
    reasons = sorted(e[1][b"reason"].decode() for e in client.xrange(queue.dead))
    assert reasons == ["run 'live' did not queue case 'made-up'", "run 'never-queued' did not queue case 'real0'"]
    assert worker.stats["dead"] == 2 and worker.stats["ok"] == 3 and pending(queue) == 0


def test_a_rerun_retries_only_the_cases_that_ended_in_error(redis_server, client, queue, worker_thread,
                                                              tmp_path: Path, capsys) -> None:
    (tmp_path / "scan.dcm").write_bytes(b"DICM not really")
    cases = tmp_path / "ward.jsonl"
    cases.write_text("".join(c.model_dump_json() + "\n" for c in (
        make_case("plain1"), make_case("plain2"),
        make_case("imaged", imaging=[{"id": "ct", "modality": "CT", "files": ["scan.dcm"]}]))))
    out = tmp_path / "out"
    replay = ["replay", str(cases), "--redis", redis_server.url, "--out", str(out), "--worker-wait", "1"]

    # no worker yet: all three are queued, the replay says no worker is alive and stops waiting
    assert main(replay) == 1
    said = _said(capsys)
    assert "3 queued now" in said and "no live worker: none has reported in" in said
    assert "stopped waiting: no live worker for 1 s" in said
    elsewhere = tmp_path / "images-root"  # a worker deployed with the wrong --files-root
    elsewhere.mkdir()
    with worker_thread(file_roots=[elsewhere], name="misconfigured") as worker:
        assert main(replay) == 1
        said = _said(capsys)
        assert "imaged: case cannot run: case imaged: file reference(s) outside the allowed folders" in said
        assert "1 case(s) ended in error" in said and "--retry-errors" in said
        assert main(replay) == 1  # the same command reports the stored error again, runs nothing
        assert "imaged: case cannot run" in _said(capsys)
    assert worker.stats["error"] == 1 and worker.stats["ok"] == 2
    with worker_thread(file_roots=[tmp_path], name="fixed") as worker:  # the cause is fixed
        assert main([*replay, "--retry-errors"]) == 0
        said = _said(capsys)
    assert "1 of them retried after an error" in said and "ended in error" not in said
    assert sorted(result_files(out / "consilium")) == ["imaged", "plain1", "plain2"]
    processed = {k.decode(): int(v) for k, v in client.hgetall(queue.run_key(_run_id(client), "processed")).items()}
    assert processed == {"plain1": 1, "plain2": 1, "imaged": 2}  # the others were not redone
    assert worker.stats["ok"] == 1 and pending(queue) == 0
    summary_file = out / "consilium" / "summary.json"
    summary = json.loads(summary_file.read_text())
    assert stat.S_IMODE(summary_file.stat().st_mode) == 0o600  # it names cases and their errors
    assert summary["retried"] == ["imaged"] and summary["errored"] == [] and summary["run_errors"] == []


def _run_id(client) -> str:
    (key,) = client.keys("consilium:run:*:enqueued")
    return key.decode().split(":")[2]


def test_a_killed_worker_goes_stale_and_the_replay_says_so(redis_server, queue, worker_thread, tmp_path: Path,
                                                            capsys) -> None:
    doomed = cli_worker(redis_server.url, tmp_path, name="doomed", latency=0.01, extra=("--heartbeat", "0.3"))
    try:
        wait_for(lambda: "doomed" in queue.workers(), 60, "the worker to report in")
        doomed.send_signal(signal.SIGKILL)
        doomed.wait(10)
        killed = time.monotonic()
        entry = wait_for(lambda: (w := queue.workers(include_dead=True).get("doomed")) and not w["alive"] and w,
                         15, "the killed worker's heartbeat to go stale")
    finally:
        if doomed.poll() is None:
            doomed.kill()
    assert 4 < time.monotonic() - killed < 10 and entry["age_s"] >= 5  # five missed beats, at least 5 s
    assert "doomed" not in queue.workers()  # its entry is still there, but it is not taken as a live worker

    cases = tmp_path / "cases.jsonl"
    cases.write_text(make_case("k1").model_dump_json() + "\n")
    replay = ["replay", str(cases), "--redis", redis_server.url, "--out", str(tmp_path / "out"), "--worker-wait", "2"]
    assert main(replay) == 1
    said = _said(capsys)
    assert f"no live worker: doomed (pid {doomed.pid} on" in said and "presumed dead" in said
    assert "stopped waiting: no live worker for 2 s" in said and "1 case(s) still queued" in said
    with worker_thread(name="fresh"):
        assert main(replay) == 0
    assert "k1" in result_files(tmp_path / "out" / "consilium")


def test_a_worker_busy_with_a_long_case_stays_alive(queue, worker_thread) -> None:
    from tests.scripted import scripted_models

    queue.enqueue([make_case("long")], run_id="busy")
    with worker_thread(scripted_models(latency_s=1.5), name="busy", heartbeat_s=0.2):
        started = time.monotonic()
        wait_for(lambda: time.monotonic() - started > 6, 10, "longer than the stale limit")
        assert queue.result("busy", "long") is None, "the case finished too soon to test anything"
        assert queue.workers()["busy"]["alive"]  # beating from its own thread while the review runs
        assert queue.collect("busy", timeout_s=30)["long"]["status"] == "ok"
