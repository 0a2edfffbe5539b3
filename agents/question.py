"""The clinician's question, split into the parts an answer owes: diagnosis, severity, investigations, ...

"Most likely diagnosis, how severe, and what next?" asks three things; an answer that names a
diagnosis has answered one of them. :func:`question_parts` reads the parts from the question's own
words (no model), so the GP is asked for each one and the final answer can be checked against them:
a part left without an answer is shown as unanswered, with what the GP said was missing.
"""

from __future__ import annotations

import re
from typing import Literal

from consilium.experts.clinical.scores import DIAGNOSTIC_SCORES

PartKind = Literal["diagnosis", "severity", "investigations", "treatment", "next_steps", "disposition",
                   "operation", "prognosis", "answer"]

# In the order an answer is written. Each part is recognised by the words a clinician asks it with.
_CUES: tuple[tuple[PartKind, re.Pattern[str]], ...] = (
    ("diagnosis", re.compile(r"diagnos|differential|what(?: is|'s) (?:wrong|going on|happening|the cause)|caus(?:e|ing)|"
                             r"a?etiolog|explain (?:the|his|her|these)|most likely", re.I)),
    ("severity", re.compile(r"sever|how (?:ill|sick|bad|serious|unwell|urgent)|urgen|grade|stag(?:e|ing)|risk|score", re.I)),
    ("investigations", re.compile(r"investigat|\btests?\b|work-?up|imaging|which (?:scan|bloods)|confirm", re.I)),
    ("treatment", re.compile(r"treat|manag|therap|medicat|antibiotic|which drug|\bdose|prescri", re.I)),
    ("next_steps", re.compile(r"next step|what next|\bnext\b|what should (?:we|be done|happen)|plan\b", re.I)),
    ("disposition", re.compile(r"admi(?:t|ssion)|discharg|\bhome\b|disposition|\bward\b|\bicu\b|\bitu\b|refer|"
                               r"follow-?up|where should", re.I)),
    ("operation", re.compile(r"operat|operab|surg|resect|laparoscop|theatre|procedure", re.I)),
    ("prognosis", re.compile(r"prognos|outcome|surviv|recover", re.I)),
)


def question_parts(question: str) -> list[PartKind]:
    """The parts ``question`` asks, in the order an answer takes them; ``["answer"]`` when no part is named."""
    found = [kind for kind, cue in _CUES if cue.search(question)]
    if "treatment" in found and "next_steps" in found and not re.search(r"treat|therap|medicat|antibiotic|which drug|dose|prescri",
                                                                         question, re.I):
        found.remove("treatment")  # "next step in management" is one part, not two
    return found or ["answer"]


# What a score is for (experts.clinical.scores.DIAGNOSTIC_SCORES) decides which parts of a question it can
# inform: a diagnostic score the diagnosis; a severity or risk score how ill, what to do and where.
def score_informs(score_key: str, parts: list[PartKind]) -> bool:
    """Whether a score (by key, e.g. "curb65") bears on any part the question asks."""
    if "answer" in parts:
        return True
    diagnostic = score_key in DIAGNOSTIC_SCORES
    return any((part == "diagnosis") == diagnostic for part in parts)
