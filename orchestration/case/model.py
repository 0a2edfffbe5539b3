"""The patient case: what a clinician hands Consilium, as a typed pydantic model.

Everything an agent reads comes from a :class:`Case`. Files (imaging, pathology images) are kept as
paths resolved against the case file's folder; reading them is the experts' business, not the
model's. ``expected`` carries a reference answer for scenario replay and is never shown to a model.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import (BaseModel, ConfigDict, Field, PrivateAttr, SerializerFunctionWrapHandler, field_validator,
                      model_serializer, model_validator)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


Sex = Literal["female", "male", "other", "unknown"]


class Demographics(_Model):
    age_years: float | None = Field(default=None, ge=0, le=130)
    sex: Sex = "unknown"
    description: str = ""

    @field_validator("sex", mode="before")
    @classmethod
    def _normalise_sex(cls, value: object) -> object:
        if isinstance(value, str):
            v = value.strip().lower()
            return {"f": "female", "woman": "female", "m": "male", "man": "male"}.get(v, v)
        return value


class Vitals(_Model):
    temperature_c: float | None = Field(default=None, ge=20, le=46)
    heart_rate: float | None = Field(default=None, ge=0, le=350)
    respiratory_rate: float | None = Field(default=None, ge=0, le=120)
    systolic_bp: float | None = Field(default=None, ge=0, le=350)
    diastolic_bp: float | None = Field(default=None, ge=0, le=250)
    spo2: float | None = Field(default=None, ge=0, le=100)
    weight_kg: float | None = Field(default=None, gt=0, le=700)
    height_cm: float | None = Field(default=None, gt=0, le=280)
    other: dict[str, str] = Field(default_factory=dict, description="Vitals kept as recorded text.")


class LabResult(_Model):
    name: str = Field(min_length=1)
    value: float | str
    unit: str = ""
    reference_low: float | None = None
    reference_high: float | None = None
    reference_text: str = ""
    time: str | None = None

    @property
    def numeric(self) -> float | None:
        return self.value if isinstance(self.value, (int, float)) else None

    @property
    def flag(self) -> Literal["low", "high", "normal", ""]:
        """Flag against the case's own reference range; "" when either is missing."""
        v = self.numeric
        if v is None or (self.reference_low is None and self.reference_high is None):
            return ""
        if self.reference_low is not None and v < self.reference_low:
            return "low"
        if self.reference_high is not None and v > self.reference_high:
            return "high"
        return "normal"


DICOM_UID = re.compile(r"[0-9]+(\.[0-9]+)*")  # PS3.5 9.1: digits and dots, at most 64 characters
PACS_UID_FIELDS = ("study_uid", "series_uid")


class ImagingStudy(_Model):
    id: str = Field(min_length=1)
    modality: str = Field(min_length=1, description="DICOM modality code or plain name: CT, MR, CR, US, XR...; "
                          "'auto' for a study fetched from a PACS takes the modality its images state.")
    body_part: str = ""
    files: list[Path] = Field(default_factory=list)
    report: str = Field(default="", description="Any existing report text for the study.")
    description: str = ""
    study_uid: str | None = Field(default=None, description="StudyInstanceUID of a study to fetch from the PACS "
                                  "in the settings (orchestration/case/pacs.py); never shown to a model.")
    series_uid: str | None = Field(default=None, description="SeriesInstanceUID: fetch only this series of it.")

    @field_validator(*PACS_UID_FIELDS)
    @classmethod
    def _dicom_uid(cls, value: str | None) -> str | None:
        if value is not None and (len(value) > 64 or not DICOM_UID.fullmatch(value)):
            raise ValueError("not a DICOM UID (digits separated by dots, at most 64 characters)")
        return value

    @model_validator(mode="after")
    def _series_within_a_study(self) -> ImagingStudy:
        if self.series_uid and not self.study_uid:
            raise ValueError("series_uid needs the study_uid of the study it belongs to")
        return self

    @model_serializer(mode="wrap")
    def _omit_absent_uids(self, handler: SerializerFunctionWrapHandler) -> dict:
        # Studies without UIDs serialise as they did before the fields existed, so stored cases,
        # recordings and their hashes stay the same.
        data = handler(self)
        for name in PACS_UID_FIELDS:
            if data.get(name) is None:
                data.pop(name, None)
        return data


class PathologySpecimen(_Model):
    id: str = Field(min_length=1)
    description: str = ""
    site: str = ""
    files: list[Path] = Field(default_factory=list)
    report: str = ""


class Expected(_Model):
    """Reference answers for scoring; never rendered into a prompt."""

    diagnosis: str | None = None
    answer_idx: str | None = None
    specialists: list[str] | None = None


class Case(_Model):
    id: str = Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9._-]+$")
    title: str = ""
    demographics: Demographics = Field(default_factory=Demographics)
    presenting_complaint: str = ""
    history: str = ""
    symptoms: list[str] = Field(default_factory=list)
    past_medical_history: str = ""
    social_history: str = ""
    family_history: str = ""
    review_of_systems: str = ""
    medications: list[str] = Field(default_factory=list)
    allergies: list[str] = Field(default_factory=list)
    vitals: Vitals = Field(default_factory=Vitals)
    examination: dict[str, str] = Field(default_factory=dict)
    labs: list[LabResult] = Field(default_factory=list)
    other_results: dict[str, str] = Field(default_factory=dict, description="ECG, EMG, other tests as text.")
    imaging: list[ImagingStudy] = Field(default_factory=list)
    pathology: list[PathologySpecimen] = Field(default_factory=list)
    options: dict[str, str] = Field(default_factory=dict, description="Answer options, for multiple-choice questions.")
    question: str = Field(default="What is the most likely diagnosis and what should be done next?")
    expected: Expected | None = None
    source: str = ""
    # Folders this case's files may lie in besides the operator's roots: the folder of the case file it
    # was read from, the folder an upload was stored in. Kept on the object only, never serialised, so a
    # case that arrives as data (a queue message, a JSON body) cannot widen its own confinement.
    _file_roots: tuple[Path, ...] = PrivateAttr(default=())

    def __eq__(self, other: object) -> bool:
        # Where a case was read from is not part of what it says: equal fields, equal cases.
        if not isinstance(other, Case):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # mutable, as every pydantic model

    @property
    def file_roots(self) -> tuple[Path, ...]:
        return self._file_roots

    def with_file_roots(self, *roots: Path) -> Case:
        """A copy that may also read files under ``roots`` (added to the ones it has)."""
        copy = self.model_copy()
        copy._file_roots = tuple(dict.fromkeys([*self._file_roots, *(Path(r) for r in roots)]))
        return copy

    def resolve_files(self, base_dir: Path) -> Case:
        """Return a copy whose file paths are absolute: relative ones anchored at ``base_dir``,
        ``pydicom:NAME`` and ``package:MODULE/PATH`` taken from installed packages. ``base_dir`` becomes
        one of the case's file roots (see :mod:`consilium.orchestration.case.confine`)."""
        def anchor(paths: list[Path]) -> list[Path]:
            return [resolve_path(str(p), base_dir) for p in paths]

        resolved = self.model_copy(update={
            "imaging": [s.model_copy(update={"files": anchor(s.files)}) for s in self.imaging],
            "pathology": [s.model_copy(update={"files": anchor(s.files)}) for s in self.pathology],
        })
        return resolved.with_file_roots(base_dir)

    def missing_files(self) -> list[Path]:
        paths = [p for s in self.imaging for p in s.files] + [p for s in self.pathology for p in s.files]
        return [p for p in paths if not p.exists()]

    def render(self, *, include_files: bool = False) -> str:
        """The case as plain text for a model: every clinical field, never ``expected``."""
        d = self.demographics
        parts: list[str] = []
        who = d.description or " ".join(
            x for x in [f"{d.age_years:g}-year-old" if d.age_years is not None else "", d.sex if d.sex != "unknown" else ""] if x
        )
        if who:
            parts.append(f"Patient: {who}")
        for label, text in [
            ("Presenting complaint", self.presenting_complaint),
            ("History", self.history),
            ("Symptoms", "; ".join(self.symptoms)),
            ("Past medical history", self.past_medical_history),
            ("Social history", self.social_history),
            ("Family history", self.family_history),
            ("Review of systems", self.review_of_systems),
            ("Medications", "; ".join(self.medications)),
            ("Allergies", "; ".join(self.allergies)),
        ]:
            if text:
                parts.append(f"{label}: {text}")
        vitals = _render_vitals(self.vitals)
        if vitals:
            parts.append(f"Vitals: {vitals}")
        if self.examination:
            parts.append("Examination:\n" + "\n".join(f"- {k}: {v}" for k, v in self.examination.items()))
        if self.labs:
            parts.append("Laboratory results:\n" + "\n".join(f"- {_render_lab(lab)}" for lab in self.labs))
        if self.other_results:
            parts.append("Other results:\n" + "\n".join(f"- {k}: {v}" for k, v in self.other_results.items()))
        for s in self.imaging:
            line = f"Imaging [{s.id}] {s.modality} {s.body_part}".rstrip()
            if s.description:
                line += f" ({s.description})"
            if include_files and s.files:
                line += f" — {len(s.files)} file(s)"
            parts.append(line + (f": {s.report}" if s.report else ": no report yet"))
        for p in self.pathology:
            line = f"Pathology specimen [{p.id}] {p.site}".rstrip()
            text = "; ".join(x for x in [p.description, p.report] if x)
            parts.append(line + (f": {text}" if text else ""))
        if self.options:
            parts.append("Options:\n" + "\n".join(f"{k}. {v}" for k, v in sorted(self.options.items())))
        parts.append(f"Question: {self.question}")
        return "\n".join(parts)


def resolve_path(text: str, base_dir: Path) -> Path:
    """Resolve a case file reference; package references let demo cases use imaging that ships in wheels."""
    if text.startswith("pydicom:"):
        from consilium.orchestration.case.package_files import pydicom_test_file

        found = pydicom_test_file(text.removeprefix("pydicom:"))
        return found if found else Path(text)  # a missing file is reported by whoever reads it
    if text.startswith("package:"):
        import importlib.util

        module, _, rel = text.removeprefix("package:").partition("/")
        spec = importlib.util.find_spec(module)
        if spec is None or not spec.submodule_search_locations:
            return Path(text)
        return Path(next(iter(spec.submodule_search_locations))) / rel
    p = Path(text)
    return p if p.is_absolute() else base_dir / p


def _render_vitals(v: Vitals) -> str:
    items = []
    if v.temperature_c is not None:
        items.append(f"T {v.temperature_c:g} °C")
    if v.heart_rate is not None:
        items.append(f"HR {v.heart_rate:g}/min")
    if v.respiratory_rate is not None:
        items.append(f"RR {v.respiratory_rate:g}/min")
    if v.systolic_bp is not None and v.diastolic_bp is not None:
        items.append(f"BP {v.systolic_bp:g}/{v.diastolic_bp:g} mmHg")
    if v.spo2 is not None:
        items.append(f"SpO2 {v.spo2:g}%")
    if v.weight_kg is not None:
        items.append(f"weight {v.weight_kg:g} kg")
    if v.height_cm is not None:
        items.append(f"height {v.height_cm:g} cm")
    items += [f"{k} {val}" for k, val in v.other.items()]
    return ", ".join(items)


def _render_lab(lab: LabResult) -> str:
    text = f"{lab.name}: {lab.value:g}" if lab.numeric is not None else f"{lab.name}: {lab.value}"
    if lab.unit:
        text += f" {lab.unit}"
    if lab.reference_low is not None or lab.reference_high is not None:
        lo = "" if lab.reference_low is None else f"{lab.reference_low:g}"
        hi = "" if lab.reference_high is None else f"{lab.reference_high:g}"
        text += f" (ref {lo}-{hi})"
    elif lab.reference_text:
        text += f" (ref {lab.reference_text})"
    if lab.flag in ("low", "high"):
        text += f" [{lab.flag.upper()}]"
    if lab.time:
        text += f" @ {lab.time}"
    return text
