"""HTML views of a stored review: specialist reports with their evidence, the consensus, the sign-off.

Everything here only formats a :class:`ReviewResult`. All text that came from a model, a case or an
expert is HTML-escaped: a report is untrusted input to the page, and must never load anything.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from consilium.orchestration import LIKELIHOOD_SCORE, SPECIALISTS, ReviewResult, SpecialistReport
from consilium.ui import opinion_sections as sections

e = html.escape
AGENTS = SPECIALISTS
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~])")


def md_text(text: object) -> str:
    """Plain text made safe to place in Markdown: every markup character is escaped."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def _items(values: list[str], cls: str = "") -> str:
    return f'<ul class="{cls}">' + "".join(f"<li>{e(str(v))}</li>" for v in values) + "</ul>" if values else ""


def _chip(likelihood: str | None) -> str:
    if not likelihood:
        return '<span class="cs-chip cs-none">—</span>'
    return f'<span class="cs-chip cs-{e(likelihood)}">{e(likelihood)}</span>'


def evidence_for(result: ReviewResult, specialist: str) -> list[dict[str, Any]]:
    """The expert evidence that was in this specialist's prompt (all of it when the report is missing)."""
    report = result.reports.get(specialist)
    ids = report.evidence_ids if report else []
    return [result.evidence[i] for i in ids if i in result.evidence]


def unattached_evidence(result: ReviewResult) -> list[dict[str, Any]]:
    cited = {i for r in result.reports.values() for i in r.evidence_ids}
    return [ev for i, ev in result.evidence.items() if i not in cited]


def overlays(evidence: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(overlay PNG path, caption) pairs for a gallery; evidence without a readable overlay is left out."""
    out = []
    for ev in evidence:
        path = ev.get("overlay")
        if path and Path(path).is_file():
            out.append((str(path), f"{ev['id']} — {ev['expert']} v{ev['expert_version']}"))
    return out


def report_html(result: ReviewResult | None, specialist: str) -> str:
    if result is None:
        return '<p class="cs-muted">Run or open a review to see this report.</p>'
    report: SpecialistReport | None = result.reports.get(specialist)
    failures = [f for f in result.failures.values() if f.specialist == specialist]
    parts = [f'<div class="cs-report" data-specialist="{specialist}">']
    for f in failures:
        parts.append(f'<p class="cs-warn"><b>{e(specialist)} failed</b> [{e(f.kind)}]: {e(f.reason)}</p>')
    if report is None:
        planned = result.plan is not None and any(t.specialist == specialist for t in result.plan.tasks)
        if not failures:
            why = (f"{specialist.title()} was planned but has not reported." if planned
                   else sections.not_consulted_reason(result, specialist))
            parts.append(f'<p class="cs-muted">{e(why)}</p>')
        return "".join(parts) + "</div>"
    out = report.output
    parts.append(f'<p class="cs-prov">model <code>{e(report.model_id)}</code> · confidence {out.confidence:.2f} · '
                 f"{report.seconds:.1f} s · started {e(report.started_at)}"
                 + (f" · read the reports of {e(', '.join(report.upstream))}" if report.upstream else "") + "</p>")
    parts.append("<h4>Findings</h4><ul>" + "".join(
        f"<li>{e(f.statement)}" + (f' <span class="cs-cite">{e(" ".join(f.evidence))}</span>' if f.evidence else "")
        + "</li>" for f in out.findings) + "</ul>")
    parts.append("<h4>Differential</h4><table><tbody>" + "".join(
        f"<tr><td>{_chip(d.likelihood)}</td><td><b>{e(d.diagnosis)}</b></td><td>{e(d.rationale)}</td></tr>"
        for d in out.differential) + "</tbody></table>")
    if out.recommendations:
        parts.append("<h4>Recommendations</h4>" + _items(out.recommendations))
    sp = getattr(out, "surgical_plan", None)
    if sp is not None:
        parts.append(f"<h4>Surgical plan</h4><p><b>{'Indicated' if sp.indicated else 'Not indicated'}.</b> "
                     f"{e(sp.indication)} {e(sp.approach)}</p>"
                     + (f"<p>Risks:</p>{_items(sp.risks)}" if sp.risks else "")
                     + (f"<p>Alternatives:</p>{_items(sp.alternatives)}" if sp.alternatives else ""))
    if out.limitations:
        parts.append("<h4>Limits</h4>" + _items(out.limitations, "cs-muted"))
    return "".join(parts) + "</div>"


def _value(m: dict[str, Any]) -> str:
    if m.get("value") is None:
        return '<span class="cs-muted">not known</span>'
    return f"<b>{e(str(m['value']))}</b> {e(m.get('unit', ''))}"


def evidence_html(evidence: list[dict[str, Any]]) -> str:
    """Measurements and provenance of each piece of expert evidence."""
    if not evidence:
        return '<p class="cs-muted">No expert evidence was consulted for this report.</p>'
    parts = []
    for n, ev in enumerate(evidence):
        weights = ev.get("weights_sha256")
        failed = ev.get("status") == "failed"
        head = (f'<details class="cs-evidence" data-evidence="{e(ev["id"])}"{" open" if n == 0 or failed else ""}>'
                f'<summary><b>{e(ev["id"])}</b> — {e(ev.get("summary") or ("expert failed" if failed else ""))}</summary>'
                f'<p class="cs-prov">expert <code>{e(ev["expert"])}</code> v{e(str(ev["expert_version"]))}'
                + (f" · weights sha256 <code>{e(weights[:12])}…</code>" if weights else "")
                + (f" · input sha256 <code>{e(ev['input_sha256'][:12])}…</code>" if ev.get("input_sha256") else "")
                + "</p>")
        if failed:
            parts.append(head + f'<p class="cs-warn">Expert failed: {e(str(ev.get("error")))}</p></details>')
            continue
        rows = "".join(
            f"<tr><td>{e(m['name'])}</td><td>{_value(m)}</td>"
            f"<td>{e(m.get('reference', ''))}</td><td class=\"cs-flag-{e(m.get('flag', ''))}\">{e(m.get('flag', ''))}</td></tr>"
            for m in ev.get("measurements", []))
        table = ("<table><thead><tr><th>measurement</th><th>value</th><th>reference</th><th>flag</th></tr></thead>"
                 f"<tbody>{rows}</tbody></table>") if rows else ""
        parts.append(head + table + _items(ev.get("limitations", []), "cs-muted") + "</details>")
    return "".join(parts)


def _next_step(step: dict[str, Any]) -> str:
    sources = [str(x.get("citation", "")) for x in step.get("sources", [])]
    support = "; ".join(sources) or str(step.get("support", ""))
    contra = step.get("contradictions") or []
    return (f"<li>{e(str(step.get('text', '')))} <span class=\"cs-muted\">({e(', '.join(step.get('from', [])))})</span>"
            + (f'<br><span class="cs-cite">{e(support)}</span>' if support else "")
            + (f'<br><span class="cs-msg-error">Contradiction: {e("; ".join(map(str, contra)))}</span>' if contra else "")
            + "</li>")


def consensus_html(result: ReviewResult | None) -> str:
    if result is None:
        return ('<p class="cs-muted">The opinion (the GP\'s answer, the computed scores and, when a team was convened, '
                "its consensus) appears here when the review has finished.</p>")
    op = result.opinion
    parts = ['<div class="cs-consensus">']
    if result.warnings:
        parts.append('<div class="cs-missing"><b>Instruction-like text found in the case</b> (treated as data only, '
                     "never as an instruction):" + _items(result.warnings) + "</div>")
    if result.red_flags:
        parts.append('<div class="cs-redflags"><h3>Red flags</h3><ul>' + "".join(
            f"<li><b>{e(str(f.get('urgency', '')))}</b> {e(str(f.get('name', '')))}: "
            f"{e('; '.join(map(str, f.get('criteria_met', []))))}"
            + (f" — {e(str(f.get('recommendation')))}" if f.get("recommendation") else "") + "</li>"
            for f in result.red_flags) + "</ul></div>")
    else:
        parts.append('<p class="cs-muted">Red-flag screen: nothing flagged.</p>')
    parts.append(sections.decision_html(result.plan))
    if op is None:
        return "".join(parts) + '<p class="cs-warn">The review did not reach a consensus.</p></div>'
    parts.append(sections.answer_html(result))
    parts.append(sections.scores_html(result))
    alone = sections.answered_alone(result)
    if alone:
        parts.append(sections.NOT_CONVENED)
    else:
        parts.append(_differential_html(result))
    _team_sections(result, parts)
    if alone:
        parts.append('<p class="cs-muted">No team confidence: no specialist was convened.</p>')
    else:
        parts.append(f'<p class="cs-confidence">Overall confidence <b>{op.overall_confidence:.2f}</b> — '
                     f"{e(op.confidence_basis)}</p>")
    if op.missing:
        parts.append('<div class="cs-missing"><h3>Failed or missing</h3><ul>' + "".join(
            f"<li><b>{e(m.specialist)}</b> [{e(m.kind)}]: {e(m.reason)}</li>" for m in op.missing) + "</ul></div>")
    elif not alone:
        parts.append('<p class="cs-muted">Nothing failed; no specialist input is missing.</p>')
    parts.append(f'<p class="cs-disclaimer">{e(op.disclaimer)}</p>')
    if result.deidentified:
        parts.append('<p class="cs-muted">The models saw a de-identified copy of the case; identifiers shown here '
                     "were restored on this machine.</p>")
    parts.append(f'<p class="cs-muted">{result.llm_calls} model calls · {result.tokens_in} prompt + '
                 f"{result.tokens_out} completion tokens</p></div>")
    return "".join(parts)


def _differential_html(result: ReviewResult) -> str:
    op = result.opinion
    parts = ["<h3>Ranked differential</h3><table class=\"cs-diff\"><thead><tr><th>#</th><th>diagnosis</th>"
             "<th>likelihood</th>" + "".join(f"<th>{a}</th>" for a in AGENTS)
             + "<th>agree</th><th>dissent</th><th>evidence</th></tr></thead><tbody>"]
    for i, d in enumerate(op.differential, 1):
        parts.append(
            f'<tr data-rank="{i}"><td>{i}</td><td><b>{e(d.diagnosis)}</b></td>'
            f'<td><span class="cs-score">{d.score:.2f}</span><span class="cs-bar"><span style="width:{min(d.score, 1) * 100:.0f}%">'
            f"</span></span></td>"
            + "".join(f"<td>{_chip(d.support.get(a))}</td>" for a in AGENTS)
            + f"<td>{e(', '.join(d.agree) or '—')}</td><td>{e(', '.join(d.dissent) or 'none')}</td>"
            f"<td class=\"cs-cite\">{e('; '.join(d.evidence + d.rationale) or 'none cited')}</td></tr>")
    scale = ", ".join(f"{k} {v:g}" for k, v in LIKELIHOOD_SCORE.items())
    parts.append("</tbody></table><p class=\"cs-muted\">Likelihood = mean over the reporting agents "
                 f"({scale}; 0 when an agent did not list it).</p>")
    return "".join(parts)


def _team_sections(result: ReviewResult, parts: list[str]) -> None:
    """The consensus narrative, the surgical plan, the team's next steps and the verification checks."""
    op = result.opinion
    if op.summary:
        parts.append(f"<h3>Consensus</h3><p>{e(op.summary)}</p>")
    if op.uncertainties:
        parts.append("<p><b>Uncertain:</b></p>" + _items(op.uncertainties))
    if op.resolve_by:
        parts.append("<p><b>Would resolve it:</b></p>" + _items(op.resolve_by))
    if op.surgical_plan:
        sp = op.surgical_plan
        parts.append(f"<h3>Surgical plan</h3><p><b>{'Indicated' if sp.indicated else 'Not indicated'}.</b> "
                     f"{e(sp.indication)} {e(sp.approach)}</p>"
                     + (f"<p>Risks: {e('; '.join(sp.risks))}</p>" if sp.risks else "")
                     + (f"<p>Alternatives: {e('; '.join(sp.alternatives))}</p>" if sp.alternatives else ""))
    if op.next_steps:
        parts.append("<h3>The specialists' recommendations</h3><ul>" + "".join(_next_step(s) for s in op.next_steps)
                     + "</ul>")
    if op.contradictions:
        parts.append('<div class="cs-warn"><b>Contradictions found by verification</b>' + _items(op.contradictions)
                     + "</div>")
    if op.verification:
        flagged = sum(v.get("status") != "ok" for v in op.verification)
        parts.append(f"<details><summary><b>Verification</b>: {len(op.verification)} check(s), {flagged} flagged"
                     "</summary><table><thead><tr><th>check</th><th>result</th><th>detail</th></tr></thead><tbody>"
                     + "".join(f"<tr><td>{e(str(v.get('question', '')))}</td><td>"
                               f"<span class=\"cs-badge cs-{'done' if v.get('status') == 'ok' else 'error'}\">"
                               f"{e(str(v.get('status', '')))}</span></td><td>{e(str(v.get('detail', '')))}</td></tr>"
                               for v in op.verification) + "</tbody></table></details>")


def signoff_html(result: ReviewResult | None) -> str:
    if result is None:
        return '<p class="cs-muted">No review open.</p>'
    s = result.signoff
    if s:
        decision = str(s.get("decision", ""))
        text = {"approved": "Approved", "edited": "Approved with edits", "rejected": "Rejected"}.get(decision, decision)
        body = (f'<div class="cs-signed cs-{e(decision)}" data-decision="{e(decision)}"><b>{e(text)}</b> by '
                f'<b class="cs-clinician">{e(str(s.get("clinician", "")))}</b> at {e(str(s.get("signed_at", "")))}')
        if s.get("comment"):
            body += f"<p>Comment: {e(str(s['comment']))}</p>"
        if s.get("edited_answer"):
            body += f"<p>Edited answer: {e(str(s['edited_answer']))}</p>"
        return body + "<p class=\"cs-muted\">Recorded with the review in the checkpoint store.</p></div>"
    if result.awaiting_signoff:
        return ('<div class="cs-pending" data-decision="awaiting"><b>Awaiting sign-off.</b> The review is paused '
                "at its checkpoint; your decision resumes it and is stored with the case.</div>")
    return '<div class="cs-pending" data-decision="none">This review finished without a sign-off step.</div>'
