"""A small, exact BM25 (Okapi) index in pure Python, with clinical tokenisation.

Why not a library: the corpus is ~1,000 guideline sections; an inverted index over stemmed tokens
builds in well under a second and answers a query by touching only the postings of its terms, so a
dependency (and numpy/scipy matrices) buys nothing here. Scoring is the standard Okapi BM25 with the
non-negative (Lucene) idf: ``idf = ln(1 + (N - df + 0.5) / (df + 0.5))``.

Tokens are lower-cased alphanumeric runs, English stop words dropped, Snowball-stemmed (so
"anticoagulant" and "anticoagulation" meet), and query acronyms are expanded ("AF" also searches
"atrial fibrillation").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import numpy as np

_TOKEN = re.compile(r"[a-z0-9]+")
STOP_WORDS = frozenset("""
a an and are as at be been being but by can could did do does for from had has have he her his how i if in into is
it its may might more most must no nor not of on or our out over per shall she should so such than that the their
them then there these they this those through to too under up very was we were what when where which while who whom
why will with within without would you your also any each other only same both all
""".split())

# Query-side expansion of common clinical acronyms (the guideline text usually spells them out).
ACRONYMS: dict[str, str] = {
    "af": "atrial fibrillation", "afib": "atrial fibrillation", "vte": "venous thromboembolism",
    "dvt": "deep vein thrombosis", "pe": "pulmonary embolism", "mi": "myocardial infarction",
    "acs": "acute coronary syndrome", "ckd": "chronic kidney disease", "aki": "acute kidney injury",
    "copd": "chronic obstructive pulmonary disease", "cap": "community acquired pneumonia",
    "uti": "urinary tract infection", "dka": "diabetic ketoacidosis", "hhs": "hyperosmolar hyperglycemic state",
    "ugib": "upper gastrointestinal bleeding", "gi": "gastrointestinal", "ich": "intracerebral hemorrhage",
    "sah": "subarachnoid hemorrhage", "tia": "transient ischemic attack", "hf": "heart failure",
    "hfref": "heart failure reduced ejection fraction", "tbi": "traumatic brain injury", "ra": "rheumatoid arthritis",
    "mdd": "major depressive disorder", "aud": "alcohol use disorder", "nafld": "nonalcoholic fatty liver disease",
    "ascvd": "atherosclerotic cardiovascular disease", "doac": "direct oral anticoagulant",
    "oac": "oral anticoagulation", "htn": "hypertension", "bp": "blood pressure", "ldl": "ldl cholesterol",
    "nstemi": "non st elevation myocardial infarction", "stemi": "st elevation myocardial infarction",
    "periop": "perioperative", "preop": "preoperative", "egfr": "glomerular filtration rate",
}

try:  # Snowball stemming is optional: without it, matching is on whole words only.
    import snowballstemmer

    _STEMMER = snowballstemmer.stemmer("english")
    from importlib.metadata import version

    STEMMER_VERSION = f"snowballstemmer {version('snowballstemmer')}"  # a new stemmer may stem differently
except ImportError:  # pragma: no cover - depends on the install
    _STEMMER = None
    STEMMER_VERSION = "none"


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return _STEMMER.stemWord(word) if _STEMMER is not None else word


def tokenize(text: str) -> list[str]:
    """Index tokens of a text: lower-cased, stop words dropped, stemmed."""
    return [_stem(t) for t in _TOKEN.findall(text.lower()) if t not in STOP_WORDS]


def query_tokens(query: str) -> list[str]:
    """Tokens of a query, with clinical acronyms expanded."""
    words = _TOKEN.findall(query.lower())
    expanded = list(words)
    for w in words:
        if w in ACRONYMS:
            expanded += ACRONYMS[w].split()
    return [_stem(t) for t in expanded if t not in STOP_WORDS]


class BM25Index:
    """Okapi BM25 over a fixed list of documents (given as token lists)."""

    def __init__(self, k1: float = 1.5, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.doc_len: list[int] = []
        self.postings: dict[str, dict[int, int]] = {}
        self.avgdl = 0.0
        self._term_arrays: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        self._weights: dict[tuple[str, int], tuple[np.ndarray, np.ndarray]] = {}

    @classmethod
    def build(cls, docs: Iterable[list[str]], k1: float = 1.5, b: float = 0.75) -> BM25Index:
        index = cls(k1, b)
        for doc_id, tokens in enumerate(docs):
            index.doc_len.append(len(tokens))
            for term, tf in Counter(tokens).items():
                index.postings.setdefault(term, {})[doc_id] = tf
        index.avgdl = sum(index.doc_len) / len(index.doc_len) if index.doc_len else 0.0
        return index

    def __len__(self) -> int:
        return len(self.doc_len)

    def idf(self, term: str) -> float:
        df = len(self.postings.get(term, ()))
        n = len(self.doc_len)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def _arrays(self, term: str) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """A term's postings as arrays (document ids, term frequencies, length norms), built on first use."""
        found = self._term_arrays.get(term)
        if found is None and term in self.postings:
            ids = np.fromiter(self.postings[term].keys(), dtype=np.int64)
            tfs = np.fromiter(self.postings[term].values(), dtype=np.float64)
            lengths = np.asarray(self.doc_len, dtype=np.float64)[ids]
            found = self._term_arrays[term] = (ids, tfs, self.k1 * (1 - self.b + self.b * lengths / self.avgdl))
        return found

    def _weighted(self, term: str, qtf: int) -> tuple[np.ndarray, np.ndarray] | None:
        """(document ids, what ``qtf`` occurrences of ``term`` in a query add to each one's score), computed once: the
        index never changes, and a query's terms recur from one query to the next."""
        found = self._weights.get((term, qtf))
        if found is None:
            arrays = self._arrays(term)
            if arrays is None:
                return None
            ids, tfs, norms = arrays
            found = self._weights[(term, qtf)] = (ids, qtf * self.idf(term) * tfs * (self.k1 + 1) / (tfs + norms))
        return found

    def scores(self, tokens: list[str], only: np.ndarray | None = None) -> dict[int, float]:
        """BM25 score of every document that shares a term with the query (repeated terms count again).

        Summed with arrays, term by term in the query's order and with each product taken in the same
        order as the formula reads, so every score is the same float a loop over the postings gives.
        ``only``: a mask of the documents wanted (the rest are scored but not returned)."""
        total = np.zeros(len(self.doc_len), dtype=np.float64)
        hit = np.zeros(len(self.doc_len), dtype=bool)
        for term, qtf in Counter(tokens).items():
            weighted = self._weighted(term, qtf)
            if weighted is None:
                continue
            ids, weights = weighted
            total[ids] += weights
            hit[ids] = True
        found = np.flatnonzero(hit if only is None else hit & only)
        return dict(zip(found.tolist(), total[found].tolist(), strict=True))

    def top(self, tokens: list[str], k: int) -> list[tuple[int, float]]:
        ranked = sorted(self.scores(tokens).items(), key=lambda kv: (-kv[1], kv[0]))
        return ranked[:k]
