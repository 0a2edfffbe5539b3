"""Indexes built from fixed inputs, kept on disk so that a process pays for building them once.

The guideline knowledge base (tokenised passages) and the ICD-10-CM index take seconds to build and
depend only on installed files and on the code that builds them. Each is stored as one JSON file per
kind and configuration (``slot``: e.g. which guideline folders), holding the sha256 of its inputs (the
files' paths, sizes and modification times, the package versions and the building code's own source):
a changed input misses and its rebuild replaces the file. Files not written for ``STALE_DAYS`` are
removed, and beyond the newest ``KEEP_PER_KIND``, so configurations that are gone (a test's temporary
folder) do not pile up.

JSON, never pickle: a cache folder may be writable by others, and loading it must never run code. A
file that cannot be read or decoded is treated as absent and rebuilt, never an error; a cache that
cannot be written (read-only home) costs only the next process another build.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from consilium.orchestration.files import atomic_write

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the envelope below changes
STALE_DAYS = 30  # a configuration still in use costs one rebuild a month at most
KEEP_PER_KIND = 16  # and at most this many, newest first: every test run's temporary folders make a new one

T = TypeVar("T")


def default_index_dir() -> Path:
    """The user's cache, beside the passage embeddings (``~/.cache/consilium/embeddings``)."""
    return Path.home() / ".cache" / "consilium" / "indexes"


def inputs_key(*, files: Iterable[Path] = (), sources: Iterable[Path] = (), values: Iterable[str] = ()) -> str:
    """sha256 of what a build reads: ``files`` by path, size and modification time (cheap, and a
    rewritten file changes its time), ``sources`` (the building code) by content, and free ``values``
    (package versions, tables the build uses)."""
    h = hashlib.sha256(f"format {FORMAT}\n".encode())
    for path in files:
        st = Path(path).stat()
        h.update(f"file {path} {st.st_size} {st.st_mtime_ns}\n".encode())
    for path in sources:
        h.update(b"source " + hashlib.sha256(Path(path).read_bytes()).digest() + b"\n")
    for value in values:
        h.update(f"value {len(value)} {value}\n".encode())
    return h.hexdigest()


def cached_build(kind: str, key: str, folder: Path | None, build: Callable[[], T],
                 encode: Callable[[T], Any], decode: Callable[[Any], T], *, slot: str = "") -> tuple[T, bool]:
    """(the value, whether it came from disk): ``decode`` of ``folder/<kind>.<slot hash>.json`` when that
    file holds this key, else ``build()``, written there for the next process. ``folder=None``: build only.

    ``decode`` may raise KeyError, TypeError, ValueError or IndexError on a damaged payload; that
    counts as a miss."""
    if folder is None:
        return build(), False
    name = hashlib.sha256(slot.encode()).hexdigest()[:16] if slot else "default"
    path = Path(folder) / f"{kind}.{name}.json"
    try:
        envelope = json.loads(path.read_text(encoding="utf-8"))
        if envelope.get("format") == FORMAT and envelope.get("kind") == kind and envelope.get("key") == key:
            return decode(envelope["payload"]), True
        log.info("cache %s: %s holds another key; rebuilding", kind, path)
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        log.warning("cache %s: %s is unreadable (%s: %s); rebuilding", kind, path, type(exc).__name__, exc)
    value = build()
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        with atomic_write(path) as f:
            json.dump({"format": FORMAT, "kind": kind, "key": key, "payload": encode(value)}, f,
                      separators=(",", ":"), ensure_ascii=False)
        _prune(Path(folder), kind)
    except OSError as exc:
        log.warning("cache %s: cannot write %s (%s); the next process builds it again", kind, path, exc)
    return value, False


def _prune(folder: Path, kind: str) -> None:
    cutoff = time.time() - STALE_DAYS * 86400
    dated = []
    for path in folder.glob(f"{kind}.*.json"):
        try:
            dated.append((path.stat().st_mtime, path))
        except OSError:  # another process pruned it first
            pass
    dated.sort(reverse=True)
    for i, (mtime, path) in enumerate(dated):
        if mtime < cutoff or i >= KEEP_PER_KIND:
            path.unlink(missing_ok=True)


__all__ = ["cached_build", "default_index_dir", "inputs_key"]
