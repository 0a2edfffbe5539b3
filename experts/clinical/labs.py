"""The lab panel expert: every result flagged against a stated range, plus derived values with inputs.

Each result is judged against the case's own reference range when it has one (the reporting
laboratory knows its assay), otherwise against the built-in adult interval for the patient's age and
sex from :mod:`consilium.experts.clinical.lab_catalog`, after converting the unit. A unit that cannot be
converted is reported as a mismatch and the result is left unjudged; nothing is compared across
units silently. Critical (panic) limits are checked whichever range was used.

Derived values (anion gap, eGFR CKD-EPI 2021, corrected calcium, osmolality...) come from
open-medicine's calculators, and each lists the inputs, in the units the equation takes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from consilium.experts.base import Evidence, Expert, ExpertCard, Measurement
from consilium.experts.clinical.lab_catalog import (
    Analyte, match_analyte, normalise_unit, parse_number, reference_interval,
)
from consilium.experts.clinical.lab_derived import DerivedValue, derive_all

if TYPE_CHECKING:
    from consilium.orchestration.case.model import Case, LabResult

Flag = Literal["low", "high", "critical", "normal", "abnormal", ""]
_RANGE_TEXT = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(-?\d+(?:\.\d+)?)")
_BOUND_TEXT = re.compile(r"^\s*([<>]=?|≤|≥)\s*(-?\d+(?:\.\d+)?)")
_POSITIVE = {"positive", "detected", "reactive", "present", "pos", "+"}
_NEGATIVE = {"negative", "not detected", "non-reactive", "nonreactive", "absent", "neg", "-"}


class LabFinding(BaseModel):
    """One reported result and how it was judged."""

    name: str
    analyte: str | None = Field(default=None, description="Catalogue key the name was matched to.")
    value: float | str
    unit: str = ""
    time: str | None = None
    canonical_value: float | None = Field(default=None, description="Value in the catalogue's unit.")
    canonical_unit: str = ""
    flag: Flag = ""
    critical_direction: Literal["low", "high", ""] = ""
    reference: str = Field(default="", description="The range used and whose it is.")
    problem: str = Field(default="", description="Why the result was not judged, e.g. a unit mismatch.")


class LabPanelReport(BaseModel):
    findings: list[LabFinding]
    derived: list[DerivedValue]
    not_computed: list[str] = Field(default_factory=list, description="Derived values skipped, and why.")
    limitations: list[str] = Field(default_factory=list)


class LabPanelExpert(Expert):
    """Flags a case's lab results and derives the standard secondary values."""

    card = ExpertCard(
        name="lab_panel",
        version="1.0.0",
        modality=["LAB"],
        inputs="Case.labs (name, value, unit, optional reference range and time), demographics (age, sex), "
               "vitals (weight for Cockcroft-Gault).",
        outputs="Per-result flags (low/high/critical/normal) with the range used; derived values (anion gap, "
                "eGFR CKD-EPI 2021, corrected calcium, BUN/creatinine, osmolality, osmolar gap, corrected "
                "sodium, Winter's formula, Cockcroft-Gault, FIB-4, ANC), each with its inputs.",
        intended_use="Decision support for a clinician reviewing adult blood results.",
        limits="Built-in intervals are typical adult values, not the reporting laboratory's; children get no "
               "built-in intervals; assay-specific tests (troponin, lipase) are judged only on the case's range.",
        roles=["pathology"],
    )

    def targets(self, case: Case) -> list[str]:
        return ["labs"] if case.labs else []

    def assess(self, case: Case) -> LabPanelReport:
        """Judge every result and compute the derived values (pure; no I/O)."""
        age, sex = case.demographics.age_years, case.demographics.sex
        findings = [judge(lab, age, sex) for lab in case.labs]
        latest = _latest_by_analyte(findings)
        values = {k: f.canonical_value for k, f in latest.items() if f.canonical_value is not None}
        derived, not_computed = derive_all(values, age, sex, case.vitals.weight_kg)
        limitations = _limitations(findings, age, sex)
        return LabPanelReport(findings=findings, derived=derived, not_computed=not_computed, limitations=limitations)

    def _run(self, case: Case, target: str, out_dir: Path) -> Evidence:
        report = self.assess(case)
        measurements = [_finding_measurement(f) for f in report.findings]
        measurements += [d.measurement() for d in report.derived]
        return Evidence(
            id=f"{self.card.name}:{target}", expert=self.card.name, expert_version=self.card.version,
            target=target, summary=_summary(report), measurements=measurements,
            limitations=report.limitations + [f"not computed: {n}" for n in report.not_computed],
        )


def judge(lab: LabResult, age: float | None, sex: str) -> LabFinding:
    """Flag one result: the case's range first, else the built-in interval; critical limits always."""
    a = match_analyte(lab.name, lab.unit)
    finding = LabFinding(name=lab.name, analyte=a.key if a else None, value=lab.value, unit=lab.unit, time=lab.time)
    number, comparator = _number(lab.value)
    if number is None:
        finding.flag = _qualitative_flag(str(lab.value))
        finding.reference = lab.reference_text
        return finding
    canonical = a.to_canonical(number, lab.unit) if a else None
    if a is not None and canonical is not None:
        finding.canonical_value, finding.canonical_unit = round(canonical, 4), a.unit

    low, high, source = _case_range(lab)
    if source:
        finding.flag = _compare(number, comparator, low, high)
        finding.reference = f"{_fmt_range(low, high)} {lab.unit} ({source})".replace("  ", " ")
    elif a is None:
        finding.problem = "no built-in reference interval: analyte name not recognised"
    elif not a.intervals:
        finding.problem = f"no built-in reference interval ({a.note or 'none for this analyte'})"
    elif canonical is None:
        accepted = ", ".join(repr(u) for u in a.units) or "none"
        finding.problem = (f"unit mismatch: {lab.unit or 'no unit'!r} cannot be converted to {a.unit!r} "
                           f"(accepted: {accepted}); not compared")
    else:
        chosen = reference_interval(a, age, sex)
        if chosen is None:
            finding.problem = ("no built-in interval for a child (adult intervals only)"
                               if age is not None and age < 18 else "no built-in interval for this age/sex")
        else:
            interval, who = chosen
            finding.flag = _compare(canonical, comparator, interval.low, interval.high)
            note = f"; {interval.note}" if interval.note else ""
            finding.reference = f"{_range_in_unit(a, interval.low, interval.high, lab.unit)} (built-in, {who}{note})"
    if a is not None and canonical is not None:
        _apply_critical(finding, a, canonical, comparator, lab.unit)
    elif a is not None and (a.critical_low is not None or a.critical_high is not None) and not finding.problem:
        finding.problem = "critical limits not checked: unit not convertible"
    return finding


def _range_in_unit(a: Analyte, low: float | None, high: float | None, unit: str) -> str:
    """A canonical range shown in the reported unit, with the canonical range beside it when they differ."""
    canonical = f"{_fmt_range(low, high)} {a.unit}".strip()
    if normalise_unit(unit) == normalise_unit(a.unit):
        return canonical
    lo = None if low is None else a.from_canonical(low, unit)
    hi = None if high is None else a.from_canonical(high, unit)
    return f"{_fmt_range(_sig(lo), _sig(hi))} {unit} (= {canonical})"


def _sig(x: float | None) -> float | None:
    return None if x is None else float(f"{x:.4g}")


def _apply_critical(finding: LabFinding, a: Analyte, value: float, comparator: str, unit: str) -> None:
    """Critical when the value reaches a limit of lab_critical (inclusive); the red-flag screen uses the same."""
    crit = []
    if a.critical_low is not None:
        crit.append(f"<={_shown(a, a.critical_low, unit)}")
    if a.critical_high is not None:
        crit.append(f">={_shown(a, a.critical_high, unit)}")
    reached = a.critical(value)
    if reached is not None and comparator != (">" if reached[0].side == "low" else "<"):
        finding.flag, finding.critical_direction = "critical", reached[0].side
    if crit:
        finding.reference = f"{finding.reference}; critical {' or '.join(crit)} {unit or a.unit}".strip("; ")


def _shown(a: Analyte, canonical: float, unit: str) -> str:
    shown = _sig(a.from_canonical(canonical, unit))
    return f"{canonical if shown is None else shown:g}"


def _number(value: float | str) -> tuple[float | None, str]:
    """(number, comparator) of a value: 5.2 -> (5.2, ''), '<0.01' -> (0.01, '<'), 'positive' -> (None, '')."""
    parsed = parse_number(value, whole=True)
    if parsed is None or parsed[1] == "~":
        return (parsed[0], "") if parsed else (None, "")
    return parsed


def _case_range(lab: LabResult) -> tuple[float | None, float | None, str]:
    if lab.reference_low is not None or lab.reference_high is not None:
        return lab.reference_low, lab.reference_high, "case reference range"
    text = lab.reference_text.strip()
    if m := _RANGE_TEXT.match(text):
        return float(m.group(1)), float(m.group(2)), "case reference text"
    if m := _BOUND_TEXT.match(text):
        bound = float(m.group(2))
        return (None, bound, "case reference text") if m.group(1) in ("<", "<=", "≤") else (
            bound, None, "case reference text")
    return None, None, ""


def _compare(value: float, comparator: str, low: float | None, high: float | None) -> Flag:
    """Flag a value (possibly censored: '<x' means below x) against [low, high]."""
    if comparator == "<":  # true value below `value`
        if low is not None and value <= low:
            return "low"
        return "normal" if high is None or value <= high else ""
    if comparator == ">":
        if high is not None and value >= high:
            return "high"
        return "normal" if low is None or value >= low else ""
    if low is not None and value < low:
        return "low"
    if high is not None and value > high:
        return "high"
    return "normal"


def _qualitative_flag(text: str) -> Flag:
    t = text.strip().lower()
    if t in _POSITIVE:
        return "abnormal"
    if t in _NEGATIVE:
        return "normal"
    return ""


def _fmt_range(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"{low:g}-{high:g}"
    if high is not None:
        return f"<={high:g}"
    if low is not None:
        return f">={low:g}"
    return ""


def _latest_by_analyte(findings: list[LabFinding]) -> dict[str, LabFinding]:
    """The latest convertible result per analyte (by time when every result has one, else list order)."""
    groups: dict[str, list[LabFinding]] = {}
    for f in findings:
        if f.analyte and f.canonical_value is not None:
            groups.setdefault(f.analyte, []).append(f)
    latest = {}
    for key, group in groups.items():
        if all(f.time for f in group):
            group = sorted(group, key=lambda f: f.time or "")
        latest[key] = group[-1]
    return latest


def _limitations(findings: list[LabFinding], age: float | None, sex: str) -> list[str]:
    notes = []
    if any("built-in" in f.reference for f in findings):
        notes.append("built-in intervals are typical adult values; the reporting laboratory's range takes precedence")
    if sex not in ("female", "male"):
        notes.append("sex not recorded: sex-specific intervals widened to cover both sexes; eGFR needs sex")
    if age is None:
        notes.append("age not recorded: age-banded intervals and age-based equations not applied")
    elif age < 18:
        notes.append("patient under 18: adult intervals and adult equations not applied")
    counts: dict[str, int] = {}
    for f in findings:
        if f.analyte:
            counts[f.analyte] = counts.get(f.analyte, 0) + 1
    repeated = sorted(k for k, n in counts.items() if n > 1)
    if repeated:
        notes.append(f"repeated results ({', '.join(repeated)}): derived values use the latest of each")
    for f in findings:
        if f.problem.startswith("unit mismatch"):
            notes.append(f"{f.name}: {f.problem}")
    return notes


def _finding_measurement(f: LabFinding) -> Measurement:
    reference = f.reference or f.problem
    if f.reference and f.problem:
        reference = f"{f.reference}; {f.problem}"
    return Measurement(name=f.name + (f" @ {f.time}" if f.time else ""), value=f.value, unit=f.unit,
                       flag=f.flag, reference=reference)


def _summary(report: LabPanelReport) -> str:
    def show(f: LabFinding) -> str:
        return f"{f.name} {f.value}{(' ' + f.unit) if f.unit else ''}"

    by_flag: dict[str, list[str]] = {}
    for f in report.findings:
        key = f"critical {f.critical_direction}" if f.flag == "critical" else f.flag
        by_flag.setdefault(key, []).append(show(f))
    parts = [f"{len(report.findings)} results"]
    for key in ("critical low", "critical high", "high", "low", "abnormal"):
        if by_flag.get(key):
            parts.append(f"{key.upper()}: " + ", ".join(by_flag[key]))
    unjudged = [f.name for f in report.findings if not f.flag]
    if unjudged:
        parts.append("not judged: " + ", ".join(unjudged))
    flagged_derived = [f"{d.name} {d.value}{(' ' + d.unit) if d.unit else ''} [{d.flag}]"
                       for d in report.derived if d.flag not in ("", "normal")]
    if flagged_derived:
        parts.append("derived: " + ", ".join(flagged_derived))
    return "; ".join(parts)
