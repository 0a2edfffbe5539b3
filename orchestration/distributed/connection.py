"""Connecting to Redis, naming keys, and telling infrastructure failures from case failures.

Every key lives under one prefix (``consilium`` by default). Ids chosen by users (review ids, thread
ids) are escaped so that a ``:`` inside an id can never make two keys collide.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlparse

from consilium.orchestration.errors import BackendError, ConfigError, MissingDependency, TransientError

DEFAULT_PREFIX = "consilium"


class RedisUnavailable(BackendError, RuntimeError):
    """Redis cannot be used; the subclass says whether to retry, fix the URL or install the client."""


class RedisUnreachable(RedisUnavailable, TransientError):
    """Redis did not answer (down, restarting, network): retry later."""


class RedisURLError(RedisUnavailable, ConfigError):
    """The configured URL is not a usable Redis URL."""


class RedisCredentialsRefused(RedisUnavailable, ConfigError):
    """Redis answered and refused the password or user (wrong, rotated, or lacking a permission): fix the URL."""


class RedisClientMissing(RedisUnavailable, MissingDependency):
    """The ``redis`` package is not installed."""


def _redis():
    try:
        import redis
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RedisClientMissing("the Redis features need the 'redis' package: pip install 'consilium-cds[redis]'") from exc
    return redis


def connect(url: str, *, check: bool = True, socket_timeout: float = 15.0):
    """A thread-safe client for ``url`` that retries briefly on dropped connections.

    Every write the project sends is idempotent (``SET``/``HSETNX``/``XACK``/guarded scripts), so a
    retried command after a lost reply never duplicates a case or a result.
    """
    redis = _redis()
    from redis.backoff import ExponentialBackoff
    from redis.retry import Retry

    if not isinstance(url, str) or urlparse(url).scheme not in ("redis", "rediss", "unix"):
        raise RedisURLError(f"not a Redis URL: {url!r} (expected redis://host:port/db)")
    try:
        client = redis.Redis.from_url(
            url, socket_connect_timeout=3.0, socket_timeout=socket_timeout,
            retry=Retry(ExponentialBackoff(cap=0.5, base=0.02), 3),
            retry_on_error=[redis.exceptions.ConnectionError, redis.exceptions.TimeoutError])
    except ValueError as exc:
        raise RedisURLError(f"not a usable Redis URL {url!r}: {exc}") from None
    if check:
        try:
            client.ping()
        except _refused_credentials() as exc:
            raise RedisCredentialsRefused(f"Redis at {_without_password(url)} refused the credentials: {exc}") from None
        except redis.exceptions.RedisError as exc:
            raise RedisUnreachable(f"cannot reach Redis at {_without_password(url)}: {exc}") from None
    return client


def _refused_credentials() -> tuple[type[BaseException], ...]:
    redis = _redis()
    return redis.exceptions.AuthenticationError, redis.exceptions.AuthorizationError


def _without_password(url: str) -> str:
    parts = urlparse(url)
    if parts.password is None:
        return url
    return parts._replace(netloc=f"{parts.username or ''}:***@{parts.hostname}"
                                 f"{f':{parts.port}' if parts.port else ''}").geturl()


# Replies that say the server cannot serve the command *now*, whatever the command: out of memory under
# noeviction, a replica (after a failover) or one cut off from its master, a failed snapshot stopping writes,
# a script running too long, not enough replicas. redis-py raises some as their own classes, with the code
# stripped from the message, so both the classes and the codes are checked.
_UNAVAILABLE_CODES = ("LOADING", "MASTERDOWN", "TRYAGAIN", "OOM", "READONLY", "MISCONF", "BUSY", "NOREPLICAS",
                      "CLUSTERDOWN")


def is_infra_error(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) is Redis being unreachable, restarting, loading, or refusing
    commands for a while (out of memory, read-only, cut off from its master).

    Such a failure says nothing about the case: the case must stay queued and run again.
    """
    redis = _redis()
    kinds = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, redis.exceptions.OutOfMemoryError,
             redis.exceptions.ReadOnlyError, redis.exceptions.TryAgainError, redis.exceptions.ClusterDownError)
    # redis-py makes a refused password a kind of ConnectionError; retrying it would wait for ever
    return any((isinstance(e, kinds) and not isinstance(e, _refused_credentials()))
               or reply_code(e) in _UNAVAILABLE_CODES for e in causes(exc))


def causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and what caused it, outermost first (each once, however the chain loops)."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        yield cur
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__


def reply_code(exc: BaseException) -> str | None:
    """The error code of a Redis error reply (``NOGROUP``, ``BUSYGROUP``, ``LOADING``...), else None.

    redis-py gives most failures their own type, but raises every error reply it has no class for as
    a plain ``ResponseError`` whose message starts with the code Redis sent; the code is the only
    thing that tells those apart, so this is the one place that reads it.
    """
    redis = _redis()
    if not isinstance(exc, redis.exceptions.ResponseError) or not exc.args:
        return None
    code = str(exc.args[0]).split(" ", 1)[0]
    return code if code.isupper() else None


def is_missing_group(exc: BaseException) -> bool:
    """Whether ``exc`` says the stream or its consumer group does not exist (a new or wiped Redis)."""
    return reply_code(exc) == "NOGROUP"


def quote(part: str) -> str:
    """Escape one key component so that ``:`` separates components only."""
    return str(part).replace("%", "%25").replace(":", "%3A")


def text(value: bytes | str | None) -> str | None:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value
