"""LangChain tools for the agents: open-medicine's calculators, guideline search, and the clinical experts.

Every tool returns text for the model and, as its artifact, the structured result (inputs, value,
DOI) for provenance (``response_format="content_and_artifact"``). Bad inputs raise
:class:`~langchain_core.tools.ToolException` with the reason, which the tool turns into a message the
model can act on (``handle_tool_error=True``) instead of crashing the case.

- :func:`calculator_tools`: one tool per calculator, each with open-medicine's own pydantic schema.
- :func:`calculator_catalog_tools`: two tools (find a calculator, run one by name) for a small model
  that should not see 90 tool schemas at once.
- :func:`knowledge_search_tool`: BM25 search over the guideline knowledge base, with citations.
- :func:`expert_tools`: the lab panel and surgical-risk experts bound to one case.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.tools import BaseTool, StructuredTool, ToolException
from pydantic import BaseModel, Field

from consilium.experts.clinical.calculators import CalculatorError, calculator_names, describe, run_calculator
from consilium.tools.knowledge_index import BM25Index, query_tokens, tokenize

if TYPE_CHECKING:
    from consilium.experts.base import Expert
    from consilium.orchestration.case.model import Case
    from consilium.tools.knowledge import KnowledgeBase

_RESULT_NOTE = " Returns the value, its interpretation, the evidence DOI and the inputs used."


def _validation_message(error: Exception) -> str:
    """The argument errors in one line, so the model can correct its call."""
    errors = getattr(error, "errors", None)
    if callable(errors):
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors())
        return f"Invalid arguments: {problems}"
    return f"Invalid arguments: {error}"


def _run_or_raise(name: str, inputs: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    try:
        result = run_calculator(name, inputs)
    except CalculatorError as exc:
        raise ToolException(str(exc)) from exc
    return result.render(), result.model_dump(mode="json")


def _tool(func: Any, name: str, description: str, schema: type[BaseModel]) -> StructuredTool:
    """A tool returning (text, artifact), whose failures and bad arguments become messages to the model."""
    return StructuredTool.from_function(func=func, name=name, description=description, args_schema=schema,
                                        response_format="content_and_artifact", handle_tool_error=True,
                                        handle_validation_error=_validation_message)


def calculator_tool(name: str) -> StructuredTool:
    """One open-medicine calculator as a tool whose argument schema is the calculator's own model."""
    description, schema = describe(name)

    def run(**kwargs: Any) -> tuple[str, dict[str, Any]]:
        return _run_or_raise(name, kwargs)

    return _tool(run, name, description + _RESULT_NOTE, schema)


def calculator_tools(names: Iterable[str] | None = None) -> list[BaseTool]:
    """Tools for the named calculators (all of open-medicine's when ``names`` is None)."""
    return [calculator_tool(n if n.startswith("calculate_") else f"calculate_{n}")
            for n in (calculator_names() if names is None else names)]


class FindCalculatorArgs(BaseModel):
    query: str = Field(description="What to compute, e.g. 'stroke risk in atrial fibrillation' or 'CURB-65'.")
    k: int = Field(default=5, ge=1, le=15, description="How many calculators to list.")


class RunCalculatorArgs(BaseModel):
    name: str = Field(description="Calculator name from find_calculator, e.g. 'calculate_chadsvasc'.")
    inputs: dict[str, Any] = Field(default_factory=dict, description="Arguments of that calculator, by name.")


def calculator_catalog_tools() -> list[BaseTool]:
    """``find_calculator`` (names, descriptions and argument schemas) and ``run_calculator`` (by name)."""
    names = calculator_names()
    described = [(n, *describe(n)) for n in names]
    index = BM25Index.build(tokenize(f"{n.replace('_', ' ')} {d}") for n, d, _ in described)

    def find(query: str, k: int = 5) -> tuple[str, list[dict[str, Any]]]:
        hits = index.top(query_tokens(query), k)
        if not hits:
            return f"No calculator matches {query!r}.", []
        rows = []
        for i, _score in hits:
            name, desc, schema = described[i]
            fields = {f: (info.description or "") for f, info in schema.model_fields.items()}
            rows.append({"name": name, "description": desc, "arguments": fields})
        text = "\n".join(f"- {r['name']}: {r['description']} Arguments: {', '.join(r['arguments'])}" for r in rows)
        return text, rows

    def run(name: str, inputs: dict[str, Any] | None = None) -> tuple[str, dict[str, Any]]:
        return _run_or_raise(name, inputs or {})

    return [
        _tool(find, "find_calculator", "Find validated clinical calculators (scores, equations, dosing) by what "
                                       "they compute; lists names and arguments.", FindCalculatorArgs),
        _tool(run, "run_calculator", "Run a clinical calculator by name with its arguments." + _RESULT_NOTE,
              RunCalculatorArgs),
    ]


class KnowledgeSearchArgs(BaseModel):
    query: str = Field(description="Clinical question or keywords, e.g. 'atrial fibrillation anticoagulation'.")
    k: int = Field(default=4, ge=1, le=10, description="How many guideline passages to return.")


def knowledge_search_tool(kb: KnowledgeBase | None = None, *, max_chars: int = 1200) -> StructuredTool:
    """Guideline search; each passage is returned with its id, title, section, date and DOI to cite."""

    def search(query: str, k: int = 4) -> tuple[str, list[dict[str, Any]]]:
        from consilium.tools.knowledge import default_knowledge_base

        hits = (kb or default_knowledge_base()).search(query, k)
        if not hits:
            return f"No guideline passage matches {query!r}.", []
        return "\n\n".join(h.render(max_chars) for h in hits), [h.model_dump() for h in hits]

    return _tool(search, "search_guidelines", "Search the local clinical guideline library (ACC/AHA, KDIGO, IDSA, "
                                              "NICE, ... with DOIs). Cite passages by their [id].", KnowledgeSearchArgs)


class _NoArgs(BaseModel):
    """This tool takes no arguments: it examines the current case."""


def expert_tools(case: Case, experts: Sequence[Expert] | None = None, out_dir: Path | None = None) -> list[BaseTool]:
    """The clinical experts (lab panel, surgical risk by default) as argument-less tools bound to ``case``."""
    if experts is None:
        from consilium.experts.clinical.labs import LabPanelExpert
        from consilium.experts.clinical.surgical_risk import SurgicalRiskExpert

        experts = [LabPanelExpert(), SurgicalRiskExpert()]
    folder = out_dir or Path(tempfile.gettempdir())
    tools: list[BaseTool] = []
    for expert in experts:
        def run(expert: Expert = expert) -> tuple[str, list[dict[str, Any]]]:
            targets = expert.targets(case)
            if not targets:
                return f"{expert.card.name}: nothing to examine in this case.", []
            evidence = [expert.run(case, t, folder) for t in targets]
            return "\n".join(e.render() for e in evidence), [e.model_dump(mode="json") for e in evidence]

        tools.append(_tool(run, expert.card.name,
                           f"{expert.card.outputs} Inputs: {expert.card.inputs} Limits: {expert.card.limits}", _NoArgs))
    return tools
