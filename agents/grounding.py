"""Grounding: guideline passages for the specialists, and a cited source for every next step.

A next step is cited only to a passage that supports it (:mod:`consilium.tools.citation`): a passage
of a guideline on the working diagnosis, found by BM25 and sentence embeddings together, with a
sentence that says what the step says and a specific word in common. Otherwise the step says "no
guideline passage found that supports this step" rather than carrying a loose citation: a citation
to the 2017 ventriculitis guideline for "refer to a healthcare provider", matched on two words, was
worse than none.

Without the embedding model installed, the older word rule stands in (a passage sharing at least half
of the step's specific words, and two) and each cited step says that its support was matched by words.
"""

from __future__ import annotations

import functools
from typing import Any

from consilium.agents.schemas import Opinion
from consilium.orchestration.case.model import Case
from consilium.tools.citation import (
    NO_SUPPORT,
    condition_guidelines,
    encode_steps,
    find_support,
    specific_terms,
)

NO_SOURCE = NO_SUPPORT


@functools.lru_cache(maxsize=4096)
def _passage_tokens(text: str) -> frozenset[str]:
    """A guideline passage's words: the knowledge base is fixed, so each passage is stemmed once."""
    from consilium.tools.knowledge_index import query_tokens

    return frozenset(query_tokens(text))


def _cite_by_words(kb: Any, text: str, context: str, k: int) -> dict[str, Any] | None:
    wanted = specific_terms(text)
    if not wanted:
        return None
    for hit in kb.search(f"{text} {context}".strip(), k):
        shared = wanted & _passage_tokens(f"{hit.title} {hit.section} {hit.text}")
        if len(shared) >= 2 and len(shared) >= 0.5 * len(wanted):
            return {**_source_fields(hit), "shared_terms": sorted(shared), "matched_by": "words"}
    return None


def _source_fields(hit: Any) -> dict[str, Any]:
    return {"id": hit.id, "title": hit.title, "section": hit.section, "doi": hit.doi, "date": hit.date,
            "origin": hit.origin, "citation": hit.citation()}


def _semantic(kb: Any) -> bool:
    return bool(getattr(kb, "semantic_available", lambda: False)())


def cite(kb: Any, text: str, context: str = "", k: int = 4, step_vector: Any = None) -> dict[str, Any] | None:
    """The passage that supports ``text`` (a next step) for a patient with ``context`` (the working
    diagnosis), or None. ``k``: candidates read by the word rule when embeddings are unavailable."""
    if not _semantic(kb):
        return _cite_by_words(kb, text, context, k)
    if not specific_terms(text):
        return None  # nothing specific to support: no need to load the model
    citation, _reason = find_support(kb, text, context, step_vector)
    if citation is None:
        return None
    return {**_source_fields(citation.source), "quote": citation.quote, "similarity": citation.similarity,
            "matched_by": "meaning"}


def ground_opinion(opinion: Opinion, kb: Any) -> Opinion:
    """Attach a supporting source (or the explicit absence of one) to every next step.

    The steps that could be cited are encoded in one batch; the model loads on the first such
    review of the process, and a step seen before is not encoded again."""
    context = opinion.leading_diagnosis
    steps = [{**step, **support} for step, support in
             zip(opinion.next_steps, ground_steps(kb, [step["text"] for step in opinion.next_steps], context), strict=True)]
    return opinion.model_copy(update={"next_steps": steps})


def ground_steps(kb: Any, texts: list[str], context: str,
                 known: dict[tuple[str, str], dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """For each step text, ``{"sources": [...], "support": ...}``: its supporting passage, or the absence of one.

    ``known``: what this review already found for a (step text, context), see :func:`grounded_steps`. The
    GP's answer often repeats a step of the team's opinion word for word; the search is not run twice."""
    known = known or {}
    new = [t for t in texts if (t, context) not in known]
    vectors: dict[str, Any] = {}
    if _semantic(kb):  # only steps that a guideline could support are worth encoding
        vectors = encode_steps(kb, [t for t in new if specific_terms(t) and condition_guidelines(kb, t, context)])
    found = []
    for text in texts:
        if (text, context) in known:
            done = known[(text, context)]
            found.append({"sources": [dict(x) for x in done["sources"]], "support": done["support"]})
            continue
        source = cite(kb, text, context, step_vector=vectors.get(text))
        found.append({"sources": [source] if source else [], "support": "cited" if source else NO_SOURCE})
    return found


def grounded_steps(opinion: Opinion) -> dict[tuple[str, str], dict[str, Any]]:
    """The grounding :func:`ground_opinion` attached to ``opinion``'s steps, by (step text, context)."""
    context = opinion.leading_diagnosis
    return {(step["text"], context): {"sources": step["sources"], "support": step["support"]}
            for step in opinion.next_steps if "support" in step and "sources" in step}


def presenting_problem(case: Case) -> str:
    """What the case is about, as written: complaint, symptoms, question, study and specimen texts."""
    studies = [f"{x.description} {x.report}" for x in [*case.imaging, *case.pathology]]
    return "\n".join([case.presenting_complaint, *case.symptoms, case.question, *studies])


def named_guidelines(kb: Any, case: Case) -> dict[str, list[str]]:
    """The guidelines whose subject the presenting problem names (two topics each); see :func:`guideline_context`."""
    return kb.guidelines_named_in(presenting_problem(case), min_topics=2)


def guideline_context(kb: Any, case: Case, specialist: str, k: int = 2, chars: int = 350,
                      named: dict[str, list[str]] | None = None) -> str:
    """Short guideline excerpts for a specialist's prompt, each citable as [kb:ID].

    Only guidelines whose subject the presenting problem names are searched: two of their topics
    (a disease named is usually several: "acute ischemic stroke", "ischemic stroke", "stroke")
    written in the presenting complaint, symptoms, question or a study's or specimen's description or
    report (see :meth:`~consilium.tools.knowledge.KnowledgeBase.guidelines_named_in`). Past history,
    medications and vital signs are left out of that test: "type 2 diabetes" or "blood pressure"
    would name a guideline for nearly every case, and one symptom ("chest pain" in a pneumonia's
    pleuritic pain) is not enough. Without the gate the best BM25 passage of an
    unrelated guideline was offered (the corrected-sodium passage of the DKA/HHS guideline for a
    pneumonia with a low sodium), and a small model took it for the answer. ``named``: the result of
    :func:`named_guidelines` for this case, when the caller already has it."""
    named = named_guidelines(kb, case) if named is None else named
    if not named:
        return "none found: no guideline in the knowledge base covers what the case names"
    query = " ".join([case.presenting_complaint, case.question, specialist,
                      *[lab.name for lab in case.labs if lab.flag in ("low", "high")]])
    lines = []
    for hit in kb.search(query, k, within=set(named)):
        body = hit.text if len(hit.text) <= chars else hit.text[:chars].rsplit(" ", 1)[0] + " …"
        lines.append(f"[kb:{hit.id}] {hit.title} ({hit.date or 'undated'}) — {hit.section}: {body}")
    return "\n".join(lines) or "none found"
