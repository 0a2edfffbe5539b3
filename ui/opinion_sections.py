"""HTML sections of the opinion that come from the adaptive review: the GP's decision, the computed scores,
the question part by part and the GP's typed next steps.

Like :mod:`consilium.ui.views`, this only formats a :class:`ReviewResult`, and escapes every text that came
from a model, a case or an expert. Rows carry ``data-*`` attributes so that the browser tests can find them.
"""

from __future__ import annotations

import html
import re
from typing import Any

from consilium.orchestration import Plan, ReviewResult

e = html.escape
# The scores expert writes "<name> <value>: <band> Chosen because <why>. Source: <source>." (one sentence
# each); the view shows the three apart and falls back to the whole summary when a score says it otherwise.
_SUMMARY = re.compile(r"^(?P<result>.*?)\s*Chosen because (?P<why>.*?)\.(?:\s+Source: (?P<source>.*?)\.?)?$", re.DOTALL)
# ... and opens the result with "<name> = 5 of 5: " or "<name> at least 13 of 20 (at most 15; ...): ".
_VALUE_HEAD = re.compile(r"^\S.*? (?P<value>(?:= |at least )\d.*?): (?P<band>.*)$", re.DOTALL)


def convened(plan: Plan | None) -> list[str]:
    """The specialists the GP convened, in plan order (none when it answered alone)."""
    return list(dict.fromkeys(t.specialist for t in plan.tasks)) if plan else []


def answered_alone(result: ReviewResult) -> bool:
    return result.plan is not None and result.plan.mode == "alone"


def decision_html(plan: Plan | None, *, with_notes: bool = True) -> str:
    """One line near the top: whether the GP answered alone or whom it convened, and why (with the plan's
    notes, such as who was not consulted, unless the caller lists them itself)."""
    if plan is None:
        return '<p class="cs-decision cs-muted" data-mode="unknown">The GP has not decided yet.</p>'
    reason = plan.decision or plan.summary or "no reason recorded"
    if plan.mode == "alone":
        head = "The GP answered alone; no specialist was convened."
    else:
        who = ", ".join(convened(plan)) or "nobody"
        head = f"The GP convened {e(who)}."
    notes = "".join(f"<li>{e(n)}</li>" for n in plan.notes) if with_notes else ""
    return (f'<div class="cs-decision" data-mode="{e(plan.mode)}"><b>GP decision.</b> {head} '
            f'<span class="cs-why">Why: {e(_without_prefix(reason))}</span>'
            + (f'<ul class="cs-muted">{notes}</ul>' if notes else "") + "</div>")


NOT_CONVENED = ('<p class="cs-alone" data-alone="true">No specialist was convened (see the GP\'s decision above), '
                "so there is no team differential, consensus or specialist report.</p>")


def not_consulted_reason(result: ReviewResult, specialist: str) -> str:
    """Why one specialist has no report, as a sentence: the GP answered alone, or the plan's note about it."""
    name = specialist.title()
    if answered_alone(result):
        return f"{name} was not consulted: the GP answered alone because {_without_prefix(result.plan.decision)}."
    prefix = f"not consulted: {specialist}"
    for note in result.plan.notes if result.plan else []:
        if note.startswith(prefix):
            return f"{name} was not consulted {note[len(prefix):].strip()}."
    who = ", ".join(convened(result.plan)) or "nobody"
    reason = _without_prefix(result.plan.decision) if result.plan else "no plan recorded"
    return f"{name} was not consulted: the GP convened {who} ({reason})."


def _without_prefix(decision: str) -> str:
    # The decision reads "convened: ..." or "the GP answers alone: ..."; the head line already says which.
    return re.sub(r"^(?:convened|the GP answers alone|rules):\s*", "", decision or "").strip() or "no reason recorded"


def _inputs_text(measurement: dict[str, Any]) -> str:
    inputs = measurement.get("inputs") or {}
    shown = []
    for name, value in inputs.items():
        text = ("not documented" if value is None else "yes" if value is True else "no" if value is False
                else str(value))
        shown.append(f"{name.replace('_', ' ')} {text}")
    return "; ".join(shown)


def _score_row(ev: dict[str, Any]) -> str:
    summary = str(ev.get("summary") or "")
    found = _SUMMARY.match(summary)
    result, why, source = (found["result"], found["why"], found["source"] or "") if found else (summary, "", "")
    measurement = (ev.get("measurements") or [{}])[0]
    failed = ev.get("status") != "ok" or measurement.get("value") is None
    head = _VALUE_HEAD.match(result) if not failed else None
    if head:  # the value column says "= 5 of 5" or "at least 13 of 20 (...)"; the result keeps the rest
        result = head["band"]
    value = ('<span class="cs-badge cs-error">not computed</span>' if failed
             else f'<b>{e(str(measurement["value"]))}</b> {e(str(measurement.get("unit", "")))}'
             + (f' <span class="cs-chip cs-{"high" if measurement.get("flag") == "high" else "low"}">'
                f'{e(str(measurement.get("flag")))}</span>' if measurement.get("flag") else "")
             + (f'<br><span class="cs-muted">{e(head["value"].removeprefix("= "))}</span>' if head else ""))
    if ev.get("status") != "ok" and ev.get("error"):
        result = f"{result} {ev['error']}".strip()
    lacking = ev.get("limitations") or []
    return (f'<tr data-score="{e(str(ev.get("id", "")))}"><td><b>{e(str(measurement.get("name") or ev.get("id", "")))}'
            f"</b></td><td>{value}</td><td>{e(result)}"
            + (f'<br><span class="cs-muted">Chosen because {e(why)}.</span>' if why else "")
            + f'</td><td class="cs-cite">{e(_inputs_text(measurement)) or "—"}</td>'
            f'<td class="{"cs-lacking" if lacking else "cs-muted"}">{e("; ".join(lacking)) or "none"}</td>'
            f'<td class="cs-cite">{e(source) or "—"}</td></tr>')


def scores_html(result: ReviewResult) -> str:
    """The severity and risk scores computed before any model spoke, with their inputs and sources."""
    computed = result.opinion.computed if result.opinion else []
    if not computed:
        return '<p class="cs-muted">No severity or risk score applies to this case\'s presenting problem.</p>'
    return ('<div class="cs-scores"><h3>Computed before any model spoke</h3><table><thead><tr><th>score</th>'
            "<th>value</th><th>result</th><th>inputs used</th><th>inputs lacking</th><th>source</th></tr></thead>"
            f"<tbody>{''.join(_score_row(ev) for ev in computed)}</tbody></table></div>")


def parts_html(result: ReviewResult) -> str:
    """The question part by part; a part the GP left unanswered is marked, with what was missing."""
    parts = (result.answer or {}).get("parts") or []
    if len(parts) < 2:  # a one-part question is answered by the answer itself
        return ""
    rows = []
    for p in parts:
        label = str(p.get("part", "")).replace("_", " ")
        text = str(p.get("answer") or "")
        missing = str(p.get("missing") or "")
        evidence = ", ".join(map(str, p.get("evidence") or []))
        if text:
            answer = e(text) + (f'<br><span class="cs-muted">Missing: {e(missing)}</span>' if missing else "")
        else:
            answer = ('<span class="cs-badge cs-error">not answered</span> '
                      f'<span class="cs-lacking">{e(missing or "no answer given")}</span>')
        marked = ' class="cs-unanswered"' if not text else ""
        rows.append(f'<tr data-part="{e(str(p.get("part", "")))}" data-answered="{"yes" if text else "no"}"'
                    f'{marked}><td><b>{e(label)}</b></td><td>{answer}</td>'
                    f'<td class="cs-cite">{e(evidence) or "—"}</td></tr>')
    return ('<h4>The question, part by part</h4><table class="cs-parts"><thead><tr><th>part</th><th>answer</th>'
            f"<th>evidence</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _step_source(step: dict[str, Any]) -> str:
    sources = step.get("sources") or []
    if sources:
        return "; ".join(str(s.get("citation", "")) for s in sources)
    return str(step.get("support") or "no source given")


def steps_html(result: ReviewResult) -> str:
    """The GP's typed next steps: when, what kind, what, who, and the guideline passage that supports it."""
    steps = (result.answer or {}).get("next_steps") or []
    if not steps:
        return ""
    rows = "".join(
        f'<tr data-step="{i}"><td><b>{e(str(s.get("when", "")))}</b></td>'
        f'<td><span class="cs-kind">{e(str(s.get("kind", "")).replace("_", " "))}</span></td>'
        f'<td>{e(str(s.get("what", "")))}</td><td>{e(str(s.get("who", "")) or "—")}</td>'
        f'<td class="{"cs-cite" if s.get("sources") else "cs-muted"}">{e(_step_source(s))}</td></tr>'
        for i, s in enumerate(steps, 1))
    return ('<h4>Next steps</h4><table class="cs-steps"><thead><tr><th>when</th><th>kind</th><th>what</th>'
            f"<th>who</th><th>source</th></tr></thead><tbody>{rows}</tbody></table>")


def answer_html(result: ReviewResult) -> str:
    """The GP's answer with its parts and its typed next steps beside it."""
    answer = result.answer
    if not answer:
        return ""
    option = f" (option {e(str(answer['option']))})" if answer.get("option") else ""
    contra = answer.get("contradictions") or []
    return (f'<div class="cs-answer"><h3>Answer</h3><p>{e(str(answer.get("answer", "")))}</p>'
            f'<p>Most likely: <b>{e(str(answer.get("diagnosis", "")))}</b>{option}</p>'
            + (f'<p class="cs-msg-error">Contradicts the case: {e("; ".join(map(str, contra)))}</p>' if contra else "")
            + parts_html(result) + steps_html(result) + "</div>")
