"""Writing a file so that a reader never sees half of it: write a temporary sibling, then rename.

A rename within one folder is atomic on POSIX and Windows (``os.replace``), so a run stopped mid-write
leaves either the old file or the new one, never a truncated one; that is what lets an evaluation
resume from the results already written.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def atomic_write(path: str | Path, *, binary: bool = False, encoding: str = "utf-8") -> Iterator[IO[Any]]:
    """Open a temporary sibling of ``path`` for writing; it replaces ``path`` when the block ends without
    an error and is removed when the block raises. The folder must exist.

    The temporary name is hidden (leading dot), ends in ``.tmp`` and is unique per call, so a folder
    scan for ``*.json`` never picks it up and two writers never share one.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "xb") if binary else open(tmp, "x", encoding=encoding) as f:
            yield f
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_text_atomic(path: str | Path, text: str, *, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` atomically (see :func:`atomic_write`) and return the path."""
    with atomic_write(path, encoding=encoding) as f:
        f.write(text)
    return Path(path)


__all__ = ["atomic_write", "write_text_atomic"]
