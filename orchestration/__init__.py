"""Orchestration: the case model, settings, model layer, the review graph and its public API."""

from typing import TYPE_CHECKING, Any

from consilium.orchestration.case.model import Case
from consilium.orchestration.case.io import load_case, load_cases
from consilium.orchestration.settings import Settings, load_settings

if TYPE_CHECKING:
    from consilium.orchestration.api import Consilium, ReviewResult

__all__ = ["Case", "Consilium", "ReviewResult", "Settings", "load_case", "load_cases", "load_settings"]


def __getattr__(name: str) -> Any:
    # The API pulls in the graph and the agents, and the agents import orchestration.case: importing
    # it lazily lets `import consilium.agents.<module>` work first, without a circular import.
    if name in ("Consilium", "ReviewResult"):
        from consilium.orchestration import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
