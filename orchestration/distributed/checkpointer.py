"""A LangGraph checkpoint saver on plain Redis commands (strings, hashes, sets, sorted sets).

``langgraph-checkpoint-redis`` needs the RedisJSON and RediSearch modules (``JSON.SET``,
``FT.SEARCH``), which the ``redis-server`` that Debian installs (7.0) does not have: its
``setup()`` fails there with ``unknown command 'FT.INFO'``. This saver needs no module, so any
worker and the web app can read, show or resume any review from one Redis server.

Layout, for one thread ``T`` and checkpoint namespace ``NS`` (ids escaped, see :func:`quote`)::

    {p}:threads                 set   every thread id
    {p}:ns:T                    set   namespaces used by T
    {p}:idx:T:NS                zset  checkpoint ids, all score 0, so ordered by id (uuid6: by time)
    {p}:cp:T:NS:ID              str   msgpack [checkpoint type, bytes, metadata type, bytes, parent id]
    {p}:blobs:T:NS              hash  "channel\\0version" -> msgpack [type, bytes]
    {p}:writes:T:NS:ID          hash  "task_id\\0idx" -> msgpack [task_id, channel, type, bytes, task_path, idx]

A checkpoint and its blobs are written in one ``MULTI``; pending writes with a regular index are
written with ``HSETNX``, as LangGraph's own savers keep the first write of a task.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import ormsgpack
from consilium.orchestration.distributed.connection import DEFAULT_PREFIX, connect, quote, text
from consilium.orchestration.errors import BackendError
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import (
    WRITES_IDX_MAP,
    BaseCheckpointSaver,
    ChannelVersions,
    Checkpoint,
    CheckpointMetadata,
    CheckpointTuple,
    SerializerProtocol,
    get_checkpoint_id,
    get_checkpoint_metadata,
    writes_sort_key,
)

_SEP = "\x00"


class ThreadTakenOver(BackendError, RuntimeError):
    """Another worker owns this review now (it took the case over); the run here writes no more of it.
    Not the case's fault: the worker leaves the case to its new owner."""


class WriteLease:
    """A run's right to write its review's checkpoints: a worker holds one per case (:func:`writing_under`)
    and sets ``lost`` when another worker has taken the case over; from then on every checkpoint write of
    that run (in whatever thread LangGraph makes it: it copies the context) raises :class:`ThreadTakenOver`,
    so the run stops at its next step instead of interleaving its checkpoints with the new owner's.
    Runs of the same review elsewhere in the process (the new owner may be a sibling thread) are not affected."""

    def __init__(self, review_id: str):
        self.review_id, self.lost = review_id, False


_LEASE: ContextVar[WriteLease | None] = ContextVar("consilium_write_lease", default=None)


@contextmanager
def writing_under(lease: WriteLease) -> Iterator[WriteLease]:
    """Checkpoint writes made inside this block (and in threads LangGraph starts from it) need ``lease``."""
    token = _LEASE.set(lease)
    try:
        yield lease
    finally:
        _LEASE.reset(token)


class RedisCheckpointSaver(BaseCheckpointSaver[str]):
    """Checkpoints in Redis without modules. Sync methods do the work; async ones run them in a thread.

    Args:
        client: a ``redis.Redis`` client (``decode_responses=False``).
        prefix: key prefix shared by every Consilium process that should see the same reviews.
    """

    def __init__(self, client: Any, *, prefix: str = DEFAULT_PREFIX, serde: SerializerProtocol | None = None):
        super().__init__(serde=serde)
        self.r = client
        self.p = f"{prefix}:lg"

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> RedisCheckpointSaver:
        return cls(connect(url), **kwargs)

    # --- keys ---------------------------------------------------------------------------------------
    def _threads(self) -> str:
        return f"{self.p}:threads"

    def _ns_set(self, t: str) -> str:
        return f"{self.p}:ns:{quote(t)}"

    def _idx(self, t: str, ns: str) -> str:
        return f"{self.p}:idx:{quote(t)}:{quote(ns)}"

    def _cp(self, t: str, ns: str, cid: str) -> str:
        return f"{self.p}:cp:{quote(t)}:{quote(ns)}:{quote(cid)}"

    def _blobs(self, t: str, ns: str) -> str:
        return f"{self.p}:blobs:{quote(t)}:{quote(ns)}"

    def _writes(self, t: str, ns: str, cid: str) -> str:
        return f"{self.p}:writes:{quote(t)}:{quote(ns)}:{quote(cid)}"

    # --- reading ------------------------------------------------------------------------------------
    def _load(self, t: str, ns: str, cid: str, config: RunnableConfig) -> CheckpointTuple | None:
        pipe = self.r.pipeline(transaction=False)
        pipe.get(self._cp(t, ns, cid))
        pipe.hgetall(self._writes(t, ns, cid))
        raw, writes_raw = pipe.execute()
        if raw is None:
            return None
        cp_type, cp_bytes, md_type, md_bytes, parent = ormsgpack.unpackb(raw)
        checkpoint: Checkpoint = self.serde.loads_typed((cp_type, cp_bytes))
        versions = checkpoint.get("channel_versions") or {}
        values: dict[str, Any] = {}
        if versions:
            channels = list(versions)
            blobs = self.r.hmget(self._blobs(t, ns), [f"{ch}{_SEP}{versions[ch]}" for ch in channels])
            for ch, blob in zip(channels, blobs, strict=True):
                if blob is None:
                    continue
                b_type, b_bytes = ormsgpack.unpackb(blob)
                if b_type != "empty":
                    values[ch] = self.serde.loads_typed((b_type, b_bytes))
        writes = [ormsgpack.unpackb(v) for v in writes_raw.values()]
        writes.sort(key=lambda w: writes_sort_key(w[4], w[0], w[5]))
        return CheckpointTuple(
            config=config,
            checkpoint={**checkpoint, "channel_values": values},
            metadata=self.serde.loads_typed((md_type, md_bytes)),
            parent_config=({"configurable": {"thread_id": t, "checkpoint_ns": ns, "checkpoint_id": parent}}
                           if parent else None),
            pending_writes=[(w[0], w[1], self.serde.loads_typed((w[2], w[3]))) for w in writes],
        )

    def get_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        t = str(config["configurable"]["thread_id"])
        ns = config["configurable"].get("checkpoint_ns", "")
        cid = get_checkpoint_id(config)
        if not cid:
            latest = self.r.zrevrange(self._idx(t, ns), 0, 0)
            if not latest:
                return None
            cid = text(latest[0])
            config = {"configurable": {"thread_id": t, "checkpoint_ns": ns, "checkpoint_id": cid}}
        return self._load(t, ns, cid, config)

    def list(self, config: RunnableConfig | None, *, filter: dict[str, Any] | None = None,
             before: RunnableConfig | None = None, limit: int | None = None) -> Iterator[CheckpointTuple]:
        if config:
            threads = [str(config["configurable"]["thread_id"])]
            want_ns = config["configurable"].get("checkpoint_ns")
            want_id = get_checkpoint_id(config)
        else:
            threads = sorted(text(x) for x in self.r.smembers(self._threads()))
            want_ns = want_id = None
        before_id = get_checkpoint_id(before) if before else None
        for t in threads:
            for ns in sorted(text(x) for x in self.r.smembers(self._ns_set(t))):
                if want_ns is not None and ns != want_ns:
                    continue
                ids = self.r.zrevrangebylex(self._idx(t, ns), f"({before_id}" if before_id else "+", "-")
                for cid in (text(x) for x in ids):
                    if want_id and cid != want_id:
                        continue
                    if limit is not None and limit <= 0:
                        return
                    tup = self._load(t, ns, cid, {"configurable": {"thread_id": t, "checkpoint_ns": ns,
                                                                    "checkpoint_id": cid}})
                    if tup is None:
                        continue
                    if filter and not all(tup.metadata.get(k) == v for k, v in filter.items()):
                        continue
                    if limit is not None:
                        limit -= 1
                    yield tup

    def thread_ids(self) -> list[str]:
        """Every stored thread (review) id, without loading any checkpoint."""
        return sorted(text(x) for x in self.r.smembers(self._threads()))

    # --- writing ------------------------------------------------------------------------------------
    @staticmethod
    def _check_writable() -> None:
        lease = _LEASE.get()
        if lease is not None and lease.lost:
            raise ThreadTakenOver(f"review {lease.review_id!r} was taken over by another worker; this run stops here")

    def put(self, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
            new_versions: ChannelVersions) -> RunnableConfig:
        t = str(config["configurable"]["thread_id"])
        self._check_writable()
        ns = config["configurable"].get("checkpoint_ns", "")
        c = checkpoint.copy()
        values: dict[str, Any] = c.pop("channel_values")  # type: ignore[misc]
        blobs = {f"{ch}{_SEP}{ver}": ormsgpack.packb(list(self.serde.dumps_typed(values[ch])) if ch in values
                                                      else ["empty", b""])
                 for ch, ver in new_versions.items()}
        record = ormsgpack.packb([*self.serde.dumps_typed(c),
                                  *self.serde.dumps_typed(get_checkpoint_metadata(config, metadata)),
                                  config["configurable"].get("checkpoint_id")])
        pipe = self.r.pipeline(transaction=True)
        if blobs:
            pipe.hset(self._blobs(t, ns), mapping=blobs)
        pipe.set(self._cp(t, ns, checkpoint["id"]), record)
        pipe.zadd(self._idx(t, ns), {checkpoint["id"]: 0})
        pipe.sadd(self._ns_set(t), ns)
        pipe.sadd(self._threads(), t)
        pipe.execute()
        return {"configurable": {"thread_id": t, "checkpoint_ns": ns, "checkpoint_id": checkpoint["id"]}}

    def put_writes(self, config: RunnableConfig, writes: Sequence[tuple[str, Any]], task_id: str,
                   task_path: str = "") -> None:
        t = str(config["configurable"]["thread_id"])
        self._check_writable()
        ns = config["configurable"].get("checkpoint_ns", "")
        key = self._writes(t, ns, config["configurable"]["checkpoint_id"])
        pipe = self.r.pipeline(transaction=True)
        for i, (channel, value) in enumerate(writes):
            idx = WRITES_IDX_MAP.get(channel, i)
            field = f"{task_id}{_SEP}{idx}"
            packed = ormsgpack.packb([task_id, channel, *self.serde.dumps_typed(value), task_path, idx])
            # a task's regular writes are kept from its first run; special writes (error,
            # interrupt, resume) replace the previous one, as in LangGraph's own savers
            (pipe.hsetnx if idx >= 0 else pipe.hset)(key, field, packed)
        pipe.execute()

    def delete_thread(self, thread_id: str) -> None:
        t = str(thread_id)
        namespaces = [text(x) for x in self.r.smembers(self._ns_set(t))]
        doomed: list[str] = [self._ns_set(t)]
        for ns in namespaces:
            for cid in (text(x) for x in self.r.zrange(self._idx(t, ns), 0, -1)):
                doomed += [self._cp(t, ns, cid), self._writes(t, ns, cid)]
            doomed += [self._idx(t, ns), self._blobs(t, ns)]
        pipe = self.r.pipeline(transaction=True)
        for i in range(0, len(doomed), 500):
            pipe.delete(*doomed[i:i + 500])
        pipe.srem(self._threads(), t)
        pipe.execute()

    def get_next_version(self, current: str | None, channel: None) -> str:
        # the string versions LangGraph's own savers use: a counter, then a random tie-breaker
        if current is None:
            n = 0
        elif isinstance(current, int):
            n = current
        else:
            n = int(str(current).split(".")[0])
        return f"{n + 1:032}.{random.random():016}"

    # --- async: the same work in a thread -----------------------------------------------------------
    async def aget_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        return await asyncio.to_thread(self.get_tuple, config)

    async def alist(self, config: RunnableConfig | None, *, filter: dict[str, Any] | None = None,
                    before: RunnableConfig | None = None, limit: int | None = None) -> AsyncIterator[CheckpointTuple]:
        items = await asyncio.to_thread(lambda: list(self.list(config, filter=filter, before=before, limit=limit)))
        for item in items:
            yield item

    async def aput(self, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
                   new_versions: ChannelVersions) -> RunnableConfig:
        return await asyncio.to_thread(self.put, config, checkpoint, metadata, new_versions)

    async def aput_writes(self, config: RunnableConfig, writes: Sequence[tuple[str, Any]], task_id: str,
                          task_path: str = "") -> None:
        await asyncio.to_thread(self.put_writes, config, writes, task_id, task_path)

    async def adelete_thread(self, thread_id: str) -> None:
        await asyncio.to_thread(self.delete_thread, thread_id)
