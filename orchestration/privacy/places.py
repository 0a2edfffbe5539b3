"""Places smaller than a state, and facilities, for :func:`consilium.orchestration.privacy.detect.detect`.

Three ways to find them: a facility ending after a proper name ("Ninewells Hospital", "St Columba's
Hospice", "Kingsway Surgery"); a street name without a number ("lives on Harley Street"); and a town,
from the gazetteer or from the words before it ("lives in Dunfermline", "moved from Ilorin", "the
village of Much Wenlock", "Dayton, Ohio"). Countries and states are kept: Safe Harbor allows them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from consilium.orchestration.privacy import gazetteer as G
from consilium.orchestration.privacy import namelists as N
from consilium.orchestration.privacy import patterns as P
from consilium.orchestration.privacy.wordlist import WordListFinder

_WORD = rf"(?:{P.NAME_WORD}(?:['’]s)?)"
_JOIN = r"(?:[ \t]+(?:(?:of|and|&|on|upon|under|the|for|de|la|le)[ \t]+)?)"
_FACILITY_RE = re.compile(
    rf"(?<![\w'’-])(?P<n>(?:(?:St\.?|Saint|Mt\.?|Mount)[ \t]+)?{_WORD}(?:{_JOIN}(?:St\.?[ \t]+)?{_WORD}){{0,4}}"
    rf"[ \t]+(?:{G.FACILITY})(?:[ \t]+(?:of|in|at|for)[ \t]+(?:the[ \t]+)?{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD}){{0,2}})?)\b")
_FACILITY_AFTER_RE = re.compile(
    rf"\b(?:{G.FACILITY})[ \t]+(?:of|in|at)[ \t]+(?:the[ \t]+)?(?P<n>{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD}){{0,2}})")
_STREET_WORDS = (r"Street|Road|Avenue|Lane|Close|Crescent|Terrace|Gardens|Grove|Drive|Boulevard|Way|Court|Place|Square|"
                 r"Mews|Row|Walk|Rise|Parade|Rd\.?|Ave\.?|Ln\.?|Blvd\.?|Cres\.?|Gdns\.?|Sq\.?|St\.?(?![ \t]+[A-Z])")
_STREET_RE = re.compile(rf"(?<![\w'’-])(?P<n>(?:{_WORD}[ \t]+){{1,3}}(?:{_STREET_WORDS})(?![\w-]))")
_ONWARD_RE = re.compile(rf"[ \t]+(?:to|and|or|via|then|before|after)[ \t]+(?:the[ \t]+)?(?P<n>{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD}){{0,2}})")
_LEAD_RE = re.compile(  # led by a letter, as detect.LETTER_FIRST says
    "(?i:(?=[a-z]))" rf"(?i:\b(?:{G.PLACE_LEADS})[ \t]+(?:(?:back|here|over|away|up|down|out|there|originally|currently|now|alone|"
    rf"together|permanently|recently|abroad|locally|[a-z]+[ \t]+[a-z]+|[a-z]+)[ \t]+)?(?:in|to|from|at|near|outside|around|of|into)[ \t]+"
    rf"(?:the[ \t]+)?|\b(?:{G.PLACE_OF})[ \t]+of[ \t]+|\bnear(?:by)?[ \t]+|\b(?:just|right)[ \t]+outside[ \t]+)"
    rf"(?P<n>{P.NAME_WORD}(?:[ \t-]+(?:(?:upon|on|under|in|de|la|le|by|the)[ \t-]+)?{P.NAME_WORD}){{0,2}})")
# "from Coleraine", "at Pinderfields", "works at Tesco": a proper name after "at" or "from" is a place or
# facility unless it is a time, a department or a word the name rules never take (checked in place_spans).
_AT_FROM_RE = re.compile(
    rf"(?<![\w'’-])(?i:at|from)[ \t]+(?:the[ \t]+)?(?P<n>{P.NAME_WORD}(?:[ \t]+(?:upon|on|under|in|de|la|le)?[ \t]*{P.NAME_WORD}){{0,2}})"
    rf"(?![\w'’-]|[ \t]*\d)")
_NOT_PLACE = frozenset("""
Day Days Week Weeks Month Months Year Years Baseline Birth Home Work School Rest Night Noon Midnight Morning Evening
Afternoon Christmas Easter Ramadan Diwali Eid Weekend Weekends Theatre Theatres Resus Majors Minors Recovery Endoscopy
Outpatients Triage Reception Nursing Discharge Admission Onset Presentation Diagnosis Level Bay Bed Room Floor Side
Time Point First Last Least Most Present Risk Times Rest Once Least Intervals Interval Source Random Fasting
""".split())
# After a street name: ", Much Hadham", ", Hebden Bridge" is the town of the address.
_ADDRESS_TOWN_RE = re.compile(rf",[ \t]*(?P<n>{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD}){{0,2}})(?![\w'’-])")
_REGION_WORDS = sorted(G.KEPT_REGIONS | set(P.US_STATES), key=len, reverse=True)
_BEFORE_REGION_RE = re.compile(
    rf"(?<![\w'’-])(?P<n>{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD}){{0,2}}),[ \t]*(?:"
    + "|".join(re.escape(r) for r in _REGION_WORDS) + r")\b(?![ \t]*\d)")
# The towns of the gazetteer and of the GeoNames list (namelists.py) as whole words, not before "'s disease",
# "virus" and the like ("Marburg virus", "Ross River fever"); see wordlist.py.
_TOWN_RE = WordListFinder(G.TOWNS | N.TOWNS, r"(?![\w-]|['’]s[ \t]+(?:disease|syndrome|sign)|[ \t]+(?:virus|fever|disease|syndrome|encephalitis))")
_KEPT = {r.lower() for r in G.KEPT_REGIONS} | {s.lower() for s in P.US_STATES}
_ENDINGS = re.compile(rf"\b(?:{G.FACILITY})\b")


def _generic(word: str) -> bool:
    plain = re.sub(r"['’]s$", "", word)
    return (plain in G.GENERIC_FACILITY_WORDS or plain in P.NOT_NAME or word in G.GENERIC_FACILITY_WORDS
            or bool(P.SERVICE_SUFFIX.search(plain)) or plain.lower() in ("of", "and", "&", "the", "on", "for"))


def _facility(text: str, s: int, e: int) -> tuple[int, int] | None:
    """A facility span without a leading article or title; None when only generic words name it."""
    words = list(re.finditer(r"\S+", text[s:e]))
    while words and (words[0].group().rstrip(".") in ("The", "A", "An", "Our", "Your", "His", "Her", "Their")
                     or words[0].group().rstrip(".") in P.TITLES[3:-1].split("|")):
        words.pop(0)
    if not words:
        return None
    span = text[s + words[0].start():e]
    first_ending = _ENDINGS.search(span)
    head = span[:first_ending.start()] if first_ending else span
    naming = [w for w in head.split() if not _generic(w) and w not in ("St", "St.", "Saint", "Mt", "Mt.", "Mount")]
    if not naming:  # "the Fracture Clinic", "District General Hospital", "St Hospital"
        tail = re.search(r"\b(?:of|in|at|for)\s+(?:the\s+)?(.+)$", span)
        if not (tail and not all(_generic(w) for w in tail.group(1).split())):
            return None
    return s + words[0].start(), e


def place_spans(text: str, protected: Callable[[int, int], bool]) -> list[tuple[int, int, str, str, int]]:
    """(start, end, kind, rule, priority) of the facilities, streets and towns in ``text``.

    ``protected(start, end)`` says whether an eponym or clinical phrase covers a candidate.
    """
    out: list[tuple[int, int, str, str, int]] = []
    for m in _FACILITY_RE.finditer(text):
        span = _facility(text, *m.span("n"))
        if span and not protected(*span):
            out.append((*span, "HOSPITAL", "facility", 5))
    for m in _FACILITY_AFTER_RE.finditer(text):
        if not all(_generic(w) for w in m.group("n").split()):
            out.append((*m.span("n"), "HOSPITAL", "facility_of", 5))
    for m in _STREET_RE.finditer(text):
        words = m.group("n").split()[:-1]
        while words and _generic(words[0]):
            words.pop(0)
        if words and not protected(*m.span("n")):
            start = m.start("n") + m.group("n").index(words[0])
            out.append((start, m.end("n"), "ADDRESS", "street_name", 6))
            town = _ADDRESS_TOWN_RE.match(text, m.end("n"))
            if town and not any(w in P.NOT_NAME or w.lower() in _KEPT for w in town.group("n").split()):
                out.append((*town.span("n"), "LOCATION", "address_town", 12))
    for rule, pattern in (("place_context", _LEAD_RE), ("place_region", _BEFORE_REGION_RE), ("town", _TOWN_RE),
                          ("place_at_from", _AT_FROM_RE)):
        for m in pattern.finditer(text):
            name = m.group("n")
            s, e = m.span("n")
            words = name.split()
            while words and (words[-1] in P.NOT_NAME or words[-1].lower() in _KEPT):
                e -= len(words.pop()) + (1 if words else 0)
                e = s + len(text[s:e].rstrip())
            if not words or name.lower() in _KEPT or " ".join(words).lower() in _KEPT:
                continue
            if words[0] in P.NOT_NAME or P.SERVICE_SUFFIX.search(words[0]) or P.DRUG_SUFFIX.search(words[0]):
                continue
            if rule == "place_at_from" and (words[0] in _NOT_PLACE or _generic(words[0])):
                continue
            if not protected(s, e):
                out.append((s, e, "LOCATION", rule, 12))
                onward = _ONWARD_RE.match(text, e) if rule == "place_context" else None
                if onward and not any(w in P.NOT_NAME or w.lower() in _KEPT for w in onward.group("n").split()):
                    out.append((*onward.span("n"), "LOCATION", "place_onward", 12))
    return out
