"""States a crash, an outage, a retry or a slow worker can leave, and what the distributed path must do then.

Each test drives the state directly on a real Redis server (no sleeps that race), shows what went wrong
before the fix, and pins what must happen instead.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from consilium.orchestration.distributed import CachedModel, RedisCache, Worker
from consilium.orchestration.distributed.connection import is_infra_error
from consilium.orchestration.distributed.heartbeat import Heartbeat, read_heartbeats
from consilium.orchestration.distributed.queue import GROUP
from consilium.orchestration.distributed.server import free_port
from consilium.orchestration.models.chat import ModelRequest, ScriptedModel

from tests.redis.conftest import make_case, pending, wait_for
from tests.scripted import canned, scripted_models


@contextmanager
def refusing(client: Any, how: str) -> Iterator[None]:
    """Put the server in a state where it refuses commands for a while, the way production servers do."""
    if how == "out of memory":  # maxmemory reached under the default noeviction policy
        client.config_set("maxmemory", "1")
    elif how == "read-only":  # a failover made this server a replica (its master here is gone)
        client.replicaof("127.0.0.1", free_port())
    elif how == "cut off from its master":  # a replica told not to serve stale data
        client.config_set("replica-serve-stale-data", "no")
        client.replicaof("127.0.0.1", free_port())
    try:
        yield
    finally:
        client.replicaof("NO", "ONE")
        client.config_set("replica-serve-stale-data", "yes")
        client.config_set("maxmemory", "0")


@pytest.mark.parametrize("how", ["out of memory", "read-only", "cut off from its master"])
def test_a_server_refusing_commands_for_a_while_is_an_outage_not_a_case_failure(client, how: str) -> None:
    # MASTERDOWN was listed as an outage before, but redis-py raises it (and OOM, READONLY) as classes whose
    # message has the code stripped, so the check never matched and the worker blamed the case
    with refusing(client, how), pytest.raises(Exception) as refused:
        client.get("consilium:probe")  # a replica cut off from its master refuses reads too
        client.hset("consilium:probe", "k", "v")
    assert is_infra_error(refused.value), f"{type(refused.value).__name__}: {refused.value}"


def test_a_review_cut_short_by_a_full_redis_waits_for_it_and_goes_on(queue, client, make_consilium) -> None:
    """Before: the out-of-memory reply escaped as a case error: the worker dropped the message it held (another
    worker took it over a lease later, one delivery spent each time, until the case was failed)."""
    queue.enqueue([make_case("full")], run_id="full")
    first_radiology = threading.Event()

    def memory_runs_out_at_radiology(request: ModelRequest) -> str:
        if request.role == "radiology" and not first_radiology.is_set():
            first_radiology.set()
            client.config_set("maxmemory", "1")  # the specialists' step cannot store its writes
        return canned(request)

    worker = Worker(client, make_consilium(scripted_models(memory_runs_out_at_radiology)), name="w1")
    runner = threading.Thread(target=worker.run, kwargs={"max_cases": 1}, daemon=True)
    runner.start()
    try:
        wait_for(lambda: worker.stats["redis_retries"] >= 1, 20, "the worker to wait for Redis, holding the case")
    finally:
        client.config_set("maxmemory", "0")
    runner.join(30)
    assert not runner.is_alive()
    record = queue.result("full", "full")
    assert record["status"] == "ok" and record["answer"]["diagnosis"] and record["deliveries"] == 1
    assert worker.stats["loop_errors"] == 0 and pending(queue) == 0
    assert [a["task"] for a in record["audit"]].count("triage") == 1  # resumed from its checkpoint


def test_the_heartbeat_outlives_a_full_redis(client) -> None:
    """Before: the heartbeat thread died on the out-of-memory reply, and the worker, still working, looked dead to
    every replay from then on (which stops waiting after worker_wait_s without a live worker)."""
    with Heartbeat(client, "hb", every_s=0.05) as beat:
        wait_for(lambda: read_heartbeats(client), 10, "the first heartbeat")
        with refusing(client, "out of memory"):
            wait_for(lambda: beat.missed >= 2, 10, "two beats refused")
        client.hdel("consilium:workers", "hb")
        assert wait_for(lambda: [b.name for b in read_heartbeats(client) if b.alive], 10,
                        "the heartbeat to be written again") == ["hb"]
        assert beat._thread.is_alive()


def test_a_full_cache_never_costs_the_model_answer(client) -> None:
    """Before: the cache write's out-of-memory reply was raised after the model had answered, so the role failed
    and its answer was lost; a cache that cannot take an entry is skipped like one that cannot be reached."""
    backend = ScriptedModel(lambda _request: "answered", model_id="m")
    cached = CachedModel(backend, RedisCache(client, "model"))
    request = ModelRequest(role="gp", messages=[{"role": "user", "content": "q"}], schema={"title": "X"},
                           max_tokens=10, temperature=0.0, timeout_s=5)
    with refusing(client, "out of memory"):
        assert cached.complete(request).text == "answered"
    assert cached.cache.errors == 1 and len(backend.requests) == 1
    assert cached.complete(request).text == "answered" and len(backend.requests) == 2  # nothing was stored


def test_a_late_viewer_of_a_retried_review_follows_it_to_its_end(queue, client, make_consilium, tmp_path) -> None:
    """Before: the stream of a review that failed once and was retried holds the first attempt's error event;
    a viewer reading it from the start (the web app opened later) stopped there, showing a finished review as
    failed."""
    from consilium.orchestration.distributed import subscribe

    scan = tmp_path / "scan.dcm"
    scan.write_bytes(b"pixels")
    case = make_case("again", imaging=[{"id": "ct1", "modality": "CT", "files": [str(scan)]}])
    queue.enqueue([case], run_id="again")
    scan.unlink()  # the share went away between queueing and review
    worker = Worker(client, make_consilium(), name="w1")
    msg_id, fields = client.xreadgroup(GROUP, "w1", {queue.stream: ">"}, count=1)[0][1][0]
    assert worker.handle("w1", msg_id.decode(), fields) == "error"
    scan.write_bytes(b"pixels")
    assert queue.enqueue([case], run_id="again", retry_errors=True).retried == ["again"]
    msg_id, fields = client.xreadgroup(GROUP, "w1", {queue.stream: ">"}, count=1)[0][1][0]
    assert worker.handle("w1", msg_id.decode(), fields) == "ok"

    events = [(e["node"], e["event"]) for e in subscribe(client, queue.review_id("again", "again"), timeout_s=5,
                                                          block_ms=100)]
    assert events[0] == ("review", "error") and events[-1] == ("review", "completed")
    assert ("triage", "finished") in events


def test_a_dead_workers_case_behind_many_live_ones_is_taken_over(queue, client, make_consilium) -> None:
    """Before: every takeover scan started at the head of the pending list, and XAUTOCLAIM looks at no more than
    ten entries a call for one claim; with ten or more cases in flight ahead of it, a dead worker's case was
    never found until the older reviews had all finished."""
    queue.enqueue([make_case(f"busy-{i}") for i in range(12)] + [make_case("orphan")], run_id="many")
    for i in range(12):  # twelve live workers, each renewing its older case
        client.xreadgroup(GROUP, f"live-{i}", {queue.stream: ">"}, count=1)
    orphan_id = client.xreadgroup(GROUP, "dead", {queue.stream: ">"}, count=1)[0][1][0][0]
    client.xclaim(queue.stream, GROUP, "dead", 0, [orphan_id], idle=3_600_000, retrycount=1)  # silent an hour
    rescuer = Worker(client, make_consilium(), name="rescuer", claim_idle_s=60)
    found = [rescuer._claim("rescuer") for _ in range(3)]  # a few passes of the loop's takeover check
    claimed = [f for f in found if f is not None]
    assert [(msg_id, fields[b"case_id"]) for msg_id, fields, _ in claimed] == [(orphan_id.decode(), b"orphan")]
    assert claimed[0][2] == 2 and pending(queue) == 13  # delivered twice; the live workers keep theirs


def test_a_replay_whose_queued_cases_redis_lost_queues_them_again(client, worker_thread, tmp_path) -> None:
    """Before: a Redis restarted from a snapshot taken before the cases were queued (no append-only file) has
    neither the run nor its messages; workers stayed alive and idle, and the replay waited for them forever."""
    from consilium.orchestration.distributed.replay import replay_via_redis

    cases = tmp_path / "lost.jsonl"
    cases.write_text("".join(make_case(f"lost-{i}").model_dump_json() + "\n" for i in range(2)))
    notices: list[str] = []
    survivor = worker_thread(name="survivor")

    def lost_then_a_worker(_report: Any) -> None:
        client.flushall()
        survivor.__enter__()  # only now, so that no case is taken before it is lost

    try:
        summary = replay_via_redis(cases, client, out_dir=tmp_path / "out", timeout_s=20,
                                   on_enqueued=lost_then_a_worker, on_notice=notices.append)
    finally:
        survivor.__exit__(None, None, None)
    assert summary.done == 2 and summary.run_errors == [] and not summary.stopped_waiting
    assert [n for n in notices if "queued again" in n] == [
        "2 case(s) of this run are no longer on the queue (Redis restarted without them?); queued again"]


def test_collecting_a_run_redis_does_not_know_says_so(queue, client) -> None:
    """Before: collect counted the run's cases from its set; a mistyped run id or a Redis that restarted empty
    has none, so collect returned at once with no results, as if every case were done."""
    from consilium.orchestration.distributed.queue import RunNotFound

    with pytest.raises(RunNotFound, match="no run 'ward-9' on this Redis"):
        queue.collect("ward-9", timeout_s=5)
    queue.enqueue([make_case("gone-1"), make_case("gone-2")], run_id="ward-8")
    client.flushall()  # restarted from a snapshot older than the enqueue
    with pytest.raises(RunNotFound, match="restarted without its data"):
        queue.collect("ward-8", timeout_s=5)
    assert queue.enqueue([], run_id="empty").enqueued == [] and queue.collect("empty", timeout_s=5) == {}


def test_a_resumed_review_shows_every_node_it_restored_as_finished(queue, client, make_consilium) -> None:
    """Before: on resume LangGraph announces again the tasks whose results the checkpoint kept, but never their
    end (it does not run them); the review's stream ended with those nodes 'started', running for ever in the
    web app."""
    from consilium.orchestration.distributed import subscribe
    from consilium.orchestration.distributed.checkpointer import _LEASE

    queue.enqueue([make_case("restored")], run_id="restored")
    review_id = queue.review_id("restored", "restored")
    msg_id, fields = client.xreadgroup(GROUP, "w1", {queue.stream: ">"}, count=1)[0][1][0]
    viewer = make_consilium()

    def radiology_stored(snapshot: Any) -> bool:
        return any(t.name == "radiology" and t.result is not None for t in snapshot.tasks)

    def pathology_cut_off(request: ModelRequest) -> str:
        if request.role == "pathology":  # w1 is taken over after radiology's report is stored, before this one's
            wait_for(lambda: radiology_stored(viewer.graph.get_state({"configurable": {"thread_id": review_id}})),
                     20, "radiology's report to be stored")
            client.xclaim(queue.stream, GROUP, "w2", 0, [msg_id])
            _LEASE.get().lost = True  # what w1's renewal thread sets once it sees the new owner
        return canned(request)

    w1 = Worker(client, make_consilium(scripted_models(pathology_cut_off)), name="w1")
    assert w1.handle("w1", msg_id.decode(), fields) == "taken"
    w2 = Worker(client, make_consilium(), name="w2")
    assert w2.handle("w2", msg_id.decode(), fields, deliveries=2) == "ok"
    record = queue.result("restored", "restored")
    assert [a["task"] for a in record["audit"]].count("radiology") == 1  # restored, not asked again

    events = list(subscribe(client, review_id, timeout_s=5, block_ms=100))
    resumed = next(i for i, e in enumerate(events) if e["event"] == "resumed")
    after = [(e["node"], e["event"], e["detail"]) for e in events[resumed + 1:]]
    assert after[0] == ("radiology", "finished", "restored from its checkpoint")
    last = {}
    for e in events:
        last[e["node"]] = e["event"]
    assert last == {"triage": "finished", "radiology": "finished", "pathology": "finished", "surgery": "finished",
                    "consensus": "finished", "answer": "finished", "review": "completed"}


def test_the_heartbeat_outlives_an_error_reply(client) -> None:
    """Before: any reply other than an outage (here the workers' key overwritten with another type) ended the
    heartbeat thread for good, while the worker went on reviewing and looked dead to every replay."""
    with Heartbeat(client, "hb", every_s=0.05) as beat:
        wait_for(lambda: read_heartbeats(client), 10, "the first heartbeat")
        client.set("consilium:workers", "not a hash")
        wait_for(lambda: beat.missed >= 2, 10, "two beats refused")
        client.delete("consilium:workers")
        assert wait_for(lambda: [b.name for b in read_heartbeats(client) if b.alive], 10,
                        "the heartbeat to be written again") == ["hb"]


def test_a_case_taken_over_on_another_machine_is_reidentified_for_the_clinician(queue, client, tmp_path) -> None:
    """Before: the private original a de-identified review is re-identified from lies in the home folder of the
    worker that started it; a worker on another machine resumed without it, so the stored result showed the
    placeholders the models saw ('[NAME_1]') instead of the patient's details, and no scrubber checked the
    remaining model replies."""
    import json
    import re

    from consilium.orchestration.distributed import redis_consilium
    from consilium.orchestration.distributed.checkpointer import _LEASE
    from consilium.orchestration.settings import Settings

    def echoes_the_history(request: ModelRequest) -> str:  # the GP's answer quotes the case as it was sent
        reply = json.loads(canned(request))
        if request.role == "gp" and "answer" in reply:
            sent = " ".join(m["content"] for m in request.messages if isinstance(m.get("content"), str))
            reply["answer"] = re.search(r"History: [^\n]*", sent).group(0)
        return json.dumps(reply)

    def machine(home: str, responder: Any) -> Any:
        return redis_consilium(Settings(home=tmp_path / home), client, models=scripted_models(responder),
                               experts=None, cache=False)

    case = make_case("named", history="Jane Smithson, retired teacher from Dunmore.")
    queue.enqueue([case], run_id="machines")
    msg_id, fields = client.xreadgroup(GROUP, "w1", {queue.stream: ">"}, count=1)[0][1][0]

    def taken_over_at_radiology(request: ModelRequest) -> str:
        if request.role == "radiology":
            client.xclaim(queue.stream, GROUP, "w2", 0, [msg_id])
            _LEASE.get().lost = True  # what w1's renewal thread sets once it sees the new owner
        return echoes_the_history(request)

    w1 = Worker(client, machine("machine-a", taken_over_at_radiology), name="w1")
    assert w1.handle("w1", msg_id.decode(), fields) == "taken"
    w2 = Worker(client, machine("machine-b", echoes_the_history), name="w2")
    assert w2.handle("w2", msg_id.decode(), fields, deliveries=2) == "ok"
    answer = queue.result("machines", "named")["answer"]["answer"]
    assert answer == "History: Jane Smithson, retired teacher from Dunmore."
    assert w2.consilium.get(queue.review_id("machines", "named")).answer["answer"] == answer  # shown the same


def test_refused_credentials_are_a_configuration_error_not_an_outage(redis_server, client) -> None:
    """Before: redis-py raises a refused password as a kind of ConnectionError, so connect said 'cannot reach
    Redis' (retry later) and a worker whose password was rotated retried for ever as if Redis were down."""
    from consilium.orchestration.distributed import connect
    from consilium.orchestration.distributed.connection import RedisCredentialsRefused
    from consilium.orchestration.errors import ConfigError

    client.config_set("requirepass", "rotated")
    try:
        with pytest.raises(RedisCredentialsRefused, match="refused the credentials") as refused:
            connect(redis_server.url.replace("redis://", "redis://:old@"))
        assert isinstance(refused.value, ConfigError)
        stale = connect(redis_server.url, check=False)
        with pytest.raises(Exception) as no_auth:
            stale.ping()
        assert not is_infra_error(no_auth.value), f"{type(no_auth.value).__name__}: {no_auth.value}"
    finally:
        connect(redis_server.url.replace("redis://", "redis://:rotated@")).config_set("requirepass", "")
