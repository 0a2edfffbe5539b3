"""A review as it happens: the graph's nodes, one typed event per node start and end, and the board.

:meth:`Consilium.stream <consilium.orchestration.api.Consilium.stream>` yields :class:`ReviewEvent`\\ s:
the red-flag screen first, the evidence a node computed as soon as it exists (before that node's model
call), each node's start and end (a specialist's report or failure with its end). :class:`ReviewBoard`
folds them into per-node status and :meth:`ReviewBoard.details`. The terminal board (rich, in
:mod:`consilium.orchestration.render`) and the web board (HTML, in :mod:`consilium.ui.board`) only draw a
board, so both show the same nodes, statuses and details.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, TypeVar

from consilium.agents.nodes import SCORE_PREFIX
from consilium.agents.schemas import SPECIALISTS, Plan, SpecialistReport, TaskFailure
from consilium.experts.base import Evidence
from consilium.orchestration.graph import build_graph
from consilium.orchestration.result import ReviewResult

# How each node is called on a board. Which nodes exist is the graph's business (see REVIEW_NODES).
_LABELS = {"triage": "GP triage", "radiology": "Radiology", "pathology": "Pathology", "surgery": "Surgery",
           "consensus": "Consensus and verification", "answer": "GP answer",
           "signoff": "Clinician sign-off"}
_JOIN_POINTS = {"schedule"}  # routing only: it does no work a clinician would watch
SCREEN = "screen"  # the node named by the red-flag screen's event: local rules run before the graph


class ReviewNode(NamedTuple):
    name: str
    label: str


def _review_nodes() -> tuple[ReviewNode, ...]:
    """The graph's working nodes, in the board's order; a node added to the graph without a label still
    shows, under its own name, so a board can never miss one."""
    names = [n for n in build_graph().nodes if n not in _JOIN_POINTS]
    ordered = [n for n in _LABELS if n in names] + [n for n in names if n not in _LABELS]
    return tuple(ReviewNode(n, _LABELS.get(n, n)) for n in ordered)


REVIEW_NODES: tuple[ReviewNode, ...] = _review_nodes()
NODE_NAMES: tuple[str, ...] = tuple(n.name for n in REVIEW_NODES)
EventKind = Literal["start", "end", "error", "evidence", "result"]


@dataclass(frozen=True)
class ReviewEvent:
    """One step of a review: a node started, ended or raised, or (``kind="result"``, node ``"review"``) the
    review is over and ``result`` holds its stored result.

    ``kind="evidence"``: ``red_flags`` from the screen (node ``"screen"``, before any node), or ``evidence``
    a node computed (scores, expert outputs) before its model call. ``plan`` comes with triage's end,
    ``report`` (or ``failure``) with each specialist's end, as soon as that specialist finishes. ``seconds``
    is the node's own run time. ``info`` is LangGraph's raw task record, what the ``on_event`` callback of
    :meth:`Consilium.review` receives.
    """

    review_id: str
    node: str
    kind: EventKind
    seconds: float | None = None
    plan: Plan | None = None
    report: SpecialistReport | None = None
    failure: TaskFailure | None = None
    awaiting_signoff: bool = False
    error: str = ""
    result: ReviewResult | None = None
    red_flags: tuple[dict[str, Any], ...] | None = None
    evidence: tuple[Evidence, ...] = ()
    info: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def screened(cls, review_id: str, red_flags: list[dict[str, Any]]) -> ReviewEvent:
        """The red-flag screen's findings (none is a finding too: the screen ran)."""
        return cls(review_id, SCREEN, "evidence", red_flags=tuple(red_flags))

    @classmethod
    def from_custom(cls, review_id: str, payload: dict[str, Any], *,
                    reidentify: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> ReviewEvent:
        """The event for what a node published while running (``{"node", "evidence"}``, see
        :func:`consilium.agents.nodes.publish_evidence`); the patient's details restored like an end's."""
        items = {"evidence": list(payload.get("evidence") or [])}
        if reidentify and items["evidence"]:
            items = reidentify(items)
        return cls(review_id, str(payload.get("node", "")), "evidence",
                   evidence=tuple(Evidence.model_validate(e) for e in items["evidence"]), info=payload)

    @classmethod
    def from_task(cls, review_id: str, task: dict[str, Any], *, seconds: float | None = None,
                  reidentify: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
                  parts: bool = True) -> ReviewEvent:
        """The event for one record of LangGraph's ``tasks`` stream; ``reidentify`` restores the patient's
        details in what the models saw de-identified. ``parts=False``: node, kind, time and the raw record
        only, for a caller that reads nothing else (the plan, report and failure are not built)."""
        node = task["name"]
        if "result" not in task and "error" not in task:
            return cls(review_id, node, "start", info=task)
        if not parts:
            return cls(review_id, node, "error" if task.get("error") else "end", seconds=seconds,
                       error=str(task.get("error") or ""), info=task)
        update = task.get("result") if isinstance(task.get("result"), dict) else {}
        # Only what the event carries is restored: a node's update also holds its audit records and
        # timings, which the board never shows, and restoring them for every event cost more than the node.
        update = {k: update[k] for k in ("plan", "reports", "failures") if update.get(k)}
        if reidentify and update:
            update = reidentify(update)
        first = lambda key: next(iter((update.get(key) or {}).values()), None)  # noqa: E731 - one task per node run
        return cls(review_id, node, "error" if task.get("error") else "end", seconds=seconds,
                   plan=Plan.model_validate(update["plan"]) if update.get("plan") else None,
                   report=SpecialistReport.model_validate(first("reports")) if first("reports") else None,
                   failure=TaskFailure.model_validate(first("failures")) if first("failures") else None,
                   awaiting_signoff=node == "signoff" and bool(task.get("interrupts")),
                   error=str(task.get("error") or ""), info=task)


class BoardRow(NamedTuple):
    node: str
    label: str
    status: str
    seconds: float | None  # the node's run time once it has ended
    running_for: float | None  # seconds since it started, while it runs


class BoardDetails(NamedTuple):
    """What the clinician can read before the opinion, as text rows that both boards draw as they are.

    ``red_flags`` is None until the screen has run. Rows: red flag (urgency, pattern, criteria met,
    recommendation); score (score, result, inputs it lacked); evidence (consulted by, id, status, what it
    found); report (specialist, top of its differential, confidence, findings); failure (part, kind, reason).
    """

    red_flags: list[tuple[str, str, str, str]] | None
    scores: list[tuple[str, str, str]]
    evidence: list[tuple[str, str, str, str]]
    reports: list[tuple[str, str, str, str]]
    failures: list[tuple[str, str, str]]


_SHOWN_CHARS = 240  # a board line is a glimpse; the full text is in the opinion when the review ends


def _glimpse(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHOWN_CHARS else text[:_SHOWN_CHARS - 1] + "…"


def _score_row(e: Evidence) -> tuple[str, str, str]:
    name = e.measurements[0].name if e.measurements else e.id.removeprefix(SCORE_PREFIX)
    # the summary's first part is the value and its band; why it was chosen and its source follow
    found = e.summary.split(" Chosen because ")[0] if e.status == "ok" else f"failed: {e.problem or e.error}"
    return name, _glimpse(found), _glimpse("; ".join(e.limitations)) or "-"


def _report_row(r: SpecialistReport) -> tuple[str, str, str, str]:
    top = r.output.differential[0] if r.output.differential else None
    return (r.specialist, f"{top.diagnosis} ({top.likelihood})" if top else "-", f"{r.output.confidence:.2f}",
            _glimpse("; ".join(f.statement for f in r.output.findings)) or "-")


class ReviewBoard:
    """Per-node status of one review and what the clinician can read while it runs (:meth:`details`), fed
    by :meth:`apply` (thread-safe: a renderer may read while a review thread writes). Statuses: waiting,
    running, done, error, failed, not planned, awaiting (the clinician), the sign-off decision, not
    required."""

    def __init__(self, review_id: str = "") -> None:
        self.review_id = review_id
        self.status: dict[str, str] = dict.fromkeys(NODE_NAMES, "waiting")
        self.started: dict[str, float] = {}
        self.seconds: dict[str, float] = {}
        self.plan: Plan | None = None
        self.finished = False
        self.note = ""
        self.red_flags: list[dict[str, Any]] | None = None
        self.evidence: dict[str, tuple[str, Evidence]] = {}  # id -> (the node that computed it, evidence)
        self.reports: dict[str, SpecialistReport] = {}  # by task
        self.failures: dict[str, TaskFailure] = {}  # by task
        self._lock = threading.Lock()

    def apply(self, event: ReviewEvent) -> None:
        if event.kind == "result":
            if event.result is not None:
                self.finish(event.result)
            return
        now = time.perf_counter()
        with self._lock:
            node = event.node
            if event.kind == "evidence":
                if event.red_flags is not None:
                    self.red_flags = list(event.red_flags)
                self.evidence.update((e.id, (node, e)) for e in event.evidence)
                return
            if event.report is not None:
                self.reports[event.report.task] = event.report
            if event.failure is not None:
                self.failures[event.failure.task] = event.failure
            elif event.kind == "error":  # a node that raised past its own containment: shown as it happens
                self.failures[node] = TaskFailure(task=node, specialist=node, kind="error", reason=event.error)
            if event.kind == "start":
                self.status[node], self.started[node] = "running", now
                return
            self.seconds[node] = event.seconds if event.seconds is not None else now - self.started.get(node, now)
            if event.awaiting_signoff:
                self.status[node] = "awaiting"
            elif event.kind == "error":
                self.status[node] = "error"
            else:
                self.status[node] = "failed" if event.failure and node in SPECIALISTS else "done"
            if node == "triage" and event.plan is not None:
                self.plan = event.plan
                planned = {t.specialist for t in event.plan.tasks}
                for s in SPECIALISTS:
                    if s not in planned:
                        self.status[s] = "not planned"

    def finish(self, result: ReviewResult) -> None:
        """Settle every node from the stored result (failures, sign-off) once the run has ended."""
        with self._lock:
            self.finished = True
            self.plan = result.plan or self.plan
            _settle(self.status, result)
            self._take_details(result)

    @classmethod
    def from_result(cls, result: ReviewResult) -> ReviewBoard:
        """The board of a stored review (reopened by id): node times from the stored timings."""
        board = cls(result.review_id)
        board.finished, board.plan = True, result.plan
        board.seconds = dict(result.timings)
        _settle(board.status, result, stored=True)
        board._take_details(result)
        return board

    def _take_details(self, result: ReviewResult) -> None:
        """Add what the stored result holds that the stream did not bring (a reopened review has no stream)."""
        self.red_flags = list(result.red_flags)
        consulted_by = {i: r.specialist for r in result.reports.values() for i in r.evidence_ids}
        for key, data in result.evidence.items():
            if key not in self.evidence:
                node = "triage" if key.startswith(SCORE_PREFIX) else consulted_by.get(key, "experts")
                self.evidence[key] = (node, Evidence.model_validate(data))
        self.reports = {**result.reports, **self.reports}
        self.failures = {**result.failures, **self.failures}

    def details(self) -> BoardDetails:
        """A consistent snapshot of what there is to read so far, for a renderer: flags, scores and evidence
        in the order they came, reports and failures in the plan's order."""
        with self._lock:
            flags = None if self.red_flags is None else [
                (str(f.get("urgency", "")), str(f.get("name", "")), "; ".join(f.get("criteria_met", [])),
                 str(f.get("recommendation", ""))) for f in self.red_flags]
            scores = [_score_row(e) for _, e in self.evidence.values() if e.id.startswith(SCORE_PREFIX)]
            evidence = [(node, e.id, e.status, _glimpse(e.summary if e.status == "ok" else e.problem or e.error or ""))
                        for node, e in self.evidence.values() if not e.id.startswith(SCORE_PREFIX)]
            reports = [_report_row(r) for r in self._in_plan_order(self.reports)]
            failures = [(f.task, f.kind, _glimpse(f.reason)) for f in self._in_plan_order(self.failures)]
            return BoardDetails(flags, scores, evidence, reports, failures)

    def _in_plan_order(self, by_task: dict[str, Any]) -> list[Any]:
        """Planned tasks' entries in the plan's order, then the rest as they came. Specialists run in
        parallel, so arrival order changes from run to run; a row must not move when the board redraws,
        and a reopened review must list them as the live board did."""
        order = {t.id: i for i, t in enumerate(self.plan.tasks)} if self.plan else {}
        keyed = sorted(enumerate(by_task.items()), key=lambda x: (order.get(x[1][0], len(order)), x[0]))
        return [value for _, (_, value) in keyed]

    def rows(self) -> list[BoardRow]:
        """A consistent snapshot, one row per graph node, for a renderer."""
        now = time.perf_counter()
        with self._lock:
            out = []
            for node, label in REVIEW_NODES:
                status = self.status[node]
                took = self.seconds.get(node) if status not in ("awaiting", "not planned") else None
                running = now - self.started[node] if status == "running" and node in self.started else None
                out.append(BoardRow(node, label, status, took, running))
            return out


def _settle(status: dict[str, str], result: ReviewResult, *, stored: bool = False) -> None:
    planned = {t.specialist for t in result.plan.tasks} if result.plan else set()
    failed = {f.specialist for f in result.failures.values()}
    if result.plan is not None:
        status["triage"] = "done"
    for s in SPECIALISTS:
        if s in result.reports:
            status[s] = "done"
        elif s in failed:
            status[s] = "failed"
        elif result.plan is not None and s not in planned:
            status[s] = "not planned"
    if result.opinion is not None:
        status["consensus"] = "done"
    if result.answer is not None:
        status["answer"] = "done"
    if result.signoff:
        status["signoff"] = str(result.signoff.get("decision", "done"))
    elif result.awaiting_signoff:
        status["signoff"] = "awaiting"
    elif stored or status["signoff"] == "waiting":
        status["signoff"] = "not required" if result.complete else status["signoff"]


T = TypeVar("T")


class _Raised(NamedTuple):
    error: BaseException


def in_worker_thread(produce: Callable[[], Iterator[T]], *, tick_s: float = 0.5,
                     name: str = "review") -> Iterator[T | None]:
    """Run ``produce()`` in a daemon thread and yield its items here as they come, and ``None`` whenever
    ``tick_s`` passes without one (so a page can redraw running clocks). An exception in the thread is
    raised here. A consumer that stops early leaves the thread to finish: a review is stored either way."""
    items: queue.Queue[Any] = queue.Queue()
    done = object()

    def work() -> None:
        try:
            for item in produce():
                items.put(item)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, which raises it
            items.put(_Raised(exc))
        finally:
            items.put(done)

    threading.Thread(target=work, name=name, daemon=True).start()
    while True:
        try:
            item = items.get(timeout=tick_s)
        except queue.Empty:
            yield None
            continue
        if item is done:
            return
        if isinstance(item, _Raised):
            raise item.error
        yield item
