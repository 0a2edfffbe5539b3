"""Which files a case may make Consilium open: the one confinement rule for every door.

A case names imaging and pathology files. Read as given, a case could make Consilium open
``/etc/shadow``, block forever on ``/dev/zero`` or a FIFO, or read gigabytes. So a file is used only when

* it lies, after ``..`` and symbolic links are resolved, under an allowed root: the folder of the case
  file it came from, installed packages (the ``package:``/``pydicom:`` references), the folders the
  operator lists in ``file_roots``, or the folder the web app stored an upload in;
* it is a regular file no larger than the per-file limit; a folder is accepted only where a series is
  read (an imaging study: the readers take the files directly inside it), and then every file it
  holds must pass the same test.

A refused file is dropped from its study or specimen, the rest of the case is reviewed, and the
refusal is stated. Its reason names the study and the kind of problem, never the path: the path is
case-derived text, and reasons travel into the opinion and so into the consensus and answer prompts.
"""

from __future__ import annotations

import logging
import os
import stat
import sysconfig
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from consilium.orchestration.case.model import Case

log = logging.getLogger(__name__)

MAX_FOLDER_ENTRIES = 10_000  # a series folder with more entries than this is not a series


@dataclass(frozen=True)
class RefusedFile:
    """One file reference a case may not use. ``where`` is ``imaging ct1`` or ``pathology s1``;
    ``problem`` is prompt-safe; ``path`` is for the clinician and the log only."""

    where: str
    problem: str
    path: str

    def __str__(self) -> str:
        return f"{self.where}: a file was refused ({self.problem})"


@cache
def package_roots() -> tuple[Path, ...]:
    """Folders of installed packages, where ``package:`` and ``pydicom:`` references resolve."""
    found = {Path(p).resolve() for name in ("purelib", "platlib") if (p := sysconfig.get_paths().get(name))}
    return tuple(sorted(found))


def allowed_roots(*groups: Iterable[Path | str]) -> tuple[Path, ...]:
    """The roots a case may read under, resolved: installed packages plus every given folder."""
    roots = set(package_roots())
    for group in groups:
        roots.update(Path(r).expanduser().resolve() for r in group)
    return tuple(sorted(roots))


def _within(path: Path, roots: Sequence[Path]) -> bool:
    return any(path == r or path.is_relative_to(r) for r in roots)


def file_problem(path: Path | str, *, roots: Sequence[Path], max_file_bytes: int, folder_ok: bool) -> str | None:
    """Why ``path`` may not be read (a short phrase without the path), or ``None`` when it may.

    A missing file is not refused here: it cannot be read by accident, and the part that needed it
    reports it as missing. ``roots`` must already be resolved (see :func:`allowed_roots`)."""
    try:
        real = Path(path).expanduser().resolve()
    except (OSError, RuntimeError):  # a symbolic-link loop
        return "the path cannot be resolved"
    if not _within(real, roots):
        return "outside the case's folder, installed packages and the configured file roots"
    try:
        info = os.stat(real)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot be examined ({exc.strerror or type(exc).__name__})"
    if stat.S_ISDIR(info.st_mode):
        if not folder_ok:
            return "a folder where a file is expected"
        return _folder_problem(real, roots=roots, max_file_bytes=max_file_bytes)
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file (a device, FIFO or socket)"
    if info.st_size > max_file_bytes:
        return f"larger than the {_size(max_file_bytes)} limit per file"
    return None


def _folder_problem(folder: Path, *, roots: Sequence[Path], max_file_bytes: int) -> str | None:
    """A series folder passes when every entry the readers would open passes as a file."""
    with os.scandir(folder) as entries:
        for n, entry in enumerate(entries, start=1):
            if n > MAX_FOLDER_ENTRIES:
                return f"a folder of more than {MAX_FOLDER_ENTRIES} entries"
            if entry.name.startswith(".") or entry.is_dir():  # the readers skip these
                continue
            problem = file_problem(entry.path, roots=roots, max_file_bytes=max_file_bytes, folder_ok=False)
            if problem:
                return f"a series folder holding a file that is {problem}"
    return None


def _size(n: int) -> str:
    return f"{n / 2**30:g} GiB" if n >= 2**30 else f"{n / 2**20:g} MiB" if n >= 2**20 else f"{n} bytes"


def confine_case(case: Case, *, roots: Sequence[Path], max_file_bytes: int) -> tuple[Case, list[RefusedFile]]:
    """``case`` without the files it may not read, and what was refused.

    ``roots`` are resolved allowed roots; the case's own roots (the folder of its case file, see
    :attr:`Case.file_roots`) are added here. The returned case keeps those roots."""
    every = tuple(roots) + tuple(Path(r).resolve() for r in case.file_roots)
    refused: list[RefusedFile] = []

    def keep(where: str, files: list[Path], folder_ok: bool) -> list[Path]:
        kept = []
        for f in files:
            problem = file_problem(f, roots=every, max_file_bytes=max_file_bytes, folder_ok=folder_ok)
            if problem is None:
                kept.append(f)
            else:
                refused.append(RefusedFile(where, problem, str(f)))
                log.warning("case %s, %s: refused %s (%s)", case.id, where, f, problem)
        return kept

    if not any(s.files for s in [*case.imaging, *case.pathology]):
        return case, []
    confined = case.model_copy(update={
        "imaging": [s.model_copy(update={"files": keep(f"imaging {s.id}", s.files, True)}) for s in case.imaging],
        "pathology": [p.model_copy(update={"files": keep(f"pathology {p.id}", p.files, False)})
                      for p in case.pathology],
    })
    return confined, refused
