"""Finding documented facts in a case's free text: present, documented absent, or not documented.

Risk scores need yes/no inputs ("history of stroke?") that a case records only as prose. This module
looks for a condition's terms field by field and sentence by sentence, and keeps three answers apart:
``present`` (an affirmed mention), ``absent`` (only negated mentions: "denies chest pain", "no history
of stroke"), and ``missing`` (never mentioned). Each mention is read by the one present/denied reader,
:mod:`consilium.experts.clinical.finding_context`: a past or resolved condition is present (the scores
ask whether it ever happened), a denied one absent, and an uncertain ("suspected MI", "rule out PE"),
hypothetical ("risk of VTE") or relative's ("father had an MI") mention counts as neither. Every answer
carries the text it rests on so a clinician can check it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from consilium.experts.clinical.finding_context import Context, classify

if TYPE_CHECKING:
    from consilium.orchestration.case.model import Case

State = Literal["present", "absent", "missing"]

PATIENT_FIELDS = ("title", "presenting_complaint", "history", "symptoms", "past_medical_history", "review_of_systems",
                  "examination", "other_results", "social_history")
# Fields that describe the current episode, as opposed to the past history.
CURRENT_FIELDS = ("presenting_complaint", "history", "symptoms", "review_of_systems", "examination", "other_results")

# A negation's scope ends at a sentence or a contrast, or at a comma that opens a new affirmed item
# ("no history of stroke, previous MI").
_CLAUSE_SPLIT = re.compile(r"[.;\n]+|\b(?:but|however|although|though|except|apart from|aside from)\b|"
                           r",\s*(?=(?:previous|prior|known|recent|past|remote|old|history of|hx of|s/p|status post|"
                           r"on)\b)", re.I)
_PMH_NONE = re.compile(r"^\s*(?:none|nil|nil of note|unremarkable|no (?:significant |known |relevant )?"
                       r"(?:past )?(?:medical )?(?:history|illnesses?|comorbidities)|previously (?:fit and )?"
                       r"(?:well|healthy)|healthy)\b", re.I)


@dataclass(frozen=True)
class Fact:
    """One input's answer and what it rests on."""

    state: State
    evidence: str = ""
    field: str = ""

    @property
    def value(self) -> bool | None:
        return {"present": True, "absent": False, "missing": None}[self.state]


MISSING = Fact("missing", "not documented")

# What a mention's context means for a yes/no input: None ignores the mention.
_STATE: dict[Context, str | None] = {
    "present": "present", "historical": "present", "resolved": "present", "absent": "absent",
    "family": "family", "uncertain": None, "hypothetical": None,
}


def case_texts(case: Case, fields: tuple[str, ...] = PATIENT_FIELDS) -> list[tuple[str, str]]:
    """(field, text) pairs of the chosen free-text fields; dict fields become 'key: value' lines."""
    out: list[tuple[str, str]] = []
    for name in fields:
        raw = getattr(case, name)
        if isinstance(raw, list):
            out += [(name, str(x)) for x in raw if str(x).strip()]
        elif isinstance(raw, dict):
            out += [(f"{name}.{k}", f"{k}: {v}") for k, v in raw.items()]
        elif isinstance(raw, str) and raw.strip():
            out.append((name, raw))
    return out


def find(case: Case, pattern: str, fields: tuple[str, ...] = PATIENT_FIELDS, *, others: bool = False) -> Fact:
    """Whether the condition matching ``pattern`` (a regex, case-insensitive) is documented for the patient.

    ``others=True`` keeps mentions of relatives (for the family history field).
    """
    regex = re.compile(pattern, re.I)
    negated: Fact | None = None
    for field, text in case_texts(case, fields):
        for clause in _clauses(text):
            for m in regex.finditer(clause):
                state = _STATE[classify(clause, m.start(), m.end())]
                if state == "family":
                    state = "present" if others else None
                if state is None:
                    continue
                snippet = f"{field}: '{clause.strip()[:160]}'"
                if state == "absent":
                    negated = negated or Fact("absent", snippet, field)
                    continue
                return Fact("present", snippet, field)
    return negated or MISSING


def find_in_list(items: list[str], pattern: str, label: str) -> Fact:
    """A term in a list such as the medication list: present if listed, absent if the list exists without it."""
    regex = re.compile(pattern, re.I)
    for item in items:
        if regex.search(item):
            return Fact("present", f"{label}: '{item}'", label)
    if items:
        return Fact("absent", f"{label} ({len(items)} items) has none", label)
    return Fact("missing", f"{label} not recorded", label)


def find_number(case: Case, pattern: str, fields: tuple[str, ...] = PATIENT_FIELDS) -> tuple[str, str] | None:
    """(first captured group, evidence) of the first match of ``pattern`` with one group, else None."""
    regex = re.compile(pattern, re.I)
    for field, text in case_texts(case, fields):
        if m := regex.search(text):
            start = max(0, m.start() - 40)
            return m.group(1), f"{field}: '{text[start:m.end() + 40].strip()}'"
    return None


def past_history_is_none(case: Case) -> bool:
    """True when the past medical history is documented as nothing ("none", "nil", "previously well")."""
    return bool(_PMH_NONE.match(case.past_medical_history))


def is_documented_none(text: str) -> bool:
    """True when a history field says there is nothing to report ("none", "nil", "non-contributory")."""
    return bool(_PMH_NONE.match(text) or re.match(r"^\s*(?:non-?contributory|negative)\b", text, re.I))


def any_of(*facts: Fact) -> Fact:
    """Combine sources of one input: present if any says present, else absent if any documents absence."""
    for state in ("present", "absent"):
        for f in facts:
            if f.state == state:
                return f
    return next(iter(facts), MISSING)


def _clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE_SPLIT.split(text) if c and c.strip()]
