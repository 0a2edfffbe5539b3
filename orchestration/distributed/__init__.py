"""Many cases across many workers on Redis: a queue, shared review state, live events, a shared cache.

Without Redis nothing here is imported and Consilium runs in one process as before.

.. code-block:: python

    from consilium.orchestration.distributed import CaseQueue, connect, subscribe

    client = connect("redis://127.0.0.1:6379/0")
    queue = CaseQueue(client)
    report = queue.enqueue(cases, run_id="ward-7")          # bad cases come back in report.rejected
    results = queue.collect(report.run_id, timeout_s=600)   # case id -> result record
    for event in subscribe(client, results["c1"]["review_id"]):  # node started/finished/failed
        print(event["node"], event["event"])

Workers run ``consilium worker --redis URL``; :func:`redis_consilium` builds a Consilium whose
checkpoints live in Redis, so any process can ``get``, ``resume`` or ``sign`` any review.
"""

from typing import Any

__all__ = [
    "CachedExpert", "CachedModel", "CaseQueue", "CaseRejected", "EnqueueReport", "EventPublisher", "RedisCache",
    "RedisCheckpointSaver", "RedisUnavailable", "Worker", "collect_results", "connect", "enqueue_cases",
    "redis_consilium", "replay_via_redis", "subscribe",
]

_WHERE = {
    "CachedExpert": "cache", "CachedModel": "cache", "RedisCache": "cache",
    "CaseQueue": "queue", "CaseRejected": "queue", "EnqueueReport": "queue",
    "EventPublisher": "events", "subscribe": "events",
    "RedisCheckpointSaver": "checkpointer",
    "RedisUnavailable": "connection", "connect": "connection",
    "Worker": "worker", "redis_consilium": "worker",
    "replay_via_redis": "replay",
}


def enqueue_cases(url_or_client: Any, cases: Any, **kwargs: Any) -> Any:
    """Queue cases (Case objects or dicts) for the workers; returns an :class:`EnqueueReport`."""
    from consilium.orchestration.distributed.connection import connect
    from consilium.orchestration.distributed.queue import CaseQueue

    client = connect(url_or_client) if isinstance(url_or_client, str) else url_or_client
    return CaseQueue(client).enqueue(cases, **kwargs)


def collect_results(url_or_client: Any, run_id: str, *, timeout_s: float | None = None) -> dict[str, dict[str, Any]]:
    """Wait for every queued case of ``run_id`` to have its result (or ``timeout_s``); case id -> record."""
    from consilium.orchestration.distributed.connection import connect
    from consilium.orchestration.distributed.queue import CaseQueue

    client = connect(url_or_client) if isinstance(url_or_client, str) else url_or_client
    return CaseQueue(client).collect(run_id, timeout_s=timeout_s)


def __getattr__(name: str) -> Any:
    # lazy: importing the package must not need the redis client or pull in the graph
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
