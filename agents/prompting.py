"""Prompt templates (package data in ``agents/prompts``) and the text blocks they are filled with."""

from __future__ import annotations

from functools import cache
from typing import Any
from importlib import resources
from string import Template

from consilium.agents.schemas import Opinion, SpecialistReport, SurgeryOutput, TaskFailure
from consilium.orchestration.case.model import Case
from consilium.orchestration.safety.injection import quote_untrusted, untrusted_notice


DUTIES = {
    "radiology": "You read imaging: the studies' existing reports, the expert measurements and any images "
                 "attached. Report what the imaging shows and what it cannot show.",
    "pathology": "You interpret blood tests, laboratory panels, tissue and cytology. Use the lab expert's flags "
                 "and derived values rather than doing arithmetic yourself.",
    "surgery": "You decide whether an operation is indicated. Give a surgical plan (indication, approach, risks, "
               "alternatives) or say plainly that surgery is not indicated and why.",
}


@cache
def template(name: str) -> Template:
    return Template(resources.files("consilium.agents").joinpath("prompts", f"{name}.md").read_text(encoding="utf-8"))


def quoted_case(case: Case) -> str:
    """The case as data between nonce-carrying markers, with the notice that it is never an instruction;
    marker look-alikes and chat-template tokens inside the text are defused."""
    return f"{untrusted_notice()}\n{quote_untrusted(case.render())}"


def options_rule(case: Case) -> str:
    if case.options:
        return "Options are given: choose exactly one and put its letter in the field option."
    return "No options are given: leave the field option empty."


def render_report(report: SpecialistReport) -> str:
    out = report.output
    lines = [f"{report.specialist} (confidence {out.confidence:.2f}):"]
    lines += [f"  finding: {f.statement}" for f in out.findings]
    lines += [f"  differential: {d.diagnosis} ({d.likelihood})" for d in out.differential]
    if isinstance(out, SurgeryOutput):
        plan = out.surgical_plan
        lines.append(f"  surgery indicated: {plan.indicated}; {plan.indication} {plan.approach}".rstrip())
    lines += [f"  recommends: {r}" for r in out.recommendations]
    return "\n".join(lines)


def _prompt_reason(failure: TaskFailure) -> str:
    # A defect's reason is an exception's own text, which may quote anything it was handed (case text,
    # a path); the clinician sees it in the result, a model only learns that the part failed.
    return "an unexpected error (logged)" if failure.kind == "defect" else failure.reason


def render_opinion(opinion: Opinion) -> str:
    lines = []
    for i, d in enumerate(opinion.differential[:5], 1):
        support = ", ".join(f"{a}: {lk}" for a, lk in d.support.items())
        dissent = f"; dissent: {', '.join(d.dissent)}" if d.dissent else ""
        lines.append(f"{i}. {d.diagnosis} (score {d.score:.2f}; {support}{dissent})")
    if opinion.summary:
        lines.append(f"Summary: {opinion.summary}")
    for flag in opinion.red_flags:
        lines.append(f"RED FLAG ({flag.get('urgency', '')}): {flag.get('name', '')}")
    if opinion.next_steps:
        lines.append("Next steps: " + "; ".join(s["text"] for s in opinion.next_steps[:6]))
    if opinion.missing:
        lines.append("Missing: " + "; ".join(f"{m.specialist} ({m.kind}: {_prompt_reason(m)})" for m in opinion.missing))
    return "\n".join(lines) or "No specialist opinion is available."


_ANSWER_SHAPE = '{"answer": "...", "diagnosis": "...", "option": "", "rationale": "..."}'
_PARTS_SHAPE = ('{"answer": "...", "diagnosis": "...", "option": "", "rationale": "...", "parts": [{"part": "diagnosis", '
                '"answer": "...", "missing": "", "evidence": []}], "next_steps": [{"what": "...", "kind": '
                '"investigation|treatment|referral|monitoring|disposition|operation|advice", "who": "...", "when": '
                '"immediately|within 1 hour|within 24 hours|within 1 week|routine", "evidence": []}]}')


def reply_shape(parts: list[str] | None) -> str:
    """The JSON the GP's answer takes: with ``parts`` (a question asking several things), one entry per part."""
    return _PARTS_SHAPE if parts else _ANSWER_SHAPE


def parts_rule(parts: list[str] | None) -> str:
    if not parts:
        return ""
    asked = ", ".join(p.replace("_", " ") for p in parts)
    return (f"\nThe question asks {len(parts)} things: {asked}. In parts, answer each of them in this order; where the "
            "case cannot answer one, leave its answer empty and say in missing what would be needed. Next steps are "
            "concrete: what exactly, who does it, and by when.\n")


def score_line(evidence: Any) -> str:
    """A computed score in one line for a model: its value (or range) and what it means. Why it was chosen
    and its source are for the clinician, shown in the opinion."""
    summary = evidence.summary
    for cut in (" If the missing inputs were abnormal", " Chosen because"):
        summary = summary.split(cut, 1)[0]
    return f"[{evidence.id}] {summary.strip()}"


def evidence_block(evidence: list[Any], title: str = "Computed from the case's own data (deterministic; cite by id)") -> str:
    """Expert and score evidence for a prompt; empty when there is none, so the prompt stays as it was."""
    lines = [score_line(e) if e.id.startswith("score:") and e.status == "ok" else e.render() for e in evidence]
    return f"\n{title}:\n" + "\n".join(lines) + "\n" if lines else ""
