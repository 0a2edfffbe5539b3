"""Grounding: guideline passages for the specialists, and a cited source for every recommendation.

Retrieval is BM25 over the local knowledge base (:mod:`consilium.tools.knowledge`). A recommendation
counts as supported only when a retrieved passage shares at least half of its content words (and at
least two, generic words such as "start", "daily" or "review" not counted); otherwise it is marked "no supporting source found" rather than given a loose citation.
"""

from __future__ import annotations

import functools
from typing import Any

from consilium.agents.schemas import Opinion
from consilium.orchestration.case.model import Case

NO_SOURCE = "no supporting source found"
# Words that any passage may share with a recommendation without supporting it (stemmed forms).
GENERIC = {"daili", "twice", "start", "give", "consid", "patient", "assess", "review", "monitor", "follow", "arrang",
           "urgent", "immedi", "repeat", "check", "hour", "day", "week", "dose", "mg", "oral", "refer", "plan",
           "manag", "treatment", "treat", "evalu", "continu", "stop", "obtain", "perform", "need", "if"}


def _tokens(text: str) -> set[str]:
    from consilium.tools.knowledge_index import query_tokens

    return set(query_tokens(text))


@functools.lru_cache(maxsize=4096)
def _passage_tokens(text: str) -> frozenset[str]:
    """A guideline passage's words: the knowledge base is fixed, so each passage is stemmed once."""
    return frozenset(_tokens(text))


def cite(kb: Any, text: str, context: str = "", k: int = 4) -> dict[str, Any] | None:
    """The best passage that supports ``text`` (searched with ``context`` added), or None."""
    wanted = _tokens(text) - GENERIC
    if not wanted:
        return None
    for hit in kb.search(f"{text} {context}".strip(), k):
        shared = wanted & _passage_tokens(f"{hit.title} {hit.section} {hit.text}")
        if len(shared) >= 2 and len(shared) >= 0.5 * len(wanted):
            return {"id": hit.id, "title": hit.title, "section": hit.section, "doi": hit.doi, "date": hit.date,
                    "origin": hit.origin, "citation": hit.citation(), "shared_terms": sorted(shared)}
    return None


def ground_opinion(opinion: Opinion, kb: Any) -> Opinion:
    """Attach a source (or the explicit absence of one) to every next step."""
    context = opinion.differential[0].diagnosis if opinion.differential else ""
    steps = []
    for step in opinion.next_steps:
        source = cite(kb, step["text"], context)
        steps.append({**step, "sources": [source] if source else [], "support": "cited" if source else NO_SOURCE})
    return opinion.model_copy(update={"next_steps": steps})


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
