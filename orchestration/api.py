"""The Python agent API: review a :class:`~consilium.orchestration.case.Case`, get a typed result.

.. code-block:: python

    from consilium.orchestration import Consilium, load_case

    consilium = Consilium()                       # settings from defaults / env / file
    result = consilium.review(load_case("scenarios/demo_chest_pain.yaml"))
    print(result.answer["diagnosis"], result.opinion.differential[0].agree)
    again = consilium.get(result.review_id)       # from the checkpoint store, also after a restart

``await consilium.areview(case)`` is the same review for async callers.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from langgraph.checkpoint.sqlite import SqliteSaver
from pydantic import BaseModel, Field

from consilium.agents.schemas import Opinion, Plan, SpecialistReport, TaskFailure
from consilium.experts.base import ExpertRegistry
from consilium.orchestration.case import Case
from consilium.orchestration.context import ReviewContext
from consilium.orchestration.graph import build_graph
from consilium.orchestration.models import BoundModel, build_models
from consilium.orchestration.settings import Settings, load_settings

NODES = ("triage", "radiology", "pathology", "surgery", "consensus", "answer")
EventHandler = Callable[[str, str, dict[str, Any]], None]  # (node, "start"|"end"|"error", info)


class ReviewResult(BaseModel):
    review_id: str
    case_id: str
    plan: Plan | None = None
    reports: dict[str, SpecialistReport] = Field(default_factory=dict)
    failures: dict[str, TaskFailure] = Field(default_factory=dict)
    evidence: dict[str, dict[str, Any]] = Field(default_factory=dict)
    red_flags: list[dict[str, Any]] = Field(default_factory=list)
    opinion: Opinion | None = None
    answer: dict[str, Any] | None = None
    audit: list[dict[str, Any]] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict)
    seconds: float = 0.0
    complete: bool = False

    @property
    def llm_calls(self) -> int:
        return len(self.audit)

    @property
    def tokens_in(self) -> int:
        return sum(a.get("tokens_in", 0) for a in self.audit)

    @property
    def tokens_out(self) -> int:
        return sum(a.get("tokens_out", 0) for a in self.audit)

    @classmethod
    def from_state(cls, review_id: str, values: dict[str, Any], *, seconds: float = 0.0) -> ReviewResult:
        return cls(
            review_id=review_id, case_id=(values.get("case") or {}).get("id", ""), plan=values.get("plan"),
            reports=values.get("reports") or {}, failures=values.get("failures") or {},
            evidence=values.get("evidence") or {}, red_flags=values.get("red_flags") or [],
            opinion=values.get("opinion"), answer=values.get("answer"), audit=values.get("audit") or [],
            timings=values.get("timings") or {}, seconds=seconds, complete=values.get("answer") is not None,
        )


class Consilium:
    """Reviews cases through the multidisciplinary graph.

    Args:
        settings: the settings object; built with :func:`load_settings` when omitted.
        models: role -> bound model; built from the settings when omitted (tests pass scripted ones).
        experts: the expert registry; the default registry when omitted, ``None`` disables experts.
        checkpoint_db: SQLite file for review state; ``settings.checkpoint_db`` by default, ``":memory:"``
            for a throwaway store.
    """

    def __init__(self, settings: Settings | None = None, *, models: dict[str, BoundModel] | None = None,
                 experts: ExpertRegistry | None | str = "default", checkpoint_db: str | Path | None = None):
        self.settings = settings or load_settings()
        self.models = models if models is not None else build_models(self.settings)
        if experts == "default":
            from consilium.experts.registry import default_registry

            experts = default_registry()
        self.experts = experts
        db = checkpoint_db or self.settings.checkpoint_db
        if str(db) != ":memory:":
            Path(db).parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(db), check_same_thread=False)
        self.checkpointer = SqliteSaver(self._conn)
        self.graph = build_graph().compile(checkpointer=self.checkpointer)

    def _context(self, review_id: str) -> ReviewContext:
        return ReviewContext(models=self.models, experts=self.experts,
                             out_dir=self.settings.home / "evidence" / review_id,
                             consensus_uses_model=self.settings.consensus_uses_model,
                             surgery_waits_for_workup=self.settings.surgery_waits_for_workup)

    def review(self, case: Case, *, review_id: str | None = None, on_event: EventHandler | None = None) -> ReviewResult:
        """Run a full review and return its result; ``on_event`` sees each node start and finish."""
        review_id = review_id or f"{case.id}-{uuid.uuid4().hex[:8]}"
        initial = {"case": case.model_dump(mode="json"), "red_flags": [], "plan": None, "opinion": None, "answer": None}
        return self._run(initial, review_id, on_event)

    def resume(self, review_id: str, *, on_event: EventHandler | None = None) -> ReviewResult:
        """Continue an interrupted review from its last checkpoint."""
        if self.get(review_id) is None:
            raise KeyError(f"no review with id '{review_id}'")
        return self._run(None, review_id, on_event)

    def _run(self, initial: dict[str, Any] | None, review_id: str, on_event: EventHandler | None) -> ReviewResult:
        config = {"configurable": {"thread_id": review_id}}
        t0 = time.perf_counter()
        for mode, chunk in self.graph.stream(initial, config, context=self._context(review_id),
                                             stream_mode=["tasks"]):
            if on_event and mode == "tasks" and chunk.get("name") in NODES:
                if "result" in chunk or "error" in chunk:
                    on_event(chunk["name"], "error" if chunk.get("error") else "end", chunk)
                else:
                    on_event(chunk["name"], "start", chunk)
        values = self.graph.get_state(config).values
        return ReviewResult.from_state(review_id, values, seconds=time.perf_counter() - t0)

    async def areview(self, case: Case, *, review_id: str | None = None,
                      on_event: EventHandler | None = None) -> ReviewResult:
        """Async form of :meth:`review` (runs the graph in a worker thread; specialists still run in parallel)."""
        return await asyncio.to_thread(self.review, case, review_id=review_id, on_event=on_event)

    def get(self, review_id: str) -> ReviewResult | None:
        """The stored state of a review, or ``None`` when the id is unknown."""
        snapshot = self.graph.get_state({"configurable": {"thread_id": review_id}})
        if not snapshot.values:
            return None
        return ReviewResult.from_state(review_id, snapshot.values)

    def list_reviews(self) -> list[str]:
        rows = self._conn.execute("SELECT DISTINCT thread_id FROM checkpoints ORDER BY thread_id").fetchall()
        return [r[0] for r in rows]

    def close(self) -> None:
        self._conn.close()
