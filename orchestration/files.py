"""Writing a file so that a reader never sees half of it: write a temporary sibling, then rename.

A rename within one folder is atomic on POSIX and Windows (``os.replace``), so a run stopped mid-write
leaves either the old file or the new one, never a truncated one; that is what lets an evaluation
resume from the results already written.

Files that hold a patient's identifiers (recordings, results with the case inside, exports) are written
with ``mode=PRIVATE_FILE`` into folders made by :func:`private_folder`: the temporary file is created with
that mode, so the data is never readable by others, not even between the write and the rename.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


@contextmanager
def atomic_write(path: str | Path, *, binary: bool = False, encoding: str = "utf-8",
                 mode: int | None = None) -> Iterator[IO[Any]]:
    """Open a temporary sibling of ``path`` for writing; it replaces ``path`` when the block ends without
    an error and is removed when the block raises. The folder must exist.

    The temporary name is hidden (leading dot), ends in ``.tmp`` and is unique per call, so a folder
    scan for ``*.json`` never picks it up and two writers never share one. ``mode`` (e.g.
    :data:`PRIVATE_FILE`) is the new file's permission bits, exactly, whatever the umask; ``None``
    leaves them to the umask, as ``open`` does.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 if mode is None else mode)
        if mode is not None:
            os.fchmod(fd, mode)  # the umask may have taken bits away; the caller asked for these
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding=encoding) as f:
            yield f
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_text_atomic(path: str | Path, text: str, *, encoding: str = "utf-8", mode: int | None = None) -> Path:
    """Write ``text`` to ``path`` atomically (see :func:`atomic_write`) and return the path."""
    with atomic_write(path, encoding=encoding, mode=mode) as f:
        f.write(text)
    return Path(path)


def private_folder(path: str | Path) -> Path:
    """Make ``path`` (and missing parents) for files holding identifiers: a folder this call creates is
    0700; one that already exists keeps its mode (it may be the user's own, shared on purpose)."""
    path = Path(path)
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        os.chmod(path, PRIVATE_FOLDER)  # mkdir's mode passes through the umask
    return path


__all__ = ["PRIVATE_FILE", "PRIVATE_FOLDER", "atomic_write", "private_folder", "write_text_atomic"]
