"""Reciprocal-rank fusion of rankings from different retrievers (here BM25 and sentence embeddings).

RRF (Cormack, Clarke & Büttcher, SIGIR 2009) adds ``1 / (k + rank)`` over the rankings an item
appears in. It needs no calibration between the retrievers' scores, which live on unrelated scales
(BM25 is unbounded and grows with query length; cosine lies in [-1, 1]), and ``k = 60`` keeps one
retriever's first place from outweighing agreement between both further down.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

T = TypeVar("T", bound=Hashable)

RRF_K = 60


def reciprocal_rank_fusion(rankings: Sequence[Sequence[T]], k: int = RRF_K) -> list[tuple[T, float]]:
    """Items of all rankings (each best first), by fused score, best first; ties keep first-seen order."""
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    scores: dict[T, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    order = {item: i for i, item in enumerate(scores)}
    return sorted(scores.items(), key=lambda kv: (-kv[1], order[kv[0]]))
