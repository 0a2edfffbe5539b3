"""The Python agent API: review a :class:`~consilium.orchestration.case.model.Case`, get a typed result.

.. code-block:: python

    from consilium.orchestration import Consilium, load_case

    consilium = Consilium()                       # settings from defaults / env / file
    result = consilium.review(load_case("scenarios/demo_chest_pain.yaml"))
    print(result.answer["diagnosis"], result.opinion.differential[0].agree)
    again = consilium.get(result.review_id)       # from the checkpoint store, also after a restart

``await consilium.areview(case)`` is the same review for async callers. ``consilium.stream(case)`` yields a
:class:`~consilium.orchestration.events.ReviewEvent` as each node starts and ends, then the result;
``stream_live`` runs that stream in a worker thread for a page that redraws while a node runs.
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import hmac
import re
import secrets
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.types import Command

from consilium.agents.context import ReviewContext
from consilium.agents.nodes import intake_failures
from consilium.agents.schemas import SignOff
from consilium.experts.base import ExpertRegistry
from consilium.orchestration.case.checks import prepare_case
from consilium.orchestration.case.model import Case
from consilium.orchestration.errors import ConfigError
from consilium.orchestration.events import NODE_NAMES, ReviewEvent, in_worker_thread
from consilium.orchestration.graph import build_graph
from consilium.orchestration.model_check import ModelCheck, check_models, scripted_models
from consilium.orchestration.models.chat import BoundModel, build_models
from consilium.orchestration.models.chat import preload_models as start_model_loads
from consilium.orchestration.models.embedded import ModelFileError
from consilium.orchestration.privacy.deid import Deidentifier
from consilium.orchestration.privacy.guard import PrivacyGuard
from consilium.orchestration.result import ReviewResult
from consilium.orchestration.running import ReviewIdInUse, RunningReviews, unfinished
from consilium.orchestration.safety.injection import find_injections
from consilium.orchestration.safety.red_flags import detect_red_flags
from consilium.orchestration.settings import Settings, load_settings

__all__ = ["Consilium", "EventHandler", "ModelCheck", "ModelFileError", "ReviewEvent", "ReviewIdInUse", "ReviewResult",
           "StoredReview", "build_models", "check_models", "scripted_models"]


_heap_settled = False
_heap_lock = threading.Lock()


def _settle_heap() -> None:
    """After the first review of a process, collect, then move every object still alive out of the cyclic
    collector's sight (:func:`gc.freeze`): the modules, the graph, the knowledge base, the word lists and
    models that review loaded live as long as the process. Otherwise each full collection walked all of
    them again (180,000 objects, about once every hundred reviews): 1.4 ms a review on instant models,
    measured with the collector's callbacks. Once per process, whoever uses the API (a host application's
    own objects alive at that moment are frozen too); the collection costs about 0.1 s, once. Frozen
    objects are still freed when nothing refers to them; only cycles among them are kept."""
    global _heap_settled
    with _heap_lock:
        if not _heap_settled:
            _heap_settled = True
            gc.collect()
            gc.freeze()


_REVIEW_ID = re.compile(r"[A-Za-z0-9._:-]{1,200}")
_STORED_CASE_ID = re.compile(r"case-[0-9a-f]{12}")  # stored_case_id's form (stores made before it are not checked)
EventHandler = Callable[[str, str, dict[str, Any]], None]  # (node, "start"|"end"|"error", LangGraph's task record)


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
        preload_models: start loading the embedded model files in the background at once, so that they load
            while the experts, the knowledge base and a review's first steps run (the command line does;
            otherwise a model loads at its first call).
    """

    def __init__(self, settings: Settings | None = None, *, models: dict[str, BoundModel] | None = None,
                 experts: ExpertRegistry | None | str = "default", checkpoint_db: str | Path | None = None,
                 checkpointer: BaseCheckpointSaver | None = None, require_signoff: bool = False,
                 knowledge: Any = "default", preload_models: bool = False):
        self.settings = settings or load_settings()
        self.models = models if models is not None else build_models(self.settings)
        if preload_models:
            start_model_loads(self.models)
        if experts == "default":
            from consilium.experts.registry import default_registry

            experts = default_registry()
        self.experts = experts
        self.require_signoff = require_signoff
        if knowledge == "default":
            try:
                from consilium.tools.knowledge import (
                    KnowledgeBase,
                    default_knowledge_base,
                    open_medicine_installed,
                )
            except ImportError:  # the clinical extra is not installed: no grounding, and the opinion says so
                knowledge = None
            else:
                dirs = [Path(d).expanduser() for d in self.settings.guideline_dirs]
                if dirs:
                    knowledge = KnowledgeBase.build(dirs)
                else:  # open-medicine is the clinical extra: a base install has no packaged guidelines
                    knowledge = default_knowledge_base() if open_medicine_installed() else None
        self.knowledge = knowledge
        self.privacy = (PrivacyGuard(self.settings.home, secret=self.settings.deid_secret)
                        if self.settings.deidentify else None)
        self._deids: OrderedDict[str, Deidentifier] = OrderedDict()
        self._case_ids: OrderedDict[str, str] = OrderedDict()  # review id -> the case's own id, for the clinician
        self._running = RunningReviews()
        self._conn: sqlite3.Connection | None = None
        if checkpointer is None:
            db = checkpoint_db or self.settings.checkpoint_db
            if str(db) != ":memory:":
                Path(db).parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(str(db), check_same_thread=False)
            # Write-ahead log, synced at checkpoints of the log rather than at every commit: a review
            # writes a checkpoint after every step, and an fsync each time was a third of the
            # orchestration's time. A crashed process loses nothing; a power cut can lose the last
            # steps, which the review then runs again, and never corrupts the store.
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            checkpointer = SqliteSaver(self._conn)
        self.checkpointer = checkpointer
        self.graph = build_graph().compile(checkpointer=self.checkpointer)

    def _deidentifier(self, review_id: str) -> Deidentifier | None:
        """The review's de-identifier: kept from :meth:`review`, or rebuilt from the private original."""
        if self.privacy is None:
            return None
        if review_id not in self._deids:
            original = self.privacy.original(review_id)
            if original is None:
                return None
            self._check_secret(review_id, original)
            self._deids[review_id] = self.privacy.deidentifier(original)
        self._deids.move_to_end(review_id)
        while len(self._deids) > 256:
            self._deids.popitem(last=False)
        return self._deids[review_id]

    def _check_secret(self, review_id: str, original: Case) -> None:
        """The de-identifier is rebuilt from the original and the deployment's secret, which seeds the date shift
        and the pseudonyms: under another secret it would restore wrong dates and names into the result (and
        give a resumed review other pseudonyms). The stored case id is a keyed hash by that secret: compare."""
        stored = (self.graph.get_state({"configurable": {"thread_id": review_id}}).values.get("case") or {}).get("id")
        if stored and _STORED_CASE_ID.fullmatch(stored) and stored != self.stored_case_id(original):
            raise ConfigError(f"review '{review_id}' was de-identified under another deid_secret than these settings' "
                              "(CONSILIUM_DEID_SECRET or the settings file): its dates and names cannot be restored; "
                              "use the secret it was made with")

    def _context(self, review_id: str, require_signoff: bool | None = None) -> ReviewContext:
        deid = self._deidentifier(review_id)
        return ReviewContext(models=self.models, experts=self.experts,
                             scrub=PrivacyGuard.scrubber(deid) if deid else None,
                             out_dir=self.settings.home / "evidence" / review_id,
                             consensus_uses_model=self.settings.consensus_uses_model,
                             surgery_waits_for_workup=self.settings.surgery_waits_for_workup,
                             require_signoff=self.require_signoff if require_signoff is None else require_signoff,
                             knowledge=self.knowledge)

    @staticmethod
    def new_review_id(case: Case | None = None) -> str:
        """A fresh, opaque id for a review: the one place ids are minted.

        Nothing of the case goes into it (``case`` is accepted for callers that have one, and unused): a
        review id names checkpoint threads, evidence folders, private files and exports, and a case id is
        often a file name, which may be the patient's name or record number.
        """
        return f"r-{secrets.token_hex(8)}"

    def stored_case_id(self, case: Case) -> str:
        """The id a de-identified review stores for ``case``: a keyed hash of its id (the deployment's
        ``deid_secret``), the same for every review of that case, with none of its text."""
        digest = hmac.new(self.settings.deid_secret.encode(), case.id.encode(), hashlib.sha256).hexdigest()
        return f"case-{digest[:12]}"

    def _start(self, case: Case, review_id: str | None) -> tuple[str, dict[str, Any]]:
        """Check the id, screen the case locally, de-identify it: the graph's initial state."""
        intake = prepare_case(case, self.settings)  # refuses an empty case; confines files, fits the context
        case = intake.case
        given = review_id
        review_id = review_id or self.new_review_id(case)
        if not _REVIEW_ID.fullmatch(review_id) or review_id.strip(".") == "":
            raise ValueError(f"review id {review_id!r}: use letters, digits, '.', '_', ':' or '-' only")
        # Before its private original and de-identifier are written: an id in use keeps those of its review. An id
        # minted here (64 random bits) names nothing stored, so only a caller's id costs the store a look.
        self._running.claim(review_id, stored=(lambda: self._stored(review_id)) if given else None)
        try:
            return review_id, self._initial_state(case, review_id, intake)
        except BaseException:
            self._running.release(review_id)
            raise

    def _initial_state(self, case: Case, review_id: str, intake: Any) -> dict[str, Any]:
        red_flags = [f.model_dump(mode="json") for f in detect_red_flags(case)]  # local rules, no model
        warnings = find_injections(case.render())
        model_case = case
        if self.privacy:
            model_case, self._deids[review_id] = self.privacy.protect(case, review_id)
            model_case = model_case.model_copy(update={"id": self.stored_case_id(case)})
            self._case_ids[review_id] = case.id
        return {"case": model_case.model_dump(mode="json"), "red_flags": red_flags, "warnings": warnings,
                "plan": None, "opinion": None, "answer": None,
                "failures": intake_failures(intake.refused_note, intake.notes)}

    def review(self, case: Case, *, review_id: str | None = None, on_event: EventHandler | None = None) -> ReviewResult:
        """Run a full review and return its result; ``on_event`` sees each node start and finish."""
        review_id, initial = self._start(case, review_id)
        try:
            return self._run(initial, review_id, on_event)
        finally:
            self._running.release(review_id)

    def stream(self, case: Case, *, review_id: str | None = None) -> Iterator[ReviewEvent]:
        """Run a review step by step: the red-flag screen first, then a :class:`ReviewEvent` as each node
        starts and ends (the plan after triage, each specialist's report as it finishes) and, while a node
        runs, the evidence it computed before its model call; then one ``kind="result"`` event with the result.
        A bad review id raises here, before anything runs. The id stays taken in this process until the stream
        ends or is closed."""
        review_id, initial = self._start(case, review_id)
        return self._running.released_after(self._events(initial, review_id), review_id)

    def stream_live(self, case: Case, *, review_id: str | None = None,
                    tick_s: float = 0.5) -> Iterator[ReviewEvent | None]:
        """:meth:`stream` run in a worker thread: the same events, and ``None`` whenever ``tick_s`` passes
        without one, so that a page can redraw its clocks while a node runs."""
        review_id, initial = self._start(case, review_id)
        return in_worker_thread(lambda: self._running.released_after(self._events(initial, review_id), review_id),
                                tick_s=tick_s, name=f"review-{review_id}")

    def resume(self, review_id: str, *, on_event: EventHandler | None = None) -> ReviewResult:
        """Continue an interrupted review from its last checkpoint (a finished one is returned as it is). A run
        of it going on in this process is waited for first, so that no step runs twice."""
        with self._holding(review_id, wait=True) as current:
            if current.awaiting_signoff:  # only sign() goes past a sign-off, whoever asked for it
                return current
            return self._run(None, review_id, on_event)

    def sign(self, review_id: str, decision: SignOff | dict[str, Any]) -> ReviewResult:
        """Record the clinician's decision on a review paused for sign-off, and finish it."""
        decision = SignOff.model_validate(decision)
        if decision.decision == "edited" and not decision.edited_answer:
            raise ValueError("an 'edited' sign-off needs the edited answer")
        # a second click while the first is recorded is refused, not recorded beside it
        with self._holding(review_id) as current:
            if not current.awaiting_signoff:
                raise ValueError(f"review '{review_id}' is not waiting for sign-off")
            # The pause asked for a sign-off: record it even where this reviewer does not ask for one
            return self._run(Command(resume=decision.model_dump()), review_id, None, require_signoff=True)

    @contextmanager
    def _holding(self, review_id: str, *, wait: bool = False) -> Iterator[ReviewResult]:
        """The stored review, with its id taken by this run in this process until the block ends (``wait``: a
        run of it going on here is waited for, else refused); KeyError when nothing is stored under the id."""
        self._running.claim(review_id, wait=wait)
        try:
            current = self.get(review_id)
            if current is None:
                raise KeyError(f"no review with id '{review_id}'")
            yield current
        finally:
            self._running.release(review_id)

    def _run(self, initial: Any, review_id: str, on_event: EventHandler | None,
             require_signoff: bool | None = None) -> ReviewResult:
        # The callback gets node, kind and LangGraph's record: the events' restored parts would go unread.
        for event in self._events(initial, review_id, parts=False, tasks=on_event is not None,
                                  require_signoff=require_signoff):
            if event.result is not None:
                return event.result
            if on_event:
                on_event(event.node, event.kind, event.info)
        raise RuntimeError(f"review '{review_id}' ended without a result")  # _events always closes with one

    def _events(self, initial: Any, review_id: str, *, parts: bool = True, tasks: bool = True,
                require_signoff: bool | None = None) -> Iterator[ReviewEvent]:
        config = {"configurable": {"thread_id": review_id}}
        deid = self._deidentifier(review_id) if parts else None
        restore = (lambda data: PrivacyGuard.reidentify(data, deid)) if deid else None
        t0 = time.perf_counter()
        started: dict[str, float] = {}  # by task id: a node may run more than once
        durability = "sync" if self.settings.checkpoint_every_step else "exit"
        if parts and isinstance(initial, dict):  # a new review: its red-flag screen ran before the graph
            yield ReviewEvent.screened(review_id, initial.get("red_flags") or [])
        # "custom": what a node publishes while it runs (its evidence, before its model call); "values": the
        # state after each step, the last of which is the result's (reading it back from the checkpointer cost
        # a fiftieth of a review on instant models); "tasks" only for someone who reads the node events
        modes = ["values", *(["tasks"] if tasks else []), *(["custom"] if parts else [])]
        final: dict[str, Any] | None = None
        for mode, task in self.graph.stream(initial, config, context=self._context(review_id, require_signoff),
                                            stream_mode=modes, durability=durability):
            if mode == "values":
                final = task
                continue
            if mode == "custom":
                yield ReviewEvent.from_custom(review_id, task, reidentify=restore)
                continue
            if mode != "tasks" or task.get("name") not in NODE_NAMES:
                continue
            now, seconds = time.perf_counter(), None
            if "result" in task or "error" in task:
                seconds = now - started.pop(task["id"], now)
            else:
                started[task["id"]] = now
            yield ReviewEvent.from_task(review_id, task, seconds=seconds, reidentify=restore, parts=parts)
        seconds = time.perf_counter() - t0
        if final is None or "__interrupt__" in final:
            # A pause (the sign-off's interrupt) reads the stored state: which node waits is there, and LangGraph
            # before 1.0.4 streamed only the interrupt at a pause. A pause is not the hot path; an end is.
            snapshot = self.graph.get_state(config)
            values, waiting, steps_left = snapshot.values, "signoff" in snapshot.next, unfinished(snapshot)
        else:
            values, waiting, steps_left = final, False, False
        result = self._result(review_id, values, waiting, seconds=seconds, unfinished=steps_left)
        _settle_heap()
        yield ReviewEvent(review_id, "review", "result", seconds=seconds, result=result)

    def _result(self, review_id: str, values: dict[str, Any], waiting: bool, seconds: float = 0.0,
                unfinished: bool = False) -> ReviewResult:
        """A review's state as a result for the clinician: re-identified when it was de-identified."""
        deid = self._deidentifier(review_id)
        if deid is None:
            return ReviewResult.from_state(review_id, values, seconds=seconds, waiting=waiting, unfinished=unfinished)
        # Restore the patient's details in what the result shows (not in the de-identified case it was built from).
        shown = PrivacyGuard.reidentify({k: v for k, v in values.items() if k != "case"}, deid)
        result = ReviewResult.from_state(review_id, {**shown, "case": values.get("case")}, seconds=seconds,
                                         waiting=waiting, unfinished=unfinished)
        return result.model_copy(update={"deidentified": True, "case_id": self._case_id(review_id, result.case_id)})

    def _case_id(self, review_id: str, stored: str) -> str:
        """The case's own id for the clinician: kept from :meth:`review`, or read from the private original."""
        if review_id not in self._case_ids and self.privacy is not None:
            original = self.privacy.original(review_id)
            if original is None:
                return stored
            self._case_ids[review_id] = original.id
        self._case_ids.move_to_end(review_id)
        while len(self._case_ids) > 256:
            self._case_ids.popitem(last=False)
        return self._case_ids[review_id]

    async def areview(self, case: Case, *, review_id: str | None = None,
                      on_event: EventHandler | None = None) -> ReviewResult:
        """Async form of :meth:`review` (runs the graph in a worker thread; specialists still run in parallel)."""
        return await asyncio.to_thread(self.review, case, review_id=review_id, on_event=on_event)

    def _stored(self, review_id: str) -> bool:
        # the same test as a Redis worker's before it starts a review: a stored input checkpoint alone is no review
        return bool(self.graph.get_state({"configurable": {"thread_id": review_id}}).values)

    def get(self, review_id: str) -> ReviewResult | None:
        """The stored state of a review, or ``None`` when the id is unknown."""
        snapshot = self.graph.get_state({"configurable": {"thread_id": review_id}})
        if not snapshot.values:
            return None
        return self._result(review_id, snapshot.values, "signoff" in snapshot.next, unfinished=unfinished(snapshot))

    def is_running(self, review_id: str) -> bool:
        """A run, resume or sign-off of the review is going on in this process (others are not seen)."""
        return review_id in self._running

    def list_reviews(self) -> list[str]:
        """Ids of all stored reviews (the Redis saver lists them without loading any checkpoint)."""
        if callable(ids := getattr(self.checkpointer, "thread_ids", None)):
            return ids()
        return sorted({c.config["configurable"]["thread_id"] for c in self.checkpointer.list(None)})

    def describe_stored(self, review_id: str) -> StoredReview | None:
        """One line's worth of a stored review, as stored: its case id is the de-identified one
        (:meth:`stored_case_id`) when the review was de-identified, and nothing is re-identified."""
        snapshot = self.graph.get_state({"configurable": {"thread_id": review_id}})
        if not snapshot.values:
            return None
        values = snapshot.values
        status = ("awaiting sign-off" if "signoff" in snapshot.next else
                  ("running" if self.is_running(review_id) else "interrupted") if unfinished(snapshot) else
                  "finished" if values.get("answer") is not None or values.get("opinion") is not None else "interrupted")
        return StoredReview(review_id, (values.get("case") or {}).get("id", ""), status)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()


class StoredReview(NamedTuple):
    review_id: str
    case_id: str  # as stored: a keyed hash of the case's id when the review was de-identified
    status: str  # "finished", "awaiting sign-off", "running" (in this process) or "interrupted"
