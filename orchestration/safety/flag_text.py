"""Reading a case for red-flag rules: findings in text with negation, and vital signs.

The rules in :mod:`consilium.orchestration.safety.red_flags` ask two kinds of question: "is this finding
present (not denied, not a relative's, not past history, not hypothetical)?" and "what is this
vital sign?". :class:`CaseReader` answers both from the structured fields first and the free text
second, and says which field every answer came from.

Negation is a small NegEx-style rule set: a trigger ("no", "denies", "without", "negative for"...)
before the finding in the same clause, or a closing one after it ("... was ruled out", "...
negative"). Clauses end at sentence punctuation and at "but", "however", "although", "except". A resolved
finding still counts: resolved chest pain or a resolved deficit (TIA) is still a red flag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consilium.orchestration.case.model import Case

_CLAUSE_END = re.compile(r"[.;!?\n]|\b(?:but|however|although|though|except|apart from|aside from|whereas)\b", re.I)
_PRE_NEGATION = re.compile(
    r"\b(?:no|not|nor|denies|denied|denying|deny|without|negative for|free of|absence of|absent|nil|never|"
    r"ruled out|rules out|excluded|no evidence of|no signs? of|no history of|unremarkable)\b"
    r"|\bn't\b", re.I)
_POST_NEGATION = re.compile(
    r"^[^.;\n]{0,40}?\b(?:was|were|is|are|has been|have been)?\s*(?:ruled out|excluded|absent|not present|not seen|"
    r"negative|denied|not elicited|not demonstrated)\b", re.I)
# ("old" and "past" are left out: "a 45-year-old man with...", "over the past hour she developed...")
_HISTORICAL = re.compile(r"\b(?:history of|h/o|hx of|previous|prior|past (?:medical )?history|pmh|known|"
                         r"background of|in (?:19|20)\d\d|years? ago|months? ago)\b", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:if|should (?:he|she|they) (?:develop|have)|in case of|return if|watch for|unless|"
                           r"advised to return|safety[- ]net)\b", re.I)
_FAMILY = re.compile(r"\b(?:family history|fhx|fh:|(?:mother|father|brother|sister|sibling|aunt|uncle|grand(?:mother|"
                     r"father)|cousin|parent)s?(?:'s)?\s+(?:had|has|with|died|history|hx|suffered))", re.I)


@dataclass(frozen=True)
class Hit:
    """A finding found present in one field: the field's name and the words that matched."""

    field: str
    text: str


@dataclass(frozen=True)
class Value:
    """A number read from the case, with the field it came from."""

    value: float
    field: str
    raw: str = ""


def case_sources(case: Case) -> list[tuple[str, str]]:
    """(field name, text) for every field that describes the patient now.

    Family and past medical history, answer options, the question and ``expected`` are left out:
    what they mention is not happening to this patient today.
    """
    out: list[tuple[str, str]] = [("title", case.title), ("presenting_complaint", case.presenting_complaint),
                                  ("history", case.history), ("review_of_systems", case.review_of_systems),
                                  ("social_history", case.social_history)]
    out += [(f"symptoms[{i}]", s) for i, s in enumerate(case.symptoms)]
    out += [(f"examination.{k}", f"{k}: {v}") for k, v in case.examination.items()]
    out += [(f"other_results.{k}", f"{k}: {v}") for k, v in case.other_results.items()]
    out += [(f"vitals.other.{k}", f"{k} {v}") for k, v in case.vitals.other.items()]
    out += [(f"imaging[{s.id}].report", f"{s.description} {s.report}") for s in case.imaging]
    out += [(f"pathology[{p.id}].report", f"{p.description} {p.report}") for p in case.pathology]
    return [(f, t) for f, t in out if t and t.strip()]


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The text before and after a match, within its clause."""
    begin = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    stop = _CLAUSE_END.search(text, end)
    return text[begin:start], text[end:stop.start() if stop else len(text)]


def status(text: str, start: int, end: int) -> str:
    """"present", "negated", "historical", "hypothetical" or "family" for the match at [start, end)."""
    before, after = _clause(text, start, end)
    window = before[-80:]
    if _FAMILY.search(before):
        return "family"
    if _PRE_NEGATION.search(window) or _POST_NEGATION.search(after):
        return "negated"
    if _HYPOTHETICAL.search(window):
        return "hypothetical"
    if _HISTORICAL.search(window):
        return "historical"
    return "present"


_NUM = r"(\d{1,3}(?:\.\d+)?)"
_VERB = r"\s*(?:is|was|are|were|of|at|:|=|-)?\s*"
_VITAL_TEXT = {
    "temperature_c": re.compile(rf"\b(?:temp(?:erature)?|T){_VERB}{_NUM}\s*°?\s*([CF])?\b", re.I),
    "heart_rate": re.compile(rf"\b(?:pulse(?:\s+rate)?|heart\s+rate|HR|P){_VERB}{_NUM}\s*(?:/\s*min|bpm|beats)?", re.I),
    "respiratory_rate": re.compile(rf"\b(?:respirations?|respiratory\s+rate|resp\.?\s+rate|RR){_VERB}{_NUM}", re.I),
    "systolic_bp": re.compile(r"\b(?:blood\s+pressure|BP)\s*(?:is|was|of|:|=)?\s*(\d{2,3})\s*/\s*(\d{2,3})", re.I),
    "spo2": re.compile(rf"\b(?:SpO2|SaO2|O2\s+sat(?:uration)?s?|oxygen\s+saturations?|sats?){_VERB}{_NUM}\s*%", re.I),
    "gcs": re.compile(r"\b(?:GCS|Glasgow\s+Coma\s+(?:Scale|Score))\s*(?:is|was|of|:|=)?\s*(\d{1,2})(?:\s*/\s*15)?\b", re.I),
}


class CaseReader:
    """Findings and vital signs of one case, each with the field it came from."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.sources = case_sources(case)

    def find(self, pattern: re.Pattern[str] | str) -> list[Hit]:
        """Present (not negated, not historical, not family, not hypothetical) matches of ``pattern``."""
        rx = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, re.I)
        hits = []
        for field, text in self.sources:
            for m in rx.finditer(text):
                if status(text, m.start(), m.end()) == "present":
                    hits.append(Hit(field, m.group()))
                    break
        return hits

    def mentions(self, pattern: str, *, fields: tuple[str, ...] = ("past_medical_history", "medications")) -> list[Hit]:
        """Any mention (negation ignored) in background fields, e.g. a chemotherapy drug or a pregnancy."""
        rx = re.compile(pattern, re.I)
        texts = {"past_medical_history": self.case.past_medical_history, "medications": "; ".join(self.case.medications)}
        return [Hit(f, m.group()) for f in fields if (m := rx.search(texts.get(f, "")))]

    def vital(self, name: str) -> Value | None:
        """A vital sign (temperature in °C, BP as systolic or diastolic, GCS from text only)."""
        v = self.case.vitals
        structured = {"temperature_c": v.temperature_c, "heart_rate": v.heart_rate, "respiratory_rate": v.respiratory_rate,
                      "systolic_bp": v.systolic_bp, "diastolic_bp": v.diastolic_bp, "spo2": v.spo2}.get(name)
        if structured is not None:
            return Value(float(structured), f"vitals.{name}")
        key = "systolic_bp" if name == "diastolic_bp" else name
        rx = _VITAL_TEXT.get(key)
        if rx is None:
            return None
        for field, text in self.sources:
            for m in rx.finditer(text):
                number = float(m.group(2) if name == "diastolic_bp" else m.group(1))
                if name == "temperature_c":
                    unit = (m.group(2) or "").upper()
                    if unit == "F" or (not unit and number > 50):
                        number = round((number - 32) / 1.8, 1)
                    if not 25 <= number <= 45:
                        continue
                return Value(number, field, m.group())
        return None
