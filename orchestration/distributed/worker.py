"""A worker: takes cases from the stream, reviews them, stores one result per case.

Delivery is at least once. A worker holds a *lease* on the message it works on: every
``claim_idle_s / 3`` it re-claims the message for itself (``XCLAIM ... JUSTID``, only while it still
owns it), which keeps the message's idle time low. A worker that dies (SIGKILL, power loss) stops
renewing; once the message has been idle for ``claim_idle_s``, another worker takes it over with
``XAUTOCLAIM`` and *resumes* the review from its last LangGraph checkpoint in Redis, so the model
calls already made are not repeated. Results are written with ``HSETNX`` and the message is
acknowledged in the same script, so a case finished twice still has one result.

When Redis itself goes away (restart, network), the worker keeps the message it holds, backs off,
and retries it, unless another worker took it over meanwhile (the outage outlasted the lease): then it
leaves the message to that worker rather than run a second review of the case beside it. A worker that
loses the lease while its review runs (stalled, or cut off from Redis) notices within a third of the
lease and stops at the review's next checkpoint write (:class:`~.checkpointer.WriteLease`), so two workers
do not go on extending one review. Nothing is acknowledged that was not stored. A message that can never
succeed (see :mod:`.message`) is settled on its first delivery: an error result with the reason, or a dead
letter when it names no case its run queued. An unexpected error leaves the message for another
attempt; its reason is kept, so the error result after ``max_deliveries`` says what went wrong.

Each worker process writes a heartbeat (:mod:`.heartbeat`) from its own thread, also while a long
review runs, so a replay can tell a busy worker from a dead one.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from consilium.orchestration.distributed.checkpointer import (
    RedisCheckpointSaver,
    ThreadTakenOver,
    WriteLease,
    writing_under,
)
from consilium.orchestration.distributed.connection import DEFAULT_PREFIX, causes, is_infra_error, is_missing_group, text
from consilium.orchestration.distributed.events import (
    EVENTS_TTL_S,
    REVIEW_STREAM_MAXLEN,
    RUN_STREAM_MAXLEN,
    EventPublisher,
    review_events_key,
    run_events_key,
)
from consilium.orchestration.distributed.heartbeat import HEARTBEAT_EVERY_S, Heartbeat
from consilium.orchestration.distributed.message import PoisonMessage, addressed, decode_case, message_fields
from consilium.orchestration.distributed.queue import GROUP, CaseQueue, CaseRejected
from consilium.orchestration.distributed.takeover import keep_private_original
from consilium.orchestration.errors import BackendError
from consilium.orchestration.running import ReviewIdInUse, unfinished

log = logging.getLogger(__name__)
ATTEMPTS_TTL_S = 7 * 24 * 3600

_FINISH = f"""
local new = redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
redis.call('XACK', KEYS[2], ARGV[3], ARGV[4])
redis.call('XDEL', KEYS[2], ARGV[4])
redis.call('HINCRBY', KEYS[4], ARGV[1], 1)
redis.call('HDEL', KEYS[6], ARGV[4])
if new == 1 then
  local ev = {{'review_id', ARGV[8], 'case_id', ARGV[1], 'node', 'review', 'event', ARGV[5],
              'detail', ARGV[9], 'worker', ARGV[6], 'ts', ARGV[7]}}
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', {RUN_STREAM_MAXLEN}, '*', unpack(ev))
  redis.call('XADD', KEYS[5], 'MAXLEN', '~', {REVIEW_STREAM_MAXLEN}, '*', unpack(ev))
  redis.call('EXPIRE', KEYS[5], {EVENTS_TTL_S})
end
return new
"""

_RENEW = """
local p = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[2], ARGV[2], 1)
if #p == 1 and p[1][2] == ARGV[3] then
  redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[3], 0, ARGV[2], 'JUSTID')
  return 1
end
return 0
"""


class _LeaseLost(BackendError):
    """The message a worker is reviewing, or was about to, is owned by another worker now."""


def redis_consilium(settings: Any, client: Any, *, models: Any = None, experts: Any = "default", cache: bool = True,
                    cache_ttl_s: float = 7 * 24 * 3600, cache_max_entries: int = 10_000,
                    prefix: str = DEFAULT_PREFIX, require_signoff: bool = False) -> Any:
    """A :class:`Consilium` whose review state lives in Redis (and, with ``cache``, whose model and
    expert results are shared through the Redis cache). Any process built this way can show
    (``get``), resume or sign any review."""
    from consilium.orchestration.api import Consilium
    from consilium.orchestration.distributed.cache import RedisCache, cached_models, cached_registry
    from consilium.orchestration.models.chat import build_models

    models = models if models is not None else build_models(settings)
    if experts == "default":
        from consilium.experts.registry import default_registry

        experts = default_registry()
    if cache:
        models = cached_models(models, RedisCache(client, "model", ttl_s=cache_ttl_s, max_entries=cache_max_entries,
                                                  prefix=prefix))
        if experts is not None:
            experts = cached_registry(experts, RedisCache(client, "expert", ttl_s=cache_ttl_s,
                                                          max_entries=cache_max_entries, prefix=prefix))
    # A worker that dies mid-review leaves the case to another, which resumes from the last step stored.
    settings = settings.model_copy(update={"checkpoint_every_step": True})
    return Consilium(settings, models=models, experts=experts, require_signoff=require_signoff,
                     checkpointer=RedisCheckpointSaver(client, prefix=prefix))


class _Budget:
    """How many more messages the worker's loops may take (``None``: no limit)."""

    def __init__(self, limit: int | None):
        self.left, self._lock = limit, threading.Lock()

    def take(self) -> bool:
        with self._lock:
            if self.left is None:
                return True
            if self.left <= 0:
                return False
            self.left -= 1
            return True

    def give_back(self) -> None:
        with self._lock:
            if self.left is not None:
                self.left += 1


class Worker:
    """Processes queued cases with one :class:`Consilium` (built by :func:`redis_consilium`).

    Args:
        claim_idle_s: how long a message must sit unrenewed before another worker takes it over.
        max_deliveries: a case delivered more often than this (its workers keep dying) gets an error result.
        file_roots: folders a queued case's files must lie in (``None``: anywhere readable).
        heartbeat_s: how often the process reports that it is alive.
    """

    def __init__(self, client: Any, consilium: Any, *, name: str | None = None, prefix: str = DEFAULT_PREFIX,
                 claim_idle_s: float = 60.0, block_ms: int = 1000, max_deliveries: int = 3,
                 file_roots: list[Path] | None = None, heartbeat_s: float = HEARTBEAT_EVERY_S):
        self.r, self.consilium, self.prefix = client, consilium, prefix
        self.name = name or f"{socket.gethostname()}-{os.getpid()}"
        self.queue = CaseQueue(client, prefix=prefix)
        self.claim_idle_ms = int(claim_idle_s * 1000)
        self.block_ms, self.max_deliveries, self.file_roots = block_ms, max_deliveries, file_roots
        self.heartbeat_s = heartbeat_s
        self.attempts = f"{prefix}:attempts"  # message id -> why its last delivery failed
        self._finish = client.register_script(_FINISH)
        self._renew = client.register_script(_RENEW)
        self.stats: Counter[str] = Counter()
        self._stats_lock = threading.Lock()
        # each consumer's takeover scan goes on where it stopped (XAUTOCLAIM looks at ten entries per claim)
        self._claim_from: dict[str, str] = {}

    def warm_up(self) -> None:
        """Pay one-time costs (scorer indexes, prompt templates) before reporting in, not on the first case."""
        from consilium.orchestration.case.model import Case
        from consilium.orchestration.evaluation.replay import score_answer

        score_answer(Case(id="warm-up", expected={"diagnosis": "pneumonia"}), {"diagnosis": "pneumonia"})

    def _count(self, what: str) -> None:
        with self._stats_lock:
            self.stats[what] += 1

    # --- the loop -----------------------------------------------------------------------------------
    def run(self, stop: threading.Event | None = None, *, threads: int = 1, max_cases: int | None = None) -> Counter:
        """Work until ``stop`` is set (or ``max_cases`` messages were handled); ``threads`` cases at a time."""
        stop = stop or threading.Event()
        budget = _Budget(max_cases)
        loops = [threading.Thread(target=self._loop, args=(self.name if threads == 1 else f"{self.name}-{i}",
                                                           stop, budget), daemon=True) for i in range(threads)]
        with Heartbeat(self.r, self.name, prefix=self.prefix, every_s=self.heartbeat_s,
                       details=lambda: {"threads": threads, **self._stats_now()}):
            for t in loops:
                t.start()
            for t in loops:
                t.join()
        return self.stats

    def _stats_now(self) -> dict[str, int]:
        with self._stats_lock:
            return dict(self.stats)

    def _loop(self, consumer: str, stop: threading.Event, budget: _Budget) -> None:
        held: tuple[str, dict[str, Any], int] | None = None  # a message kept across a Redis outage
        backoff, last_claim = 0.1, 0.0
        while not stop.is_set():
            try:
                if held is None:
                    if not budget.take():
                        break
                    try:
                        if time.monotonic() - last_claim > min(1.0, self.claim_idle_ms / 4000):
                            last_claim = time.monotonic()
                            held = self._claim(consumer)
                        held = held or self._read(consumer)
                    finally:
                        if held is None:
                            budget.give_back()
                    if held is None:
                        continue
                self.handle(consumer, *held)
                held, backoff = None, 0.1
            except Exception as exc:
                if is_infra_error(exc):
                    self._count("redis_retries")
                else:  # a bug or a Redis error reply: the message stays pending and is claimed again later
                    self._remember_failure(consumer, held, exc)
                    self._count("loop_errors")
                    held = None
                time.sleep(backoff)
                backoff = min(2.0, backoff * 2)

    def _remember_failure(self, consumer: str, held: tuple[str, dict[str, Any], int] | None,
                          exc: Exception) -> None:
        """Log an unexpected error (the traceback once per message) and keep its reason for the give-up."""
        if held is None:
            log.exception("worker %s: unexpected error while taking a message", consumer)
            return
        msg_id, _fields, deliveries = held
        if deliveries == 1:
            log.exception("worker %s: unexpected error on message %s; it is left for another attempt",
                          consumer, msg_id)
        else:
            log.error("worker %s: message %s failed again (delivery %d): %s: %s", consumer, msg_id, deliveries,
                      type(exc).__name__, exc)
        try:
            pipe = self.r.pipeline(transaction=False)
            pipe.hset(self.attempts, msg_id, f"{type(exc).__name__}: {exc}"[:500])
            pipe.expire(self.attempts, ATTEMPTS_TTL_S)
            pipe.execute()
        except Exception:  # noqa: BLE001, S110 - best effort: without it the give-up reason is vaguer
            pass

    def _claim(self, consumer: str) -> tuple[str, dict[str, Any], int] | None:
        """Take over one message another worker left idle too long."""
        try:
            reply = self.r.xautoclaim(self.queue.stream, GROUP, consumer, self.claim_idle_ms,
                                      start_id=self._claim_from.get(consumer, "0-0"), count=1)
        except Exception as exc:
            if not is_missing_group(exc):
                raise
            self.queue.ensure_group()  # a new (or wiped) Redis: create the stream and group
            return None
        self._claim_from[consumer] = text(reply[0]) if reply else "0-0"  # "0-0" again once the scan wrapped
        messages = reply[1] if len(reply) > 1 else []
        for msg_id, fields in messages:
            if fields is None:  # the entry was deleted after its result was stored
                self.r.xack(self.queue.stream, GROUP, msg_id)
                continue
            pend = self.r.xpending_range(self.queue.stream, GROUP, min=msg_id, max=msg_id, count=1)
            deliveries = int(pend[0]["times_delivered"]) if pend else 1
            self._count("claimed")
            return text(msg_id), fields, deliveries
        return None

    def _read(self, consumer: str) -> tuple[str, dict[str, Any], int] | None:
        try:
            reply = self.r.xreadgroup(GROUP, consumer, {self.queue.stream: ">"}, count=1, block=self.block_ms)
        except Exception as exc:
            if not is_missing_group(exc):
                raise
            self.queue.ensure_group()
            return None
        for _stream, entries in reply or []:
            for msg_id, fields in entries:
                return text(msg_id), fields, 1
        return None

    @contextmanager
    def _lease(self, consumer: str, msg_id: str, review_id: str):
        """Hold the message while its review runs: renewed at once (a message kept through a Redis outage
        may have sat idle for most of ``claim_idle_s``), then every third of it. Raises :class:`_LeaseLost`
        when another worker owns the message by now, before anything of the review runs here. When it is
        lost during the review, the review's next checkpoint write raises (:class:`WriteLease`), so the new
        owner alone goes on."""
        if not self._renew(keys=[self.queue.stream], args=[GROUP, msg_id, consumer]):
            raise _LeaseLost(msg_id)
        done = threading.Event()
        every = max(0.05, self.claim_idle_ms / 3000)
        lease = WriteLease(review_id)

        def renew() -> None:
            while not done.wait(every):
                try:
                    if not self._renew(keys=[self.queue.stream], args=[GROUP, msg_id, consumer]):
                        lease.lost = True
                        return  # another worker owns it now; finishing stays idempotent
                except Exception:  # noqa: BLE001, S112 - Redis away: the next renewal tries again
                    continue

        thread = threading.Thread(target=renew, daemon=True)
        thread.start()
        try:
            with writing_under(lease):
                yield
        finally:
            done.set()
            thread.join()

    # --- one message --------------------------------------------------------------------------------
    def handle(self, consumer: str, msg_id: str, raw: dict[Any, Any], deliveries: int = 1) -> str:
        """Process one message; returns what happened: ok, error, duplicate, dead (unusable message) or taken
        (another worker owns it now)."""
        fields = message_fields(raw)
        try:
            run_id, case_id = addressed(fields)
        except PoisonMessage as exc:
            return self._dead(msg_id, fields, str(exc))
        if not self.r.sismember(self.queue.run_key(run_id, "enqueued"), case_id):
            # a result here would be one more than the run queued, and nobody waits for it
            return self._dead(msg_id, fields, f"run {run_id!r} did not queue case {case_id!r}")
        if self.r.hexists(self.queue.run_key(run_id, "results"), case_id):
            self._finish_msg(run_id, case_id, msg_id, None, consumer)
            self._count("duplicate")
            return "duplicate"
        review_id = self.queue.review_id(run_id, case_id)  # derived, never taken from the message
        if deliveries > self.max_deliveries:
            last = text(self.r.hget(self.attempts, msg_id))
            why = f"each attempt failed; the last with {last}" if last else "the workers handling it stopped each time"
            return self._fail(run_id, case_id, review_id, msg_id, consumer,
                              f"gave up after {deliveries - 1} deliveries: {why}")
        try:
            decoded = decode_case(fields, run_id, case_id, file_roots=self.file_roots)
        except PoisonMessage as exc:
            return self._fail(run_id, case_id, review_id, msg_id, consumer, f"bad case message: {exc}")
        except CaseRejected as exc:  # its files: fixable, then `--retry-errors`
            return self._fail(run_id, case_id, review_id, msg_id, consumer, f"case cannot run: {exc}")
        try:
            with self._lease(consumer, msg_id, review_id):
                try:
                    record = self._review(decoded.case, review_id, run_id, decoded.strategy, consumer)
                except Exception as exc:
                    if is_infra_error(exc):
                        raise
                    if any(isinstance(e, (ThreadTakenOver, ReviewIdInUse)) for e in causes(exc)):  # another run has it
                        raise _LeaseLost(msg_id) from exc
                    return self._fail(run_id, case_id, review_id, msg_id, consumer, f"{type(exc).__name__}: {exc}")
        except _LeaseLost:
            # Another worker took the message over while this one could not renew it (a Redis outage longer
            # than the lease, a stalled process): two reviews of one case on one checkpoint thread would
            # interleave, so the new owner alone goes on; nothing is acknowledged or stored here.
            self._count("lease_lost")
            return "taken"
        record.update(status="ok", run_id=run_id, worker=consumer, deliveries=deliveries)
        self._finish_msg(run_id, case_id, msg_id, record, consumer)
        self._count("ok")
        return "ok"

    def _review(self, case: Any, review_id: str, run_id: str, strategy: str, consumer: str) -> dict[str, Any]:
        """The same result record the in-process replay writes for a case (orchestration/replay.py)."""
        from consilium.orchestration.evaluation.replay import case_result, review_body, single_answer

        if strategy == "single":
            return case_result(case, strategy, None, single_answer(self.consilium, case))
        events = EventPublisher(self.r, review_id=review_id, case_id=case.id, run_id=run_id, worker=consumer,
                                prefix=self.prefix)
        snapshot = self.consilium.graph.get_state({"configurable": {"thread_id": review_id}})
        if not snapshot.values:
            result = self.consilium.review(case, review_id=review_id, on_event=events)
        else:
            # begun elsewhere, maybe on another machine: re-identifying needs the original here
            keep_private_original(self.consilium, case, review_id)
            if unfinished(snapshot):  # an earlier worker stopped mid-review: go on from its last checkpoint
                self._count("resumed")
                going_on = ", ".join(snapshot.next) or f"the step after {', '.join(t.name for t in snapshot.tasks)}"
                events.publish("review", "resumed", f"from checkpoint, next: {going_on}")
                events.restored(snapshot.tasks)
                result = self.consilium.resume(review_id, on_event=events)
            else:  # finished (or paused for sign-off) before the earlier worker could store the result
                result = self.consilium.get(review_id)
        body = {**review_body(result), "awaiting_signoff": result.awaiting_signoff}
        return case_result(case, strategy, review_id, body)

    def _finish_msg(self, run_id: str, case_id: str, msg_id: str, record: dict[str, Any] | None, consumer: str) -> int:
        status = "" if record is None else record.get("status", "ok")
        payload = "" if record is None else json.dumps(record, default=str)
        if record is None:  # a duplicate: only acknowledge (HSETNX of the placeholder cannot win)
            self.r.xack(self.queue.stream, GROUP, msg_id)
            self.r.xdel(self.queue.stream, msg_id)
            self.r.hincrby(self.queue.run_key(run_id, "processed"), case_id, 1)
            self.r.hdel(self.attempts, msg_id)
            return 0
        review_id = record.get("review_id") or self.queue.review_id(run_id, case_id)
        return int(self._finish(
            keys=[self.queue.run_key(run_id, "results"), self.queue.stream, run_events_key(run_id, self.prefix),
                  self.queue.run_key(run_id, "processed"), review_events_key(review_id, self.prefix), self.attempts],
            args=[case_id, payload, GROUP, msg_id, "completed" if status == "ok" else "error", consumer,
                  f"{time.time():.3f}", review_id, record.get("error") or ""]))

    def _fail(self, run_id: str, case_id: str, review_id: str, msg_id: str, consumer: str, reason: str) -> str:
        record = {"case_id": case_id, "run_id": run_id, "review_id": review_id, "status": "error",
                  "error": reason[:2000], "worker": consumer}
        self._finish_msg(run_id, case_id, msg_id, record, consumer)
        self._count("error")
        return "error"

    def _dead(self, msg_id: str, fields: dict[str, Any], reason: str) -> str:
        """A message naming no case its run queued: kept in the dead-letter stream with the reason."""
        sample = {k[:50]: (v or "")[:200] for k, v in list(fields.items())[:10]}
        pipe = self.r.pipeline(transaction=True)
        pipe.xadd(self.queue.dead, {"reason": reason, "message_id": msg_id, "fields": json.dumps(sample)},
                  maxlen=10_000, approximate=True)
        pipe.xack(self.queue.stream, GROUP, msg_id)
        pipe.xdel(self.queue.stream, msg_id)
        pipe.hdel(self.attempts, msg_id)
        pipe.execute()
        self._count("dead")
        return "dead"


__all__ = ["Worker", "redis_consilium"]
