"""A review as it happens: the graph's nodes, one typed event per node start and end, and the board.

:meth:`Consilium.stream <consilium.orchestration.api.Consilium.stream>` yields :class:`ReviewEvent`\\ s;
:class:`ReviewBoard` folds them into per-node status. The terminal board (rich, in
:mod:`consilium.orchestration.render`) and the web board (HTML, in :mod:`consilium.ui.board`) only draw a
board, so both show the same nodes with the same statuses.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, TypeVar

from consilium.agents.schemas import SPECIALISTS, Plan, SpecialistReport, TaskFailure
from consilium.orchestration.graph import build_graph
from consilium.orchestration.result import ReviewResult

# How each node is called on a board. Which nodes exist is the graph's business (see REVIEW_NODES).
_LABELS = {"triage": "GP triage", "radiology": "Radiology", "pathology": "Pathology", "surgery": "Surgery",
           "consensus": "Consensus", "verify": "Verification", "answer": "GP answer",
           "signoff": "Clinician sign-off"}
_JOIN_POINTS = {"schedule"}  # routing only: it does no work a clinician would watch


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
EventKind = Literal["start", "end", "error", "result"]


@dataclass(frozen=True)
class ReviewEvent:
    """One step of a review: a node started, ended or raised, or (``kind="result"``, node ``"review"``) the
    review is over and ``result`` holds its stored result.

    ``plan`` comes with triage's end, ``report`` (or ``failure``) with each specialist's end, as soon as that
    specialist finishes. ``seconds`` is the node's own run time. ``info`` is LangGraph's raw task record,
    what the ``on_event`` callback of :meth:`Consilium.review` receives.
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
    info: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

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


class ReviewBoard:
    """Per-node status of one review, fed by :meth:`apply` (thread-safe: a renderer may read while a review
    thread writes). Statuses: waiting, running, done, error, failed, not planned, awaiting (the clinician),
    the sign-off decision, not required."""

    def __init__(self, review_id: str = "") -> None:
        self.review_id = review_id
        self.status: dict[str, str] = dict.fromkeys(NODE_NAMES, "waiting")
        self.started: dict[str, float] = {}
        self.seconds: dict[str, float] = {}
        self.plan: Plan | None = None
        self.finished = False
        self.note = ""
        self._lock = threading.Lock()

    def apply(self, event: ReviewEvent) -> None:
        if event.kind == "result":
            if event.result is not None:
                self.finish(event.result)
            return
        now = time.perf_counter()
        with self._lock:
            node = event.node
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

    @classmethod
    def from_result(cls, result: ReviewResult) -> ReviewBoard:
        """The board of a stored review (reopened by id): node times from the stored timings."""
        board = cls(result.review_id)
        board.finished, board.plan = True, result.plan
        board.seconds = dict(result.timings)
        _settle(board.status, result, stored=True)
        return board

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
