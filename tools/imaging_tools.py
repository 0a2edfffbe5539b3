"""LangChain tools that let an agent consult the imaging and pathology experts on the current case.

Tools are built per case (the case, the registry and the output folder are injected, never global):
one :class:`~langchain_core.tools.StructuredTool` per expert that applies to the case, whose single
argument ``target`` is restricted to the study or specimen ids that expert can examine. A call
returns the evidence rendered as text for the model and the :class:`~consilium.experts.base.Evidence`
itself as the tool message's artifact, so the agent's finding can cite it with provenance. A target
the expert cannot examine is a :class:`~langchain_core.tools.ToolException` whose message lists the
valid ids, returned to the model as feedback rather than raised.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from langchain_core.tools import StructuredTool, ToolException
from pydantic import BaseModel, Field, create_model

from consilium.experts.base import Evidence, Expert, ExpertRegistry, Role
from consilium.orchestration.case.model import Case

IMAGING_ROLES: tuple[Role, ...] = ("radiology", "pathology")


def tool_name(expert_name: str) -> str:
    """A function name every chat API accepts (letters, digits, _ and -)."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", expert_name)[:64]


def _args_schema(expert: Expert, targets: list[str]) -> type[BaseModel]:
    """Pydantic schema whose ``target`` is a Literal of the ids this expert can examine in this case."""
    kind = "pathology specimen" if "pathology" in expert.card.roles else "imaging study"
    target_type: Any = Literal[tuple(targets)] if targets else str
    return create_model(
        f"{tool_name(expert.card.name).title().replace('_', '')}Args",
        target=(target_type, Field(description=f"id of the {kind} to examine; one of {targets}")),
    )


def expert_tool(expert: Expert, case: Case, out_dir: Path) -> StructuredTool:
    """A tool that runs ``expert`` on one target of ``case`` and writes overlays under ``out_dir``."""
    card = expert.card
    targets = expert.targets(case)

    def consult(target: str) -> tuple[str, Evidence]:
        if target not in targets:
            raise ToolException(f"{card.name} cannot examine {target!r} in this case; valid targets: {targets}")
        evidence = expert.run(case, target, Path(out_dir))
        return evidence.render(), evidence

    description = (
        f"{card.intended_use} Input: {card.inputs}. Output: {card.outputs}. "
        f"Limits: {card.limits}. Targets in this case: {', '.join(targets) or 'none'}."
    )
    return StructuredTool.from_function(
        func=consult,
        name=tool_name(card.name),
        description=description,
        args_schema=_args_schema(expert, targets),
        response_format="content_and_artifact",
        handle_tool_error=True,
        handle_validation_error=lambda exc: f"invalid arguments for {card.name}: {exc}; valid targets: {targets}",
    )


def imaging_tools(
    registry: ExpertRegistry, case: Case, out_dir: Path, *, roles: Iterable[Role] = IMAGING_ROLES
) -> list[StructuredTool]:
    """Tools for every expert in ``registry`` that serves one of ``roles`` and has a target in ``case``."""
    wanted = set(roles)
    seen: dict[str, Expert] = {}
    for role in wanted:
        for expert, _ in registry.for_case(case, role):
            seen.setdefault(expert.card.name, expert)
    return [expert_tool(expert, case, out_dir) for _, expert in sorted(seen.items())]
