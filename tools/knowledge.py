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

import heapq
import importlib.util
import re
from functools import cache
from pathlib import Path
from typing import Any, Literal

from consilium.orchestration.disk_cache import (
    cached_build,
    default_index_dir,
    inputs_key,
)
from consilium.tools import knowledge_index
from consilium.tools.embeddings import Encoder, MiniLMEncoder, embedding_model_installed
from consilium.tools.fusion import reciprocal_rank_fusion
from consilium.tools.guideline_documents import (
    DOC_SUFFIXES,
    MAX_PASSAGE_CHARS,
    GuidelineDoc,
    KnowledgeBaseError,
    open_medicine_docs,
    operator_docs,
    slug,
    split_markdown,
    text_passages,
)
from consilium.tools.knowledge_index import (
    STEMMER_VERSION,
    BM25Index,
    query_tokens,
    tokenize,
)
from consilium.tools.semantic_index import (
    SemanticIndex,
    default_cache_dir,
    passage_units,
)
import numpy as np
from pydantic import BaseModel, Field


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
        self._within_masks: dict[frozenset[str], tuple[np.ndarray, np.ndarray]] = {}
        self._last_bm25: tuple[tuple[str, frozenset[str] | None], dict[int, float]] | None = None
        self.loaded_from_cache = False  # set by build

    @classmethod
    def build(cls, extra_dirs: list[Path] | None = None, *, include_open_medicine: bool = True,
              encoder: Encoder | None = None, cache_dir: Path | None | Literal[False] = None) -> KnowledgeBase:
        """Passages and their tokens are read from a disk cache when one holds these inputs (see
        :mod:`consilium.orchestration.disk_cache`); ``cache_dir``: that folder (and the embeddings'),
        ``None`` for the user's cache, ``False`` for none. ``loaded_from_cache`` says which happened."""
        dirs = [Path(d) for d in extra_dirs or []]
        index_dir = None if cache_dir is False else (Path(cache_dir) if cache_dir else default_index_dir())
        key = _inputs_key(dirs, include_open_medicine) if index_dir is not None else ""
        parts, from_cache = cached_build("knowledge-index", key, index_dir if key else None,
                                         lambda: _tokenised_parts(dirs, include_open_medicine),
                                         _encode_parts, _decode_parts,
                                         slot=repr((include_open_medicine, [str(d.resolve()) for d in dirs])))
        sources, doc_of, doc_keys, doc_topics, passage_tokens, doc_tokens = parts
        kb = cls(sources, doc_of, BM25Index.build(passage_tokens), BM25Index.build(doc_tokens), doc_keys,
                 doc_topics=doc_topics, encoder=encoder, cache_dir=cache_dir)
        kb.loaded_from_cache = from_cache
        return kb

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
        """BM25 score of every passage that shares a word with ``query``, within those guidelines.

        The last query's scores are kept (callers read them, never change them): grounding asks for the
        same query by words alone right after the hybrid search that scored it (see ``retrieval_agrees``)."""
        key = (query, None if within is None else frozenset(within))
        last = self._last_bm25  # one read: another thread may replace it meanwhile
        if last is not None and last[0] == key:
            return last[1]
        tokens = query_tokens(query)
        passages, docs = (None, None) if within is None else self._masks(within)
        scores = self._passages.scores(tokens, only=passages)
        for d, doc_score in self._docs.scores(tokens, only=docs).items():
            for i in self._members.get(d, ()):  # a document may have no passages
                scores[i] = scores.get(i, 0.0) + self.doc_weight * doc_score
        self._last_bm25 = (key, scores)
        return scores

    def _masks(self, within: set[str]) -> tuple[np.ndarray, np.ndarray]:
        """Masks of the passages and of the documents of the guidelines ``within`` (kept: grounding asks
        for the same few guidelines step after step, and building a dict of every passage's score only
        to drop most of them cost more than the scoring)."""
        key = frozenset(within)
        if key not in self._within_masks:
            docs = np.array([k in key for k in self._doc_keys], dtype=bool)
            self._within_masks[key] = (docs[np.asarray(self._doc_of, dtype=np.int64)], docs)
        return self._within_masks[key]

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
                     if needle in (text if acronym else folded) and _regex(rx).search(text if acronym else folded)]
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


_Parts = tuple[list[Source], list[int], list[str], list[tuple[str, ...]], list[list[str]], list[list[str]]]


def _tokenised_parts(dirs: list[Path], include_open_medicine: bool) -> _Parts:
    """Everything a knowledge base is made of that takes time to build: the passages, which document
    each belongs to, and the tokens of every passage and document description."""
    sources: list[Source] = []
    passage_texts: list[str] = []
    doc_of: list[int] = []
    doc_keys: list[str] = []
    doc_texts: dict[str, list[str]] = {}
    doc_topics: list[tuple[str, ...]] = []

    def add(doc: GuidelineDoc, prefix: str, file_title: str, passages: list[tuple[str, str]]) -> None:
        if doc.key not in doc_texts:
            doc_keys.append(doc.key)
            doc_texts[doc.key] = [doc.title, doc.organization, " ".join(doc.topics)]
            doc_topics.append(doc.topics)
        seen: set[str] = set()
        for path, text in passages:
            label = " > ".join(x for x in [file_title, path] if x) or doc.title
            anchor = slug(path or file_title or prefix)
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
        for doc, section, path in open_medicine_docs():
            h1, passages = split_markdown(path.read_text(encoding="utf-8"))
            add(doc, f"{doc.key}/{section}", h1 or section.replace("_", " "), passages)
    for folder in dirs:
        for doc, _rel, path, body in operator_docs(folder):
            if path.suffix.lower() == ".txt":
                h1, passages = "", text_passages(body)
            else:
                h1, passages = split_markdown(body)
            add(doc, doc.key, "" if h1 == doc.title else h1, passages)
    if not sources:
        raise KnowledgeBaseError("no guideline documents found")
    return (sources, doc_of, doc_keys, doc_topics, [tokenize(t) for t in passage_texts],
            [tokenize(" ".join(doc_texts[k])) for k in doc_keys])


def _inputs_key(dirs: list[Path], include_open_medicine: bool) -> str:
    """The cache key of a build: every file it may read (by size and time), this code, the stemmer.
    Empty (no caching) when a folder is missing, so that the build reports it."""
    files: list[Path] = []
    values = [f"open-medicine {include_open_medicine}", f"stemmer {STEMMER_VERSION}", f"max {MAX_PASSAGE_CHARS}"]
    if include_open_medicine and open_medicine_installed():
        import open_medicine

        root = Path(open_medicine.__file__).parent / "guidelines"
        files += sorted(p for p in root.rglob("*") if p.is_file())
    for folder in dirs:
        if not folder.is_dir():
            return ""
        values.append(f"folder {folder.resolve()}")
        files += sorted(p for p in folder.rglob("*") if p.suffix.lower() in DOC_SUFFIXES and p.is_file())
    return inputs_key(files=files, sources=[Path(__file__), Path(knowledge_index.__file__)], values=values)


def _encode_parts(parts: _Parts) -> dict[str, Any]:
    sources, doc_of, doc_keys, doc_topics, passage_tokens, doc_tokens = parts
    return {"sources": [s.model_dump(exclude={"score"}) for s in sources], "doc_of": doc_of, "doc_keys": doc_keys,
            "doc_topics": [list(t) for t in doc_topics],
            # tokens are alphanumeric runs, so a space separates them unambiguously
            "passage_tokens": [" ".join(t) for t in passage_tokens], "doc_tokens": [" ".join(t) for t in doc_tokens]}


def _decode_parts(payload: dict[str, Any]) -> _Parts:
    sources = [Source.model_validate(s) for s in payload["sources"]]
    doc_of = [int(d) for d in payload["doc_of"]]
    doc_keys = [str(k) for k in payload["doc_keys"]]
    doc_topics = [tuple(map(str, t)) for t in payload["doc_topics"]]
    passage_tokens = [t.split() for t in payload["passage_tokens"]]
    doc_tokens = [t.split() for t in payload["doc_tokens"]]
    if not (len(sources) == len(doc_of) == len(passage_tokens)) or not (len(doc_keys) == len(doc_topics)
                                                                          == len(doc_tokens)):
        raise ValueError("cached knowledge base parts disagree in length")
    if any(not 0 <= d < len(doc_keys) for d in doc_of):
        raise IndexError("cached passage names a document that is not there")
    return sources, doc_of, doc_keys, doc_topics, passage_tokens, doc_tokens


def _fold(text: str) -> str:
    """Lower case, hyphens as spaces, UK "ae"/"oe" as "e" (haemorrhage -> hemorrhage, oedema -> edema)."""
    return text.lower().replace("-", " ").replace("ae", "e").replace("oe", "e")


def _topic_pattern(topics: tuple[str, ...]) -> list[tuple[str, bool, str, str]]:
    """Per topic: (topic, written in capitals?, its first word, its pattern). The pattern begins with the
    first word as written, so a text without that word is not searched (a few hundred topics per case);
    it is compiled on that first search (:func:`_regex`), since compiling them all cost most of a cached
    knowledge base's start."""
    out = []
    for topic in topics:
        topic = topic.strip()
        acronym = topic.upper() == topic and any(c.isalpha() for c in topic)
        if len(topic) < (3 if acronym else 4):
            continue
        split = (topic if acronym else _fold(topic)).split()
        words = r"[\s-]+".join(re.escape(w) for w in split)
        out.append((topic, acronym, split[0], rf"(?<![\w-]){words}(?![\w-])"))
    return out


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)  # ours, not re's bounded cache: there are over a thousand topics


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
