"""The Python agent API: review a :class:`~consilium.orchestration.case.model.Case`, get a typed result.

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
import re
from collections import OrderedDict
import sqlite3
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.types import Command
from pydantic import BaseModel, Field

from consilium.agents.schemas import Opinion, Plan, SignOff, SpecialistReport, TaskFailure
from consilium.experts.base import ExpertRegistry
from consilium.orchestration.case.model import Case
from consilium.agents.context import ReviewContext
from consilium.orchestration.graph import build_graph
from consilium.orchestration.privacy.deid import Deidentifier
from consilium.orchestration.safety.injection import find_injections
from consilium.orchestration.privacy.guard import PrivacyGuard
from consilium.orchestration.safety.red_flags import detect_red_flags
from consilium.orchestration.models.chat import BoundModel, build_models
from consilium.orchestration.settings import Settings, load_settings

_REVIEW_ID = re.compile(r"[A-Za-z0-9._:-]{1,200}")
NODES = ("triage", "radiology", "pathology", "surgery", "consensus", "verify", "answer", "signoff")
EventHandler = Callable[[str, str, dict[str, Any]], None]  # (node, "start"|"end"|"error", info)


class ReviewResult(BaseModel):
    review_id: str
    case_id: str
    plan: Plan | None = None
    reports: dict[str, SpecialistReport] = Field(default_factory=dict)
    failures: dict[str, TaskFailure] = Field(default_factory=dict)
    evidence: dict[str, dict[str, Any]] = Field(default_factory=dict)
    red_flags: list[dict[str, Any]] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list, description="Instruction-like text found in the case.")
    deidentified: bool = Field(default=False, description="Models saw a de-identified copy of the case.")
    opinion: Opinion | None = None
    answer: dict[str, Any] | None = None
    signoff: dict[str, Any] | None = None
    awaiting_signoff: bool = False
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
    def from_state(cls, review_id: str, values: dict[str, Any], *, seconds: float = 0.0,
                   waiting: bool = False) -> ReviewResult:
        return cls(
            review_id=review_id, case_id=(values.get("case") or {}).get("id", ""), plan=values.get("plan"),
            reports=values.get("reports") or {}, failures=values.get("failures") or {},
            evidence=values.get("evidence") or {}, red_flags=values.get("red_flags") or [],
            warnings=values.get("warnings") or [],
            opinion=values.get("opinion"), answer=values.get("answer"), audit=values.get("audit") or [],
            timings=values.get("timings") or {}, seconds=seconds, complete=values.get("answer") is not None,
            signoff=values.get("signoff"), awaiting_signoff=waiting,
        )


class Consilium:
    """Reviews cases through the multidisciplinary graph.

    Args:
        settings: the settings object; built with :func:`load_settings` when omitted.
        models: role -> bound model; built from the settings when omitted (tests pass scripted ones).
        experts: the expert registry; the default registry when omitted, ``None`` disables experts.
        checkpoint_db: SQLite file for review state; ``settings.checkpoint_db`` by default, ``":memory:"``
            for a throwaway store.
        checkpointer: any LangGraph checkpoint saver (e.g. the Redis one); overrides ``checkpoint_db``.
        require_signoff: pause every review before it ends until :meth:`sign` records a clinician's decision.
        knowledge: the guideline knowledge base for grounding; the packaged one by default, ``None`` for none.
    """

    def __init__(self, settings: Settings | None = None, *, models: dict[str, BoundModel] | None = None,
                 experts: ExpertRegistry | None | str = "default", checkpoint_db: str | Path | None = None,
                 checkpointer: BaseCheckpointSaver | None = None, require_signoff: bool = False,
                 knowledge: Any = "default"):
        self.settings = settings or load_settings()
        self.models = models if models is not None else build_models(self.settings)
        if experts == "default":
            from consilium.experts.registry import default_registry

            experts = default_registry()
        self.experts = experts
        self.require_signoff = require_signoff
        if knowledge == "default":
            try:
                from consilium.tools.knowledge import KnowledgeBase, default_knowledge_base
            except ImportError:  # the clinical extra is not installed: no grounding, and the opinion says so
                knowledge = None
            else:
                dirs = [Path(d).expanduser() for d in self.settings.guideline_dirs]
                knowledge = KnowledgeBase.build(dirs) if dirs else default_knowledge_base()
        self.knowledge = knowledge
        self.privacy = (PrivacyGuard(self.settings.home, secret=self.settings.deid_secret)
                        if self.settings.deidentify else None)
        self._deids: OrderedDict[str, Deidentifier] = OrderedDict()
        self._conn: sqlite3.Connection | None = None
        if checkpointer is None:
            db = checkpoint_db or self.settings.checkpoint_db
            if str(db) != ":memory:":
                Path(db).parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(str(db), check_same_thread=False)
            checkpointer = SqliteSaver(self._conn)
        self.checkpointer = checkpointer
        self.graph = build_graph().compile(checkpointer=self.checkpointer)

    def _deidentifier(self, review_id: str) -> Deidentifier | None:
        """The review's de-identifier: kept from :meth:`review`, or rebuilt from the private original."""
        if self.privacy is None:
            return None
        if review_id not in self._deids:
            deid = self.privacy.load(review_id)
            if deid is None:
                return None
            self._deids[review_id] = deid
        self._deids.move_to_end(review_id)
        while len(self._deids) > 256:
            self._deids.popitem(last=False)
        return self._deids[review_id]

    def _context(self, review_id: str) -> ReviewContext:
        deid = self._deidentifier(review_id)
        return ReviewContext(models=self.models, experts=self.experts,
                             scrub=PrivacyGuard.scrubber(deid) if deid else None,
                             out_dir=self.settings.home / "evidence" / review_id,
                             consensus_uses_model=self.settings.consensus_uses_model,
                             surgery_waits_for_workup=self.settings.surgery_waits_for_workup,
                             require_signoff=self.require_signoff, knowledge=self.knowledge)

    def review(self, case: Case, *, review_id: str | None = None, on_event: EventHandler | None = None) -> ReviewResult:
        """Run a full review and return its result; ``on_event`` sees each node start and finish."""
        review_id = review_id or f"{case.id}-{uuid.uuid4().hex[:8]}"
        if not _REVIEW_ID.fullmatch(review_id) or review_id.strip(".") == "":
            raise ValueError(f"review id {review_id!r}: use letters, digits, '.', '_', ':' or '-' only")
        red_flags = [f.model_dump(mode="json") for f in detect_red_flags(case)]  # local rules, no model
        warnings = find_injections(case.render())
        model_case = case
        if self.privacy:
            model_case, self._deids[review_id] = self.privacy.protect(case, review_id)
        initial = {"case": model_case.model_dump(mode="json"), "red_flags": red_flags, "warnings": warnings,
                   "plan": None, "opinion": None, "answer": None}
        return self._run(initial, review_id, on_event)

    def resume(self, review_id: str, *, on_event: EventHandler | None = None) -> ReviewResult:
        """Continue an interrupted review from its last checkpoint."""
        if self.get(review_id) is None:
            raise KeyError(f"no review with id '{review_id}'")
        return self._run(None, review_id, on_event)

    def sign(self, review_id: str, decision: SignOff | dict[str, Any]) -> ReviewResult:
        """Record the clinician's decision on a review paused for sign-off, and finish it."""
        decision = SignOff.model_validate(decision)
        if decision.decision == "edited" and not decision.edited_answer:
            raise ValueError("an 'edited' sign-off needs the edited answer")
        current = self.get(review_id)
        if current is None:
            raise KeyError(f"no review with id '{review_id}'")
        if not current.awaiting_signoff:
            raise ValueError(f"review '{review_id}' is not waiting for sign-off")
        return self._run(Command(resume=decision.model_dump()), review_id, None)

    def _run(self, initial: Any, review_id: str, on_event: EventHandler | None) -> ReviewResult:
        config = {"configurable": {"thread_id": review_id}}
        t0 = time.perf_counter()
        for mode, chunk in self.graph.stream(initial, config, context=self._context(review_id),
                                             stream_mode=["tasks"]):
            if on_event and mode == "tasks" and chunk.get("name") in NODES:
                if "result" in chunk or "error" in chunk:
                    on_event(chunk["name"], "error" if chunk.get("error") else "end", chunk)
                else:
                    on_event(chunk["name"], "start", chunk)
        return self._result(review_id, self.graph.get_state(config), seconds=time.perf_counter() - t0)

    def _result(self, review_id: str, snapshot: Any, seconds: float = 0.0) -> ReviewResult:
        """The stored state as a result for the clinician: re-identified when it was de-identified."""
        result = ReviewResult.from_state(review_id, snapshot.values, seconds=seconds, waiting="signoff" in snapshot.next)
        deid = self._deidentifier(review_id)
        if deid is None:
            return result
        data = PrivacyGuard.reidentify(result.model_dump(mode="json"), deid)
        return ReviewResult.model_validate({**data, "deidentified": True})

    async def areview(self, case: Case, *, review_id: str | None = None,
                      on_event: EventHandler | None = None) -> ReviewResult:
        """Async form of :meth:`review` (runs the graph in a worker thread; specialists still run in parallel)."""
        return await asyncio.to_thread(self.review, case, review_id=review_id, on_event=on_event)

    def get(self, review_id: str) -> ReviewResult | None:
        """The stored state of a review, or ``None`` when the id is unknown."""
        snapshot = self.graph.get_state({"configurable": {"thread_id": review_id}})
        if not snapshot.values:
            return None
        return self._result(review_id, snapshot)

    def list_reviews(self) -> list[str]:
        """Ids of all stored reviews."""
        return sorted({c.config["configurable"]["thread_id"] for c in self.checkpointer.list(None)})

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
