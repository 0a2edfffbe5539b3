"""Vital signs written in prose ("pulse is 116/min, BP 79/42 mm Hg, T 101.3°F, GCS 13/15"), read in one place.

Exam vignettes, letters and notes state vital signs in the text rather than in the case's structured
vitals. :func:`readings` finds every such reading in one text, with its value in the unit the case's
:class:`~consilium.orchestration.case.model.Vitals` uses (°C, /min, mmHg, %) and where it stands; which
reading counts (the first, the worst, the one in a given field) is the caller's decision.

A number is a reading only when it could be one: a pulse or respiratory rate is written with two or
three digits, a blood pressure always as systolic/diastolic, a saturation with its percent sign, a
temperature in the range a living patient is measured at, a Glasgow Coma Scale between 3 and 15. The
rest is something else ("loud P2", "T2 lesion", "RR 120/80" as the Riva-Rocci blood pressure,
"pulse 98%" from a pulse oximeter).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from consilium.orchestration.case.fhir_codes import fahrenheit_to_celsius

# The names are the Vitals fields, plus the Glasgow Coma Scale, which the case keeps only as text.
NAMES = ("heart_rate", "respiratory_rate", "systolic_bp", "diastolic_bp", "spo2", "temperature_c", "gcs")
UNITS = {"heart_rate": "/min", "respiratory_rate": "/min", "systolic_bp": "mmHg", "diastolic_bp": "mmHg",
         "spo2": "%", "temperature_c": "°C", "gcs": "/15"}

# Body temperatures recorded in clinical text lie well inside 25-45 °C (severe hypothermia to the highest
# fevers survived); a "T" outside that range is a vertebra, a tumour stage or a T-wave, not a temperature.
# A temperature written without its unit is Celsius when it falls in that range and Fahrenheit above 50
# (77-113 °F covers the same span), as US vignettes write "temperature 101.3".
TEMPERATURE_C_RANGE = (25.0, 45.0)
_FAHRENHEIT_ABOVE = 50.0
# The Glasgow Coma Scale runs from 3 (no response) to 15 (Teasdale & Jennett, Lancet 1974).
GCS_RANGE = (3, 15)

# Words between a label and its number: "pulse is 116", "HR: 116", "BP of 90/60", "temperature at 39", "RR - 22".
_LINK = r"\s*(?:is|are|was|were|of|at|:|=|-)?\s*"
_PULSE = r"pulse(?!\s+oximetry)(?:\s+rate)?|heart\s+rate|HR|P"
_RESPIRATION = r"respirations?|resp(?:iratory|\.)?\s+rate|RR"
_SATURATION = r"SpO2|SaO2|O2\s+sat\w*|oxygen\s+saturations?|sats?|pulse\s+ox(?:imetry)?"
_TEMPERATURE_UNIT = r"\s*(?:°|deg(?:rees?)?)?\s*(C|F|Celsius|Fahrenheit|centigrade)\b|\s*([℃℉])"
_PATTERNS: dict[str, re.Pattern[str]] = {
    # Rates are whole numbers: "HR 1.4" is a hazard ratio, "RR = 0.52" a relative risk. A percent after a
    # pulse is a saturation read off the oximeter; "RR 120/80" is the Riva-Rocci (blood pressure) of
    # European notes.
    "heart_rate": re.compile(rf"\b(?:{_PULSE}){_LINK}(\d{{2,3}})\b(?!\.\d|\s*%)", re.IGNORECASE),
    "respiratory_rate": re.compile(rf"\b(?:{_RESPIRATION}){_LINK}(\d{{1,2}})\b(?!\.\d|\s*/\s*\d)", re.IGNORECASE),
    "blood_pressure": re.compile(rf"\b(?:blood\s+pressure|BP){_LINK}(\d{{2,3}})\s*/\s*(\d{{2,3}})\b", re.IGNORECASE),
    "spo2": re.compile(rf"\b(?:{_SATURATION}){_LINK}(\d{{2,3}}(?:\.\d+)?)\s*%", re.IGNORECASE),
    "temperature_c": re.compile(rf"\b(?:temp(?:erature)?|T){_LINK}(\d{{2,3}}(?:\.\d+)?)(?!\d)(?:{_TEMPERATURE_UNIT})?",
                                re.IGNORECASE),
    "gcs": re.compile(rf"\b(?:GCS|Glasgow\s+Coma\s+(?:Scale|Score)){_LINK}(\d{{1,2}})(?:\s*/\s*15)?\b", re.IGNORECASE),
}


@dataclass(frozen=True)
class Reading:
    """One vital sign read from text: its name, its value in ``unit``, and where it stands in the text."""

    name: str
    value: float
    unit: str
    start: int
    end: int
    text: str  # the words read, as written ("T 101.3°F" for a reading of 38.5 °C)


def readings(text: str, name: str | None = None) -> list[Reading]:
    """Every vital-sign reading in ``text`` (or only those called ``name``), in the order they are written."""
    if name is not None and name not in NAMES:
        raise ValueError(f"unknown vital sign {name!r}; known: {', '.join(NAMES)}")
    wanted = NAMES if name is None else (name,)
    found: list[Reading] = []
    for key, pattern in _PATTERNS.items():
        names = ("systolic_bp", "diastolic_bp") if key == "blood_pressure" else (key,)
        if not set(names) & set(wanted):
            continue
        for m in pattern.finditer(text):
            for reading in _read(key, m):
                if reading.name in wanted:
                    found.append(reading)
    return sorted(found, key=lambda r: (r.start, NAMES.index(r.name)))


def first_reading(texts: Iterable[tuple[str, str]], name: str) -> tuple[str, Reading] | None:
    """The first reading called ``name`` in ``(field, text)`` pairs taken in order, with its field."""
    for field, text in texts:
        if found := readings(text, name):
            return field, found[0]
    return None


def _read(key: str, m: re.Match[str]) -> list[Reading]:
    def reading(name: str, value: float) -> Reading:
        return Reading(name, value, UNITS[name], m.start(), m.end(), m.group())

    number = float(m.group(1))
    if key == "blood_pressure":
        return [reading("systolic_bp", number), reading("diastolic_bp", float(m.group(2)))]
    if key == "spo2":
        return [reading(key, number)] if number <= 100 else []
    if key == "gcs":
        return [reading(key, number)] if GCS_RANGE[0] <= number <= GCS_RANGE[1] else []
    if key == "temperature_c":
        written = (m.group(2) or m.group(3) or "")[:1].upper().replace("℃", "C").replace("℉", "F")
        celsius = _celsius(number, written)
        return [reading(key, celsius)] if celsius is not None else []
    return [reading(key, number)]


def _celsius(number: float, unit: str) -> float | None:
    if unit == "F" or (not unit and number > _FAHRENHEIT_ABOVE):
        number = fahrenheit_to_celsius(number)
    low, high = TEMPERATURE_C_RANGE
    return number if low <= number <= high else None
