"""Faults that must be survived: a worker killed mid-case, Redis restarted mid-replay, broken model endpoints."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from consilium.orchestration.distributed import subscribe
from consilium.orchestration.distributed.server import free_port, stop_processes
from consilium.orchestration.models.chat import BoundModel, OpenAICompatModel
from consilium.orchestration.settings import RoleModel

from tests.redis.conftest import REPO, cli_worker, make_case, pending, restart, result_files, wait_for
from tests.scripted import scripted_models


def _stop(*procs: subprocess.Popen) -> None:
    stop_processes(*procs, wait_s=20)


def test_worker_killed_mid_case_is_finished_by_another_exactly_once(redis_server, client, queue, make_consilium,
                                                                    tmp_path: Path) -> None:
    # slow enough that the kill lands mid-case even on a loaded machine (about 3 s after triage)
    a = cli_worker(redis_server.url, tmp_path, name="doomed", latency=1.0, claim_idle=1.5)
    b = None
    try:
        wait_for(lambda: "doomed" in queue.workers(), 60, "the first worker to report in")
        queue.enqueue([make_case("k1")], run_id="kill")
        viewer = make_consilium()  # e.g. the web app, showing the review while it runs
        review_id = queue.review_id("kill", "k1")
        wait_for(lambda: (r := viewer.get(review_id)) is not None and r.plan is not None, 30,
                 "triage to be checkpointed by the first worker")
        assert queue.result("kill", "k1") is None
        a.send_signal(signal.SIGKILL)
        a.wait(10)
        assert pending(queue) == 1  # the message is still owned by the dead worker

        b = cli_worker(redis_server.url, tmp_path, name="rescuer", latency=0.4, claim_idle=1.5)
        record = wait_for(lambda: queue.result("kill", "k1"), 60, "the second worker to finish the case")
    finally:
        _stop(*(p for p in (a, b) if p is not None))
    assert record["status"] == "ok" and record["worker"] == "rescuer" and record["answer"]["diagnosis"]
    assert record["deliveries"] == 2
    assert client.hlen(queue.run_key("kill", "results")) == 1
    assert int(client.hget(queue.run_key("kill", "processed"), "k1")) == 1
    assert pending(queue) == 0
    # resumed from the checkpoint: triage ran once, on the dead worker, and was not repeated
    assert [a["task"] for a in record["audit"]].count("triage") == 1
    events = list(subscribe(client, review_id, timeout_s=5))
    workers = [e["worker"] for e in events]
    assert workers[0] == "doomed" and workers[-1] == "rescuer"
    assert ("review", "resumed") in [(e["node"], e["event"]) for e in events]
    assert viewer.get(review_id).complete and record["review_id"] == review_id


def test_redis_restart_during_a_replay_of_200_cases(redis_server, client, queue, tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join(make_case(f"r{i:03d}").model_dump_json() for i in range(200)) + "\n")
    out = tmp_path / "out"
    # The lease (claim_idle) must outlast the outage: a live worker cannot renew it while Redis is down, and
    # with a 3 s lease a second worker sometimes took over a case still running, which repeats its model
    # calls (one run in six here). Takeover of a dead worker's case is the subject of the test above.
    workers = [cli_worker(redis_server.url, tmp_path, name=f"w{i}", latency=0.01, claim_idle=10) for i in range(2)]
    replay = None
    try:
        wait_for(lambda: len(queue.workers()) == 2, 60, "two workers to report in")
        replay = subprocess.Popen([sys.executable, "-m", "consilium.orchestration.cli.main", "replay", str(cases),
                                   "--redis", redis_server.url, "--out", str(out)],
                                  cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(REPO),
                                                     "CONSILIUM_HOME": str(tmp_path / "home")},
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        done_before = wait_for(lambda: (n := _done(queue, client)) >= 30 and n, 90, "30 results before the restart")
        restart(redis_server, down_s=3.0)  # 1 s was sometimes ridden out without the workers' retry path
        output, _ = replay.communicate(timeout=180)
    finally:
        if replay is not None and replay.poll() is None:
            replay.kill()
        _stop(*workers)
    assert done_before < 200, "the restart came too late to test anything"
    assert replay.returncode == 0, output[-3000:]
    run_id = next(iter(_runs(client)))
    results = queue.results(run_id)
    assert sorted(results) == [f"r{i:03d}" for i in range(200)]  # none lost
    assert all(r["status"] == "ok" and r["case_id"] == k for k, r in results.items())
    # none duplicated: one result each, and no review carries a repeated model call
    assert all([a["task"] for a in r["audit"]].count("triage") == 1 for r in results.values())
    assert len({r["review_id"] for r in results.values()}) == 200
    assert all(re.fullmatch(r"r-[0-9a-f]{16}", r["review_id"]) for r in results.values())  # nothing of the case
    assert re.fullmatch(r"consilium-[0-9a-f]{16}", run_id)  # nothing of the file's name
    assert pending(queue) == 0
    files = sorted(result_files(out / "consilium"))
    assert files == [f"r{i:03d}" for i in range(200)]
    summary = json.loads((out / "consilium" / "summary.json").read_text())
    assert summary["done"] == 200 and summary["run_errors"] == []
    logs = "".join((tmp_path / f"w{i}.log").read_text() for i in range(2))
    assert "redis_retries" in logs  # the workers did see Redis go away


def _done(queue: Any, client: Any) -> int:
    runs = _runs(client)
    return queue.progress(runs[0])[0] if runs else 0


def _runs(client: Any) -> list[str]:
    return sorted(k.decode().split(":")[2] for k in client.keys("consilium:run:*:enqueued"))


class _Endpoint(BaseHTTPRequestHandler):
    mode = "ok"

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.server.mode == "slow":
            time.sleep(3)
        if self.server.mode == "html":
            body, kind = b"<html><body>502 upstream exploded</body></html>", "text/html"
        else:  # "garbage": a well-formed reply whose content is no JSON at all
            body = json.dumps({"id": "x", "object": "chat.completion", "created": 0, "model": "m",
                               "choices": [{"index": 0, "finish_reason": "stop",
                                            "message": {"role": "assistant", "content": "lorem ipsum }{ dolor"}}],
                               "usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}}).encode()
            kind = "application/json"
        try:
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up (timeout)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def endpoints():
    servers = {}
    for mode in ("slow", "html", "garbage"):
        srv = ThreadingHTTPServer(("127.0.0.1", 0), _Endpoint)
        srv.daemon_threads = True
        srv.mode = mode
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers[mode] = f"http://127.0.0.1:{srv.server_address[1]}/v1"
    servers["down"] = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    yield servers


def _remote(url: str) -> BoundModel:
    return BoundModel(OpenAICompatModel(base_url=url, model="remote-model"),
                      RoleModel(backend="openai", base_url=url, model="remote-model", timeout_s=1.0))


def test_broken_model_endpoints_fail_their_specialist_only(queue, worker_thread, endpoints) -> None:
    first = {**scripted_models(), "radiology": _remote(endpoints["down"]), "pathology": _remote(endpoints["slow"])}
    second = {**scripted_models(), "radiology": _remote(endpoints["garbage"]), "pathology": _remote(endpoints["html"]),
              "surgery": _remote(endpoints["html"])}
    queue.enqueue([make_case("broken1")], run_id="ep1")
    with worker_thread(first, name="ep-worker"):
        record = wait_for(lambda: queue.result("ep1", "broken1"), 60, "the case with a down and a slow endpoint")
    queue.enqueue([make_case("broken2")], run_id="ep2")
    with worker_thread(second, name="ep-worker-2"):
        record2 = wait_for(lambda: queue.result("ep2", "broken2"), 60, "the case with garbage endpoints")

    # down and slow: those two specialists fail with the reason; surgery reports; the case completes
    assert record["status"] == "ok" and record["answer"] is not None
    failures = record["failures"]
    assert set(failures) == {"radiology", "pathology"} and "surgery" in record["opinion"]["differential"][0]["support"]
    assert failures["radiology"]["kind"] == "model_error" and "Connection" in failures["radiology"]["reason"]
    assert failures["pathology"]["kind"] == "timeout" and "timed out" in failures["pathology"]["reason"]
    assert {m["specialist"] for m in record["opinion"]["missing"]} == {"radiology", "pathology"}
    assert "Incomplete: pathology, radiology did not report." in record["opinion"]["uncertainties"]

    # garbage: non-JSON content (after one repair attempt) and an HTML error page; every specialist fails
    assert record2["status"] == "ok" and record2["answer"] is not None
    failures2 = record2["failures"]
    assert failures2["radiology"]["kind"] == "invalid_output" and "invalid output" in failures2["radiology"]["reason"]
    assert [a["outcome"] for a in record2["audit"] if a["role"] == "radiology"] == ["invalid_output", "invalid_output"]
    for role in ("pathology", "surgery"):
        assert failures2[role]["kind"] == "model_error" and "remote-model at http://127.0.0.1" in failures2[role]["reason"]
    assert {m["specialist"] for m in record2["opinion"]["missing"]} == {"radiology", "pathology", "surgery"}
    assert record2["opinion"]["confidence_basis"] == "no specialist report completed"
    assert record2["opinion"]["overall_confidence"] == 0.0
