"""One interface for expert models: a model card, lazy setup, and results returned as evidence.

An expert is a deterministic or learned tool (a MONAI bundle, a quantitative imaging measure, a lab
calculator) that a specialist agent consults. Its output is :class:`Evidence`: measurements with
units, a short text, an optional overlay image saved next to the case, and provenance (expert name,
version, weights hash, input files and their hash) so a clinician can check where a finding came from.
"""

from __future__ import annotations

import importlib
import logging
import threading
from abc import ABC, abstractmethod
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import BaseModel, Field, SerializerFunctionWrapHandler, model_serializer

from consilium.orchestration.errors import MissingDependency, PartFailure

if TYPE_CHECKING:
    from consilium.orchestration.case.model import Case, ImagingStudy, PathologySpecimen

log = logging.getLogger(__name__)

Role = Literal["radiology", "pathology", "surgery"]


class ExpertCard(BaseModel):
    name: str
    version: str
    modality: list[str] = Field(default_factory=list, description="e.g. CT, CR, MR, SM (slide), LAB")
    body_part: str = ""
    inputs: str
    outputs: str
    weights_sha256: str | None = None
    intended_use: str
    limits: str
    roles: list[Role] = Field(default_factory=list, description="Specialists that consult this expert.")


class Measurement(BaseModel):
    name: str
    value: float | int | str | bool | None
    unit: str = ""
    flag: str = Field(default="", description="low / high / critical / abnormal / '' when not judged")
    reference: str = ""
    inputs: dict[str, float | int | str | bool | None] = Field(
        default_factory=dict, description="Inputs a derived value was computed from."
    )


class Evidence(BaseModel):
    id: str = Field(description="Stable id an agent's finding can cite, e.g. 'ct_quant:ct1'.")
    expert: str
    expert_version: str
    weights_sha256: str | None = None
    target: str = Field(description="The case item examined: an imaging study id, a specimen id, 'labs'.")
    input_files: list[str] = Field(default_factory=list)
    input_sha256: str | None = None
    status: Literal["ok", "failed"] = "ok"
    error: str | None = Field(default=None, description="Why it failed, in full (file paths included): for the "
                              "clinician and the log, never for a prompt.")
    problem: str | None = Field(default=None, description="The kind of failure without case-derived text "
                                "('file could not be read (corrupt DICOM)'): what a prompt is told.")
    summary: str = ""
    measurements: list[Measurement] = Field(default_factory=list)
    overlay: str | None = Field(default=None, description="Path of an overlay PNG saved next to the case.")
    limitations: list[str] = Field(default_factory=list)

    @model_serializer(mode="wrap")
    def _omit_absent_problem(self, handler: SerializerFunctionWrapHandler) -> dict:
        # Evidence from before ``problem`` existed, and every success, serialises as it always did, so
        # recorded expert outputs keep their hashes.
        data = handler(self)
        if data.get("problem") is None:
            data.pop("problem", None)
        return data

    def render(self) -> str:
        """Structured text for a model prompt (expert-result prompt augmentation). A failure is told by
        its kind only: its full error names files, which are case-derived text."""
        if self.status == "failed":
            return f"[{self.id}] {self.expert} FAILED on {self.target}: {self.problem or UNKNOWN_PROBLEM}"
        lines = [f"[{self.id}] {self.expert} v{self.expert_version} on {self.target}: {self.summary}"]
        for m in self.measurements:
            flag = f" [{m.flag.upper()}]" if m.flag else ""
            ref = f" (ref {m.reference})" if m.reference else ""
            lines.append(f"  - {m.name}: {m.value}{(' ' + m.unit) if m.unit else ''}{ref}{flag}")
        if self.limitations:
            lines.append("  limits: " + "; ".join(self.limitations))
        return "\n".join(lines)


UNKNOWN_PROBLEM = "the expert could not examine it"


class ExpertError(PartFailure):
    """A typed failure of one expert on one input; the review goes on without that evidence.

    The message is for the clinician and the log and may name files; ``problem`` is what a model is
    told: the kind of failure, never a path or other case text. Subclasses set a default; a raise
    site that knows more passes ``problem=``."""

    problem = UNKNOWN_PROBLEM

    def __init__(self, message: str = "", *, problem: str | None = None):
        super().__init__(message)
        if problem is not None:
            self.problem = problem


class MissingDependencyError(ExpertError, MissingDependency):
    """An optional package an expert needs is not installed; the message says what to install."""

    problem = "a package this expert needs is not installed"


def require(module: str, install: str, *, needed_by: str = "this expert") -> object:
    """Import ``module`` or raise :class:`MissingDependencyError` saying ``pip install <install>``.

    Experts import heavy optional packages (torch, monai, pydicom, scikit-image) through this in
    ``setup()`` so that building a registry stays cheap and a missing package is a clear message,
    not an ``ImportError`` deep inside a run.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(
            f"{needed_by} needs the Python package providing '{module}' ({exc}); install it with: pip install {install}"
        ) from exc


class Expert(ABC):
    """Subclasses set ``card`` and implement ``targets`` and ``_run``; heavy loading goes in ``setup``."""

    card: ClassVar[ExpertCard]

    def __init__(self) -> None:
        self._ready = False
        self._lock = threading.Lock()

    def setup(self) -> None:  # noqa: B027 - optional hook
        """Load weights or other heavy state; called once, on first use."""

    @abstractmethod
    def targets(self, case: Case) -> list[str]:
        """Ids of the case items this expert can examine (empty when it does not apply)."""

    @abstractmethod
    def _run(self, case: Case, target: str, out_dir: Path) -> Evidence:
        """Examine one target; raise :class:`ExpertError` with a clear message on bad input."""

    def run(self, case: Case, target: str, out_dir: Path) -> Evidence:
        """Set up on first use, examine ``target``; any failure (setup included) becomes failed evidence.

        An :class:`ExpertError` is the expert saying why it could not answer, and its message is the
        evidence's error as it always was. Anything else is a defect in the expert: it is logged with
        its traceback for the developer, and the evidence names it as unexpected, with its type and
        message only, so the clinician's report never carries a traceback.
        """
        try:
            with self._lock:
                if not self._ready:
                    self.setup()
                    self._ready = True
            return self._run(case, target, out_dir)
        except ExpertError as exc:
            return self._failed(target, str(exc), exc.problem)
        except Exception as exc:  # noqa: BLE001 - one expert's bug must not stop the specialist or the case
            log.exception("expert %s on %s raised an unexpected %s", self.card.name, target, type(exc).__name__)
            return self._failed(target, f"unexpected {type(exc).__name__} (a defect in the expert): {exc}",
                                "the expert failed unexpectedly (a defect, logged)")

    def _failed(self, target: str, error: str, problem: str = UNKNOWN_PROBLEM) -> Evidence:
        return Evidence(id=f"{self.card.name}:{target}", expert=self.card.name, expert_version=self.card.version,
                        target=target, status="failed", error=error, problem=problem)


def find_imaging_study(case: Case, target: str) -> ImagingStudy:
    """The imaging study with id ``target`` that has files, or an :class:`ExpertError` listing the ids."""
    for study in case.imaging:
        if study.id == target:
            if not study.files:
                raise ExpertError(f"imaging study {target!r} has no files", problem="no image files")
            return study
    raise ExpertError(f"no imaging study {target!r} in case {case.id}; studies: {[s.id for s in case.imaging]}",
                      problem="no such imaging study")


def find_specimen(case: Case, target: str) -> PathologySpecimen:
    """The pathology specimen with id ``target`` that has files, or an :class:`ExpertError` listing the ids."""
    for specimen in case.pathology:
        if specimen.id == target:
            if not specimen.files:
                raise ExpertError(f"pathology specimen {target!r} has no image files", problem="no image files")
            return specimen
    raise ExpertError(f"no pathology specimen {target!r} in case {case.id}; specimens: {[s.id for s in case.pathology]}",
                      problem="no such pathology specimen")


class ExpertRegistry:
    def __init__(self) -> None:
        self._experts: dict[str, Expert] = {}

    def register(self, expert: Expert) -> Expert:
        self._experts[expert.card.name] = expert
        return expert

    def get(self, name: str) -> Expert:
        return self._experts[name]

    def cards(self) -> list[ExpertCard]:
        return [e.card for e in self._experts.values()]

    def for_case(self, case: Case, role: Role) -> list[tuple[Expert, str]]:
        """(expert, target) pairs that apply to this case for this specialist."""
        return [(e, t) for e in self._experts.values() if role in e.card.roles for t in e.targets(case)]
