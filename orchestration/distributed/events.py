"""Live progress on Redis Streams: one stream per review, one per replay run.

A stream (not pub/sub) so that a viewer that connects late, or reconnects after Redis restarted,
still sees every event from the start: :func:`subscribe` reads from any position and blocks for new
ones. Each event is a flat dict of strings::

    {"review_id", "case_id", "node", "event": "started"|"finished"|"failed"|"completed"|"error",
     "detail", "worker", "ts"}

``node`` is a graph node (triage, radiology, ...) or ``review`` for the case as a whole. A specialist
whose model failed still *finishes* as a node (the review goes on), so its event is ``failed`` with
the recorded reason as ``detail``.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import Any

from consilium.orchestration.distributed.connection import DEFAULT_PREFIX, is_infra_error, quote, text

REVIEW_STREAM_MAXLEN = 1000
RUN_STREAM_MAXLEN = 200_000
EVENTS_TTL_S = 7 * 24 * 3600
TERMINAL = {"completed", "error"}


def review_events_key(review_id: str, prefix: str = DEFAULT_PREFIX) -> str:
    return f"{prefix}:events:{quote(review_id)}"


def run_events_key(run_id: str, prefix: str = DEFAULT_PREFIX) -> str:
    return f"{prefix}:run:{quote(run_id)}:events"


def _failure_detail(info: dict[str, Any]) -> str:
    result = info.get("result")
    failures = result.get("failures") if isinstance(result, dict) else None
    if not failures:
        return ""
    return "; ".join(f"{f.get('kind', 'failed')}: {f.get('reason', '')}"[:300] for f in failures.values()
                     if isinstance(f, dict))


class EventPublisher:
    """An ``on_event`` handler for :meth:`Consilium.review` that writes each node event to Redis.

    Publishing is best effort: an event that cannot be written (Redis restarting) is counted in
    ``dropped`` and never fails the review; the result itself is stored separately and reliably.
    """

    def __init__(self, client: Any, *, review_id: str, case_id: str = "", run_id: str | None = None,
                 worker: str = "", prefix: str = DEFAULT_PREFIX):
        self.r, self.review_id, self.case_id, self.run_id, self.worker = client, review_id, case_id, run_id, worker
        self.prefix = prefix
        self.dropped = 0
        self._restored: set[str] = set()  # ids of tasks a resumed review took from its checkpoint

    def restored(self, tasks: Iterable[Any]) -> None:
        """Report the tasks of the step a review resumes at whose results the checkpoint kept (LangGraph's
        snapshot tasks with a ``result``) as ended. LangGraph announces them again when the review resumes
        but, running them no more, never their end: a viewer would show them running for ever."""
        from consilium.orchestration.events import NODE_NAMES  # here: a viewer that only subscribes skips its cost

        for task in tasks:
            if task.name not in NODE_NAMES or task.result is None:
                continue
            self._restored.add(task.id)
            detail = _failure_detail({"result": task.result})
            self.publish(task.name, "failed" if detail else "finished", detail or "restored from its checkpoint")

    def __call__(self, node: str, kind: str, info: dict[str, Any]) -> None:
        detail = ""
        if kind == "start":
            if info.get("id") in self._restored:
                return  # already reported as ended by `restored`
            event = "started"
        elif kind == "error":
            event, detail = "failed", str(info.get("error") or "")[:500]
        else:
            detail = _failure_detail(info)
            event = "failed" if detail else "finished"
        self.publish(node, event, detail)

    def publish(self, node: str, event: str, detail: str = "") -> None:
        fields = {"review_id": self.review_id, "case_id": self.case_id, "node": node, "event": event,
                  "detail": detail, "worker": self.worker, "ts": f"{time.time():.3f}"}
        key = review_events_key(self.review_id, self.prefix)
        try:
            pipe = self.r.pipeline(transaction=False)
            pipe.xadd(key, fields, maxlen=REVIEW_STREAM_MAXLEN, approximate=True)
            pipe.expire(key, EVENTS_TTL_S)
            if self.run_id:
                pipe.xadd(run_events_key(self.run_id, self.prefix), fields, maxlen=RUN_STREAM_MAXLEN, approximate=True)
            pipe.execute()
        except Exception as exc:
            if not is_infra_error(exc):
                raise
            self.dropped += 1


_READ_BATCH = 500


def _read(client: Any, key: str, last_id: str, block_ms: int | None) -> list[tuple[str, dict[str, str]]]:
    reply = client.xread({key: last_id}, count=_READ_BATCH, block=block_ms)
    out = []
    for _stream, entries in reply or []:
        for entry_id, fields in entries:
            out.append((text(entry_id), {text(k): text(v) for k, v in fields.items()}))
    return out


def subscribe(client: Any, review_id: str | None = None, *, run_id: str | None = None, prefix: str = DEFAULT_PREFIX,
              last_id: str = "0-0", block_ms: int = 1000, timeout_s: float | None = None,
              until_done: bool = True) -> Iterator[dict[str, str]]:
    """Yield the events of one review (or of a whole run) from ``last_id`` on, waiting for new ones.

    Stops after the review's ``completed``/``error`` event when ``until_done`` (review streams
    only) and nothing follows it yet, or when ``timeout_s`` passes without the stream ending. A review
    that failed and was queued again (``--retry-errors``) has the first attempt's ``error`` in the middle
    of its stream; a viewer reading from the start goes on past it to the retry's own end. Each event
    carries its stream ``id``, to continue from later. Survives Redis restarts: it reconnects and goes on from the last
    id it saw. The web app runs this in a thread and pushes each event to the browser.
    """
    if (review_id is None) == (run_id is None):
        raise ValueError("subscribe to exactly one of review_id or run_id")
    key = review_events_key(review_id, prefix) if review_id else run_events_key(run_id, prefix)
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    ended = False  # the last event yielded closed an attempt of the review
    while deadline is None or time.monotonic() < deadline:
        try:
            batch = _read(client, key, last_id, None if ended else block_ms)  # block=0 would wait forever
        except Exception as exc:
            if not is_infra_error(exc):
                raise
            time.sleep(0.2)
            continue
        for entry_id, fields in batch:
            last_id = entry_id
            yield {"id": entry_id, **fields}
            ended = bool(until_done and review_id and fields.get("node") == "review"
                         and fields.get("event") in TERMINAL)
        if ended and len(batch) < _READ_BATCH:  # nothing read after the end: no retry of it started (yet)
            return
