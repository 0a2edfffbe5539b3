"""The surgical risk expert: validated perioperative scores from open-medicine, honest about gaps.

Scores: RCRI (Lee 1999, major cardiac events after noncardiac surgery, endorsed by the 2014 ACC/AHA
perioperative guideline), Caprini (postoperative VTE risk), STOP-Bang (obstructive sleep apnoea,
an anaesthetic risk), Charlson comorbidity index, and, where the case states them, the ASA physical
status, the Clinical Frailty Scale and functional capacity in METs (clinician assessments that
no calculator can make).

Each input is read from the case (see :mod:`consilium.experts.clinical.surgical_inputs`) and is either
documented (present/absent, with the text it rests on) or missing. A missing input is never guessed:
the score is computed from the documented inputs with the missing ones counted as absent, reported
as a lower bound, with the list of what is missing and, where the score is a plain sum, the upper
bound if every missing item were present.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from consilium.experts.base import Evidence, Expert, ExpertCard, Measurement
from consilium.experts.clinical.case_facts import Fact, find, find_number
from consilium.experts.clinical.calculators import CalculatorError, run_calculator
from consilium.experts.clinical.surgical_inputs import caprini_inputs, charlson_inputs, rcri_inputs, stop_bang_inputs

if TYPE_CHECKING:
    from consilium.orchestration.case.model import Case


class ScoreResult(BaseModel):
    """One score: its value from the documented inputs, and what is missing."""

    name: str
    calculator: str = Field(description="open-medicine calculator and version, or 'documented in case'.")
    doi: str = ""
    value: float | int | str | None
    complete: bool = Field(description="True when every input was documented.")
    upper_bound: float | int | None = Field(default=None, description="Value if every missing input were present.")
    interpretation: str = ""
    inputs_used: dict[str, Any] = Field(default_factory=dict, description="Documented inputs and their values.")
    inputs_missing: list[str] = Field(default_factory=list)
    sources: dict[str, str] = Field(default_factory=dict, description="Input -> the case text it rests on.")
    high_from: float | None = Field(default=None, description="Value at or above which the result is flagged high.")

    def measurement(self) -> Measurement:
        inputs: dict[str, float | int | str | bool | None] = {k: v for k, v in self.inputs_used.items()}
        inputs.update({k: None for k in self.inputs_missing})
        inputs["method"] = self.calculator
        if self.doi:
            inputs["doi"] = self.doi
        if self.complete or not self.inputs_missing:
            reference = "complete"
        else:
            bound = f"; up to {self.upper_bound} if all were present" if self.upper_bound is not None else ""
            reference = (f"lower bound: {len(self.inputs_missing)} input(s) not documented "
                         f"({', '.join(self.inputs_missing)}){bound}")
        flag = ""
        if self.high_from is not None and isinstance(self.value, (int, float)):
            flag = "high" if self.value >= self.high_from else ("normal" if self.complete else "")
        return Measurement(name=self.name, value=self.value, unit="points" if self.calculator != "documented in case"
                           else "", flag=flag, reference=reference, inputs=inputs)


# (display name, open-medicine calculator, inputs reader, sum-type score?, flagged-high threshold)
SCORES: tuple[tuple[str, str, Callable[[Case], dict[str, Fact]], bool, float | None], ...] = (
    ("RCRI (Revised Cardiac Risk Index)", "calculate_rcri", rcri_inputs, True, 2),
    ("Caprini VTE risk", "calculate_caprini", caprini_inputs, False, 5),
    ("STOP-Bang (obstructive sleep apnoea)", "calculate_stop_bang", stop_bang_inputs, True, 5),
    ("Charlson comorbidity index", "calculate_charlson", charlson_inputs, False, 5),
)
_ASA = (r"\bASA(?:\s*(?:physical status|PS|class|grade|score|classification))?\s*(?:of|is|was|:|=)?\s*"
        r"((?:VI|IV|V|III|II|I|[1-6])(?:\s*E)?)\b")
_CFS = r"(?:clinical frailty scale|\bCFS\b)(?:\s*score)?\s*(?:of|is|was|:|=)?\s*([1-9])\b"
_METS = r"(\d+(?:\.\d+)?)\s*METs?\b"
_STAIRS = r"\b(?:climbs?|climbing|walks? up|manages?) (?:two|2|a) flights? of stairs"


def compute_score(name: str, calculator: str, facts: dict[str, Fact], *, bounded: bool,
                  extra: dict[str, Any] | None = None, high_from: float | None = None) -> ScoreResult:
    """Run a boolean-input calculator on the documented inputs; missing ones are reported, not guessed."""
    used = {k: f.value for k, f in facts.items() if f.value is not None}
    missing = sorted(k for k, f in facts.items() if f.value is None)
    sources = {k: f.evidence for k, f in facts.items() if f.evidence}
    low = run_calculator(calculator, {**{k: bool(f.value) for k, f in facts.items()}, **(extra or {})})
    upper = None
    if missing and bounded:
        upper = run_calculator(calculator, {**{k: f.value is not False for k, f in facts.items()},
                                            **(extra or {})}).value
    if missing:
        interpretation = (f"At least {low.value} from documented inputs"
                          + (f" (up to {upper} if the missing ones were present)" if upper is not None else "")
                          + f"; not documented: {', '.join(missing)}. The calculator's reading of the documented "
                            f"inputs: {low.interpretation}")
    else:
        interpretation = low.interpretation
    if extra:
        used.update(extra)
    return ScoreResult(name=name, calculator=f"{low.source} {calculator}", doi=low.doi, value=low.value,
                       complete=not missing, upper_bound=upper, interpretation=interpretation, inputs_used=used,
                       inputs_missing=missing, sources=sources, high_from=high_from)


def _documented_assessments(case: Case) -> tuple[list[ScoreResult], list[str]]:
    """ASA-PS, Clinical Frailty Scale and METs when the case states them; otherwise named as missing."""
    out: list[ScoreResult] = []
    missing: list[str] = []
    asa = find_number(case, _ASA)
    if asa:
        out.append(ScoreResult(name="ASA physical status (documented)", calculator="documented in case",
                               value=asa[0].replace(" ", "").upper(), complete=True, sources={"asa": asa[1]},
                               interpretation="Assigned by a clinician; reported as documented."))
    else:
        missing.append("ASA physical status: not documented (a clinician's classification; no calculator)")
    cfs = find_number(case, _CFS)
    if cfs:
        try:
            res = run_calculator("calculate_clinical_frailty", {"frailty_level": int(cfs[0])})
            out.append(ScoreResult(name="Clinical Frailty Scale", calculator=f"{res.source} {res.calculator}",
                                   doi=res.doi, value=res.value, complete=True, interpretation=res.interpretation,
                                   inputs_used={"frailty_level": int(cfs[0])}, sources={"frailty_level": cfs[1]},
                                   high_from=5))
        except CalculatorError as exc:
            missing.append(f"Clinical Frailty Scale: {exc}")
    else:
        missing.append("Clinical Frailty Scale: not documented")
    mets = find_number(case, _METS)
    stairs = find(case, _STAIRS)
    if mets:
        value = float(mets[0])
        out.append(ScoreResult(name="Functional capacity (METs, documented)", calculator="documented in case",
                               value=value, complete=True, sources={"mets": mets[1]},
                               interpretation=">= 4 METs: proceed without further testing per ACC/AHA 2014"
                               if value >= 4 else "< 4 METs: poor functional capacity (ACC/AHA 2014 step 5)"))
    elif stairs.state != "missing":
        value_text = ">=4" if stairs.state == "present" else "<4"
        out.append(ScoreResult(name="Functional capacity (METs, documented)", calculator="documented in case",
                               value=value_text, complete=True, sources={"stairs": stairs.evidence},
                               interpretation="Stair climbing (two flights) is about 4 METs."))
    else:
        missing.append("functional capacity (METs): not documented")
    return out, missing


class SurgicalRiskExpert(Expert):
    """Perioperative risk scores for the surgery specialist."""

    card = ExpertCard(
        name="surgical_risk",
        version="1.0.0",
        modality=["CLINICAL"],
        inputs="Case free text (history, past history, examination, results), medications, demographics, vitals "
               "(weight/height for BMI), labs (creatinine).",
        outputs="RCRI, Caprini, STOP-Bang, Charlson (open-medicine calculators) with documented inputs, their source "
                "text and the missing inputs; documented ASA-PS, Clinical Frailty Scale and METs.",
        intended_use="Preoperative risk stratification support for a clinician; not a substitute for assessment.",
        limits="Inputs are read from free text with simple negation rules; a score with missing inputs is a lower "
               "bound. open-medicine's Caprini omits the hip/pelvis/leg fracture and recent major surgery items. "
               "ASA-PS is never computed.",
        roles=["surgery"],
    )

    def targets(self, case: Case) -> list[str]:
        return ["periop"]

    def scores(self, case: Case) -> tuple[list[ScoreResult], list[str]]:
        """All scores for the case and a list of scores that could not be run (pure; no I/O)."""
        results: list[ScoreResult] = []
        failures: list[str] = []
        age = case.demographics.age_years
        for name, calculator, reader, bounded, high_from in SCORES:
            extra = {"age": int(age)} if calculator == "calculate_charlson" and age is not None else None
            try:
                result = compute_score(name, calculator, reader(case), bounded=bounded, extra=extra,
                                       high_from=high_from)
            except CalculatorError as exc:
                failures.append(f"{name}: {exc}")
                continue
            if calculator == "calculate_charlson" and age is None:
                result.inputs_missing.append("age")
                result.complete = False
            results.append(result)
        documented, missing = _documented_assessments(case)
        return results + documented, failures + missing

    def _run(self, case: Case, target: str, out_dir: Path) -> Evidence:
        results, gaps = self.scores(case)
        parts = []
        for r in results:
            if r.complete:
                parts.append(f"{r.name}: {r.value}")
            else:
                parts.append(f"{r.name}: >= {r.value} ({len(r.inputs_missing)} inputs not documented)")
        limitations = [
            "inputs are read from free text with simple negation rules; check the cited sources",
            "a score with undocumented inputs is a lower bound: missing inputs are listed, never assumed present",
            "open-medicine's Caprini has no hip/pelvis/leg fracture or recent major surgery item",
            *gaps,
        ]
        return Evidence(id=f"{self.card.name}:{target}", expert=self.card.name, expert_version=self.card.version,
                        target=target, summary="; ".join(parts), measurements=[r.measurement() for r in results],
                        limitations=limitations)
