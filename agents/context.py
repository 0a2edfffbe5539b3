"""What the graph's nodes are given: injected dependencies, never read from the environment."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, TypedDict, TypeVar

from consilium.experts.base import ExpertRegistry
from consilium.orchestration.case.model import Case
from consilium.orchestration.models.chat import BoundModel

T = TypeVar("T")


def merge_dicts(left: dict | None, right: dict | None) -> dict:
    return {**(left or {}), **(right or {})}


def concat(left: list | None, right: list | None) -> list:
    return [*(left or []), *(right or [])]


@dataclass
class ReviewContext:
    models: dict[str, BoundModel]
    experts: ExpertRegistry | None = None
    out_dir: Path | None = None
    consensus_uses_model: bool = False
    surgery_waits_for_workup: bool = True
    require_signoff: bool = False
    knowledge: Any = None  # consilium.tools.knowledge.KnowledgeBase, or None when not installed
    scrub: Callable[[str], tuple[str, list[str]]] | None = None  # removes identifiers from model replies
    # One context serves one run of the graph (the API builds a new one each time), so what every node
    # would otherwise work out again from the same case is kept here for the run.
    _memo: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False, compare=False)

    def case_of(self, data: dict[str, Any]) -> Case:
        """The state's case as a :class:`Case`, validated once per run rather than once per node.

        The state holds the case as JSON-able data (it is checkpointed); LangGraph hands every node the
        same object, so the validated case is reused while the data is that object."""
        with self._lock:
            kept = self._memo.get("case")
        if kept is not None and kept[0] is data:
            return kept[1]
        case = Case.model_validate(data)
        with self._lock:
            self._memo["case"] = (data, case)
        return case

    def once(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()`` the first time ``key`` is asked for in this run, the same value after that."""
        with self._lock:
            if key in self._memo:
                return self._memo[key]
        value = compute()
        with self._lock:
            return self._memo.setdefault(key, value)


class ReviewState(TypedDict, total=False):
    """The checkpointed state of one review; plain JSON-able values only."""

    case: dict[str, Any]
    red_flags: list[dict[str, Any]]
    warnings: list[str]
    plan: dict[str, Any] | None
    reports: Annotated[dict[str, dict[str, Any]], merge_dicts]
    failures: Annotated[dict[str, dict[str, Any]], merge_dicts]
    evidence: Annotated[dict[str, dict[str, Any]], merge_dicts]
    timings: Annotated[dict[str, float], merge_dicts]
    audit: Annotated[list[dict[str, Any]], concat]
    opinion: dict[str, Any] | None
    answer: dict[str, Any] | None
    signoff: dict[str, Any] | None


class TaskInput(TypedDict):
    """What a specialist node receives through ``Send``."""

    case: dict[str, Any]
    task: dict[str, Any]
    upstream: dict[str, dict[str, Any]]
    upstream_failed: list[str]
    computed: NotRequired[dict[str, dict[str, Any]]]  # the case's computed scores, by evidence id
