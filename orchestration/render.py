"""Human-readable renderings of a review: a terminal view (rich), the live node board (rich), and Markdown."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from consilium.orchestration.api import ReviewResult
from consilium.orchestration.events import ReviewBoard

_AGENTS = ("radiology", "pathology", "surgery")
_STATUS_COLOUR = {"running": "yellow", "done": "green", "approved": "green", "edited": "green", "error": "red",
                  "failed": "red", "rejected": "red", "awaiting": "cyan", "unsigned": "cyan"}


def board_table(board: ReviewBoard, title: str = "Review") -> Table:
    """The node board as a terminal table: every node of the graph, its status and its time."""
    table = Table(title=f"{title} {board.review_id}".strip(), expand=False)
    table.add_column("node")
    table.add_column("status")
    table.add_column("seconds", justify="right")
    for row in board.rows():
        colour = _STATUS_COLOUR.get(row.status, "dim")
        secs = (f"{row.seconds:.1f}" if row.seconds is not None
                else f"{row.running_for:.1f}…" if row.running_for is not None else "")
        table.add_row(row.label, f"[{colour}]{row.status}[/{colour}]", secs)
    return table


def board_view(board: ReviewBoard, title: str = "Review") -> Group:
    """The live board: the node table, then what can be read already (red flags, computed scores, expert
    evidence, each specialist's report, failures), as the web board shows it. Once the review has finished
    only the table stays: the result's own view, which follows, shows all of it in full."""
    parts: list = [board_table(board, title)]
    if board.finished:
        return Group(*parts)
    d = board.details()
    if d.red_flags is not None:
        parts.append(_table("Red flags (screen, before any model)", ("urgency", "pattern", "criteria met",
                                                                     "recommendation"), d.red_flags)
                     if d.red_flags else Text("Red flags (screen, before any model): none found", style="dim"))
    for title_, columns, rows in (("Computed scores", ("score", "result", "inputs lacked"), d.scores),
                                  ("Expert evidence", ("consulted by", "id", "status", "found"), d.evidence),
                                  ("Specialist reports", ("specialist", "top diagnosis", "confidence", "findings"),
                                   d.reports),
                                  ("Failures", ("part", "kind", "reason"), d.failures)):
        if rows:
            parts.append(_table(title_, columns, rows))
    return Group(*parts)


def _score_rows(r: ReviewResult) -> list[tuple[str, str, str]]:
    """Computed scores: (id, what was found with its source, inputs it lacked)."""
    return [(e.get("id", ""), e.get("summary", ""), "; ".join(e.get("limitations", [])) or "-")
            for e in (r.opinion.computed if r.opinion else [])]


def _part_rows(r: ReviewResult) -> list[tuple[str, str, str]]:
    """The question's parts: (part, answer or "not answered", what was missing / evidence)."""
    rows = []
    for p in (r.answer or {}).get("parts", []):
        detail = "; ".join(x for x in (p.get("missing"), p.get("support"), ", ".join(p.get("evidence", []))) if x)
        rows.append((p["part"].replace("_", " "), p.get("answer") or "not answered", detail))
    return rows


def _step_rows(r: ReviewResult) -> list[tuple[str, str, str, str, str]]:
    return [(s["when"], s["kind"], s["what"], s.get("who", ""),
             "; ".join(x["citation"] for x in s.get("sources", [])) or s.get("support", ""))
            for s in (r.answer or {}).get("next_steps", [])]


def _table(title: str, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> Table:
    table = Table(title=title, expand=True)
    for col in columns:
        table.add_column(col)
    for row in rows:
        table.add_row(*row)
    return table


def _cost_line(r: ReviewResult) -> str:
    return (f"{r.llm_calls} model calls, {r.tokens_in} prompt + {r.tokens_out} completion tokens, "
            f"{r.seconds:.1f} s")


def render_terminal(r: ReviewResult, console: Console) -> None:
    op = r.opinion
    for w in r.warnings:
        console.print(f"[yellow]Case text contains instruction-like content (treated as data only): {w}[/yellow]")
    if r.red_flags:
        flags = Table(title="Red flags (deterministic screen)", title_style="bold red", expand=True)
        for col in ("urgency", "pattern", "criteria met", "recommendation"):
            flags.add_column(col)
        for f in r.red_flags:
            flags.add_row(str(f.get("urgency", "")), str(f.get("name", "")), "; ".join(f.get("criteria_met", [])),
                          str(f.get("recommendation", "")))
        console.print(flags)
    if scores := _score_rows(r):
        console.print(_table("Computed before any model spoke (deterministic scores)", ("score", "result and source",
                                                                                        "inputs lacking"), scores))
    if r.plan and r.plan.decision:
        console.print(f"[bold]GP decision:[/bold] {r.plan.decision}")
    if r.plan and r.plan.tasks:
        plan = Table(title="GP plan", expand=True)
        for col in ("specialist", "waits for", "why", "question"):
            plan.add_column(col)
        for t in r.plan.tasks:
            plan.add_row(t.specialist + (" (rule)" if t.source == "rule" else ""), ", ".join(t.depends_on) or "-",
                         t.reason, t.question)
        console.print(plan)
        for note in r.plan.notes:
            console.print(f"  [dim]plan note: {note}[/dim]")
    if op is None:
        console.print("[red]The review did not reach a consensus.[/red]")
        return
    alone = bool(r.plan and r.plan.mode == "alone")
    if alone:
        console.print("No specialist was convened: the GP answered alone (no team differential or consensus).")
    diff = Table(title="Ranked differential (consensus)", expand=True)
    diff.add_column("#", justify="right")
    diff.add_column("diagnosis")
    diff.add_column("score", justify="right")
    for a in _AGENTS:
        diff.add_column(a)
    diff.add_column("dissent")
    for i, d in enumerate(op.differential[:8], 1):
        diff.add_row(str(i), d.diagnosis, f"{d.score:.2f}", *[d.support.get(a, "-") for a in _AGENTS],
                     ", ".join(d.dissent) or "none")
    if not alone:
        console.print(diff)
    if op.differential:
        top = op.differential[0]
        console.print(Text(f"Evidence for '{top.diagnosis}': " + ("; ".join(top.evidence + top.rationale) or "none cited")))
    if op.surgical_plan:
        sp = op.surgical_plan
        console.print(f"Surgical plan: {'indicated' if sp.indicated else 'not indicated'}. {sp.indication} "
                      f"{sp.approach} Risks: {'; '.join(sp.risks) or '-'}. Alternatives: {'; '.join(sp.alternatives) or '-'}")
    if op.next_steps:
        console.print("Next steps:")
        for s in op.next_steps:
            src = "; ".join(x["citation"] for x in s.get("sources", [])) or s.get("support", "")
            console.print(f"  - {s['text']} [dim]({', '.join(s['from'])}; {src})[/dim]")
    body = [Text(op.summary or "(no narrative summary: the ranking above is the consensus; see the GP's answer)")]
    if op.uncertainties:
        body.append(Text("Uncertain: " + "; ".join(op.uncertainties)))
    if op.resolve_by:
        body.append(Text("Would resolve it: " + "; ".join(op.resolve_by)))
    body.append(Text(f"Overall confidence {op.overall_confidence:.2f} = {op.confidence_basis}", style="dim"))
    if not alone:
        console.print(Panel(Group(*body), title="Consensus"))
    if op.contradictions:
        console.print("[red]Verification found contradictions:[/red]")
        for c in op.contradictions:
            console.print(f"  - {c}")
    if op.missing:
        console.print("[yellow]Missing or failed:[/yellow]")
        for m in op.missing:
            console.print(f"  - {m.specialist} [{m.kind}]: {m.reason}")
    if r.answer:
        opt = f" (option {r.answer['option']})" if r.answer.get("option") else ""
        console.print(Panel(f"{r.answer['answer']}\nMost likely: {r.answer['diagnosis']}{opt}",
                            title=f"GP answer to: {r.answer.get('question', 'the question')}", border_style="green"))
        for c in r.answer.get("contradictions", []):
            console.print(f"[red]The answer contradicts the case: {c}[/red]")
        if len(parts := _part_rows(r)) > 1:
            console.print(_table("The question, part by part", ("part", "answer", "missing / evidence"), parts))
        if steps := _step_rows(r):
            console.print(_table("Next steps (GP)", ("when", "kind", "what", "who", "source"), steps))
    console.print(f"[dim]{_cost_line(r)} · review id {r.review_id}[/dim]")
    console.print(f"[bold]{op.disclaimer}[/bold]")


def render_markdown(r: ReviewResult) -> str:
    op = r.opinion
    lines = [f"# Consilium review {r.review_id}", "", f"Case: `{r.case_id}`", ""]
    if op is None:
        return "\n".join(lines + ["The review did not reach a consensus."])
    lines += [f"> {op.disclaimer}", ""]
    if r.red_flags:
        lines += ["## Red flags", ""] + [f"- **{f.get('urgency', '')}** {f.get('name', '')}: "
                                          f"{'; '.join(f.get('criteria_met', []))}" for f in r.red_flags] + [""]
    if scores := _score_rows(r):
        lines += ["## Computed before any model spoke", "", "| score | result and source | inputs lacking |", "|---|---|---|"]
        lines += [f"| {a} | {b} | {c} |" for a, b, c in scores] + [""]
    if r.plan and r.plan.decision:
        lines += [f"GP decision: {r.plan.decision}", ""]
    if r.answer:
        lines += ["## Answer", "", r.answer["answer"], "", f"Most likely: **{r.answer['diagnosis']}**", ""]
        if len(parts := _part_rows(r)) > 1:
            lines += ["| part | answer | missing / evidence |", "|---|---|---|"]
            lines += [f"| {a} | {b} | {c} |" for a, b, c in parts] + [""]
        if steps := _step_rows(r):
            lines += ["Next steps:", ""] + [f"- **{w}** ({k}) {what}" + (f" — {who}" if who else "") + f" ({src})"
                                            for w, k, what, who, src in steps] + [""]
    if r.answer and r.answer.get("contradictions"):
        lines += ["The answer contradicts the case:", ""] + [f"- {c}" for c in r.answer["contradictions"]] + [""]
    if r.plan and r.plan.mode == "alone":
        lines += ["No specialist was convened: the GP answered alone (no team differential or consensus).", ""]
    else:
        lines += ["## Ranked differential", "", "| # | diagnosis | score | " + " | ".join(_AGENTS) + " | dissent |",
                  "|---|---|---|" + "---|" * len(_AGENTS) + "---|"]
        for i, d in enumerate(op.differential, 1):
            cells = " | ".join(d.support.get(a, "-") for a in _AGENTS)
            lines.append(f"| {i} | {d.diagnosis} | {d.score:.2f} | {cells} | {', '.join(d.dissent) or 'none'} |")
        lines.append("")
    for d in op.differential[:3]:
        lines.append(f"- Evidence for *{d.diagnosis}*: {'; '.join(d.evidence + d.rationale) or 'none cited'}")
    if op.summary:
        lines += ["", "## Consensus", "", op.summary]
    if op.uncertainties:
        lines += ["", "Uncertainties: " + "; ".join(op.uncertainties)]
    if op.resolve_by:
        lines += ["", "Would resolve it: " + "; ".join(op.resolve_by)]
    if op.surgical_plan:
        sp = op.surgical_plan
        lines += ["", "## Surgical plan", "", f"Indicated: {sp.indicated}. {sp.indication} {sp.approach}",
                  f"Risks: {'; '.join(sp.risks) or '-'}", f"Alternatives: {'; '.join(sp.alternatives) or '-'}"]
    if op.next_steps:
        lines += ["", "## Next steps", ""]
        for s in op.next_steps:
            src = "; ".join(x["citation"] for x in s.get("sources", [])) or s.get("support", "")
            warn = f" **Contradiction:** {'; '.join(s['contradictions'])}" if s.get("contradictions") else ""
            lines.append(f"- {s['text']} ({', '.join(s['from'])}; {src}){warn}")
    if op.contradictions:
        lines += ["", "## Contradictions found by verification", ""] + [f"- {c}" for c in op.contradictions]
    if r.warnings:
        lines += ["", "## Instruction-like text in the case (treated as data)", ""] + [f"- {w}" for w in r.warnings]
    if op.missing:
        lines += ["", "## Missing or failed", ""] + [f"- {m.specialist} [{m.kind}]: {m.reason}" for m in op.missing]
    lines += ["", f"Overall confidence {op.overall_confidence:.2f} ({op.confidence_basis}).", "", _cost_line(r)]
    return "\n".join(lines) + "\n"
