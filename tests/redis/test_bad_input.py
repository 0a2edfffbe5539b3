"""Bad input at every door (API, upload, queue message, CLI): a clear error each, nothing else affected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from consilium.orchestration.cli.main import main
from consilium.orchestration.distributed import CaseRejected, enqueue_cases
from consilium.orchestration.distributed.queue import MAX_CASE_BYTES
from consilium.orchestration.distributed.server import free_port

from tests.redis.conftest import make_case, pending, result_files, wait_for

HUGE = "x" * (MAX_CASE_BYTES + 10)


def test_api_door(queue, client, worker_thread, tmp_path: Path) -> None:
    good = make_case("good-1")
    missing = make_case("mf", imaging=[{"id": "ct", "modality": "CT", "files": [str(tmp_path / "nowhere.dcm")]}])
    report = enqueue_cases(client, [
        good, 42, "not a case", ["a", "list"], {"id": "x1", "labs": "nope"}, {"id": "../../etc/passwd"},
        {"id": "huge", "history": HUGE}, missing, make_case("good-1"), {"id": "good-2", "history": "Cough."},
    ], run_id="api")
    reasons = dict(report.rejected)
    assert report.enqueued == ["good-1", "good-2"]
    assert reasons["case 2"] == "expected a case object, got int"
    assert reasons["case 3"] == "expected a case object, got str" and reasons["case 4"] == "expected a case object, got list"
    assert "field 'labs'" in reasons["x1"]
    assert "field 'id': String should match pattern" in reasons["../../etc/passwd"]
    assert f"the queue takes at most {MAX_CASE_BYTES}" in reasons["huge"]
    assert "references missing file(s)" in reasons["mf"] and "nowhere.dcm" in reasons["mf"]
    assert reasons["good-1"] == "duplicate case id 'good-1' in this run"
    for bad_run in ("../x", "", "a" * 300, 7):
        with pytest.raises(CaseRejected, match="run id"):
            queue.enqueue([good], run_id=bad_run)
    with pytest.raises(CaseRejected, match="unknown strategy"):
        queue.enqueue([good], strategy="rm -rf")
    with worker_thread():
        results = queue.collect("api", timeout_s=30)
    assert sorted(results) == ["good-1", "good-2"] and all(r["status"] == "ok" for r in results.values())


def test_queue_message_door(queue, client, worker_thread, tmp_path: Path) -> None:
    queue.ensure_group()
    good = make_case("fine").model_dump_json()

    def msg(**fields: str) -> None:
        client.xadd(queue.stream, {"v": "1", **fields})

    msg(garbage="no run, no case")
    msg(run_id="q", case_id="notjson", case="{not json")
    msg(run_id="q", case_id="list", case="[1, 2, 3]")
    msg(run_id="q", case_id="types", case=json.dumps({"id": "types", "vitals": {"spo2": "plenty"}}))
    msg(run_id="q", case_id="huge", case=json.dumps({"id": "huge", "history": HUGE + "x" * 8192}))
    msg(run_id="q", case_id="near", case=json.dumps({"id": "near", "history": HUGE}))
    msg(case_id="orphan", case="x" * (MAX_CASE_BYTES * 2))
    msg(run_id="../../home", case_id="fine", case=good, review_id="../../../etc/cron.d/x")
    msg(run_id="q", case_id="escape", case=json.dumps({"id": "escape", "imaging": [
        {"id": "i", "modality": "CT", "files": ["/etc/hostname"]}]}))
    msg(run_id="q", case_id="relative", case=json.dumps({"id": "relative", "imaging": [
        {"id": "i", "modality": "CT", "files": ["../../secret.dcm"]}]}))
    msg(run_id="q", case_id="other-id", case=good)
    msg(run_id="q", case_id="strategy", case=json.dumps({"id": "strategy"}), strategy="drop tables")
    msg(run_id="q", case_id="fine", case=good)
    # the run queued these ids (a producer that wrote bad payloads); "../../home" queued nothing
    client.sadd(queue.run_key("q", "enqueued"), "notjson", "list", "types", "huge", "near", "escape", "relative",
                "other-id", "strategy", "fine")
    with worker_thread(file_roots=[tmp_path]) as worker:
        wait_for(lambda: len(queue.results("q")) == 10 and client.xlen(queue.dead) == 3, 30, "every message handled")
    results = queue.results("q")
    assert results["fine"]["status"] == "ok"  # the good case after all the bad ones
    errors = {k: r["error"] for k, r in results.items() if r["status"] == "error"}
    assert "bad case message" in errors["notjson"] and "expected a case object, got list" in errors["list"]
    assert "vitals.spo2" in errors["types"]
    assert f"the queue takes at most {MAX_CASE_BYTES}" in errors["huge"]
    assert f"the queue takes at most {MAX_CASE_BYTES}" in errors["near"]  # refused by the case check
    assert "outside the allowed folders" in errors["escape"]
    assert "resolved to absolute paths" in errors["relative"]
    assert "differs from the case's id 'fine'" in errors["other-id"]
    assert "unknown strategy" in errors["strategy"]
    dead = [e[1] for e in client.xrange(queue.dead)]
    assert [d[b"reason"] for d in dead] == [b"message lacks a valid run_id and case_id"] * 3
    assert len(dead[1][b"fields"]) < 2000  # the dead letter keeps a sample, not the huge field
    assert worker.stats["dead"] == 3 and worker.stats["ok"] == 1 and pending(queue) == 0


def test_cli_door(redis_server, queue, worker_thread, tmp_path: Path, capsys) -> None:
    cases = tmp_path / "mixed.jsonl"
    cases.write_text("\n".join([
        make_case("cli-1").model_dump_json(),
        '{"id": "cli-broken", "history": ',
        json.dumps({"id": "cli-types", "labs": [{"name": "CRP", "value": {"x": 1}}]}),
        json.dumps({"id": "cli-escape", "imaging": [{"id": "i", "modality": "CT", "files": ["../../../../etc/hostname"]}]}),
        json.dumps({"id": "cli-missing", "imaging": [{"id": "i", "modality": "CT", "files": ["gone.dcm"]}]}),
        make_case("cli-2").model_dump_json(),
    ]) + "\n")
    out = tmp_path / "out"
    with worker_thread(file_roots=[tmp_path]):
        rc = main(["replay", str(cases), "--redis", redis_server.url, "--out", str(out)])
    printed = capsys.readouterr().out
    assert rc == 1  # some cases failed; the message says which and why
    assert "mixed.jsonl:2" in printed and "invalid JSON" in printed
    assert "mixed.jsonl:3" in printed and "labs.0.value" in printed
    assert "cli-missing: rejected: case cli-missing references missing file(s)" in " ".join(printed.split())
    assert "outside the allowed folders" in printed  # refused by the worker, not read
    assert sorted(result_files(out / "consilium")) == ["cli-1", "cli-2"]

    assert main(["replay", str(tmp_path / "nope.json"), "--redis", redis_server.url, "--out", str(out)]) == 0
    assert "file not found" in capsys.readouterr().out
    assert main(["worker", "--redis", "http://example.org"]) == 2
    assert "not a Redis URL" in capsys.readouterr().out
    assert main(["replay", str(cases), "--redis", f"redis://127.0.0.1:{free_port()}/0"]) == 2
    assert "cannot reach Redis" in capsys.readouterr().out
