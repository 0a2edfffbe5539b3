"""Typed access to open-medicine's deterministic calculators, with the inputs kept beside the result.

open-medicine (MIT, https://github.com/RamosFBC/openmedicine) ships ~90 validated scores and
equations, each as a pydantic parameter model plus a function returning a ``ClinicalResult`` (value,
interpretation, evidence DOI). This module is the one place the rest of Consilium calls them from:
the lab and surgical-risk experts and the LangChain calculator tools, so that every result carries
the calculator's name, the package version and the exact inputs it was given.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from consilium.experts.base import ExpertError


class CalculatorError(ExpertError):
    """A calculator could not run: unknown name, invalid inputs, or a failure inside it."""


class UnknownCalculatorError(CalculatorError):
    """No open-medicine calculator has this name; the caller should pick one from the list."""


class CalculatorInputError(CalculatorError):
    """The inputs did not validate against the calculator's schema; fix them and retry."""


class CalculatorResult(BaseModel):
    """One calculator run: what went in, what came out, and where the method comes from."""

    calculator: str
    inputs: dict[str, Any] = Field(description="The validated inputs, defaults included.")
    value: Any
    interpretation: str
    doi: str = ""
    evidence: str = ""
    source: str = Field(description="Package and version the calculator came from.")

    def render(self) -> str:
        args = ", ".join(f"{k}={v}" for k, v in self.inputs.items())
        doi = f" [doi:{self.doi}]" if self.doi else ""
        return f"{self.calculator}({args}) = {self.value}. {self.interpretation}{doi} ({self.source})"


def _require_open_medicine() -> None:
    try:
        import open_medicine  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise CalculatorError("open-medicine is not installed: pip install open-medicine==0.12.0") from exc


@cache
def package_version() -> str:
    """The installed open-medicine distribution version (its ``__version__`` attribute is stale)."""
    try:
        return version("open-medicine")
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"


@cache
def registry() -> dict[str, Any]:
    """open-medicine's calculator registry: name -> RegisteredTool(description, pydantic_model, execute_function)."""
    _require_open_medicine()
    from open_medicine.mcp.registry import CALCULATOR_REGISTRY

    return dict(CALCULATOR_REGISTRY)


def run_calculator(name: str, inputs: dict[str, Any] | BaseModel) -> CalculatorResult:
    """Validate ``inputs`` against the calculator's schema, run it, and keep inputs with the result.

    Raises :class:`UnknownCalculatorError` or :class:`CalculatorInputError` (both say what to fix),
    or :class:`CalculatorError` when the calculator itself fails.
    """
    tool = _lookup(name)
    try:
        params = inputs if isinstance(inputs, tool.pydantic_model) else tool.pydantic_model.model_validate(
            inputs.model_dump() if isinstance(inputs, BaseModel) else inputs)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise CalculatorInputError(f"{name}: invalid inputs: {problems}") from exc
    try:
        result = tool.execute_function(params)
    except (ValueError, TypeError, ZeroDivisionError, ArithmeticError) as exc:
        raise CalculatorError(f"{name} failed on {params.model_dump(mode='json')}: {exc}") from exc
    value = getattr(result, "value", result)
    if hasattr(value, "value") and not isinstance(value, (int, float, str, bool)):
        value = value.value  # enum values
    evidence = getattr(result, "evidence", None)
    return CalculatorResult(
        calculator=name,
        inputs=params.model_dump(mode="json"),
        value=value,
        interpretation=getattr(result, "interpretation", ""),
        doi=getattr(evidence, "source_doi", "") or "",
        evidence=getattr(evidence, "description", "") or "",
        source=f"open-medicine {package_version()}",
    )


def _lookup(name: str) -> Any:
    reg = registry()
    key = name if name in reg else f"calculate_{name}"
    if key not in reg:
        raise UnknownCalculatorError(f"no calculator named {name!r}; known: {', '.join(sorted(reg))}")
    return reg[key]
