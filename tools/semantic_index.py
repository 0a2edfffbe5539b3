"""Dense retrieval over guideline passages, with embeddings cached on disk per document.

A passage is embedded as its units (a sentence, a bullet, a table row), each prefixed with the
nearest heading above it: a recommendation often sits in one line under a heading that says for
whom ("High Severity (CURB-65 3-5): Co-amoxiclav 1.2 g TDS IV ..."), and one vector for a whole
2,000-character section blurs it with its neighbours (the model also reads only 256 tokens). A
passage's similarity to a query is that of its best unit, which is also what a citation can quote.

Embeddings are computed per document, only when a query first needs that document, and stored in
``cache_dir/<model>/<sha256 of the model, the unit rules and the document's unit texts>.npy``: a
changed document (an operator edits a file) gets a new key, an unchanged one is read back, and a
review that searches two guidelines never pays for the other forty-one.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from consilium.tools.embeddings import Encoder

UNIT_RULES_VERSION = "units-v1"
MAX_UNIT_CHARS = 400
_MIN_UNIT_WORDS = 3
_MARKUP = re.compile(r"[*_`>#]+|\|")


def default_cache_dir() -> Path:
    """Where passage embeddings are kept when the caller names no folder: the user's cache."""
    return Path.home() / ".cache" / "consilium" / "embeddings"


def _clean(line: str) -> str:
    line = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", line)
    return re.sub(r"\s+", " ", _MARKUP.sub(" ", line)).strip(" -:")


def passage_units(section: str, text: str) -> list[str]:
    """The units of a passage, each with the nearest heading above it (the section's own at first)."""
    heading = section.rsplit(" > ", 1)[-1].strip()
    units: list[str] = []
    for raw in text.splitlines():
        if re.match(r"^\s*\|?\s*:?-{3,}", raw):  # a table's rule line
            continue
        if m := re.match(r"^\s*#{2,6}\s+(.*\S)", raw):
            heading = _clean(m.group(1))
            continue
        line = _clean(raw)
        if len(line.split()) < _MIN_UNIT_WORDS:
            continue
        pieces = [line] if len(line) <= MAX_UNIT_CHARS else [p for p in re.split(r"(?<=[.;])\s+", line) if p]
        units += [f"{heading}: {p}" if heading and p != heading else p for p in pieces]
    return units or [f"{heading}: {_clean(text)[:MAX_UNIT_CHARS]}"]


class SemanticIndex:
    """Unit embeddings of every passage, loaded (or computed and stored) one document at a time.

    ``units``: the unit texts of each passage; ``doc_of``: each passage's document index.
    """

    def __init__(self, encoder: Encoder, units: list[list[str]], doc_of: list[int], cache_dir: Path | None) -> None:
        if len(units) != len(doc_of):
            raise ValueError(f"{len(units)} unit lists for {len(doc_of)} passages")
        self.encoder = encoder
        self.cache_dir = cache_dir
        self._units = units
        self._doc_of = list(doc_of)
        self._members: dict[int, list[int]] = {}
        for i, d in enumerate(doc_of):
            self._members.setdefault(d, []).append(i)
        self._vectors: dict[int, Any] = {}  # passage -> (units, 384) matrix
        self._lock = threading.Lock()
        self.docs_computed = 0
        self.docs_read = 0

    def units(self, passage: int) -> list[str]:
        return self._units[passage]

    def _key(self, doc: int) -> str:
        digest = hashlib.sha256(f"{self.encoder.name}\n{UNIT_RULES_VERSION}\n".encode())
        for p in self._members[doc]:
            digest.update("\x1e".join(self._units[p]).encode())
            digest.update(b"\x1d")
        return digest.hexdigest()[:32]

    def _path(self, doc: int) -> Path | None:
        if self.cache_dir is None:
            return None
        return Path(self.cache_dir) / re.sub(r"[^A-Za-z0-9_.-]", "_", self.encoder.name) / f"{self._key(doc)}.npy"

    def ensure(self, docs: Iterable[int]) -> None:
        """Make the embeddings of these documents' passages available (cache, else the model)."""
        import numpy as np

        with self._lock:
            for doc in sorted(set(docs)):
                members = self._members.get(doc, [])
                if not members or members[0] in self._vectors:
                    continue
                counts = [len(self._units[p]) for p in members]
                path = self._path(doc)
                matrix = None
                if path is not None and path.is_file():
                    try:
                        matrix = np.load(path, allow_pickle=False)
                    except (OSError, ValueError):
                        matrix = None  # a torn or foreign file: recompute it
                    if matrix is not None and matrix.shape[0] != sum(counts):
                        matrix = None
                    if matrix is not None:
                        self.docs_read += 1
                if matrix is None:
                    matrix = self.encoder.encode_many([u for p in members for u in self._units[p]])
                    self.docs_computed += 1
                    if path is not None:
                        _atomic_save(path, matrix)
                start = 0
                for p, n in zip(members, counts, strict=True):
                    self._vectors[p] = matrix[start:start + n]
                    start += n

    def unit_similarities(self, query_vec: Any, passage: int) -> Any:
        """Cosine of the query with each unit of one passage, in the order of :meth:`units`."""
        self.ensure({self._doc_of[passage]})
        return self._vectors[passage] @ query_vec

    def best_units(self, query_vec: Any, passages: Sequence[int]) -> dict[int, tuple[float, int]]:
        """For each passage: (cosine of its best unit with the query, that unit's index)."""
        self.ensure({self._doc_of[p] for p in passages})
        out = {}
        for p in passages:
            sims = self._vectors[p] @ query_vec
            j = int(sims.argmax())
            out[p] = (float(sims[j]), j)
        return out


def _atomic_save(path: Path, matrix: Any) -> None:
    import numpy as np

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            np.save(fh, matrix, allow_pickle=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
