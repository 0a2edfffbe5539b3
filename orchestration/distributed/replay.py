"""Replay through Redis: enqueue a case file's cases, follow the workers' events, collect the results.

Writes the same files as the in-process replay (``out_dir/<strategy>/<case id>.json`` and
``summary.json``) and resumes the same way: a stored result of the same case is re-scored when the
scoring changed, one for a different case under the same id is reported and left alone. The run id is
derived from the file's content, strategy and limit, so running the same replay again (after Ctrl-C,
a crash, a Redis restart) finds the same run: cases already queued are not queued twice and results
already stored are collected, not recomputed. A stored *error* result is collected too (and reported
again) unless ``retry_errors`` is set: then exactly those cases are queued again.

While it waits, the replay watches the workers' heartbeats: when none is alive it says so (naming
the workers presumed dead), and when none comes back within ``worker_wait_s`` it stops waiting and
says why in ``run_errors``.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from consilium.orchestration.case.io import load_cases
from consilium.orchestration.distributed.connection import DEFAULT_PREFIX, is_infra_error, text
from consilium.orchestration.distributed.events import run_events_key
from consilium.orchestration.distributed.heartbeat import read_heartbeats
from consilium.orchestration.distributed.queue import CaseQueue, EnqueueReport
from consilium.orchestration.files import PRIVATE_FILE, private_folder, write_text_atomic
from consilium.orchestration.evaluation.replay import (
    ReplaySummary,
    pending_cases,
    refresh_score,
    write_result,
)


def run_id_for(path: Path, strategy: str, limit: int | None) -> str:
    """The same file, strategy and limit give the same run; nothing of the file's name goes in (it may be a
    patient's), only a hash of its content."""
    digest = hashlib.sha256(path.read_bytes() + f"|{strategy}|{limit}".encode()).hexdigest()[:16]
    return f"{strategy}-{digest}"


WORKER_WAIT_S = 300.0
QUEUE_CHECK_S = 2.0  # how often a replay with nothing new checks that its awaited cases are still queued
RETRY_HINT = "run the same command again with --retry-errors to queue only those cases again"


@dataclass
class RedisReplaySummary(ReplaySummary):
    run_id: str = ""
    errored: list[str] = field(default_factory=list)   # case ids whose result is an error
    retried: list[str] = field(default_factory=list)   # case ids whose earlier error result was cleared and requeued
    stopped_waiting: str = ""                          # why the replay gave up before every result was in


class WorkerWatch:
    """Notices, from the heartbeats, when no worker is alive (and when one is again).

    ``check`` returns why to stop waiting once no worker has been alive for ``wait_s``, else None.
    """

    def __init__(self, client: Any, prefix: str, wait_s: float, notice: Callable[[str], None] | None = None,
                 every_s: float = 1.0):
        self.client, self.prefix, self.wait_s, self.every_s = client, prefix, wait_s, every_s
        self.notice = notice or (lambda _message: None)
        self.alone_since: float | None = None
        self.last_check = -float("inf")
        self.dead: list[str] = []

    def check(self) -> str | None:
        now = time.monotonic()
        if now - self.last_check < self.every_s:
            return None
        self.last_check = now
        beats = read_heartbeats(self.client, self.prefix)
        live = [b.name for b in beats if b.alive]
        self.dead = [b.describe() for b in beats if not b.alive]
        if live:
            if self.alone_since is not None:
                self.notice(f"worker(s) alive again: {', '.join(live)}")
            self.alone_since = None
            return None
        if self.alone_since is None:
            self.alone_since = now
            self.notice(f"no live worker: {self._who()}; start one with `consilium worker --redis URL` "
                        f"(waiting up to {self.wait_s:.0f} s)")
        elif now - self.alone_since >= self.wait_s:
            return f"no live worker for {self.wait_s:.0f} s ({self._who()})"
        return None

    def _who(self) -> str:
        if not self.dead:
            return "none has reported in"
        return "; ".join(f"{d} presumed dead" for d in self.dead)


def _queue_lost_cases(queue: CaseQueue, run_id: str, strategy: str, cases: list[Any],
                      notice: Callable[[str], None] | None) -> None:
    """Queue again the awaited cases the run no longer lists (a Redis restarted from a snapshot older than
    the enqueue, or emptied): no worker would ever see them, and the replay would wait for them forever.
    Queueing is idempotent, so a case still listed is never queued twice."""
    listed = queue.r.smismember(queue.run_key(run_id, "enqueued"), [c.id for c in cases])
    lost = [c for c, is_listed in zip(cases, listed, strict=True) if not is_listed]
    if lost:
        again = queue.enqueue(lost, run_id=run_id, strategy=strategy)
        if notice and again.enqueued:
            notice(f"{len(again.enqueued)} case(s) of this run are no longer on the queue "
                   "(Redis restarted without them?); queued again")


def replay_via_redis(path: str | Path, client: Any, *, strategy: str = "consilium", limit: int | None = None,
                     out_dir: str | Path = "runs/replay", prefix: str = DEFAULT_PREFIX,
                     progress: Callable[[ReplaySummary, str], None] | None = None,
                     on_event: Callable[[dict[str, str]], None] | None = None,
                     on_enqueued: Callable[[EnqueueReport], None] | None = None,
                     on_notice: Callable[[str], None] | None = None,
                     timeout_s: float | None = None, retry_errors: bool = False,
                     worker_wait_s: float = WORKER_WAIT_S) -> RedisReplaySummary:
    """Queue every case of ``path`` for the workers and wait for all results (or ``timeout_s``, or
    ``worker_wait_s`` without a live worker). ``on_notice`` gets what the user should know while
    waiting (no live worker, one back)."""
    path = Path(path)
    loaded = load_cases(path)
    summary = RedisReplaySummary(strategy=strategy, load_errors=[str(e) for e in loaded.errors])
    cases = loaded.cases[:limit] if limit else loaded.cases
    folder = private_folder(Path(out_dir) / strategy)  # as the in-process replay: results hold the cases' text

    todo = pending_cases(cases, folder, path, summary)
    by_id = {c.id: c for c in todo}
    summary.total = len(cases)
    queue = CaseQueue(client, prefix=prefix)
    run_id = run_id_for(path, strategy, limit) if path.is_file() else f"missing-{strategy}"
    summary.run_id = run_id
    report = (queue.enqueue(todo, run_id=run_id, strategy=strategy, retry_errors=retry_errors) if todo
              else EnqueueReport(run_id=run_id))
    summary.retried = list(report.retried)
    for label, reason in report.rejected:
        summary.run_errors.append(f"{label}: rejected: {reason}")
    if on_enqueued:
        on_enqueued(report)
    if progress:
        progress(summary, "")
    waiting = set(report.case_ids)
    events_key, last_event = run_events_key(run_id, prefix), "0-0"
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    watch = WorkerWatch(client, prefix, worker_wait_s, on_notice)
    last_queue_check = time.monotonic()
    while waiting and (deadline is None or time.monotonic() < deadline):
        try:
            reply = client.xread({events_key: last_event}, count=200, block=250)
            for _key, entries in reply or []:
                for entry_id, fields in entries:
                    last_event = text(entry_id)
                    if on_event:
                        on_event({text(k): text(v) for k, v in fields.items()})
            new = queue.results(run_id, only=waiting)
            if not new and time.monotonic() - last_queue_check >= QUEUE_CHECK_S:
                last_queue_check = time.monotonic()
                _queue_lost_cases(queue, run_id, strategy, [by_id[c] for c in waiting], on_notice)
            if not new and (why := watch.check()):
                summary.stopped_waiting = why
                break
        except Exception as exc:
            if not is_infra_error(exc):
                raise
            time.sleep(0.5)  # Redis restarting: the queue and results survive it (AOF)
            continue
        for case_id, result in new.items():
            if case_id not in waiting:
                continue
            waiting.discard(case_id)
            if result.get("status") != "ok":
                summary.errored.append(case_id)
                summary.run_errors.append(f"{case_id}: {result.get('error', 'failed')}")
                continue
            result["source_file"] = str(path.resolve())
            refresh_score(by_id[case_id], result)  # a worker on older scoring code
            write_result(folder, case_id, result)
            summary.add(result["score"])
            if progress:
                progress(summary, case_id)
    if waiting:
        why = summary.stopped_waiting or "the replay stopped waiting"
        summary.run_errors.append(f"{len(waiting)} case(s) still queued: {why}; start workers if none is running "
                                  f"and run the same command again to collect them (run {run_id})")
    write_text_atomic(folder / "summary.json", json.dumps({
        "strategy": strategy, "source": str(path), "run_id": run_id, "cases": summary.total, "done": summary.done,
        "scored": summary.scored, "correct": summary.correct, "accuracy": summary.accuracy,
        "tallies": summary.tallies, "load_errors": summary.load_errors, "run_errors": summary.run_errors,
        "errored": summary.errored, "retried": summary.retried, "still_queued": sorted(waiting),
        "stopped_waiting": summary.stopped_waiting, "retry": RETRY_HINT if summary.errored else None}, indent=1),
        mode=PRIVATE_FILE)
    return summary
