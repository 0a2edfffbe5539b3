"""The web board: the public :class:`~consilium.orchestration.ReviewBoard` drawn as HTML, and the GP's task graph.

The board's state lives in the API layer, fed by the review's event stream; this module only draws it.
Status is rendered with ``data-node``/``data-status`` attributes so the browser tests can read it.
"""

from __future__ import annotations

import html
import io

from consilium.orchestration import Plan, ReviewBoard, task_graph
from consilium.ui.opinion_sections import decision_html

STATUS_TEXT = {"waiting": "waiting", "running": "running…", "done": "done", "error": "error",
               "not planned": "not planned", "failed": "failed (see below)", "awaiting": "awaiting clinician",
               "approved": "approved", "edited": "approved with edits", "rejected": "rejected"}


def board_html(board: ReviewBoard) -> str:
    """One table row per graph node: its label, a status badge and its time."""
    rows = []
    for row in board.rows():
        status = html.escape(row.status)
        secs = (f"{row.seconds:.1f} s" if row.seconds is not None
                else f"{row.running_for:.1f} s…" if row.running_for is not None else "")
        rows.append(f'<tr data-node="{row.node}" data-status="{status}">'
                    f'<td class="cs-node">{html.escape(row.label)}</td><td><span class="cs-badge '
                    f'cs-{status.replace(" ", "-")}">{STATUS_TEXT.get(row.status, status)}</span></td>'
                    f'<td class="cs-secs">{secs}</td></tr>')
    state = "finished" if board.finished else "running"
    title = f"Review <code>{html.escape(board.review_id)}</code>" if board.review_id else "Review"
    note = f'<p class="cs-note">{html.escape(board.note)}</p>' if board.note else ""
    return (f'<div class="cs-board" data-state="{state}"><div class="cs-board-title">{title}</div>'
            f'<table><thead><tr><th>node</th><th>status</th><th>time</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>{note}{details_html(board)}</div>')


def _section(key: str, title: str, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>" for row in rows)
    return (f'<div class="cs-board-part" data-part="{key}" data-count="{len(rows)}"><div class="cs-board-title">'
            f'{html.escape(title)}</div><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>')


def details_html(board: ReviewBoard) -> str:
    """What can be read before the opinion, as it arrives, the same rows as the terminal board draws: red
    flags, computed scores, expert evidence, each specialist's report, failures (``data-part`` per part)."""
    d = board.details()
    flags = ""
    if d.red_flags is not None:
        flags = (_section("red_flags", "Red flags (screen, before any model)",
                          ("urgency", "pattern", "criteria met", "recommendation"), d.red_flags) if d.red_flags
                 else '<p class="cs-muted" data-part="red_flags" data-count="0">Red flags (screen, before any '
                      'model): none found</p>')
    return (flags + _section("scores", "Computed scores", ("score", "result", "inputs lacked"), d.scores)
            + _section("evidence", "Expert evidence", ("consulted by", "id", "status", "found"), d.evidence)
            + _section("reports", "Specialist reports", ("specialist", "top diagnosis", "confidence", "findings"),
                       d.reports)
            + _section("failures", "Failures", ("part", "kind", "reason"), d.failures))


def plan_picture(plan: Plan | None, status: dict[str, str] | None = None):
    """The GP's task graph as a PIL image: triage -> specialist tasks (by dependency) -> consensus."""
    if plan is None:
        return None
    import networkx as nx
    from matplotlib.figure import Figure  # not pyplot: its global state is not safe across sessions' threads
    from PIL import Image

    g = task_graph(plan)
    layers = [sorted(layer) for layer in nx.topological_generations(g)] if g.number_of_nodes() else []
    start, end = ("GP alone", "answer") if plan.mode == "alone" else ("GP triage", "consensus")
    pos: dict[str, tuple[float, float]] = {start: (0.0, 0.0)}
    for column, layer in enumerate(layers, start=1):
        for i, node in enumerate(layer):
            pos[node] = (float(column), (len(layer) - 1) / 2 - i)
    pos[end] = (len(layers) + 1.0, 0.0)
    edges = [(start, n) for n in (layers[0] if layers else [])] + list(g.edges())
    edges += [(n, end) for n in g.nodes if g.out_degree(n) == 0] or [(start, end)]
    colours = {"done": "#2e7d32", "running": "#f9a825", "failed": "#c62828", "error": "#c62828"}
    status = status or {}
    fig = Figure(figsize=(0.4 + 1.3 * (len(layers) + 2), 0.5 + 0.8 * max([len(x) for x in layers] or [1])),
                 dpi=130)
    ax = fig.subplots()
    boxes = {}
    for node, (x, y) in pos.items():
        spec = g.nodes[node].get("specialist", node) if node in g.nodes else node
        key = "triage" if node == start else spec
        colour = colours.get(status.get(key, ""), "#1565c0" if node in g.nodes else "#455a64")
        label = node if node not in g.nodes or node == spec else f"{node}\n({spec})"
        boxes[node] = ax.text(x, y, label, ha="center", va="center", fontsize=11, color="white", fontweight="bold",
                              bbox={"boxstyle": "round,pad=0.5", "fc": colour, "ec": "none"}, zorder=3)
    fig.draw_without_rendering()  # lay out the boxes so that arrows can stop at their edges
    for a, b in edges:
        ax.annotate("", xy=pos[b], xytext=pos[a], zorder=2,
                    arrowprops={"arrowstyle": "-|>", "color": "#546e7a", "lw": 1.4, "shrinkA": 1, "shrinkB": 1,
                                "patchA": boxes[a].get_bbox_patch(), "patchB": boxes[b].get_bbox_patch()})
    ax.set_xlim(-0.55, len(layers) + 1.55)
    ys = [y for _, y in pos.values()]
    ax.set_ylim(min(ys) - 0.5, max(ys) + 0.5)
    ax.axis("off")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", facecolor="white")
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def plan_table(plan: Plan | None) -> str:
    """The plan as HTML: each task, what it waits for, why, and the question; then the code's corrections."""
    if plan is None:
        return '<p class="cs-muted">The GP plan appears here once triage has finished.</p>'
    e = html.escape
    if plan.mode == "alone":  # no task to list: the decision says why
        return f'<div class="cs-plan">{decision_html(plan)}</div>'
    rows = "".join(
        f"<tr><td><b>{e(t.id)}</b>{' <i>(rule)</i>' if t.source == 'rule' else ''}</td>"
        f"<td>{e(', '.join(t.depends_on) or '—')}</td><td>{e(t.reason)}</td><td>{e(t.question)}</td></tr>"
        for t in plan.tasks)
    notes = "".join(f"<li>{e(n)}</li>" for n in plan.notes)
    fallback = '<p class="cs-warn">Triage failed: this plan comes from rules.</p>' if plan.fallback else ""
    return (f'<div class="cs-plan">{fallback}{decision_html(plan, with_notes=False)}<p>{e(plan.summary)}</p>'
            "<table><thead><tr><th>task</th><th>waits for</th><th>why</th><th>question</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
            + (f'<p class="cs-muted">Corrections made to the GP\'s plan:</p><ul class="cs-muted">{notes}</ul>' if notes else "")
            + "</div>")
