"""Reading a case for red-flag rules: findings in text with negation, and vital signs.

The rules in :mod:`consilium.orchestration.safety.red_flags` ask two kinds of question: "is this finding
present (not denied, not a relative's, not past history, not hypothetical)?" and "what is this
vital sign?". :class:`CaseReader` answers both from the structured fields first and the free text
second, and says which field every answer came from.

Whether a mention counts is decided by the one present/denied reader,
:mod:`consilium.experts.clinical.finding_context`: a finding counts when it is present, when it
has resolved (resolved chest pain or a resolved deficit, a TIA, is still a red flag) and when it is
suspected ("?meningitis", "possible pneumonia": the screen favours sensitivity, and qSOFA asks for a
suspected infection); a denied, past, hypothetical or relative's mention does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from consilium.experts.clinical.finding_context import Context, classify
from consilium.orchestration.case.model import Case
from consilium.orchestration.case.vitals_text import first_reading

# Contexts in which a finding counts for a red flag.
COUNTS: frozenset[Context] = frozenset({"present", "resolved", "uncertain"})


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


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or ';'-separated item) around ``text[start:end]``."""
    begin = max(text.rfind(c, 0, start) for c in ".;\n") + 1
    stops = [i for c in ".;\n" if (i := text.find(c, end)) >= 0]
    return text[begin:min(stops, default=len(text))]


class CaseReader:
    """Findings and vital signs of one case, each with the field it came from."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.sources = case_sources(case)

    def find(self, pattern: re.Pattern[str] | str) -> list[Hit]:
        """Matches of ``pattern`` that count: present, resolved or suspected; not denied, past, hypothetical or a relative's."""
        rx = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, re.I)
        hits = []
        for field, text in self.sources:
            for m in rx.finditer(text):
                if classify(text, m.start(), m.end()) in COUNTS:
                    hits.append(Hit(field, m.group()))
                    break
        return hits

    def mentions(self, pattern: str, *, fields: tuple[str, ...] = ("past_medical_history", "medications"),
                 current: Callable[[str], bool] | None = None) -> list[Hit]:
        """Mentions (negation ignored) in background fields, e.g. a chemotherapy drug or a pregnancy.

        With ``current``, a mention counts only when ``current`` holds for its sentence ("on FOLFOX, cycle 4"
        does, "chemotherapy in 2015, in remission" does not).
        """
        rx = re.compile(pattern, re.I)
        texts = {"past_medical_history": self.case.past_medical_history, "medications": "; ".join(self.case.medications)}
        hits = []
        for f in fields:
            text = texts.get(f, "")
            for m in rx.finditer(text):
                if current is None or current(_sentence(text, m.start(), m.end())):
                    hits.append(Hit(f, m.group()))
                    break
        return hits

    def vital(self, name: str) -> Value | None:
        """A vital sign (temperature in °C, BP as systolic or diastolic, GCS from text only)."""
        v = self.case.vitals
        structured = {"temperature_c": v.temperature_c, "heart_rate": v.heart_rate, "respiratory_rate": v.respiratory_rate,
                      "systolic_bp": v.systolic_bp, "diastolic_bp": v.diastolic_bp, "spo2": v.spo2}.get(name)
        if structured is not None:
            return Value(float(structured), f"vitals.{name}")
        if (found := first_reading(self.sources, name)) is None:
            return None
        field, reading = found
        return Value(reading.value, field, reading.text)
