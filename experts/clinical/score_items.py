"""The patient's state as score inputs: vital signs, labs, mental state and oxygen, documented or missing.

An :class:`Item` is one calculator input: documented (a value and the case text it rests on) or missing;
a missing item carries the two values that give the score its lowest and its highest result, so that
:mod:`consilium.experts.clinical.scores` can state the score as a range rather than guess the input.
Yes/no findings in text are read by :mod:`consilium.experts.clinical.case_facts` (present / documented
absent / not mentioned); vitals, labs and demographics come from the case's structured fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from consilium.experts.clinical.case_facts import (
    CURRENT_FIELDS,
    Fact,
    any_of,
    case_texts,
    find,
    past_history_is_none,
)
from consilium.experts.clinical.lab_catalog import match_analyte, parse_number
from consilium.orchestration.case.vitals_text import first_reading

if TYPE_CHECKING:
    from consilium.orchestration.case.model import Case



@dataclass(frozen=True)
class Item:
    """One calculator input: its documented value, or None with the values that bound the score."""

    value: Any
    evidence: str = ""
    low: Any = None   # the value that gives the lowest score, used only when ``value`` is None
    high: Any = None  # the value that gives the highest score
    label: str = ""   # how a clinician would name it when missing ("urea")

    @property
    def known(self) -> bool:
        return self.value is not None


def fact_item(fact: Fact, label: str, *, lowers: bool = False) -> Item:
    """A yes/no finding; ``lowers`` for an item that subtracts points (its 'yes' is the low bound)."""
    if fact.value is not None:
        return Item(fact.value, fact.evidence, label=label)
    return Item(None, low=lowers, high=not lowers, label=label)


def unknown(label: str, low: Any, high: Any) -> Item:
    return Item(None, low=low, high=high, label=label)


def chronic(case: Case, pattern: str) -> Fact:
    """A chronic condition: documented anywhere, or absent when the past history is documented as none."""
    fact = find(case, pattern)
    if fact.state == "missing" and past_history_is_none(case):
        return Fact("absent", "past_medical_history documented as none", "past_medical_history")
    return fact


# --- the patient's state -------------------------------------------------------------------------------------

CONFUSION = (r"\b(?:confus\w*|disorient\w*|delirium|delirious|drowsy|obtunded|stuporous|altered (?:mental (?:status|"
             r"state)|mentation|consciousness|conscious level)|reduced (?:conscious level|GCS)|new cognitive impairment)")
ORIENTED = (r"\b(?:alert and (?:fully )?orient(?:at)?ed|orient(?:at)?ed (?:to|in|x ?3|times three)|fully orient(?:at)?ed|"
            r"GCS (?:of )?15|AMTS? (?:of )?(?:9|10)|A ?& ?O ?x ?3|A ?& ?O\b|alert\b(?! to\b))")  # ACVPU's A
_VOICE = r"\b(?:respond\w* (?:only )?to (?:voice|verbal)|rousable to voice)"
_PAIN = r"\b(?:respond\w* (?:only )?to pain|rousable (?:only )?to pain)"
_UNRESPONSIVE = r"\b(?:unresponsive|unconscious|comatose)\b"


def mentation(case: Case) -> tuple[str | None, str]:
    """ACVPU level ('alert', 'confusion', 'voice', 'pain', 'unresponsive') or None, with its evidence."""
    for level, pattern in (("unresponsive", _UNRESPONSIVE), ("pain", _PAIN), ("voice", _VOICE)):
        fact = find(case, pattern, CURRENT_FIELDS)
        if fact.state == "present":
            return level, fact.evidence
    gcs = _gcs(case)
    if gcs is not None and gcs[0] < 15:
        return "confusion", gcs[1]
    confused = find(case, CONFUSION, CURRENT_FIELDS)
    if confused.state == "present":
        return "confusion", confused.evidence
    oriented = find(case, ORIENTED, CURRENT_FIELDS)
    if oriented.state == "present":
        return "alert", oriented.evidence
    if confused.state == "absent":
        return "alert", confused.evidence
    return None, ""


def _gcs(case: Case) -> tuple[int, str] | None:
    if (found := first_reading(case_texts(case, CURRENT_FIELDS), "gcs")) is None:
        return None
    field, reading = found
    return int(reading.value), f"{field}: '{reading.text}'"


def altered(case: Case) -> Item:
    """New confusion / altered mentation (GCS < 15) as a yes/no item."""
    level, evidence = mentation(case)
    if level is None:
        return unknown("mental state (confusion)", False, True)
    return Item(level != "alert", evidence, label="mental state (confusion)")


def age(case: Case) -> int | None:
    a = case.demographics.age_years
    return None if a is None else int(a)


_VITAL_LABELS = {"respiratory_rate": "respiratory rate", "systolic_bp": "systolic BP", "diastolic_bp": "diastolic BP",
                 "heart_rate": "heart rate", "spo2": "SpO2", "temperature_c": "temperature"}


def vital_item(case: Case, name: str) -> Item:
    """A vital sign from the case's vitals, or else from the first reading written in its current text.

    Exam questions and letters state vitals in the history ("pulse is 116/min, blood pressure is 79/42 mm Hg");
    the first one written is the one at presentation, which is what the scores are defined on.
    """
    value = getattr(case.vitals, name)
    evidence = f"vitals: {name} {value:g}" if value is not None else ""
    if value is None and (found := first_reading(current_texts(case), name)) is not None:
        field, reading = found
        value, evidence = reading.value, f"{field}: '{reading.text}'"
    if value is None:
        return Item(None, label=_VITAL_LABELS[name])
    return Item(round(value) if name != "temperature_c" else value, evidence, label=_VITAL_LABELS[name])


def recorded_vitals(case: Case, names: tuple[str, ...]) -> list[str]:
    """Which of ``names`` the case documents, as structured vitals or in its text."""
    return [n for n in names if vital_item(case, n).known]


# A vital sign at a value that no score here counts against the patient: NEWS2's 0 band (RCP, NEWS2 2017:
# RR 12-20, SpO2 >= 96 %, SBP 111-219, pulse 51-90, T 36.1-38.0), inside CURB-65's (BTS 2009: RR < 30,
# SBP >= 90 and DBP > 60) and qSOFA's (Sepsis-3, 2016: RR < 22, SBP > 100) limits. A vital the case lacks is
# entered at it for a score's best case (and by the red-flag screen's NEWS2), so a score without it is a floor.
UNREMARKABLE_VITALS: dict[str, float] = {"respiratory_rate": 16, "spo2": 98, "systolic_bp": 130, "diastolic_bp": 80,
                                         "heart_rate": 70, "temperature_c": 37.0}


def vital(case: Case, name: str, worst: Any) -> Item:
    """A vital for a score: the case's reading, or unknown between the unremarkable value and ``worst``."""
    item = vital_item(case, name)
    return item if item.known else Item(None, low=UNREMARKABLE_VITALS[name], high=worst, label=item.label)


def lab(case: Case, *keys: str) -> tuple[float, str, Any] | None:
    """The last result of the first analyte in ``keys`` found, in that analyte's canonical unit: from the
    case's labs, or else from a result written in its text ("Leukocyte count is 14,500/mm3")."""
    for key in keys:
        found = None
        for result in case.labs:
            a = match_analyte(result.name, result.unit)
            if a is not None and a.key == key and result.numeric is not None:
                canonical = a.to_canonical(result.numeric, result.unit) if result.unit or not a.unit else None
                if canonical is not None:
                    found = (canonical, f"labs: {result.name} {result.value:g} {result.unit}".rstrip(), result)
        if found := found or _text_lab(case, key):
            return found
    return None


# A result written in prose: a name, a linking word, a number and a unit ("serum urea nitrogen is 32 mg/dL").
_TEXT_LAB = re.compile(r"\b((?:serum |blood |plasma )?(?:urea nitrogen|BUN|urea|ha?emoglobin|Hb|Hgb|leukocyte count|"
                       r"white (?:blood )?cell count|WBC|WCC|neutrophils?|segmented neutrophils))"
                       r"\s*(?:is|was|of|:|=|concentration (?:is|of))?\s*(\d[\d,]*(?:\.\d+)?)\s*"
                       r"(%|mg/dL|mmol/L|g/dL|g/L|/mm3|/mm\^3|/(?:μ|u|mc)L|x ?10\^?9/L|×\s?10\^?9/L|10\^9/L)", re.I)


def _text_lab(case: Case, key: str) -> tuple[float, str, Any] | None:
    for field, text in current_texts(case):
        for m in _TEXT_LAB.finditer(text):
            a = match_analyte(m.group(1), m.group(3))
            number = parse_number(m.group(2))
            if a is None or a.key != key or number is None:
                continue
            canonical = a.to_canonical(number[0], m.group(3).replace("×", "x").replace(" ", ""))
            if canonical is not None:
                return canonical, f"{field}: '{m.group(0)}'", None
    return None


def bun_mg_dl(case: Case) -> Item:
    """Blood urea nitrogen in mg/dL, from a BUN result or a urea result (mmol/L x 2.801)."""
    if (bun := lab(case, "bun")) is not None:
        return Item(round(bun[0], 1), bun[1], label="urea")
    if (urea := lab(case, "urea")) is not None:
        return Item(round(urea[0] * 2.801, 1), f"{urea[1]} (= BUN {urea[0] * 2.801:.1f} mg/dL)", label="urea")
    return unknown("urea", 5.0, 100.0)


def on_oxygen(case: Case) -> Item:
    fact = any_of(find(case, r"\b(?:on (?:\d+ ?L(?:/min)?|(?:supplemental |high[- ]flow )?oxygen|O2)|supplemental "
                             r"oxygen|nasal (?:cannula|specs)|non-rebreath\w*|venturi|face ?mask)\b", CURRENT_FIELDS),
                  _room_air(case))
    if fact.value is None:
        return unknown("supplemental oxygen (or room air)", False, True)
    return Item(fact.value, fact.evidence, label="supplemental oxygen")


def _room_air(case: Case) -> Fact:
    text = " ".join([*case.vitals.other.values(), *(t for _, t in current_texts(case))])
    if re.search(r"\b(?:on )?room air\b|\bRA\b|\bon air\b", text):
        return Fact("absent", "documented on room air", "vitals")
    return Fact("missing")


def current_texts(case: Case) -> list[tuple[str, str]]:
    return case_texts(case, CURRENT_FIELDS)
