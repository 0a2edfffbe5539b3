"""The graph's nodes: GP triage, the three specialists, consensus, and the GP's final answer.

Each node is a function ``(state, runtime) -> partial state update``. Models, experts and output
folders come from ``runtime.context`` (:class:`~consilium.agents.context.ReviewContext`).
A node whose model fails records the failure with its reason and returns; it never raises into the
graph, so one broken part cannot stop the case. What a node does not foresee (a bug) is caught by
:func:`contained`: logged with its traceback, recorded as a ``defect`` failure of that part, and
replaced by the node's fallback update, so the review still completes.
"""

from __future__ import annotations

import functools
import logging
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from langgraph.errors import GraphBubbleUp
from langgraph.runtime import Runtime
from langgraph.types import interrupt

from consilium.agents.calls import AgentFailure, AuditRecord, structured_call
from consilium.agents.consensus import build_opinion
from consilium.agents.context import ReviewContext, ReviewState, TaskInput
from consilium.agents.grounding import ground_opinion, guideline_context, named_guidelines
from consilium.agents.multimodal import image_parts
from consilium.agents.planning import (
    PlanError,
    build_plan,
    fallback_plan,
    needs_judgement,
    rule_suggestions,
    rules_plan,
    team_decision,
)
from consilium.agents.prompting import (
    DUTIES,
    quoted_case,
    render_opinion,
    render_report,
    score_line,
    template,
)
from consilium.agents.schemas import (
    ConsensusOutput,
    Opinion,
    Plan,
    PlannedTask,
    SignOff,
    SpecialistOutput,
    SpecialistReport,
    SurgeryOutput,
    TaskFailure,
    TriageOutput,
)
from consilium.agents.verification import apply_verification, verify
from consilium.experts.base import Evidence
from consilium.experts.clinical.scores import score_evidence
from consilium.orchestration.case.model import Case

log = logging.getLogger(__name__)

Node = Callable[[Any, Runtime[ReviewContext]], dict[str, Any]]
Fallback = Callable[[Any, Runtime[ReviewContext], TaskFailure, float], dict[str, Any]]


def contained(fallback: Fallback, task: str | Callable[[Any], tuple[str, str]], specialist: str = "") -> Callable[[Node], Node]:
    """Make a node record an unexpected exception as a ``defect`` failure of its part instead of raising.

    ``task``/``specialist`` name the part (or ``task`` is a function of the node's input giving both).
    ``fallback`` gets the failure and the seconds spent and returns the node's update in its place.
    LangGraph's control flow (``interrupt``, a parent ``Command``) travels as :class:`GraphBubbleUp`
    exceptions and must reach the graph untouched.
    """
    def wrap(node: Node) -> Node:
        @functools.wraps(node)
        def run(state: Any, runtime: Runtime[ReviewContext]) -> dict[str, Any]:
            t0 = time.perf_counter()
            try:
                return node(state, runtime)
            except GraphBubbleUp:
                raise
            except Exception as exc:  # noqa: BLE001 - the promise: a node never raises into the graph
                part, who = task(state) if callable(task) else (task, specialist)
                log.exception("node %s: unexpected %s; recorded as a defect, the review goes on", part, type(exc).__name__)
                failure = TaskFailure(task=part, specialist=who, kind="defect", reason=f"unexpected {type(exc).__name__}: {exc}")
                return fallback(state, runtime, failure, round(time.perf_counter() - t0, 4))
        return run
    return wrap


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def audit_dicts(records: list[AuditRecord]) -> list[dict[str, Any]]:
    return [r.model_dump() for r in records]


def _triage_failed(state: ReviewState, runtime: Runtime[ReviewContext], failure: TaskFailure, seconds: float) -> dict[str, Any]:
    try:
        plan = fallback_plan(runtime.context.case_of(state["case"]), failure.reason)
    except Exception:  # noqa: BLE001 - the rules broke too: consult nobody, and the consensus says so
        log.exception("triage: the rule-based fallback plan failed as well")
        plan = Plan(summary="", tasks=[], notes=[f"triage failed ({failure.reason}); no plan could be built"],
                    fallback=True)
    return {"plan": plan.model_dump(), "failures": {"triage": failure.model_dump()}, "timings": {"triage": seconds}}


SCORE_PREFIX = "score:"  # the evidence ids of computed scores ("score:curb65")


def for_prompt(evidence: list[Evidence]) -> list[Evidence]:
    """Evidence worth a model's reading: a score that could not be computed is shown to the clinician (with
    the inputs it lacked), not to a model."""
    return [e for e in evidence if not e.id.startswith(SCORE_PREFIX) or any(m.value is not None for m in e.measurements)]


def _evidence_update(evidence: list[Evidence]) -> dict[str, Any]:
    return {"evidence": {e.id: e.model_dump() for e in evidence}} if evidence else {}


def publish_evidence(runtime: Runtime[ReviewContext], node: str, evidence: list[Evidence]) -> None:
    """Show evidence to whoever watches the review as soon as it exists, not when the node ends: the
    node's model call may take minutes (LangGraph's custom stream; a no-op when nobody streams it)."""
    if evidence:
        runtime.stream_writer({"node": node, "evidence": [e.model_dump() for e in evidence]})


@contained(_triage_failed, "triage", "gp")
def triage(state: ReviewState, runtime: Runtime[ReviewContext]) -> dict[str, Any]:
    """GP: compute the case's scores, then decide whether to answer alone or whom to consult, in what order."""
    t0 = time.perf_counter()
    ctx = runtime.context
    case = ctx.case_of(state["case"])
    evidence = score_evidence(case)  # before any model speaks
    publish_evidence(runtime, "triage", evidence)
    convene, decision = team_decision(case)
    if not convene:  # nobody has anything to work on: no triage call; the GP answers with the lab tools
        lab_evidence = _run_experts(ctx, case, "pathology") if case.labs else []
        publish_evidence(runtime, "triage", lab_evidence)
        evidence += lab_evidence
        plan = Plan(summary="", tasks=[], mode="alone", decision=decision)
        return {"plan": plan.model_dump(), **_evidence_update(evidence),
                "timings": {"triage": round(time.perf_counter() - t0, 4)}}
    if not needs_judgement(case):  # material and requests decide the team: nothing for a model to judge
        plan = rules_plan(case, "planned by rules: each specialist consulted has material of its own or was asked for")
        return {"plan": plan.model_dump(), **_evidence_update(evidence),
                "timings": {"triage": round(time.perf_counter() - t0, 4)}}
    hints = rule_suggestions(case)
    prompt = template("gp_triage").substitute(
        case=quoted(ctx, case),
        suggestions="; ".join(f"{k} ({v})" for k, v in hints.items()) or "none",
    )
    update: dict[str, Any] = _evidence_update(evidence)
    try:
        out, records = structured_call(ctx.models["gp"], role="gp", task="triage",
                                       messages=[{"role": "user", "content": prompt}], output=TriageOutput,
                                       scrub=ctx.scrub)
        plan = build_plan(out, case, surgery_waits_for_workup=ctx.surgery_waits_for_workup)
        plan.decision = decision
        if not plan.tasks:
            plan = fallback_plan(case, "the GP consulted no specialist")
    except AgentFailure as exc:
        records = exc.audit
        plan = fallback_plan(case, exc.reason)
        update["failures"] = {"triage": TaskFailure(task="triage", specialist="gp", kind=exc.kind,
                                                    reason=exc.reason).model_dump()}
    except PlanError as exc:  # build_plan repairs what it can; this is a defect worth showing
        plan = fallback_plan(case, str(exc))
    update.update(plan=plan.model_dump(), audit=audit_dicts(records),
                  timings={"triage": round(time.perf_counter() - t0, 4)})
    return update


def _missing_input(case: Case, specialist: str) -> str | None:
    """Why the specialist has nothing to read, by study id (the reason reaches later prompts: no paths)."""
    if specialist == "radiology":
        studies = [s for s in case.imaging if s.files]
        if studies and all(not p.exists() for s in studies for p in s.files) and not any(s.report for s in studies):
            log.warning("case %s: no imaging file exists: %s", case.id, ", ".join(str(p) for s in studies for p in s.files))
            return "no imaging file exists (study " + ", ".join(s.id for s in studies) + ": file not found)"
    return None


def _run_experts(ctx: ReviewContext, case: Case, specialist: str) -> list[Evidence]:
    if ctx.experts is None:
        return []
    out_dir = ctx.out_dir or Path(tempfile.gettempdir()) / "consilium-evidence" / case.id
    out_dir.mkdir(parents=True, exist_ok=True)
    return [expert.run(case, target, out_dir) for expert, target in ctx.experts.for_case(case, specialist)]


def specialist_node(specialist: str):
    """Build the node for one specialist; the three share this logic and differ in duty and schema."""
    output_type = SurgeryOutput if specialist == "surgery" else SpecialistOutput

    def part(payload: TaskInput) -> tuple[str, str]:
        return str((payload.get("task") or {}).get("id") or specialist), specialist

    def unexpected(payload: TaskInput, runtime: Runtime[ReviewContext], failure: TaskFailure,
                   seconds: float) -> dict[str, Any]:
        return {"failures": {failure.task: failure.model_dump()}, "timings": {failure.task: seconds}}

    @contained(unexpected, part)
    def node(payload: TaskInput, runtime: Runtime[ReviewContext]) -> dict[str, Any]:
        t0, started = time.perf_counter(), _now()
        ctx = runtime.context
        case = ctx.case_of(payload["case"])
        task = PlannedTask.model_validate(payload["task"])

        def failed(kind: str, reason: str, records: list[AuditRecord] | None = None, **extra: Any) -> dict[str, Any]:
            failure = TaskFailure(task=task.id, specialist=specialist, kind=kind, reason=reason)
            return {"failures": {task.id: failure.model_dump()}, "audit": audit_dicts(records or []),
                    "timings": {task.id: round(time.perf_counter() - t0, 4)}, **extra}

        if reason := _missing_input(case, specialist):
            return failed("missing_input", reason)
        evidence = _run_experts(ctx, case, specialist)
        publish_evidence(runtime, specialist, evidence)
        ev_update = {"evidence": {e.id: e.model_dump() for e in evidence}}
        computed = for_prompt([Evidence.model_validate(e) for e in (payload.get("computed") or {}).values()])
        upstream = [SpecialistReport.model_validate(r) for r in payload["upstream"].values()]
        upstream_text = "\n".join(render_report(r) for r in upstream) or "none"
        if payload["upstream_failed"]:
            upstream_text += "\nNot available (failed): " + ", ".join(payload["upstream_failed"])
        guidelines = guideline_context(ctx.knowledge, case, specialist, named=ctx.once(
            "guidelines named", lambda: named_guidelines(ctx.knowledge, case))) if ctx.knowledge else "not available"
        prompt = template("specialist").substitute(
            specialist=specialist, duty=DUTIES[specialist], question=task.question, case=quoted(ctx, case),
            evidence="\n".join([*(score_line(e) for e in computed), *(e.render() for e in evidence)]) or "none",
            upstream=upstream_text,
            guidelines=guidelines,
        )
        content: str | list[dict[str, Any]] = prompt
        if ctx.models[specialist].model.multimodal:
            parts, notes = image_parts(case, specialist, evidence)
            text = prompt + ("\nImages not attached: " + "; ".join(notes) if notes else "")
            content = [{"type": "text", "text": text}, *parts] if parts else text
        try:
            out, records = structured_call(ctx.models[specialist], role=specialist, task=task.id,
                                           messages=[{"role": "user", "content": content}], output=output_type,
                                           scrub=ctx.scrub)
        except AgentFailure as exc:
            return failed(exc.kind, exc.reason, exc.audit, **ev_update)
        report = SpecialistReport(task=task.id, specialist=specialist, model_id=ctx.models[specialist].model.model_id,
                                  output=out, evidence_ids=[e.id for e in evidence],
                                  upstream=[r.task for r in upstream], started_at=started,
                                  prompt_sha256=records[-1].prompt_sha256,
                                  seconds=round(time.perf_counter() - t0, 4))
        return {"reports": {task.id: report.model_dump()}, "audit": audit_dicts(records),
                "timings": {task.id: report.seconds}, **ev_update}

    node.__name__ = specialist
    return node


INTAKE = "intake"  # the ``specialist`` of what the checks before the review did to the case


def intake_failures(refused: str, notes: list[str]) -> dict[str, dict[str, Any]]:
    """The checks' findings as state failures, so the opinion states them: a refused file (by study id
    and kind of problem), a relabelled id, a shortened case. Their reasons hold no case text."""
    found: dict[str, dict[str, Any]] = {}
    if refused:
        found["intake:files"] = TaskFailure(task="intake:files", specialist=INTAKE, kind="input_refused",
                                            reason=f"reviewed without refused files: {refused}").model_dump()
    for n, note in enumerate(notes, start=1):
        found[f"intake:{n}"] = TaskFailure(task=f"intake:{n}", specialist=INTAKE, kind="input_changed",
                                           reason=note).model_dump()
    return found


def quoted(ctx: ReviewContext, case: Case) -> str:
    """The run's case quoted for a prompt (:func:`quoted_case`): every prompt of a review quotes the same case, so it
    is rendered, defanged and hashed once per run."""
    return ctx.once("quoted case", lambda: quoted_case(case))


def _reports(state: ReviewState) -> list[SpecialistReport]:
    return [SpecialistReport.model_validate(r) for r in (state.get("reports") or {}).values()]


def _failures(state: ReviewState) -> list[TaskFailure]:
    return [TaskFailure.model_validate(f) for f in (state.get("failures") or {}).values()]


def _consensus_failed(state: ReviewState, runtime: Runtime[ReviewContext], failure: TaskFailure,
                      seconds: float) -> dict[str, Any]:
    opinion = Opinion(differential=[], red_flags=state.get("red_flags") or [], overall_confidence=0.0,
                      confidence_basis="no merged differential: the consensus failed; read the specialists' reports",
                      missing=[*_failures(state), failure])
    return {"opinion": opinion.model_dump(), "failures": {"consensus": failure.model_dump()},
            "timings": {"consensus": seconds}}


@contained(_consensus_failed, "consensus", "consensus")
def consensus(state: ReviewState, runtime: Runtime[ReviewContext]) -> dict[str, Any]:
    """Merge the reports (deterministic), then ask the consensus model for the narrative."""
    t0 = time.perf_counter()
    plan = Plan.model_validate(state["plan"])
    reports = _reports(state)
    failures = _failures(state)
    intake = [f for f in failures if f.specialist == INTAKE]  # not a specialist that did not report
    opinion = build_opinion(reports, [f for f in failures if f.specialist != INTAKE], planned=len(plan.tasks),
                            red_flags=state.get("red_flags"))
    if intake:
        opinion.missing = [*intake, *opinion.missing]
        opinion.uncertainties = [*(f"Case checks: {f.reason}" for f in intake), *opinion.uncertainties]
    if plan.mode == "alone":
        opinion.confidence_basis = f"no specialist was convened: {plan.decision}"
    opinion.computed = [e for k, e in (state.get("evidence") or {}).items() if k.startswith(SCORE_PREFIX)]
    records: list[AuditRecord] = []
    if runtime.context.consensus_uses_model and reports:
        case = runtime.context.case_of(state["case"])
        prompt = template("consensus").substitute(
            question=case.question, differential=render_opinion(opinion),
            findings="\n".join(render_report(r) for r in reports),
            missing=", ".join(f"{m.specialist} ({m.reason})" for m in opinion.missing) or "none",
        )
        try:
            out, records = structured_call(runtime.context.models["consensus"], role="consensus", task="consensus",
                                           messages=[{"role": "user", "content": prompt}], output=ConsensusOutput,
                                           scrub=runtime.context.scrub)
            opinion.summary = out.summary
            opinion.uncertainties = list(dict.fromkeys([*opinion.uncertainties, *out.uncertainties]))
            opinion.resolve_by = list(dict.fromkeys([*opinion.resolve_by, *out.resolve_by]))
        except AgentFailure as exc:
            records = exc.audit
            opinion.missing.append(TaskFailure(task="consensus", specialist="consensus", kind=exc.kind,
                                               reason=f"narrative summary unavailable: {exc.reason}"))
    return {"opinion": opinion.model_dump(), "audit": audit_dicts(records),
            "timings": {"consensus": round(time.perf_counter() - t0, 4)}}


def _verify_failed(state: ReviewState, runtime: Runtime[ReviewContext], failure: TaskFailure,
                   seconds: float) -> dict[str, Any]:
    opinion = Opinion.model_validate(state["opinion"])
    opinion.missing.append(failure)  # the opinion stands unchecked, and says so
    return {"opinion": opinion.model_dump(), "failures": {"verify": failure.model_dump()}, "timings": {"verify": seconds}}


@contained(_verify_failed, "verify", "verify")
def verify_opinion(state: ReviewState, runtime: Runtime[ReviewContext]) -> dict[str, Any]:
    """Chain-of-Verification by code: cite sources, check evidence, allergies, medications, labs."""
    t0 = time.perf_counter()
    opinion = Opinion.model_validate(state["opinion"])
    if runtime.context.knowledge is not None:
        opinion = ground_opinion(opinion, runtime.context.knowledge)
    checks = verify(opinion, _reports(state), runtime.context.case_of(state["case"]), state.get("evidence") or {})
    opinion = apply_verification(opinion, checks)
    return {"opinion": opinion.model_dump(), "timings": {"verify": round(time.perf_counter() - t0, 4)}}


def _signoff_failed(state: ReviewState, runtime: Runtime[ReviewContext], failure: TaskFailure,
                    seconds: float) -> dict[str, Any]:
    return {"signoff": {"decision": "unsigned", "note": "the sign-off could not be recorded; not final until a clinician signs it"},
            "failures": {"signoff": failure.model_dump()}}


@contained(_signoff_failed, "signoff", "clinician")
def signoff(state: ReviewState, runtime: Runtime[ReviewContext]) -> dict[str, Any]:
    """Pause for the responsible clinician (when the caller asks for it) and record the decision."""
    if not runtime.context.require_signoff:
        return {"signoff": {"decision": "unsigned", "note": "not final until a clinician signs it"}}
    decision = SignOff.model_validate(interrupt({"awaiting": "clinician sign-off", "answer": state.get("answer")}))
    if decision.decision == "edited" and not decision.edited_answer:
        raise ValueError("an 'edited' sign-off needs the edited answer")
    return {"signoff": {**decision.model_dump(), "signed_at": decision.signed_at or _now()}}
