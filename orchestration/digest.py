"""The project's sha256 digests, written once: of a JSON-able value in canonical form, and of files.

Recordings, evaluation results and cache keys store these digests, so their exact bytes are part of
the recorded behaviour: the canonical form is ``json.dumps(value, sort_keys=True, ensure_ascii=False,
default=str)`` encoded as UTF-8, and a change to it would make every stored digest disagree.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any, Protocol

_CHUNK = 1 << 20


class Readable(Protocol):
    """A file-like location: a :class:`~pathlib.Path` or an ``importlib.resources`` resource."""

    def open(self, mode: str = "r") -> IO[Any]: ...


def sha256_json(value: Any) -> str:
    """sha256 of the canonical JSON form (sorted keys, UTF-8; what JSON cannot hold is written as ``str``)."""
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def _update(h: Any, source: Readable) -> None:
    with source.open("rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)


def sha256_file(source: Readable | str) -> str:
    """sha256 of one file's bytes, read in chunks so a model file of a gigabyte does not fill memory."""
    h = hashlib.sha256()
    _update(h, Path(source) if isinstance(source, str) else source)
    return h.hexdigest()


def sha256_files(paths: Iterable[Path]) -> str:
    """One sha256 over several files' bytes, in sorted path order (the order given does not matter)."""
    h = hashlib.sha256()
    for path in sorted(Path(p) for p in paths):
        _update(h, path)
    return h.hexdigest()


__all__ = ["Readable", "sha256_file", "sha256_files", "sha256_json"]
