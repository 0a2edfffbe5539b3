"""Does a guideline passage support a next step? The decision behind every citation of an opinion.

A passage supports a step only when all of these hold:

1. **Its guideline is about the step's condition.** The condition is the working diagnosis (the
   ``context``); the guidelines it names by their topics (:meth:`KnowledgeBase.guidelines_named_in`,
   one topic enough) are the only ones searched. Without a diagnosis, the step's own words name them.
   A condition no guideline covers (appendicitis here) gets no citation, rather than the nearest
   passage of another disease.
2. **One of its sentences says what the step says.** The cosine between the step's embedding
   (all-MiniLM-L6-v2) and the passage's best unit (a sentence, bullet or table row with its heading,
   see :mod:`consilium.tools.semantic_index`) is at least :data:`SUPPORT_THRESHOLD`.
3. **It names something the step names**: at least one specific word (a drug, a test, a score, an
   organ; not "start", "monitor", "patient", see :data:`GENERIC`) in common. Meaning alone rates a
   vague step ("monitor the patient closely") close to any sentence about monitoring.
4. **It is guidance**, not a section on the limits of the evidence (:data:`NOT_GUIDANCE`): a
   "Limitations" section names the very things a step names ("the 15 mL threshold for cerebellar
   haemorrhage evacuation is based on observational data") without recommending them.

Candidates come from hybrid retrieval (BM25 + embeddings, reciprocal-rank fusion) inside those
guidelines; among the candidates that pass, the one with the closest sentence is cited, and that
sentence is quoted. Generic steps ("refer to a healthcare provider", "monitor closely") are left
uncited because no sentence of a guideline on the condition comes close to them, not by a word list.

The threshold was chosen on the development part of ``tests/knowledge/data/citation_pairs.jsonl``
(labelled before any measurement); ``python -m consilium.tools.evaluate_citations`` reports it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from consilium.tools.knowledge_index import query_tokens

# Cosine of the step with the passage's best unit. On the development pairs (condition gate on):
# 0.45 -> precision 0.95, recall 0.96; 0.50 -> 0.97, 0.93; 0.60 -> 0.98, 0.83. 0.50 keeps precision
# above 0.9 with a margin for steps worded unlike the labelled ones.
SUPPORT_THRESHOLD = 0.50
CANDIDATES = 5
NO_SUPPORT = "no guideline passage found that supports this step"
NO_GUIDELINE = "no guideline in the knowledge base covers this condition"
# Words any passage may share with a step without naming what the step is about (stemmed forms).
GENERIC = frozenset({
    "daili", "twice", "start", "give", "consid", "patient", "assess", "review", "monitor", "follow", "arrang",
    "urgent", "immedi", "repeat", "check", "hour", "day", "week", "dose", "mg", "oral", "refer", "plan", "manag",
    "treatment", "treat", "evalu", "continu", "stop", "obtain", "perform", "need", "if"})
# Last headings of sections that describe the evidence rather than recommend (each chapter of the
# open-medicine guidelines ends with one; every labelled pair that points at one is "no").
NOT_GUIDANCE = frozenset({"limitations"})


@dataclass(frozen=True)
class Judgement:
    """Whether a passage supports a step, with the figures the decision used."""

    supports: bool
    similarity: float
    quote: str
    on_condition: bool


@dataclass(frozen=True)
class Citation:
    source: Any  # consilium.tools.knowledge.Source
    similarity: float
    quote: str


def specific_terms(text: str) -> frozenset[str]:
    """The stemmed words of a text that name something (:data:`GENERIC` words left out)."""
    return frozenset(query_tokens(text)) - GENERIC


@functools.lru_cache(maxsize=4096)
def _passage_terms(kb: Any, source_id: str) -> frozenset[str]:
    source = kb.get(source_id)
    return frozenset(query_tokens(f"{source.title} {source.section} {source.text}"))


def shares_a_term(kb: Any, step: str, source_id: str) -> bool:
    return bool(specific_terms(step) & _passage_terms(kb, source_id))


def is_guidance(kb: Any, source_id: str) -> bool:
    return kb.get(source_id).section.rsplit(" > ", 1)[-1].strip().lower() not in NOT_GUIDANCE


@functools.lru_cache(maxsize=4096)
def _named(kb: Any, text: str) -> frozenset[str]:
    # every step of an opinion shares its diagnosis, and reviews repeat diagnoses: scan each text once
    return frozenset(kb.guidelines_named_in(text)) if text.strip() else frozenset()


def condition_guidelines(kb: Any, step: str, context: str) -> set[str]:
    """The guidelines that concern the step's condition: those the diagnosis names; without a diagnosis,
    those the step names. A diagnosis that names none has none: the step's words would otherwise pick
    a guideline by a generic topic ("pharmacotherapy" of the alcohol-use-disorder guideline for a
    step on antifungals in AIDS)."""
    return set(_named(kb, context) if context.strip() else _named(kb, step))


def encode_steps(kb: Any, steps: list[str]) -> dict[str, Any]:
    """Embeddings of many steps in one batch (the encoder caches repeats)."""
    if not steps:
        return {}
    unique = list(dict.fromkeys(steps))
    vectors = kb.semantic.encoder.encode(unique)
    return dict(zip(unique, vectors, strict=True))


def judge(kb: Any, step: str, context: str, source_id: str, step_vector: Any = None) -> Judgement:
    """Whether the passage ``source_id`` supports ``step`` for a patient with ``context`` (the diagnosis)."""
    on_condition = kb.guideline_of(source_id) in condition_guidelines(kb, step, context)
    vec = encode_steps(kb, [step])[step] if step_vector is None else step_vector
    index = kb.index_of(source_id)
    similarity, unit = kb.semantic.best_units(vec, [index])[index]
    quote = kb.semantic.units(index)[unit]
    supports = (on_condition and similarity >= SUPPORT_THRESHOLD and shares_a_term(kb, step, source_id)
                and is_guidance(kb, source_id))
    return Judgement(supports, round(similarity, 4), quote, on_condition)


def find_support(kb: Any, step: str, context: str = "", step_vector: Any = None) -> tuple[Citation | None, str]:
    """The passage that best supports ``step``, or None with the reason there is none."""
    within = condition_guidelines(kb, step, context)
    if not within:
        return None, NO_GUIDELINE
    vec = encode_steps(kb, [step])[step] if step_vector is None else step_vector
    hits = kb.hybrid_search(f"{step} {context}".strip(), CANDIDATES, within=within, query_vector=vec)
    passing = [(source, sim, unit) for source, sim, unit in hits
               if sim >= SUPPORT_THRESHOLD and shares_a_term(kb, step, source.id) and is_guidance(kb, source.id)]
    if not passing:
        return None, NO_SUPPORT
    source, sim, unit = max(passing, key=lambda h: h[1])
    return Citation(source, round(sim, 4), kb.semantic.units(kb.index_of(source.id))[unit]), "cited"
