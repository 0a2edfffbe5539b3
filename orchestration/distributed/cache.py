"""A cache shared by every worker: model completions and expert results, keyed by content hash.

* :class:`CachedModel` wraps any :class:`~consilium.orchestration.models.chat.ChatModel`. Its key is the
  sha256 of the model id, the prompt messages, the output schema, ``max_tokens`` and the temperature,
  so the same request to the same model is answered once, whichever worker asks.
* :class:`CachedExpert` wraps an expert. Its key is the expert's name, version and weights hash, the
  target, and the sha256 of the target's files (or of the case's clinical content when the target
  has no file, e.g. a lab panel).

Entries expire after ``ttl_s``; when more than ``max_entries`` are stored the oldest are evicted
(first-in first-out by write time, in one server-side script). A cache that cannot be reached is
skipped, never a reason for a review to fail.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consilium.orchestration.digest import sha256_json
from consilium.orchestration.distributed.connection import DEFAULT_PREFIX, is_infra_error
from consilium.orchestration.models.chat import ChatModel, Completion, ModelRequest

if TYPE_CHECKING:
    from consilium.experts.base import Evidence, Expert
    from consilium.orchestration.case.model import Case

log = logging.getLogger(__name__)

_PUT = """
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], KEYS[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tonumber(ARGV[3]) - tonumber(ARGV[2]))
local over = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[4])
if over > 0 then
  local old = redis.call('ZRANGE', KEYS[2], 0, over - 1)
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, over - 1)
  for _, k in ipairs(old) do redis.call('DEL', k) end
end
return over
"""


content_hash = sha256_json  # the cache key of a request or an expert's input: canonical JSON, as recordings hash it


class RedisCache:
    """Bytes by key with a TTL and an entry cap, under ``{prefix}:cache:{namespace}``."""

    def __init__(self, client: Any, namespace: str, *, ttl_s: float = 7 * 24 * 3600, max_entries: int = 10_000,
                 max_value_bytes: int = 2 * 1024 * 1024, prefix: str = DEFAULT_PREFIX):
        if ttl_s <= 0 or max_entries <= 0:
            raise ValueError("cache ttl_s and max_entries must be positive")
        self.r, self.ttl_s, self.max_entries, self.max_value_bytes = client, int(max(1, ttl_s)), max_entries, max_value_bytes
        self.base = f"{prefix}:cache:{namespace}"
        self._put = client.register_script(_PUT)
        self.hits = self.misses = self.errors = 0

    def _key(self, key: str) -> str:
        return f"{self.base}:{key}"

    def get(self, key: str) -> bytes | None:
        try:
            value = self.r.get(self._key(key))
        except Exception as exc:
            if not is_infra_error(exc):
                raise
            self.errors += 1
            return None
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
        return value

    def put(self, key: str, value: bytes) -> bool:
        if len(value) > self.max_value_bytes:
            return False
        try:
            self._put(keys=[self._key(key), f"{self.base}:index"], args=[value, self.ttl_s, time.time(), self.max_entries])
            return True
        except Exception as exc:
            if not is_infra_error(exc):
                raise
            self.errors += 1
            return False

    def size(self) -> int:
        return int(self.r.zcard(f"{self.base}:index"))


class CachedModel:
    """A :class:`ChatModel` that answers repeated requests from the shared cache.

    Only requests at temperature 0 are cached by default: a sampled answer is meant to vary.
    Failed calls (timeouts, errors) are never cached.
    """

    def __init__(self, backend: ChatModel, cache: RedisCache, *, only_deterministic: bool = True):
        self.backend, self.cache, self.only_deterministic = backend, cache, only_deterministic

    @property
    def model_id(self) -> str:
        return self.backend.model_id

    @property
    def multimodal(self) -> bool:
        return self.backend.multimodal

    def key(self, request: ModelRequest) -> str:
        return content_hash({"model": self.backend.model_id, "messages": request.messages, "schema": request.schema,
                             "max_tokens": request.max_tokens, "temperature": request.temperature})

    def complete(self, request: ModelRequest) -> Completion:
        if self.only_deterministic and request.temperature != 0:
            return self.backend.complete(request)
        key = self.key(request)
        hit = self.cache.get(key)
        if hit is not None:
            try:
                return Completion(**json.loads(hit))
            except (ValueError, TypeError):
                log.warning("unreadable model cache entry %s; calling the model", key)
        completion = self.backend.complete(request)
        self.cache.put(key, json.dumps(completion.__dict__).encode())
        return completion


def files_hash(paths: list[Path]) -> str | None:
    """sha256 over the files' bytes (in sorted path order), or ``None`` when any is unreadable."""
    from consilium.orchestration.digest import sha256_files

    try:
        return sha256_files([Path(p) for p in paths]) if paths else None
    except OSError:
        return None


def _target_files(case: Case, target: str) -> list[Path]:
    for item in [*case.imaging, *case.pathology]:
        if item.id == target:
            return list(item.files)
    return []


def expert_cache_key(expert: Expert, case: Case, target: str) -> str | None:
    """The content key of one expert run, or ``None`` when a target's files cannot be read."""
    card = expert.card
    files = _target_files(case, target)
    if files:
        digest = files_hash(files)
        if digest is None:
            return None
        item = next(i for i in [*case.imaging, *case.pathology] if i.id == target)
        content: Any = {"files": digest, "item": item.model_dump(mode="json", exclude={"files"})}
    else:  # no file: the expert reads the case's data (labs, vitals, history)
        content = case.model_dump(mode="json", exclude={"id", "expected", "title", "source"})
    return content_hash({"expert": card.name, "version": card.version, "weights": card.weights_sha256,
                         "target": target, "content": content})


class CachedExpert:
    """An expert whose successful evidence is shared through the cache (failed evidence is not).

    The evidence's ``overlay`` path refers to the machine that computed it; a cached hit on another
    machine keeps the path as provenance, but the file may not exist there.
    """

    def __init__(self, inner: Expert, cache: RedisCache):
        self.inner, self.cache, self.card = inner, cache, inner.card

    def targets(self, case: Case) -> list[str]:
        return self.inner.targets(case)

    def run(self, case: Case, target: str, out_dir: Path) -> Evidence:
        from consilium.experts.base import Evidence

        key = expert_cache_key(self.inner, case, target)
        if key is not None and (hit := self.cache.get(key)) is not None:
            try:
                return Evidence.model_validate_json(hit)
            except ValueError:
                log.warning("unreadable expert cache entry %s; running the expert", key)
        evidence = self.inner.run(case, target, out_dir)
        if key is not None and evidence.status == "ok":
            self.cache.put(key, evidence.model_dump_json().encode())
        return evidence


def cached_models(models: dict[str, Any], cache: RedisCache) -> dict[str, Any]:
    """Wrap every role's backend in one :class:`CachedModel` per backend (shared backends stay shared)."""
    from consilium.orchestration.models.chat import BoundModel

    wrapped: dict[int, CachedModel] = {}
    out = {}
    for role, bound in models.items():
        model = wrapped.setdefault(id(bound.model), CachedModel(bound.model, cache))
        out[role] = BoundModel(model, bound.config)
    return out


def cached_registry(registry: Any, cache: RedisCache) -> Any:
    """A copy of an :class:`~consilium.experts.base.ExpertRegistry` whose experts use the cache."""
    from consilium.experts.base import ExpertRegistry

    out = ExpertRegistry()
    for card in registry.cards():
        out.register(CachedExpert(registry.get(card.name), cache))  # type: ignore[arg-type]
    return out
