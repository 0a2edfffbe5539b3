"""What the graph's nodes are given: injected dependencies, never read from the environment."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, TypedDict

from consilium.experts.base import ExpertRegistry
from consilium.orchestration.models.chat import BoundModel


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
