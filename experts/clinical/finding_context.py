"""Whether a finding mentioned in clinical text is happening to the patient: the one present/denied reader.

:func:`classify` reads the words around one mention ("chest pain" in "denies chest pain") and says
which of seven contexts it is in:

``present``       affirmed now ("reports chest pain", "no change in his chest pain")
``absent``        denied or excluded ("no fever", "PE was ruled out", "Syncope: no")
``historical``    past history ("history of MI", "DVT ten years ago", "known epilepsy")
``resolved``      it happened in this episode and has stopped ("chest pain resolved after GTN", "transient
                  slurred speech", "no longer has chest pain")
``hypothetical``  advice or a possibility ("return if fever develops", "risk of hypoglycaemia")
``family``        a relative's ("mother had a stroke", "family history of breast cancer")
``uncertain``     a question or a differential ("?DVT", "suspected PE", "ACS not excluded")

The rules are NegEx/ConText in kind (Chapman et al., J Biomed Inform 2001;34:301-10; Harkema et al.,
J Biomed Inform 2009;42:839-51): trigger phrases before or after the mention, pseudo-triggers that look
like one but are not ("no change in", "not only"), and a scope that ends at a sentence, a contrast
("but", "however") or, for a negation, a new affirmed clause ("... and has chest tightness"). Both the
red-flag screen and the risk-score inputs read mentions through this module; each decides what a
context means for it (a resolved deficit is still a red flag; a resolved condition is still history).
medspacy's ConText was the first choice but cannot run beside numpy 2 on Python 3.11 (it pins
spaCy < 3.8, whose thinc wheels are built against numpy 1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Context = Literal["present", "absent", "historical", "resolved", "hypothetical", "family", "uncertain"]
CONTEXTS: tuple[Context, ...] = ("present", "absent", "historical", "resolved", "hypothetical", "family", "uncertain")

_NEGATION_WINDOW = 8  # words; NegEx's scope is a handful of words, and lists ("denies a, b, c and d") need ~8

# A "?" ends a sentence only when a space or the end follows; "?DVT" is a query, not an ending.
_SENTENCE_END = re.compile(r"[.;!\n]|\?(?=\s|$)")
_CONTRAST = re.compile(r"\b(?:but|however|although|though|except|apart from|aside from|whereas|yet|nonetheless)\b",
                       re.I)
# A negation does not reach past a new affirmed clause or a new history item after a comma.
_NEGATION_STOP = re.compile(r"\band (?:has|have|is|was|are|were|there (?:is|was|are|were)|reports?|complains?|"
                            r"describes?|admits?|now)\b|,\s*(?=(?:previous|prior|known|recent|past|history of|hx of|"
                            r"s/p|status post|on)\b)", re.I)

_PSEUDO = re.compile(r"\b(?:no (?:change|changes|increase|improvement|worsening|difference) in|no further|not only|"
                     r"not just|not necessarily|not (?:relieved|resolved|improved|settled)|without (?:relief|"
                     r"improvement))\b", re.I)
_NOT_EXCLUDED = re.compile(r"\b(?:cannot|can't|could not|unable to) (?:be )?(?:exclude|rule out)|"
                           r"\bnot (?:been )?(?:excluded|ruled out)\b", re.I)

_FAMILY = re.compile(r"\b(?:family (?:history|hx)|fhx|fh\s*:|(?:maternal|paternal) \w+|(?:mother|father|brother|"
                     r"sister|sibling|son|daughter|parents?|grand(?:mother|father|parent)|aunt|uncle|cousin|wife|"
                     r"husband|partner)s?(?:'s)?\b(?!\s+(?:reports?|reported|says|said|states?|stated|noticed|notes?|"
                     r"noted|describes?|thinks|brought|is concerned|was concerned|called)))", re.I)
# A relative who brings, accompanies or lives with the patient is not the subject: "brought in by his son with a fever".
_ESCORT = re.compile(r"\b(?:by|with|from) (?:his|her|their) (?:mother|father|brother|sister|sibling|son|daughter|"
                     r"parents?|grand(?:mother|father|parent)|aunt|uncle|cousin|wife|husband|partner)s?\b", re.I)
_PATIENT_POSSESSIVE = re.compile(r"\b(?:patient|pt)'s\s+\w+\s*$", re.I)

_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:if|unless|in case of|in the event of|watch (?:out )?for|look out for|safety[- ]net\w*|return precautions|"
    r"should\b|told to report|advised to report|risk of|at risk|warned|to prevent|prevention of|"
    r"prophyla\w+ (?:against|for))\b", re.I)
_HYPOTHETICAL_AFTER = re.compile(r"^\s*(?:prophyla\w+|should (?:it )?(?:occur|develop)|if (?:it|they) (?:occurs?|"
                                 r"develops?))\b", re.I)

_NEGATION_BEFORE = re.compile(
    r"\b(?:no|not|nor|neither|denies|denied|denying|deny|without|negative for|free of|absence of|absent|nil|never|"
    r"ruled out|excluded|none)\b|n't\b", re.I)
_NEGATION_AFTER = re.compile(
    r"^\s*(?:[:?-]\s*(?:no|none|nil|denie[sd]|absent|negative)\b|(?:\w+\s+){0,3}?(?:ruled out|excluded|absent|"
    r"denied|not (?:present|seen|found|detected|elicited|demonstrated)|negative(?!\s+for))\b)", re.I)

_RESOLVED_BEFORE = re.compile(r"\b(?:resolved|transient|no longer (?:has|have|had|complains of|reports)?)\b", re.I)
_RESOLVED_AFTER = re.compile(
    r"^[^.;!?\n]{0,50}?\b(?:resolved|settled|stopped|gone|cleared|subsided|abated|lasted \w+ (?:seconds|minutes|"
    r"hours))\b", re.I)

_UNCERTAIN_BEFORE = re.compile(
    r"(?:\b(?:possible|possibly|probable|probably|suspected|suspect|suspicion of|rule out|r/o|query|concern(?:ing)? "
    r"for|questionable|differential(?: diagnosis)?(?: includes?)?|likely|unlikely|may (?:be|represent)|might|"
    r"could (?:be|represent)|evaluate for|assess for|screen(?:ing)? for|is this|presumed|presumptive|working "
    r"diagnosis|unclear (?:whether|if)|uncertain|equivocal)\b|(?:^|\s)\?\s*$)", re.I)
_UNCERTAIN_AFTER = re.compile(r"^\s*(?:\?(?!\s*(?:no|none|nil|denie[sd])\b)|(?:is|was) (?:suspected|possible|"
                              r"likely|queried))", re.I)

_HISTORICAL_BEFORE = re.compile(
    r"\b(?:history of|h/o|hx of|previous(?:ly)?|prior|past (?:medical )?history|pmh|known|background of|remote|"
    r"longstanding|long-standing|status post|s/p|in (?:19|20)\d\d)\b", re.I)
_AGO = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years?|months?) ago"
_HISTORICAL_AFTER = re.compile(rf"^[^.;!?\n]{{0,40}}?\b(?:{_AGO}|in (?:19|20)\d\d|last year|since childhood|as a child)\b",
                               re.I)


@dataclass(frozen=True)
class Reading:
    """The context of one mention and the clause it was read in."""

    context: Context
    clause: str


def classify(text: str, start: int, end: int) -> Context:
    """The context of the mention at ``text[start:end]``."""
    return read(text, start, end).context


def read(text: str, start: int, end: int) -> Reading:
    """The context of the mention at ``text[start:end]`` and the clause around it."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"mention span [{start}, {end}) is outside the text (length {len(text)})")
    before, after = _scope(text, start, end)
    clause = (before + text[start:end] + after).strip()
    return Reading(_context(before, after), clause)


def _scope(text: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after the mention within its sentence and contrast clause."""
    # (Searched over the whole text: with an end position, "$" would make the "?" of "?DVT" an ending.)
    begin = max((m.end() for m in _SENTENCE_END.finditer(text) if m.end() <= start), default=0)
    begin = max((m.end() for m in _CONTRAST.finditer(text, begin, start)), default=begin)
    stop_sentence = _SENTENCE_END.search(text, end)
    # "Fever? No." and "Shortness of breath? Denies." answer the question inside the same sentence.
    if stop_sentence and text[stop_sentence.start()] == "?":
        following = _SENTENCE_END.search(text, stop_sentence.end())
        stop_sentence = following
    stop = stop_sentence.start() if stop_sentence else len(text)
    contrast = _CONTRAST.search(text, end, stop)
    return text[begin:start], text[end:contrast.start() if contrast else stop]


def _context(before: str, after: str) -> Context:
    if _PATIENT_POSSESSIVE.search(before) is None and _FAMILY.search(_ESCORT.sub(" ", before)):
        return "family"
    if _HYPOTHETICAL_BEFORE.search(before) or _HYPOTHETICAL_AFTER.search(after):
        return "hypothetical"
    if _NOT_EXCLUDED.search(before) or _NOT_EXCLUDED.match(after.lstrip(" ,")):
        return "uncertain"
    clean_before, clean_after = _PSEUDO.sub(" ", before), _PSEUDO.sub(" ", after)
    if _RESOLVED_BEFORE.search(_last_words(clean_before, 4)):
        return "resolved"
    negation_scope = _last_words(_after_last(_NEGATION_STOP, clean_before), _NEGATION_WINDOW)
    if _NEGATION_BEFORE.search(negation_scope) or _NEGATION_AFTER.match(clean_after.split(",")[0]):
        return "absent"
    if _RESOLVED_AFTER.match(clean_after):
        return "resolved"
    if _UNCERTAIN_BEFORE.search(_last_words(before, _NEGATION_WINDOW)) or _UNCERTAIN_AFTER.match(after):
        return "uncertain"
    if _HISTORICAL_BEFORE.search(before.split(",")[-1]) or _HISTORICAL_AFTER.match(after):
        return "historical"
    return "present"


def _after_last(pattern: re.Pattern[str], text: str) -> str:
    return text[max((m.end() for m in pattern.finditer(text)), default=0):]


def _last_words(text: str, n: int) -> str:
    # Keep a trailing "?" attached so that "?DVT" still reads as a query.
    words = text.split()
    tail = " ".join(words[-n:])
    return tail + (" " if text.endswith((" ", "\t")) else "")
