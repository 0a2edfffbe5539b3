"""The live node board and the picture of the GP's task graph.

The board is fed by :meth:`Consilium.review`'s ``on_event`` callback from the worker thread that
runs the review; the page polls :meth:`NodeBoard.html` as events arrive. Status is rendered with
``data-node``/``data-status`` attributes so the browser tests can read it.
"""

from __future__ import annotations

import html
import io
import threading
import time
from typing import Any

from consilium.agents.planning import task_graph
from consilium.agents.schemas import Plan
from consilium.orchestration.api import ReviewResult

NODE_LABELS = {"triage": "GP triage", "radiology": "Radiology", "pathology": "Pathology", "surgery": "Surgery",
               "consensus": "Consensus", "verify": "Verification", "answer": "GP answer",
               "signoff": "Clinician sign-off"}
SPECIALIST_NODES = ("radiology", "pathology", "surgery")
STATUS_TEXT = {"waiting": "waiting", "running": "running…", "done": "done", "error": "error",
               "not planned": "not planned", "failed": "failed (see below)", "awaiting": "awaiting clinician",
               "approved": "approved", "edited": "approved with edits", "rejected": "rejected"}


class NodeBoard:
    """Per-node status of one review; thread-safe, fed by ``on_event``."""

    def __init__(self, review_id: str = "") -> None:
        self.review_id = review_id
        self.status: dict[str, str] = dict.fromkeys(NODE_LABELS, "waiting")
        self.started: dict[str, float] = {}
        self.seconds: dict[str, float] = {}
        self.plan: Plan | None = None
        self.finished = False
        self.note = ""
        self._lock = threading.Lock()
        self._t0 = time.perf_counter()

    def on_event(self, node: str, event: str, info: dict[str, Any]) -> None:
        now = time.perf_counter()
        with self._lock:
            if event == "start":
                self.status[node], self.started[node] = "running", now
                return
            self.seconds[node] = now - self.started.get(node, now)
            if node == "signoff" and info.get("interrupts"):
                self.status[node] = "awaiting"
            else:
                self.status[node] = "error" if event == "error" else "done"
            plan = (info.get("result") or {}).get("plan") if isinstance(info.get("result"), dict) else None
            if node == "triage" and plan is not None:
                self.plan = Plan.model_validate(plan)
                planned = {t.specialist for t in self.plan.tasks}
                for s in SPECIALIST_NODES:
                    if s not in planned:
                        self.status[s] = "not planned"

    def finish(self, result: ReviewResult) -> None:
        """Settle every node from the stored result (failures, sign-off) once the run has ended."""
        with self._lock:
            self.finished = True
            self.plan = result.plan or self.plan
            _settle(self.status, result)

    @classmethod
    def from_result(cls, result: ReviewResult) -> NodeBoard:
        board = cls(result.review_id)
        board.finished, board.plan = True, result.plan
        board.seconds = dict(result.timings)
        _settle(board.status, result, stored=True)
        return board

    def html(self) -> str:
        with self._lock:
            rows = []
            for node, label in NODE_LABELS.items():
                status = self.status[node]
                if node in self.seconds and status not in ("awaiting", "not planned"):
                    secs = f"{self.seconds[node]:.1f} s"
                elif status == "running":
                    secs = f"{time.perf_counter() - self.started.get(node, self._t0):.1f} s…"
                else:
                    secs = ""
                rows.append(f'<tr data-node="{node}" data-status="{html.escape(status)}">'
                            f'<td class="cs-node">{label}</td><td><span class="cs-badge cs-{status.replace(" ", "-")}">'
                            f'{STATUS_TEXT.get(status, html.escape(status))}</span></td><td class="cs-secs">{secs}</td></tr>')
            state = "finished" if self.finished else "running"
            title = f"Review <code>{html.escape(self.review_id)}</code>" if self.review_id else "Review"
            note = f'<p class="cs-note">{html.escape(self.note)}</p>' if self.note else ""
            return (f'<div class="cs-board" data-state="{state}"><div class="cs-board-title">{title}</div>'
                    f'<table><thead><tr><th>node</th><th>status</th><th>time</th></tr></thead>'
                    f'<tbody>{"".join(rows)}</tbody></table>{note}</div>')


def _settle(status: dict[str, str], result: ReviewResult, *, stored: bool = False) -> None:
    planned = {t.specialist for t in result.plan.tasks} if result.plan else set()
    failed = {f.specialist for f in result.failures.values()}
    if result.plan is not None:
        status["triage"] = "done"
    for s in SPECIALIST_NODES:
        if s in result.reports:
            status[s] = "done"
        elif s in failed:
            status[s] = "failed"
        elif result.plan is not None and s not in planned:
            status[s] = "not planned"
    if result.opinion is not None:
        status["consensus"] = "done"
        if result.opinion.verification or result.answer is not None:
            status["verify"] = "done"
    if result.answer is not None:
        status["answer"] = "done"
    if result.signoff:
        status["signoff"] = str(result.signoff.get("decision", "done"))
    elif result.awaiting_signoff:
        status["signoff"] = "awaiting"
    elif stored or status["signoff"] == "waiting":
        status["signoff"] = "not required" if result.complete else status["signoff"]


def plan_picture(plan: Plan | None, status: dict[str, str] | None = None):
    """The GP's task graph as a PIL image: triage -> specialist tasks (by dependency) -> consensus."""
    if plan is None:
        return None
    import networkx as nx
    from matplotlib.figure import Figure  # not pyplot: its global state is not safe across sessions' threads
    from PIL import Image

    g = task_graph(plan)
    layers = [sorted(layer) for layer in nx.topological_generations(g)] if g.number_of_nodes() else []
    pos: dict[str, tuple[float, float]] = {"GP triage": (0.0, 0.0)}
    for column, layer in enumerate(layers, start=1):
        for i, node in enumerate(layer):
            pos[node] = (float(column), (len(layer) - 1) / 2 - i)
    pos["consensus"] = (len(layers) + 1.0, 0.0)
    edges = [("GP triage", n) for n in (layers[0] if layers else [])] + list(g.edges())
    edges += [(n, "consensus") for n in g.nodes if g.out_degree(n) == 0] or [("GP triage", "consensus")]
    colours = {"done": "#2e7d32", "running": "#f9a825", "failed": "#c62828", "error": "#c62828"}
    status = status or {}
    fig = Figure(figsize=(0.4 + 1.3 * (len(layers) + 2), 0.5 + 0.8 * max([len(x) for x in layers] or [1])),
                 dpi=130)
    ax = fig.subplots()
    boxes = {}
    for node, (x, y) in pos.items():
        spec = g.nodes[node].get("specialist", node) if node in g.nodes else node
        key = "triage" if node == "GP triage" else spec
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
    rows = "".join(
        f"<tr><td><b>{e(t.id)}</b>{' <i>(rule)</i>' if t.source == 'rule' else ''}</td>"
        f"<td>{e(', '.join(t.depends_on) or '—')}</td><td>{e(t.reason)}</td><td>{e(t.question)}</td></tr>"
        for t in plan.tasks)
    notes = "".join(f"<li>{e(n)}</li>" for n in plan.notes)
    fallback = '<p class="cs-warn">Triage failed: this plan comes from rules.</p>' if plan.fallback else ""
    return (f'<div class="cs-plan">{fallback}<p>{e(plan.summary)}</p><table><thead><tr><th>task</th>'
            f"<th>waits for</th><th>why</th><th>question</th></tr></thead><tbody>{rows}</tbody></table>"
            + (f'<p class="cs-muted">Corrections made to the GP\'s plan:</p><ul class="cs-muted">{notes}</ul>' if notes else "")
            + "</div>")
