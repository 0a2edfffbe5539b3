"""Laboratory values for red-flag rules: robust name matching, unit conversion, critical limits.

A lab may be called "K", "K+", "Serum potassium" or "Potassium (mEq/L)"; glucose may come in
mmol/L or mg/dL, haemoglobin in g/L or g/dL, troponin in ng/L or ng/mL. :func:`read_labs` finds
each analyte in ``case.labs`` and in the free text and converts it to one unit. What is specific to
red flags stays here: names and phrasings in free text, and unit guesses for unitless values in prose.
Numbers are read by the lab catalogue's one parser and compared with its critical limits (each with
its source, in :mod:`consilium.experts.clinical.lab_critical`), the same limits as the lab-panel expert.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from consilium.experts.clinical.lab_catalog import analyte as catalogue_analyte
from consilium.experts.clinical.lab_catalog import parse_number
from consilium.experts.clinical.lab_critical import CriticalLimit
from consilium.orchestration.case.model import Case

Convert = Callable[[float, str], float | None]


def _same(v: float, unit: str) -> float:
    return v


def _glucose(v: float, unit: str) -> float:
    return v / 18.016 if "mg" in unit or (not unit and v > 35) else v


def _haemoglobin(v: float, unit: str) -> float:
    if "g/dl" in unit or (not unit and v < 25):
        return v * 10
    return v * 16.11 if "mmol" in unit else v


def _lactate(v: float, unit: str) -> float:
    return v / 9.008 if "mg" in unit else v


def _calcium(v: float, unit: str) -> float:
    if "mg" in unit or (not unit and v > 5):
        return v / 4.008
    return v / 2 if "meq" in unit else v


def _per_nanolitre(v: float, unit: str) -> float:
    """Cell counts as 10^9/L: 250,000/µL and 250 x10^3/µL are both 250."""
    return v / 1000 if v > 2000 or ("/mm3" in unit or "/ul" in unit or "/µl" in unit) and v > 200 else v


def _magnesium(v: float, unit: str) -> float:
    if "mg" in unit:
        return v * 0.4114
    return v / 2 if "meq" in unit else v


def _troponin(v: float, unit: str) -> float:
    """Troponin in ng/L; ng/mL (and µg/L) are 1000 times larger; a unitless value below 1 is ng/mL."""
    if any(u in unit for u in ("ng/ml", "µg/l", "ug/l", "mcg/l")) or (not unit and v < 1):
        return v * 1000
    return v


@dataclass(frozen=True)
class Analyte:
    key: str
    label: str
    unit: str
    name: re.Pattern[str]       # matched against a normalised lab name
    exclude: re.Pattern[str] | None
    text: re.Pattern[str]       # finds "<name> <number> <unit>" in free text
    convert: Convert


def _analyte(key: str, label: str, unit: str, name: str, text_names: str, convert: Convert,
             exclude: str | None = None) -> Analyte:
    text = re.compile(rf"(?<![\w-])(?:{text_names})(?:\s+(?:level|concentration|count))?\s*(?:is|was|of|at|:|=)?\s*"
                      rf"(-?\d+(?:[.,]\d+)*)\s*((?:[x×]\s*10\^?\d+\s*)?[A-Za-zµμ%][\w/µμ^.%]*)?")
    return Analyte(key, label, unit, re.compile(name), re.compile(exclude) if exclude else None, text, convert)


_NOT_BLOOD = r"urin|csf|fluid|stool|sweat"
ANALYTES = [
    _analyte("potassium", "potassium", "mmol/L", r"\bpotassium\b|\bkalium\b|(?:^|\s)k\+?(?:\s|$)",
             r"(?i:potassium)|K\+?", _same, r"vitamin|" + _NOT_BLOOD),
    _analyte("sodium", "sodium", "mmol/L", r"\bsodium\b|(?:^|\s)na\+?(?:\s|$)", r"(?i:sodium)|Na\+?", _same, _NOT_BLOOD),
    _analyte("glucose", "glucose", "mmol/L", r"\bglucose\b|\bblood sugar\b|(?:^|\s)(?:bm|cbg|glu)(?:\s|$)",
             r"(?i:(?:blood |plasma |serum |capillary )?glucose|blood sugar)|BM|CBG", _glucose, _NOT_BLOOD),
    _analyte("haemoglobin", "haemoglobin", "g/L", r"\bh(?:a)?emoglobin\b|(?:^|\s)(?:hb|hgb)(?:\s|$)",
             r"(?i:ha?emoglobin)|Hb|Hgb", _haemoglobin, r"a1c|glyc|corpuscular|\bmch|urin|plasma free"),
    _analyte("troponin", "troponin", "ng/L", r"\btrop(?:onin)?\b|\b(?:hs)?c?tn[ti]\b",
             r"(?i:(?:hs-?|high[- ]sensitivity )?(?:cardiac )?troponin(?:\s+[TI])?|hs-?c?Tn[TI]|c?Tn[TI])", _troponin),
    _analyte("lactate", "lactate", "mmol/L", r"\blact(?:ate|ic acid)\b|(?:^|\s)lac(?:\s|$)",
             r"(?i:(?:serum |venous |arterial )?lactate|lactic acid)", _lactate, r"dehydrogenase|ldh|" + _NOT_BLOOD),
    _analyte("calcium", "calcium", "mmol/L", r"\bcalcium\b|(?:^|\s)(?:adj(?:usted)? |corr(?:ected)? )?ca(?:2\+|\+\+)?(?:\s|$)",
             r"(?i:(?:corrected |adjusted )?calcium)|Ca2\+", _calcium, r"ionis|ioniz|\bica\b|125|19\W?9|15\W?3|" + _NOT_BLOOD),
    _analyte("ph", "pH", "", r"(?:^|\s)(?:arterial |venous |blood )?ph(?:\s|$)", r"(?i:arterial pH|venous pH)|pH",
             _same, _NOT_BLOOD),
    _analyte("platelets", "platelets", "x10^9/L", r"\bplatelets?\b|\bplt\b|\bthrombocytes\b",
             r"(?i:platelets?(?: count)?)|Plt|PLT", _per_nanolitre),
    _analyte("neutrophils", "neutrophils", "x10^9/L", r"\bneutrophils?\b|\banc\b|\bneuts?\b",
             r"(?i:(?:absolute )?neutrophils?(?: count)?)|ANC", _per_nanolitre, r"%|percent|lymph|" + _NOT_BLOOD),
    _analyte("wbc", "white cell count", "x10^9/L", r"\bwbc\b|\bwcc\b|\bwhite (?:blood )?cells?\b|\bleu[ck]ocytes?\b",
             r"(?i:white (?:blood )?cell count|white cells|leu[ck]ocyte count|leu[ck]ocytes)|WBC|WCC", _per_nanolitre,
             _NOT_BLOOD + r"|esterase"),
    _analyte("inr", "INR", "", r"\binr\b", r"INR", _same),
    _analyte("magnesium", "magnesium", "mmol/L", r"\bmagnesium\b|(?:^|\s)mg2?\+?(?:\s|$)", r"(?i:magnesium)|Mg2\+",
             _magnesium, _NOT_BLOOD),
    _analyte("bicarbonate", "bicarbonate", "mmol/L", r"\bbicarb(?:onate)?\b|\bhco3|(?:^|\s)(?:total )?co2(?:\s|$)",
             r"(?i:bicarbonate)|HCO3-?", _same, r"pco2|paco2|" + _NOT_BLOOD),
    _analyte("ketones", "blood ketones", "mmol/L", r"\bketones?\b|hydroxybutyrate|\bbhb\b",
             r"(?i:(?:blood |capillary |serum )ketones|beta-?hydroxybutyrate)", _same, _NOT_BLOOD),
    _analyte("hcg", "hCG", "IU/L", r"\bhcg\b|chorionic", r"(?i:(?:beta|β|b)[- ]?hCG|hCG)", _same),
]

# Red-flag keys that the catalogue spells differently.
_CATALOGUE_KEY = {"haemoglobin": "hemoglobin"}


@dataclass(frozen=True)
class LabValue:
    key: str
    value: float            # in the analyte's canonical unit
    unit: str               # the canonical unit
    field: str              # where it came from: "labs[3] Serum K" or a text field
    raw: str                # as written
    high_flag: bool = False  # above the case's own reference range


def _normalise(name: str) -> str:
    return " ".join(re.sub(r"[_,:;()\[\]/]", " ", name.lower()).split())


def _number(text: str) -> float | None:
    parsed = parse_number(text)
    return None if parsed is None else parsed[0]


def analyte_for(name: str) -> Analyte | None:
    """The analyte a lab's name refers to, or None ("CA 125" is not calcium, "HbA1c" not haemoglobin)."""
    norm = _normalise(name)
    for a in ANALYTES:
        if a.name.search(norm) and not (a.exclude and a.exclude.search(norm)):
            return a
    return None


def read_labs(case: Case, sources: list[tuple[str, str]]) -> list[LabValue]:
    """Every recognised lab value in the case: structured results first, then values written in text."""
    out: list[LabValue] = []
    for i, lab in enumerate(case.labs):
        a = analyte_for(lab.name)
        if a is None:
            continue
        value = lab.numeric if lab.numeric is not None else _number(str(lab.value))
        if value is None:
            continue
        unit = (lab.unit or re.sub(r"^\s*[<>≤≥~]?\s*-?[\d.,]+\s*", "", str(lab.value))).lower()
        converted = a.convert(float(value), unit)
        if converted is not None:
            out.append(LabValue(a.key, converted, a.unit, f"labs[{i}] {lab.name}",
                                f"{lab.value} {lab.unit}".strip(), lab.flag == "high"))
    seen = {v.key for v in out}
    for field, text in sources:
        for a in ANALYTES:
            if a.key in seen:
                continue
            for m in a.text.finditer(text):
                value = _number(m.group(1))
                unit = (m.group(2) or "").lower()
                if value is None or (a.exclude and a.exclude.search(_normalise(_lead_in(text, m.start()) + m.group()))):
                    continue
                converted = a.convert(value, unit)
                if converted is not None:
                    out.append(LabValue(a.key, converted, a.unit, field, m.group().strip()))
    return out


def _lead_in(text: str, start: int) -> str:
    """Up to 12 characters before a value's name, within its sentence: "urine glucose" is not blood glucose,
    but "sweaty. Capillary glucose" is."""
    before = text[max(0, start - 12):start]
    return re.split(r"[.;\n]", before)[-1]


def critical(values: list[LabValue]) -> list[tuple[LabValue, str, str]]:
    """(value, urgency, meaning) for each analyte's most extreme value beyond a catalogue critical limit.

    The limits are the lab catalogue's (:mod:`consilium.experts.clinical.lab_critical`), so a value the
    lab-panel expert calls critical is a red flag here and the other way round.
    """
    found: list[tuple[LabValue, str, str]] = []
    for key in dict.fromkeys(v.key for v in values):
        best: tuple[LabValue, str, str] | None = None
        for v in (x for x in values if x.key == key):
            reached = catalogue_limit(v)
            if reached is not None and (best is None or best[1] != "immediate"):
                best = (v, reached.urgency, reached.meaning)
        if best:
            found.append(best)
    return found


def catalogue_limit(v: LabValue) -> CriticalLimit | None:
    """The most extreme catalogue critical limit that this red-flag reading reaches, or None."""
    key = _CATALOGUE_KEY.get(v.key, v.key)
    try:
        a = catalogue_analyte(key)
    except KeyError:  # hCG and troponin have no critical limits
        return None
    canonical = a.to_canonical(v.value, v.unit)
    reached = None if canonical is None else a.critical(canonical)
    return None if reached is None else reached[0]
