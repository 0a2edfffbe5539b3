"""Queue, idempotent results, live events and the shared cache, on a real Redis server."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from consilium.orchestration.distributed import CachedModel, RedisCache, Worker, subscribe
from consilium.orchestration.distributed.cache import CachedExpert, expert_cache_key
from consilium.orchestration.distributed.queue import GROUP
from consilium.orchestration.models.chat import Completion, ModelRequest, ScriptedModel

from tests.scripted import canned, scripted_models
from tests.redis.conftest import pending


def test_cases_flow_through_the_queue_with_one_result_each(queue, worker_thread, case_factory) -> None:
    cases = [case_factory(f"ward-case-{i}") for i in range(6)]  # ids that cannot occur inside hex by chance
    report = queue.enqueue(cases, run_id="ward-1")
    assert report.enqueued == [c.id for c in cases] and not report.rejected
    again = queue.enqueue(cases, run_id="ward-1")  # a replay started twice queues nothing new
    assert again.enqueued == [] and again.already_queued == [c.id for c in cases]
    with worker_thread(threads=2):
        results = queue.collect("ward-1", timeout_s=30)
    assert sorted(results) == sorted(c.id for c in cases)
    for case_id, record in results.items():
        assert record["status"] == "ok" and record["case_id"] == case_id and record["answer"]["diagnosis"]
        assert record["score"]["scored"] and record["score"]["correct"] and case_id not in record["review_id"]
        assert re.fullmatch(r"r-[0-9a-f]{16}", record["review_id"])
        assert record["llm_calls"] == len(record["audit"]) and record["review_id"] == queue.review_id("ward-1", case_id)
    assert pending(queue) == 0 and queue.r.xlen(queue.stream) == 0


def test_a_case_processed_twice_has_one_result(queue, client, make_consilium, case_factory) -> None:
    queue.enqueue([case_factory("twice")], run_id="dup")
    # the same message delivered to two workers (one presumed dead, only slow)
    msg_id, fields = client.xreadgroup(GROUP, "slow", {queue.stream: ">"}, count=1)[0][1][0]
    w1 = Worker(client, make_consilium(), name="w1")
    w2 = Worker(client, make_consilium(), name="w2")
    client.xclaim(queue.stream, GROUP, "w2", 0, [msg_id])  # as XAUTOCLAIM does once "slow" looks dead
    assert w2.handle("w2", msg_id.decode(), fields) == "ok"
    assert w1.handle("w1", msg_id.decode(), fields) == "duplicate"
    assert client.hlen(queue.run_key("dup", "results")) == 1
    assert queue.result("dup", "twice")["worker"] == "w2"
    assert int(client.hget(queue.run_key("dup", "processed"), "twice")) == 2
    assert pending(queue) == 0


def test_a_message_taken_over_during_an_outage_is_left_to_its_new_owner(queue, client, make_consilium,
                                                                         case_factory) -> None:
    queue.enqueue([case_factory("outage")], run_id="held")
    msg_id, fields = client.xreadgroup(GROUP, "w1", {queue.stream: ">"}, count=1)[0][1][0]
    # w1 kept the message through a Redis outage longer than its lease; w2 claimed it meanwhile
    client.xclaim(queue.stream, GROUP, "w2", 0, [msg_id])
    models = scripted_models()
    w1 = Worker(client, make_consilium(models), name="w1")
    assert w1.handle("w1", msg_id.decode(), fields) == "taken"
    assert w1.stats["lease_lost"] == 1 and models["gp"].model.requests == []  # nothing of the review ran on w1
    assert make_consilium().get(queue.review_id("held", "outage")) is None
    assert client.xpending_range(queue.stream, GROUP, min=msg_id, max=msg_id, count=1)[0]["consumer"] == b"w2"
    w2 = Worker(client, make_consilium(), name="w2")
    assert w2.handle("w2", msg_id.decode(), fields, deliveries=2) == "ok"
    assert queue.result("held", "outage")["worker"] == "w2" and pending(queue) == 0


def test_a_review_whose_case_is_taken_over_midway_stops_at_its_next_step(queue, client, make_consilium,
                                                                          case_factory) -> None:
    queue.enqueue([case_factory("midway")], run_id="midway")
    msg_id, fields = client.xreadgroup(GROUP, "w1", {queue.stream: ">"}, count=1)[0][1][0]

    def stalls_while_taken_over(request: ModelRequest) -> str:
        if request.role == "radiology":  # w1 stalls here long enough for w2 to take the case over
            client.xclaim(queue.stream, GROUP, "w2", 0, [msg_id])
            time.sleep(2.0)  # ten renewal periods: w1's lease thread sees that it lost the message, even on a slow machine
        return canned(request)

    w1 = Worker(client, make_consilium(scripted_models(stalls_while_taken_over)), name="w1", claim_idle_s=0.6)
    assert w1.handle("w1", msg_id.decode(), fields) == "taken"
    assert w1.stats["lease_lost"] == 1 and queue.result("midway", "midway") is None  # w1 stored nothing
    review_id = queue.review_id("midway", "midway")
    left = make_consilium().graph.get_state({"configurable": {"thread_id": review_id}})
    # w1 stopped at the end of the specialists' step: their reports are stored as pending writes, and the
    # step's checkpoint is not (so `next` is empty although the review is not over)
    assert left.values["answer"] is None and {t.name for t in left.tasks} == {"radiology", "pathology"}
    w2 = Worker(client, make_consilium(), name="w2")
    assert w2.handle("w2", msg_id.decode(), fields, deliveries=2) == "ok"
    record = queue.result("midway", "midway")
    assert record["worker"] == "w2" and record["answer"]["diagnosis"] and pending(queue) == 0
    tasks = [a["task"] for a in record["audit"]]
    assert tasks.count("triage") == 1 and tasks[-1] == "answer"  # resumed, not started again, and finished
    assert w2.stats["resumed"] == 1


def test_live_events_per_review_and_per_run(queue, client, worker_thread, case_factory) -> None:
    def no_radiology(request: ModelRequest) -> str:
        if request.role == "radiology":
            return "this is not JSON"
        return canned(request)

    queue.enqueue([case_factory("ev1")], run_id="live")
    with worker_thread(scripted_models(no_radiology, latency_s=0.01), name="ev-worker"):
        events = list(subscribe(client, queue.review_id("live", "ev1"), timeout_s=30))
    seen = [(e["node"], e["event"]) for e in events]
    assert seen[0] == ("triage", "started") and seen[-1] == ("review", "completed")
    assert ("pathology", "finished") in seen and ("radiology", "failed") in seen
    failed = next(e for e in events if e["node"] == "radiology" and e["event"] == "failed")
    assert "invalid output" in failed["detail"] and failed["worker"] == "ev-worker"
    # a late subscriber to the run's stream still sees everything, then can continue from an id
    run_events = list(subscribe(client, run_id="live", timeout_s=0.5, block_ms=100))
    assert [(e["node"], e["event"]) for e in run_events] == seen
    assert list(subscribe(client, run_id="live", last_id=run_events[-1]["id"], timeout_s=0.3, block_ms=100)) == []
    with pytest.raises(ValueError):
        next(subscribe(client))


def _request(text: str, temperature: float = 0.0) -> ModelRequest:
    return ModelRequest(role="gp", messages=[{"role": "user", "content": text}], schema={"title": "X"},
                        max_tokens=50, temperature=temperature, timeout_s=5)


def test_model_cache_is_shared_and_bounded(client) -> None:
    backend = ScriptedModel(lambda r: f"answer to {r.messages[0]['content']}", model_id="m1")
    worker_a = CachedModel(backend, RedisCache(client, "model", ttl_s=60, max_entries=3))
    worker_b = CachedModel(ScriptedModel(lambda r: "must not be called", model_id="m1"),
                           RedisCache(client, "model", ttl_s=60, max_entries=3))
    first = worker_a.complete(_request("q1"))
    assert worker_b.complete(_request("q1")) == first  # another worker: answered from the cache
    assert len(backend.requests) == 1
    other_model = CachedModel(ScriptedModel(lambda r: "m2 says", model_id="m2"), RedisCache(client, "model"))
    assert other_model.complete(_request("q1")).text == "m2 says"  # the model id is part of the key
    worker_a.complete(_request("q1", temperature=0.7))  # sampled: never cached
    worker_a.complete(_request("q1", temperature=0.7))
    assert len(backend.requests) == 3
    for q in ("q2", "q3", "q4", "q5"):
        worker_a.complete(_request(q))
    assert worker_a.cache.size() <= 3  # the cap evicted the oldest entries
    worker_b.backend = backend
    worker_b.complete(_request("q1"))  # q1 was evicted: the model is asked again
    assert backend.requests[-1].messages[0]["content"] == "q1"


def test_model_cache_expires(client) -> None:
    backend = ScriptedModel(lambda r: "x", model_id="m")
    cached = CachedModel(backend, RedisCache(client, "model", ttl_s=1, max_entries=10))
    cached.complete(_request("q"))
    cached.complete(_request("q"))
    assert len(backend.requests) == 1
    time.sleep(2.1)
    cached.complete(_request("q"))
    assert len(backend.requests) == 2


def test_cache_outage_falls_through_to_the_model(redis_server, client) -> None:
    backend = ScriptedModel(lambda r: "still answered", model_id="m")
    cached = CachedModel(backend, RedisCache(client, "model"))
    redis_server.stop()
    assert cached.complete(_request("q")) == Completion("still answered", 1, 2)
    assert cached.cache.errors == 2  # the read and the write, both skipped


class CountingExpert:
    """A stand-in expert with a real card; counts how often it really runs."""

    def __init__(self, version: str = "1.0"):
        from consilium.experts.base import ExpertCard

        self.card = ExpertCard(name="count", version=version, modality=["CT"], inputs="CT", outputs="size",
                               intended_use="test", limits="test", roles=["radiology"])
        self.runs = 0

    def targets(self, case):
        return [s.id for s in case.imaging]

    def run(self, case, target, out_dir):
        from consilium.experts.base import Evidence

        self.runs += 1
        return Evidence(id=f"count:{target}", expert="count", expert_version=self.card.version, target=target,
                        summary=f"run {self.runs}")


def test_expert_cache_keyed_by_file_hash_and_version(client, tmp_path: Path, case_factory) -> None:
    scan = tmp_path / "scan.dcm"
    scan.write_bytes(b"pixels-1")
    case = case_factory("exp", imaging=[{"id": "ct1", "modality": "CT", "files": [str(scan)]}])
    inner = CountingExpert()
    cached = CachedExpert(inner, RedisCache(client, "expert"))
    first = cached.run(case, "ct1", tmp_path)
    assert cached.run(case, "ct1", tmp_path) == first and inner.runs == 1
    renamed = case_factory("other-case", imaging=[{"id": "ct1", "modality": "CT", "files": [str(scan)]}])
    assert cached.run(renamed, "ct1", tmp_path) == first and inner.runs == 1  # same file, same answer
    scan.write_bytes(b"pixels-2")
    assert cached.run(case, "ct1", tmp_path).summary == "run 2"  # new bytes, new key
    newer = CachedExpert(CountingExpert(version="2.0"), RedisCache(client, "expert"))
    assert newer.run(case, "ct1", tmp_path).expert_version == "2.0"
    scan.unlink()
    assert expert_cache_key(inner, case, "ct1") is None  # unreadable file: never served from the cache


def test_worker_shares_the_model_cache(queue, client, tmp_path: Path, case_factory) -> None:
    from consilium.orchestration.distributed import redis_consilium
    from consilium.orchestration.settings import Settings

    models = scripted_models()
    backend = models["gp"].model
    consilium = redis_consilium(Settings(home=tmp_path / "h"), client, models=models, experts=None)
    queue.enqueue([case_factory("same")], run_id="r1")
    queue.enqueue([case_factory("same")], run_id="r2")  # the same case in another run
    worker = Worker(client, consilium, name="cache-worker")
    stats = worker.run(max_cases=2)
    assert stats["ok"] == 2
    first_run_calls = len(queue.result("r1", "same")["audit"])
    assert len(backend.requests) == first_run_calls  # the second review was answered from the cache
    assert json.loads(client.hget("consilium:workers", "cache-worker") or "null") is None  # left cleanly


def test_a_long_case_keeps_its_lease(queue, client, worker_thread, case_factory) -> None:
    """Cases that take longer than the claim timeout are not stolen from a live worker."""
    queue.enqueue([case_factory(f"long{i}") for i in range(3)], run_id="lease")
    slow = scripted_models(latency_s=0.25)  # five sequential calls: about 1.3 s a case
    with worker_thread(slow, name="a", claim_idle_s=0.6) as a, worker_thread(slow, name="b", claim_idle_s=0.6) as b:
        results = queue.collect("lease", timeout_s=30)
    assert len(results) == 3
    processed = {k.decode(): int(v) for k, v in client.hgetall(queue.run_key("lease", "processed")).items()}
    assert processed == {"long0": 1, "long1": 1, "long2": 1}
    assert a.stats["claimed"] == b.stats["claimed"] == 0


def test_single_call_strategy_through_the_queue(queue, worker_thread, case_factory) -> None:
    queue.enqueue([case_factory("one-call")], run_id="single", strategy="single")
    with worker_thread():
        record = queue.collect("single", timeout_s=30)["one-call"]
    assert record["status"] == "ok" and record["strategy"] == "single" and record["review_id"] is None
    assert record["llm_calls"] == 1 and record["answer"]["diagnosis"]
