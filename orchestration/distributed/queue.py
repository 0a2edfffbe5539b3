"""The case queue: a Redis stream read by a consumer group of workers, and one result per case.

* **Enqueue** (:meth:`CaseQueue.enqueue`): each case is validated here first (type, schema, size,
  files), so a bad case is refused with its reason at the door and the others still go. A server-side
  script adds a case to the run's set and the stream together, so enqueueing twice (a retry after a
  lost reply, a replay started again) queues each case once.
* **Results**: ``{prefix}:run:RUN:results`` maps case id -> JSON record, written with ``HSETNX``
  in the same script that acknowledges the message, so a case processed twice (a worker presumed
  dead that was only slow) still has exactly one result. Workers store results only for the case
  ids in the run's ``enqueued`` set; a message naming any other case becomes a dead letter.
* **Retry** (``enqueue(..., retry_errors=True)``): a case whose stored result is an error has that
  result removed and is queued again, in one script, so results that are ``ok`` are never redone.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from consilium.orchestration.case.model import Case
from consilium.orchestration.distributed.connection import (
    DEFAULT_PREFIX,
    is_infra_error,
    quote,
    reply_code,
    text,
)
from consilium.orchestration.distributed.heartbeat import read_heartbeats
from consilium.orchestration.errors import InputError
from pydantic import ValidationError

MAX_CASE_BYTES = 1024 * 1024          # one serialised case on the queue
MAX_JSON_DEPTH = 32                   # the case schema nests about 5 levels; parsers recurse per level
GROUP = "workers"
MESSAGE_VERSION = "1"

_ENQUEUE = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  return redis.call('XADD', KEYS[2], '*', unpack(ARGV, 2))
end
return false
"""

# only if the stored result is still the error the caller read (another replay may have retried it)
_RETRY = """
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then
  redis.call('HDEL', KEYS[1], ARGV[1])
  return redis.call('XADD', KEYS[2], '*', unpack(ARGV, 3))
end
return false
"""


class CaseRejected(InputError, ValueError):
    """A case refused at a door (API, CLI, upload, queue); the message says what was wrong."""


class RunNotFound(InputError, LookupError):
    """Redis holds no run by this id: a mistyped id, or a Redis that restarted without its data."""


class CaseFilesUnavailable(CaseRejected):
    """The case is valid but its files are missing or outside the allowed folders: may run once fixed."""


@dataclass
class EnqueueReport:
    run_id: str
    enqueued: list[str] = field(default_factory=list)          # case ids added to the queue now
    already_queued: list[str] = field(default_factory=list)    # case ids this run had queued before
    retried: list[str] = field(default_factory=list)           # of those, ones whose error result was cleared
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (which case, why)

    @property
    def case_ids(self) -> list[str]:
        return self.enqueued + self.already_queued


def _describe(exc: ValidationError) -> str:
    parts = [f"field '{'.'.join(str(x) for x in e['loc']) or '(case)'}': {e['msg']}" for e in exc.errors()[:5]]
    return "; ".join(parts)


def check_case(case: Any, *, file_roots: list[Path] | None = None) -> Case:
    """Validate one case for the queue: a :class:`Case` or a dict of one, within the size cap, whose
    files exist (and lie under ``file_roots`` when given). Raises :class:`CaseRejected`."""
    if isinstance(case, Case):
        case = case.model_dump(mode="json")
    if not isinstance(case, dict):
        raise CaseRejected(f"expected a case object, got {type(case).__name__}")
    if object_depth(case) > MAX_JSON_DEPTH:
        raise CaseRejected(f"the case nests more than {MAX_JSON_DEPTH} levels deep (no case needs more)")
    try:
        size = len(json.dumps(case, default=str))
    except (TypeError, ValueError) as exc:
        raise CaseRejected(f"case is not JSON-serialisable: {exc}") from None
    if size > MAX_CASE_BYTES:
        raise CaseRejected(f"case is {size} bytes once serialised; the queue takes at most {MAX_CASE_BYTES}")
    try:
        valid = Case.model_validate(case)
    except ValidationError as exc:
        raise CaseRejected(_describe(exc)) from None
    check_files(valid, file_roots)
    # The review confines a case's files to the folders its case came with (orchestration/case/confine.py);
    # a queued case arrives as plain JSON, so it gets the queue's roots here (none given: anywhere readable,
    # as check_files allowed; special files, folders and oversized files are still refused at review).
    return valid.with_file_roots(*(file_roots if file_roots is not None else [Path("/")]))


def object_depth(value: Any, limit: int = MAX_JSON_DEPTH) -> int:
    """How deeply dicts and lists nest in ``value``, walked without recursion (stops past ``limit``)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if not isinstance(item, (dict, list, tuple)):
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            break
        stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def check_files(case: Case, file_roots: list[Path] | None) -> None:
    paths = [p for s in case.imaging for p in s.files] + [p for s in case.pathology for p in s.files]
    relative = [str(p) for p in paths if not p.is_absolute()]
    if relative:
        raise CaseRejected(f"case {case.id}: file references must be resolved to absolute paths before queueing: {relative[:3]}")
    if file_roots is not None:
        roots = [Path(r).resolve() for r in file_roots]
        outside = [str(p) for p in paths if not any(Path(p).resolve().is_relative_to(r) for r in roots)]
        if outside:
            raise CaseFilesUnavailable(f"case {case.id}: file reference(s) outside the allowed folders: {outside[:3]}")
    missing = [str(p) for p in case.missing_files()]
    if missing:
        raise CaseFilesUnavailable(f"case {case.id} references missing file(s): {missing[:3]}")


class CaseQueue:
    """Enqueue cases, read results. One instance per process; thread-safe (the client is)."""

    def __init__(self, client: Any, *, prefix: str = DEFAULT_PREFIX):
        self.r, self.prefix = client, prefix
        self.stream = f"{prefix}:cases"
        self.dead = f"{prefix}:dead"
        self._enqueue = client.register_script(_ENQUEUE)
        self._retry = client.register_script(_RETRY)
        self._names_key: bytes | None = None

    # --- keys ---------------------------------------------------------------------------------------
    def run_key(self, run_id: str, what: str) -> str:
        return f"{self.prefix}:run:{quote(run_id)}:{what}"

    def review_id(self, run_id: str, case_id: str) -> str:
        """The review id of a queued case: opaque like every review id (``r-`` and 16 hex digits), and the same
        for every worker, so one that takes a case over resumes the same checkpoints.

        A keyed hash, not ``run.case``: a review id names checkpoint threads and shows in ``consilium show``,
        and a case id is often a file name, which may be the patient's. The key is made once per Redis.
        """
        if self._names_key is None:
            key = f"{self.prefix}:names-key"
            self.r.set(key, secrets.token_hex(16), nx=True)
            self._names_key = self.r.get(key)
        digest = hmac.new(self._names_key, f"{run_id}\0{case_id}".encode(), hashlib.sha256).hexdigest()
        return f"r-{digest[:16]}"

    def ensure_group(self) -> None:
        try:
            self.r.xgroup_create(self.stream, GROUP, id="0", mkstream=True)
        except Exception as exc:
            if reply_code(exc) != "BUSYGROUP":  # the group exists already: nothing to do
                raise

    # --- the producer side --------------------------------------------------------------------------
    def enqueue(self, cases: Iterable[Any], *, run_id: str | None = None, strategy: str = "consilium",
                file_roots: list[Path] | None = None, retry_errors: bool = False) -> EnqueueReport:
        """Queue ``cases`` (:class:`Case` objects or dicts) under ``run_id``; bad ones are rejected with a reason.

        With ``retry_errors``, cases this run queued before whose result is an error are queued again.
        """
        if strategy not in ("consilium", "single"):
            raise CaseRejected(f"unknown strategy {strategy!r} (consilium or single)")
        if run_id is not None and (not isinstance(run_id, str) or not re.fullmatch(r"[A-Za-z0-9._-]{1,120}", run_id)):
            raise CaseRejected(f"run id {run_id!r}: 1-120 letters, digits, '.', '_' or '-'")
        run_id = run_id or f"run-{time.strftime('%Y%m%d-%H%M%S')}-{hashlib.sha256(str(time.time_ns()).encode()).hexdigest()[:6]}"
        if isinstance(cases, (str, bytes, dict, Case)):
            cases = [cases]
        report = EnqueueReport(run_id=run_id)
        valid: list[Case] = []
        seen: set[str] = set()
        for index, raw in enumerate(cases, start=1):
            label = raw.id if isinstance(raw, Case) else (str(raw.get("id"))[:80] if isinstance(raw, dict) and raw.get("id") else f"case {index}")
            try:
                case = check_case(raw, file_roots=file_roots)
            except CaseRejected as exc:
                report.rejected.append((label, str(exc)))
                continue
            if case.id in seen:
                report.rejected.append((label, f"duplicate case id {case.id!r} in this run"))
                continue
            seen.add(case.id)
            valid.append(case)
        self.ensure_group()
        meta = self.run_key(run_id, "meta")
        self.r.hsetnx(meta, "created", f"{time.time():.3f}")
        self.r.hset(meta, mapping={"strategy": strategy})
        for case in valid:
            fields = ["v", MESSAGE_VERSION, "run_id", run_id, "case_id", case.id, "review_id", self.review_id(run_id, case.id),
                      "strategy", strategy, "case", case.model_dump_json(), "enqueued_at", f"{time.time():.3f}"]
            added = self._enqueue(keys=[self.run_key(run_id, "enqueued"), self.stream], args=[case.id, *fields])
            (report.enqueued if added else report.already_queued).append(case.id)
            if not added and retry_errors and self._requeue_error(run_id, case.id, fields):
                report.retried.append(case.id)
        self.r.hset(meta, "total", self.r.scard(self.run_key(run_id, "enqueued")))
        return report

    def _requeue_error(self, run_id: str, case_id: str, fields: list[str]) -> bool:
        results = self.run_key(run_id, "results")
        stored = self.r.hget(results, case_id)
        if stored is None or json.loads(stored).get("status") == "ok":
            return False  # still queued or running, or done: exactly one result stays
        return bool(self._retry(keys=[results, self.stream], args=[case_id, stored, *fields]))

    # --- results ------------------------------------------------------------------------------------
    def result(self, run_id: str, case_id: str) -> dict[str, Any] | None:
        raw = self.r.hget(self.run_key(run_id, "results"), case_id)
        return json.loads(raw) if raw else None

    def results(self, run_id: str, *, skip: set[str] | frozenset[str] = frozenset(),
                only: set[str] | None = None) -> dict[str, dict[str, Any]]:
        """Every stored result of a run, except the case ids in ``skip`` (and only those in ``only``)."""
        key = self.run_key(run_id, "results")
        ids = [i for i in (text(x) for x in self.r.hkeys(key)) if i not in skip and (only is None or i in only)]
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(ids), 200):
            chunk = ids[i:i + 200]
            for case_id, raw in zip(chunk, self.r.hmget(key, chunk), strict=True):
                if raw is not None:
                    out[case_id] = json.loads(raw)
        return out

    def progress(self, run_id: str) -> tuple[int, int]:
        """(results stored, cases queued) for a run."""
        pipe = self.r.pipeline(transaction=False)
        pipe.hlen(self.run_key(run_id, "results"))
        pipe.scard(self.run_key(run_id, "enqueued"))
        done, total = pipe.execute()
        return int(done), int(total)

    def collect(self, run_id: str, *, timeout_s: float | None = None, poll_s: float = 0.25,
                on_result: Any = None) -> dict[str, dict[str, Any]]:
        """Wait until every queued case of the run has a result (or ``timeout_s`` passes); return them.

        Rides out Redis restarts: a lost connection is retried until the deadline. Raises
        :class:`RunNotFound` when Redis has no such run (then no result would ever come).
        """
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        got: dict[str, dict[str, Any]] = {}
        while True:
            try:
                new = self.results(run_id, skip=set(got))
                total = int(self.r.scard(self.run_key(run_id, "enqueued")))
                if total == 0 and not self.r.exists(self.run_key(run_id, "meta")):
                    raise RunNotFound(f"no run {run_id!r} on this Redis (a mistyped run id, or a Redis that "
                                      f"restarted without its data; {len(got)} result(s) collected before)")
            except Exception as exc:
                if not is_infra_error(exc):
                    raise
                new, total = {}, -1
            for case_id, record in new.items():
                got[case_id] = record
                if on_result:
                    on_result(case_id, record, len(got), total)
            if total >= 0 and len(got) >= total:
                return got
            if deadline is not None and time.monotonic() > deadline:
                return got
            time.sleep(poll_s)

    def workers(self, *, include_dead: bool = False) -> dict[str, dict[str, Any]]:
        """Workers whose heartbeat is recent (with ``include_dead``, also those presumed dead), with
        their last heartbeat and its age in seconds."""
        return {b.name: {**b.info, "age_s": b.age_s, "alive": b.alive}
                for b in read_heartbeats(self.r, self.prefix) if b.alive or include_dead}
