"""The GP's final answer: alone or from the team's opinion, part by part, with typed next steps.

The question's parts (:mod:`consilium.agents.question`) decide the answer's schema: a question asking
several things gets one answer per part and concrete next steps, each grounded in a guideline passage
that supports it or marked as unsupported. A part the GP leaves out is shown as unanswered.
"""

from __future__ import annotations

import time
from typing import Any

from consilium.agents.calls import AgentFailure, structured_call
from consilium.agents.context import ReviewContext, ReviewState
from consilium.agents.grounding import ground_steps, grounded_steps
from consilium.agents.nodes import SCORE_PREFIX, audit_dicts, contained, for_prompt, quoted
from consilium.agents.prompting import (
    evidence_block,
    options_rule,
    parts_rule,
    render_opinion,
    reply_shape,
    template,
)
from consilium.agents.question import question_parts, score_informs
from consilium.agents.schemas import (
    FinalAnswer,
    FinalAnswerParts,
    Opinion,
    Plan,
    TaskFailure,
)
from consilium.agents.verification import EVIDENCE_REF, verify
from consilium.experts.base import Evidence
from consilium.orchestration.case.model import Case
from langgraph.runtime import Runtime


def _fallback_answer(opinion: Opinion, reason: str) -> dict[str, Any]:
    top = opinion.leading_diagnosis
    return {"answer": f"The GP's answer failed ({reason}); the team's leading diagnosis is shown instead.",
            "diagnosis": top, "option": "", "rationale": "", "source": "consensus-fallback"}


def _answer_failed(state: ReviewState, runtime: Runtime[ReviewContext], failure: TaskFailure,
                   seconds: float) -> dict[str, Any]:
    return {"answer": _fallback_answer(Opinion.model_validate(state["opinion"]), failure.reason),
            "failures": {"answer": failure.model_dump()}, "timings": {"answer": seconds}}


def _answer_prompt(state: ReviewState, case: Case, quoted_text: str, opinion: Opinion, asked: list[str],
                   several: bool) -> str:
    """Alone, the GP reads the case (``quoted_text``, as quoted for the run's prompts) and its computed evidence (the
    prompt is the single call's when there is none); after a review, the team's opinion as well. ``asked``: the
    question's parts; ``several``: answered part by part."""
    plan = Plan.model_validate(state["plan"])
    parts = asked if several else None
    evidence = [e for e in for_prompt([Evidence.model_validate(e) for e in (state.get("evidence") or {}).values()])
                if not e.id.startswith(SCORE_PREFIX) or score_informs(e.id.removeprefix(SCORE_PREFIX), asked)]
    common = {"case": quoted_text, "options_rule": options_rule(case), "parts_rule": parts_rule(parts),
              "reply_shape": reply_shape(parts)}
    if plan.mode == "alone":
        return template("gp_alone").substitute(evidence=evidence_block(evidence), **common)
    scores = [e for e in evidence if e.id.startswith(SCORE_PREFIX)]
    return template("gp_answer").substitute(opinion=render_opinion(opinion), evidence=evidence_block(scores), **common)


def _support(part: dict[str, Any], evidence: dict[str, Any]) -> str:
    """Whether an answered part rests on something: cited evidence that exists, or case fields it names."""
    if not part["answer"]:
        return ""
    cited = [m for ref in part["evidence"] for m in EVIDENCE_REF.findall(ref)]
    unknown = [c for c in cited if c not in evidence and c.split(":")[0] not in ("case", "kb")]
    if unknown:
        return f"unsupported: cites evidence that does not exist ({', '.join(unknown)})"
    return "" if part["evidence"] else "unsupported: cites neither the case nor any evidence"


def _unanswered(kind: str, evidence: dict[str, Any]) -> dict[str, Any]:
    """A part the GP left out. Where scores computed from the case bear on it (:func:`score_informs`: a diagnostic
    score on the diagnosis, a risk or severity score on the other parts), the clinician is pointed to them: their
    values and evidence ids, said to be computed, never written as the GP's answer."""
    part: dict[str, Any] = {"part": kind, "answer": "", "missing": "not answered by the GP", "evidence": []}
    scores = [(eid, e) for eid, e in evidence.items() if eid.startswith(SCORE_PREFIX) and e.get("status") == "ok"
              and kind != "answer" and score_informs(eid.removeprefix(SCORE_PREFIX), [kind])]
    if scores:
        values = "; ".join(str(e.get("summary") or eid).split(":")[0] for eid, e in scores)
        part["missing"] += f"; computed from the case: {values}"
        part["evidence"] = [eid for eid, _ in scores]
    return part


def _answered_parts(out: FinalAnswer, asked: list[str], evidence: dict[str, Any]) -> list[dict[str, Any]]:
    """Each part the question asked with its answer; a part the GP left out is listed as unanswered, and an
    answer that cites nothing, or evidence that does not exist, is marked unsupported."""
    if not isinstance(out, FinalAnswerParts):
        text = out.answer or out.diagnosis
        return [{"part": asked[0], "answer": text, "missing": "" if text else "not answered", "evidence": []}]
    given = {p.part: p.model_dump() for p in out.parts}
    parts = [given.get(kind) or _unanswered(kind, evidence) for kind in asked]
    for part in parts:
        if support := _support(part, evidence):
            part["support"] = support
    return parts


@contained(_answer_failed, "answer", "gp")
def final_answer(state: ReviewState, runtime: Runtime[ReviewContext]) -> dict[str, Any]:
    """GP: answer the case's question, part by part, alone or from the team's opinion."""
    t0 = time.perf_counter()
    case = runtime.context.case_of(state["case"])
    opinion = Opinion.model_validate(state["opinion"])
    asked = question_parts(case.question)
    several = len(asked) > 1 and not case.options  # a multiple-choice question has one part: the option
    prompt = _answer_prompt(state, case, quoted(runtime.context, case), opinion, asked, several)
    update: dict[str, Any] = {}
    try:
        out, records = structured_call(runtime.context.models["gp"], role="gp", task="answer",
                                       messages=[{"role": "user", "content": prompt}],
                                       output=FinalAnswerParts if several else FinalAnswer,
                                       scrub=runtime.context.scrub)
        answer = {**out.model_dump(exclude={"parts", "next_steps"}), "source": "gp",
                  "parts": _answered_parts(out, asked, state.get("evidence") or {})}
        if isinstance(out, FinalAnswerParts):
            kb = runtime.context.knowledge
            support = ground_steps(kb, [s.what for s in out.next_steps], out.diagnosis,
                                   known=grounded_steps(opinion)) if kb is not None else [
                {"sources": [], "support": "no knowledge base installed"}] * len(out.next_steps)
            answer["next_steps"] = [{**step.model_dump(), **found} for step, found in zip(out.next_steps, support, strict=True)]
        answer_checks = [c for c in verify(opinion.model_copy(update={"next_steps": []}), [], case,
                                           state.get("evidence") or {}, answer_text=f"{out.answer}. {out.rationale}")
                         if c["status"] == "flag"]
        if answer_checks:  # the answer itself contradicts the case: flag it next to the answer
            answer["contradictions"] = [c["detail"] for c in answer_checks]
            opinion.verification = [*opinion.verification, *answer_checks]
            opinion.contradictions = list(dict.fromkeys([*opinion.contradictions, *answer["contradictions"]]))
            update["opinion"] = opinion.model_dump()
        if not opinion.summary:  # no narrative consensus call: the GP states the open questions
            opinion.uncertainties = list(dict.fromkeys([*opinion.uncertainties, *out.uncertainties]))
            opinion.resolve_by = list(dict.fromkeys([*opinion.resolve_by, *out.resolve_by]))
            update["opinion"] = opinion.model_dump()
    except AgentFailure as exc:
        records = exc.audit
        answer = _fallback_answer(opinion, exc.reason)
        update["failures"] = {"answer": TaskFailure(task="answer", specialist="gp", kind=exc.kind,
                                                    reason=exc.reason).model_dump()}
    update.update(answer=answer, audit=audit_dicts(records), timings={"answer": round(time.perf_counter() - t0, 4)})
    return update
