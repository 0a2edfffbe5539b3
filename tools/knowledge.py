"""A local clinical knowledge base: open-medicine's guidelines plus the operator's own, searched with BM25.

open-medicine 0.12.0 ships 43 guidelines (``open_medicine/guidelines/registry.json``: id, title, DOI,
year, organisation, topics, section names) as 145 Markdown files under
``open_medicine/guidelines/content/<guideline id>/<section>.md``. Each file is split at its ``##``
headings (and at ``###`` when a part is long) into passages that keep their heading path, so a
search hit cites the guideline, the section, its DOI and its date.

An operator can add a folder of Markdown or text documents. YAML front matter (``title``, ``doi``,
``date``, ``organization``, ``id``, ``topics``) is used when present; otherwise the title is the first
``#`` heading or the file name and the date is the file's modification date. ``topics`` (a list of
the conditions and terms the document covers) decides which cases its excerpts are offered to
(:meth:`KnowledgeBase.guidelines_named_in`); without it, only a case that writes the whole title.
"""

from __future__ import annotations

import datetime as dt
import heapq
import importlib.util
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from consilium.orchestration.errors import ConfigError
from consilium.tools.embeddings import Encoder, MiniLMEncoder, embedding_model_installed
from consilium.tools.fusion import reciprocal_rank_fusion
from consilium.tools.knowledge_index import BM25Index, query_tokens, tokenize
from consilium.tools.semantic_index import (
    SemanticIndex,
    default_cache_dir,
    passage_units,
)
from pydantic import BaseModel, Field

MAX_PASSAGE_CHARS = 2500
_DOC_SUFFIXES = (".md", ".markdown", ".txt")


class KnowledgeBaseError(ConfigError):
    """The knowledge base could not be built: a missing folder or an unreadable document."""


class Source(BaseModel):
    """One passage of a guideline, as a search hit."""

    id: str = Field(description="Stable id to cite, e.g. 'acc_aha_af_2023/anticoagulation#stroke-risk-assessment'.")
    title: str = Field(description="Guideline title.")
    section: str = Field(description="Heading path of the passage inside the guideline.")
    doi: str | None = None
    date: str | None = Field(default=None, description="Publication year or date (ISO) of the document.")
    text: str
    score: float = 0.0
    organization: str = ""
    origin: Literal["open-medicine", "operator"] = "open-medicine"

    def citation(self) -> str:
        doi = f", doi:{self.doi}" if self.doi else ""
        date = f" ({self.date})" if self.date else ""
        return f"[{self.id}] {self.title}{date} — {self.section}{doi}"

    def render(self, max_chars: int = 1200) -> str:
        body = self.text if len(self.text) <= max_chars else self.text[:max_chars].rsplit(" ", 1)[0] + " …"
        return f"{self.citation()}\n{body}"


@dataclass(frozen=True)
class _Doc:
    key: str
    title: str
    doi: str | None
    date: str | None
    organization: str
    topics: tuple[str, ...]
    origin: Literal["open-medicine", "operator"]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "section"


def split_markdown(text: str, max_chars: int = MAX_PASSAGE_CHARS) -> tuple[str, list[tuple[str, str]]]:
    """(first '#' heading, [(heading path, passage)]) of a Markdown text, split at '##' (and '###' if long)."""
    h1 = ""
    parts: list[tuple[list[str], list[str]]] = [([], [])]
    in_fence = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        m = None if in_fence else re.match(r"^(#{1,3})\s+(.*\S)\s*$", line)
        if m and len(m.group(1)) == 1 and not h1:
            h1 = m.group(2)
            continue
        if m and len(m.group(1)) == 2:
            parts.append(([m.group(2)], [line]))
            continue
        parts[-1][1].append(line)
    out: list[tuple[str, str]] = []
    for path, lines in parts:
        body = "\n".join(lines).strip()
        if not body:
            continue
        if len(body) <= max_chars:
            out.append((" > ".join(path), body))
            continue
        # Long part: split at its '###' headings, each piece keeping the '##' heading in its path.
        pieces: list[tuple[list[str], list[str]]] = [(list(path), [])]
        for line in lines:
            if sub := re.match(r"^###\s+(.*\S)\s*$", line):
                pieces.append(([*path, sub.group(1)], [line]))
            else:
                pieces[-1][1].append(line)
        out += [(" > ".join(p), "\n".join(ls).strip()) for p, ls in pieces if "\n".join(ls).strip()]
    return h1, out


def _open_medicine_docs() -> list[tuple[_Doc, str, Path]]:
    try:
        import open_medicine
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise KnowledgeBaseError("open-medicine is not installed: pip install open-medicine==0.12.0") from exc
    root = Path(open_medicine.__file__).parent / "guidelines"
    registry = json.loads((root / "registry.json").read_text(encoding="utf-8"))
    out = []
    for g in registry:
        doc = _Doc(g["id"], g["title"], g.get("doi"), str(g["year"]) if g.get("year") else None,
                   g.get("organization", ""), tuple(g.get("topics", [])), "open-medicine")
        for section in g["sections"]:
            path = root / "content" / g["id"] / f"{section}.md"
            if path.exists():
                out.append((doc, section, path))
    return out


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    if not text.startswith("---"):
        return {}, text
    m = re.match(r"^---\s*\n(.*?)\n---\s*\n", text, re.DOTALL)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError:
        return {}, text
    return (meta if isinstance(meta, dict) else {}), text[m.end():]


def _operator_docs(folder: Path) -> list[tuple[_Doc, str, Path, str]]:
    if not folder.is_dir():
        raise KnowledgeBaseError(f"guideline folder not found: {folder}")
    out = []
    for path in sorted(p for p in folder.rglob("*") if p.suffix.lower() in _DOC_SUFFIXES and p.is_file()):
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeBaseError(f"cannot read {path}: {exc}") from exc
        meta, body = _front_matter(raw)
        h1 = next((m.group(1) for m in [re.search(r"^#\s+(.*\S)", body, re.MULTILINE)] if m), "")
        date = meta.get("date")
        if isinstance(date, (dt.date, dt.datetime)):
            date = date.isoformat()[:10]
        if not date:
            date = dt.date.fromtimestamp(path.stat().st_mtime).isoformat()
        rel = path.relative_to(folder).with_suffix("").as_posix()
        doc = _Doc(str(meta.get("id") or f"local:{rel}"), str(meta.get("title") or h1 or path.stem.replace("_", " ")),
                   str(meta["doi"]) if meta.get("doi") else None, str(date),
                   str(meta.get("organization") or meta.get("source") or ""),
                   tuple(map(str, meta.get("topics") or [])), "operator")
        out.append((doc, rel, path, body))
    return out


def _text_passages(body: str, max_chars: int = MAX_PASSAGE_CHARS) -> list[tuple[str, str]]:
    """Plain text without headings: paragraphs packed into passages of up to ``max_chars``."""
    passages: list[str] = []
    for para in re.split(r"\n\s*\n", body):
        para = para.strip()
        if not para:
            continue
        if passages and len(passages[-1]) + len(para) < max_chars:
            passages[-1] += "\n\n" + para
        else:
            passages.append(para)
    return [(f"part {i + 1}", p) for i, p in enumerate(passages)]


class KnowledgeBase:
    """BM25 and hybrid (BM25 + sentence-embedding) search over guideline passages.

    A passage's score is its own BM25 score (heading path + text) plus ``doc_weight`` times the BM25
    score of its whole document's description (title, organisation, topics, section headings), so
    the query picks the right guideline and then the right passage inside it.
    Build with :meth:`build` (or :func:`default_knowledge_base` for the shared open-medicine-only
    instance); ``extra_dirs`` adds the operator's folders of Markdown/text guidelines.
    ``encoder`` (the packaged MiniLM by default) and ``cache_dir`` (passage embeddings on disk, the
    user's cache by default, ``None`` with ``cache_dir=False``) serve :meth:`hybrid_search`; nothing is
    loaded or encoded until a hybrid search needs it.
    """

    def __init__(self, sources: list[Source], doc_of: list[int], passage_index: BM25Index, doc_index: BM25Index,
                 doc_keys: list[str], doc_weight: float = 1.0,
                 doc_topics: list[tuple[str, ...]] | None = None, *, encoder: Encoder | None = None,
                 cache_dir: Path | None | Literal[False] = None) -> None:
        if not (len(sources) == len(doc_of) == len(passage_index)) or len(doc_index) != len(doc_keys):
            raise KnowledgeBaseError("index and passages disagree in length")
        self._sources = sources
        self._doc_of = doc_of
        self._passages = passage_index
        self._docs = doc_index
        self._doc_keys = doc_keys
        self._members: dict[int, list[int]] = {}
        for i, d in enumerate(doc_of):
            self._members.setdefault(d, []).append(i)
        self.doc_weight = doc_weight
        self._by_id = {s.id: s for s in sources}
        doc_topics = [()] * len(doc_keys) if doc_topics is None else doc_topics
        if len(doc_topics) != len(doc_keys):
            raise KnowledgeBaseError(f"{len(doc_topics)} topic lists for {len(doc_keys)} documents")
        titles = {doc_keys[d]: sources[i].title for i, d in enumerate(doc_of)}
        # a document without topics has its title for its subject
        self._topic_patterns = [_topic_pattern(t or (titles.get(k, ""),)) for k, t in zip(doc_keys, doc_topics)]
        self._index_of = {s.id: i for i, s in enumerate(sources)}
        self._doc_index = {k: d for d, k in enumerate(doc_keys)}
        self._encoder = encoder
        self._cache_dir = None if cache_dir is False else (cache_dir or default_cache_dir())
        self._semantic: SemanticIndex | None = None

    @classmethod
    def build(cls, extra_dirs: list[Path] | None = None, *, include_open_medicine: bool = True,
              encoder: Encoder | None = None, cache_dir: Path | None | Literal[False] = None) -> KnowledgeBase:
        sources: list[Source] = []
        passage_texts: list[str] = []
        doc_of: list[int] = []
        doc_keys: list[str] = []
        doc_texts: dict[str, list[str]] = {}
        doc_topics: list[tuple[str, ...]] = []

        def add(doc: _Doc, prefix: str, file_title: str, passages: list[tuple[str, str]]) -> None:
            if doc.key not in doc_texts:
                doc_keys.append(doc.key)
                doc_texts[doc.key] = [doc.title, doc.organization, " ".join(doc.topics)]
                doc_topics.append(doc.topics)
            seen: set[str] = set()
            for path, text in passages:
                label = " > ".join(x for x in [file_title, path] if x) or doc.title
                anchor = _slug(path or file_title or prefix)
                sid, n = f"{prefix}#{anchor}", 2
                while sid in seen:
                    sid, n = f"{prefix}#{anchor}-{n}", n + 1
                seen.add(sid)
                sources.append(Source(id=sid, title=doc.title, section=label, doi=doc.doi, date=doc.date, text=text,
                                      organization=doc.organization, origin=doc.origin))
                passage_texts.append(f"{label}\n{text}")
                doc_of.append(doc_keys.index(doc.key))
                doc_texts[doc.key].append(label)

        if include_open_medicine:
            for doc, section, path in _open_medicine_docs():
                h1, passages = split_markdown(path.read_text(encoding="utf-8"))
                add(doc, f"{doc.key}/{section}", h1 or section.replace("_", " "), passages)
        for folder in extra_dirs or []:
            for doc, _rel, path, body in _operator_docs(Path(folder)):
                if path.suffix.lower() == ".txt":
                    h1, passages = "", _text_passages(body)
                else:
                    h1, passages = split_markdown(body)
                add(doc, doc.key, "" if h1 == doc.title else h1, passages)
        if not sources:
            raise KnowledgeBaseError("no guideline documents found")
        passage_index = BM25Index.build(tokenize(t) for t in passage_texts)
        doc_index = BM25Index.build(tokenize(" ".join(doc_texts[k])) for k in doc_keys)
        return cls(sources, doc_of, passage_index, doc_index, doc_keys, doc_topics=doc_topics, encoder=encoder,
                   cache_dir=cache_dir)

    def __len__(self) -> int:
        return len(self._sources)

    def search(self, query: str, k: int = 5, within: set[str] | None = None) -> list[Source]:
        """The ``k`` passages that best match ``query``, best first; empty when nothing matches.
        ``within``: only passages of these guidelines (ids as in :meth:`guidelines`)."""
        if k <= 0 or not query.strip():
            return []
        ranked = heapq.nsmallest(k, self._bm25(query, within).items(), key=lambda kv: (-kv[1], kv[0]))
        return [self._sources[i].model_copy(update={"score": round(score, 4)}) for i, score in ranked]

    def _bm25(self, query: str, within: set[str] | None) -> dict[int, float]:
        tokens = query_tokens(query)
        scores = self._passages.scores(tokens)
        for d, doc_score in self._docs.scores(tokens).items():
            for i in self._members[d]:
                scores[i] = scores.get(i, 0.0) + self.doc_weight * doc_score
        if within is not None:
            scores = {i: v for i, v in scores.items() if self._doc_keys[self._doc_of[i]] in within}
        return scores

    @property
    def semantic(self) -> SemanticIndex:
        """The dense index (built on first use; the model loads on the first encoding)."""
        if self._semantic is None:
            units = [passage_units(s.section, s.text) for s in self._sources]
            self._semantic = SemanticIndex(self._encoder or shared_encoder(), units, self._doc_of, self._cache_dir)
        return self._semantic

    def semantic_available(self) -> bool:
        """Whether :meth:`hybrid_search` can run: an encoder was given, or the packaged model is installed."""
        return self._encoder is not None or embedding_model_installed()

    def hybrid_search(self, query: str, k: int = 5, within: set[str] | None = None,
                      query_vector: Any = None) -> list[tuple[Source, float, int]]:
        """The ``k`` passages best by BM25 and by meaning together (reciprocal-rank fusion), best first,
        each as (passage, cosine of its best unit with the query, that unit's index).

        ``within`` limits both retrievers to these guidelines, so only their embeddings are loaded;
        ``query_vector``: the query's embedding when the caller already has it."""
        if k <= 0 or not query.strip():
            return []
        docs = range(len(self._doc_keys)) if within is None else [self._doc_index[k] for k in within
                                                                   if k in self._doc_index]
        pool = sorted(i for d in docs for i in self._members.get(d, ()))
        if not pool:
            return []
        lexical = sorted(self._bm25(query, within).items(), key=lambda kv: (-kv[1], kv[0]))
        vec = self.semantic.encoder.encode([query])[0] if query_vector is None else query_vector
        dense = self.semantic.best_units(vec, pool)
        by_meaning = sorted(pool, key=lambda i: (-dense[i][0], i))
        fused = reciprocal_rank_fusion([[i for i, _ in lexical], by_meaning])[:k]
        return [(self._sources[i].model_copy(update={"score": round(s, 5)}), *dense[i]) for i, s in fused]

    def index_of(self, source_id: str) -> int:
        """A passage's position (as the dense index numbers passages); KeyError when there is none."""
        return self._index_of[source_id]

    def guideline_of(self, source_id: str) -> str:
        """The id of the guideline (document) a passage belongs to."""
        return self._doc_keys[self._doc_of[self._index_of[source_id]]]

    def get(self, source_id: str) -> Source:
        """A passage by id; KeyError when there is none."""
        return self._by_id[source_id]

    def guidelines_named_in(self, text: str, min_topics: int = 1) -> dict[str, list[str]]:
        """The guidelines whose subject ``text`` names: at least ``min_topics`` of a guideline's topics
        (all of them when it has fewer; an operator document without ``topics:`` in its front matter
        has its title as its one topic) written in the text as whole phrases.

        A topic written in capitals in the guideline (DKA, COPD) counts only in capitals, and one of
        under three characters (PE, RA) never; other topics need four characters and match in any case,
        with a hyphen or spaces between words alike and the UK "ae"/"oe" read as "e" (ischaemic,
        oedema). A negated mention ("no haemorrhage") still counts. Returns guideline id -> topics found."""
        folded = _fold(text)
        found: dict[str, list[str]] = {}
        for key, patterns in zip(self._doc_keys, self._topic_patterns, strict=True):
            named = [topic for topic, acronym, needle, rx in patterns
                     if needle in (text if acronym else folded) and rx.search(text if acronym else folded)]
            if named and len(named) >= min(min_topics, len(patterns)):  # a one-topic document needs its one
                found[key] = named
        return found

    def guidelines(self) -> list[dict[str, str | None]]:
        """One row per document: id, title, DOI, date, origin."""
        rows: dict[str, dict[str, str | None]] = {}
        for i, s in enumerate(self._sources):
            key = self._doc_keys[self._doc_of[i]]
            rows.setdefault(key, {"id": key, "title": s.title, "doi": s.doi, "date": s.date, "origin": s.origin})
        return list(rows.values())


def _fold(text: str) -> str:
    """Lower case, hyphens as spaces, UK "ae"/"oe" as "e" (haemorrhage -> hemorrhage, oedema -> edema)."""
    return text.lower().replace("-", " ").replace("ae", "e").replace("oe", "e")


def _topic_pattern(topics: tuple[str, ...]) -> list[tuple[str, bool, str, re.Pattern[str]]]:
    """Per topic: (topic, written in capitals?, its first word, its pattern). The pattern begins with the
    first word as written, so a text without that word is not searched (a few hundred topics per case)."""
    out = []
    for topic in topics:
        topic = topic.strip()
        acronym = topic.upper() == topic and any(c.isalpha() for c in topic)
        if len(topic) < (3 if acronym else 4):
            continue
        split = (topic if acronym else _fold(topic)).split()
        words = r"[\s-]+".join(re.escape(w) for w in split)
        out.append((topic, acronym, split[0], re.compile(rf"(?<![\w-]){words}(?![\w-])")))
    return out


def open_medicine_installed() -> bool:
    """Whether open-medicine's guidelines (the clinical extra) are installed, without importing them."""
    return importlib.util.find_spec("open_medicine") is not None


@cache
def shared_encoder() -> MiniLMEncoder:
    """One embedding model per process, loaded on its first use."""
    return MiniLMEncoder()


@cache
def default_knowledge_base() -> KnowledgeBase:
    """The shared knowledge base of open-medicine's guidelines, built once per process."""
    return KnowledgeBase.build()
