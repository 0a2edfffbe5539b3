"""De-identification of case text before any model call, and re-identification for the clinician.

A :class:`Deidentifier` belongs to one case. It replaces identifiers with stable placeholders
(``[NAME_1]``, ``[MRN_1]``, ``[PHONE_1]``, ``[EMAIL_1]``, ``[URL_1]``, ``[ADDRESS_1]``,
``[POSTCODE_1]``, ``[ID_1]``, ``[HOSPITAL_1]``, ``[LOCATION_1]``): the same original always gets the
same placeholder within the case. Exact dates are moved by one per-case offset (seeded, so a case
always gets the same offset) and written back in their own format, so intervals survive; ages over
89 become "90 or older", and a date (or a birth year) 90 or more years before the case's latest date
becomes ``[DATE_n]``: a shifted year would still tell the age that Safe Harbor hides. The
mapping never leaves the process: :meth:`Deidentifier.reidentify` restores the originals in a
model's answer for the clinician's view.

:func:`deidentify_case` applies this to every text field of a :class:`Case`; :func:`scan_output`
checks a model's output for identifiers before it is stored or shown.

Usage::

    safe_case, deid = deidentify_case(case)
    answer = model(safe_case.render())
    leaks = scan_output(answer, deid)          # [] when nothing identifying came back
    shown = deid.reidentify(answer)
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from datetime import date
from typing import Any, Callable, Iterable, Sequence

from pydantic import BaseModel, ConfigDict

from consilium.orchestration.case.model import Case
from consilium.orchestration.privacy import gazetteer as G
from consilium.orchestration.privacy import learned
from consilium.orchestration.privacy import patterns as P
from consilium.orchestration.privacy.casing import cased_view
from consilium.orchestration.privacy.dates import feasts_alone, find_dates, infer_day_first
from consilium.orchestration.privacy.patterns import UNIT_AFTER
from consilium.orchestration.privacy.vocabulary import fold, known
from consilium.orchestration.privacy.names import clinical_letters, declared_initials, legend_entry
from consilium.orchestration.privacy.namelists import EPONYM_WORDS
from consilium.orchestration.privacy.scripts import is_he_ar
from consilium.orchestration.privacy.detect import (
    PLACE_KINDS,
    PLACEHOLDER_KINDS,
    Candidates,
    Span,
    candidates,
    choose,
    date_candidates,
    detect,
    known_candidates,
    known_name_pattern,
    known_place_candidates,
    without_countries,
    word_not_name,
)

# a word of a name or a place, with its inner hyphens and apostrophes ("Ashworth-Lane", "Nuku'alofa")
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*")


def place_words(place: str) -> set[str]:
    """The words of a place or facility the rules or the reader took that may be looked for elsewhere in the case:
    not its kind ("Hospital", "District", "General"), everyday or clinical words, eponyms or Chinese characters.
    A place of one or two Hebrew or Arabic words is looked for whole ("רמת גן"): without capitals, a word of a longer
    one may be an everyday word ("מרפאת הסרטן", the cancer clinic)."""
    words = {w for w in _WORD.findall(place)
             if len(w) >= 4 and w[0].isupper() and w.title() not in G.GENERIC_FACILITY_WORDS and w.title() not in P.NOT_NAME
             and learned.may_propagate(w) and not _generic_place_word(w)}
    whole = " ".join(place.split())
    return words | {whole} if is_he_ar(whole) and len(whole) >= 3 and len(whole.split()) <= 2 else words


# The rules whose place an address vouches for: the name before a postcode ("Hope, AR 71801", "Co. Tyrone BT78") and the
# town of an address line ("38 Breakwater St, Souris, PE"). Their words are looked for in the rest of the case even
# where they are everyday words (:func:`vouched_place_words`), but only where a place stands
# (:func:`vouched_place_pattern`).
_VOUCHED_PLACE_RULES = frozenset({"place_before_postcode", "address_town"})
# (and a town before a US state's code: "from home in Hope, AR;")
_STATE_AFTER = re.compile(rf",?[ \t]+(?-i:{'|'.join(P.US_STATES)})(?![\w'’-])")
# (only after a comma or a word of place, and not before a lower-case word or a number: "Fingerstick Sugar 22.1",
# "Superior mesenteric vein", "lost all Hope", "Bath board" stay where "Sugar Land", "Superior", "Hope" or "Bath" is
# the patient's town; a second reading of 397 snippets found 91 such losses when any mention inside a line was taken)
# ("to" is left out: "took time to Settle", "allergy to Cypress")
_VOUCHED_CUES = ("in", "In", "from", "From", "near", "at", "via", "departing", "leaving", "outside", "around",
                 "between")
_VOUCHED_BEFORE = "(?:" + "|".join([r"(?<=,)", r"(?<=,[ \t])", r"(?<=/[ \t])", r"(?<=\()",
                                      *(rf"(?<=\b{w}[ \t])" for w in _VOUCHED_CUES)]) + ")"
_VOUCHED_AFTER = (r"(?![\w'’-])(?![ \t]+(?-i:(?!(?:at|on|in|by|and|or|for|with|to|from|via|yesterday|today|this|last|"
                  r"since|until|after|before|when|where|who|is|was|has|had)\b)[a-z]|\d))")
# (a facility's initials also after "the", or before its own word or a record number's slash: "at the JDWNRH.", "SSRNH
# lab", "file JOOTRH/PSY/2231")
_FACILITY_WORD_AFTER = (r"(?=[ \t]+(?-i:lab|laboratory|clinic|ward|ED|A&E|ER|notes|records|team|pharmacy|OPD|outpatients?|"
                        r"radiology)\b|/[A-Z\d])")
_INITIALS_BEFORE = r"(?:(?<=\bthe[ \t])|(?<=\bto[ \t]))"  # (initials are no verb: "transfer to OPMC")


def vouched_place_words(place: str) -> set[str]:
    """The words of a place an address vouches for that :func:`place_words` leaves for being everyday words
    ("Hope", "Forest", "Valentine", "Tyrone"): not an eponym, a month, a season, a word of a place's kind or a word no
    name takes; and the whole place when it has two or three words ("Sugar Land": "from Sugar Land" goes whole)."""
    words = {w for w in _WORD.findall(place)
             if len(w) >= 4 and w[0].isupper() and not w.isupper() and w not in EPONYM_WORDS
             and w.title() not in G.GENERIC_FACILITY_WORDS and w.title() not in P.NOT_NAME and w not in P.MONTH_NAMES
             and w not in _SEASONS and not _generic_place_word(w)} - place_words(place)
    whole = " ".join(place.split())
    if words and 2 <= len(whole.split()) <= 3 and all(w[:1].isupper() for w in whole.split()):
        words.add(whole)
    return words


_SEASONS = frozenset({"Spring", "Summer", "Autumn", "Fall", "Winter"})

# A place in Chinese characters or Japanese kanji gives its administrative units, each looked for whole in the rest of the
# case ("住址：九江市都昌县周溪镇螺蛳山村五组": 九江市, 都昌县, 周溪镇 and 螺蛳山村, then "登记表已传都昌县血防站"); not a
# unit's name without its word, which is as often a word (天台, 常山, 平原, 通道, 安定: a second reading found them all)
_HAN_UNIT = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:省|市|县|縣|区|區|镇|鎮|乡|鄉|村|県|郡|町)")


def vouched_place_pattern(words: Iterable[str], initials: Iterable[str] = ()) -> str:
    """A pattern for the vouched everyday words of a case's places, as written (capitalised), after a comma or a word of
    place and not before a lower-case word or a number; and for a facility's undeclared initials (:func:`long_acronym`)
    there or before a facility's own word ("SSRNH lab")."""
    def either(forms: Iterable[str]) -> str:
        return "(?-i:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + ")"
    patterns = [f"{_VOUCHED_BEFORE}{either([*words, *initials])}{_VOUCHED_AFTER}"] if words or initials else []
    patterns += [f"(?<![\\w'’-]){either(initials)}{_FACILITY_WORD_AFTER}",
                 f"{_INITIALS_BEFORE}{either(initials)}{_VOUCHED_AFTER}"] if initials else []
    return "|".join(patterns)


_ACRONYM_WORD = re.compile(r"[A-Z][a-z'’]*[a-z]")


def acronym_of(facility: str) -> str | None:
    """The initials a note writes for a facility of three words or more, in capitals, each word's first letter
    ("ARI" of "Aberdeen Royal Infirmary", "ULTH" of "United Lincolnshire Teaching Hospitals", "SMH" of "St Mary's
    Hospital"); "of", "the" and "and" give none. Looked for elsewhere in the case as written, as a declared
    initial is: "PET-CT (ARI, 08/01/2026)", "WRH switchboard"."""
    words = _ACRONYM_WORD.findall(facility)
    letters = "".join(w[0] for w in words)
    return letters if 3 <= len(letters) <= 6 and len(words) == len(facility.replace("-", " ").split()) - sum(
        w.lower() in ("of", "the", "and", "&", "for") for w in facility.split()) else None


def declared_acronym(text: str, start: int, end: int) -> str | None:
    """The initials of the facility at ``text[start:end]`` (:func:`acronym_of`) where the note writes them right after
    it, in brackets or after a space or a dash ("Aberdeen Royal Infirmary (ARI)", "Western Regional Hospital - WRH"):
    a hospital's initials are looked for in the case only where the note declares them, since many are clinical
    abbreviations too (MRI, PMH, PAH, RVH)."""
    short = acronym_of(text[start:end])
    if short is None or re.match(rf"[ \t]*(?:[(\[]|[-–—:][ \t]*)?{short}(?![\w-])", text[end:end + 12]) is None:
        return None
    return short


def long_acronym(text: str, start: int, end: int) -> str | None:
    """The initials of the facility at ``text[start:end]`` when they are four letters or more (:func:`acronym_of`; a
    title before it counts, "Sir"), looked for in the case even where the note does not declare them, when they are no
    clinical abbreviation or word: "SSRNH" of "Sir Seewoosagur Ramgoolam National Hospital", "TTSH" of "Tan Tock Seng
    Hospital"; not "RVH" (three letters) nor "CABG"."""
    title = _TITLE_BEFORE_FACILITY.search(text, max(0, start - 10), start)
    short = acronym_of(text[title.start() if title else start:end])
    return short if short is not None and len(short) >= 4 and not clinical_letters(short) else None


_TITLE_BEFORE_FACILITY = re.compile(r"\b(?:Sir|Dame|Lady|King|Queen|Prince|Princess|Saint)[ \t]+$")


def _generic_place_word(word: str) -> bool:
    """A word of a place's kind in another language (:data:`~.gazetteer.GENERIC_PLACE_STEMS`, ``GENERIC_PLACE_WORDS``),
    or a compound of known words ("FOLLOW-UP", "Sub-District")."""
    folded = fold(word)
    parts = re.split(r"[-'’]", folded)
    return (folded.startswith(G.GENERIC_PLACE_STEMS) or folded in G.GENERIC_PLACE_WORDS
            or len(parts) > 1 and all(len(p) < 3 or known(p) for p in parts))


# The words of a name the learned reader took are looked for in the rest of the text and in later fields, as the
# rules' names are (:meth:`Deidentifier._learn_read_names`)
PROPAGATE = True
# The words of a place or facility the rules or the reader took ("DGH Kalpitiya") are looked for in the rest of the case
# too, in any case ("KALPITIYA MOH AREA"), but not the words of its kind (:func:`place_words`)
PROPAGATE_PLACES = True

AGE_TEXT = "90 or older"
# every way an age over 89 is written back: before a hyphen ("90-or-older-year-old"), before letters ("90 or older yo")
AGE_TEXTS = (AGE_TEXT, AGE_TEXT + " ", "90-or-older")
# (a year may stand between Chinese characters: "丈夫於1988年去世")
_BARE_YEAR = re.compile(r"(?<![A-Za-z0-9_/.:®™-])(?:19|20)\d0['’]?s\b"  # a decade ("since the 2010s", "in the 1990's")
                        # "in the '60s", "τη δεκαετία του '60" (not a reading's range: "Sats running in the '80s")
                        r"|(?<!(?i:sats)[ \t]running[ \t]in[ \t]the[ \t])(?:(?<=\bthe[ \t])|(?<=\band[ \t]))['’]\d0s\b"
                        r"|(?:(?<=\b[Ττ]η[ \t])|(?<=\b[Σσ]τη[ \t]))δεκαετία[ \t]+του[ \t]+['’]\d0\b"
                        r"|(?<![A-Za-z0-9_/.:®™-])(?:19|20)\d\d(?:[-–](?:(?:19|20)\d\d|\d\d))?(?![A-Za-z0-9_/]|[.:-]\d)"
                        # a year of a Japanese era or of the Republic of China's calendar ("昭和63年", "民國38年")
                        r"|(?:明治|大正|昭和|平成|令和|民國|民国)[ \t]*(?:\d{1,3}|元)年")
_DIGIT = re.compile(r"\d")
_NOT_LEARNED = frozenset({"signer_on_date", "family_of", "letter_reference"})
_INITIALS_SHAPE = re.compile(r"(?:[^\W\d_]\.){2,4}|[^\W\d_]{2,4}")
# a law's year is no date of the patient's ("the Coroners Act 1995", "Mental Health Act of 1983", "the Coroners Act
# (Northern Ireland) 1959") (nor a guideline's or a classification's: "Beers Criteria 2023", "ESC Guidelines 2021")
# (nor the year of regulations, an act or a convention in brackets: "International Health Regulations (2005)")
_LAW_BEFORE = re.compile(r"\b(?:Act|Acts|Regulations|Order|Code|Bill|Amendment|Criteria|"
                         # (criteria as other languages write the word: "Hoyme-kriteria 2016")
                         r"(?i:kriteria|kriterien|kriterier|kriteriji|critères|criterios|critérios|criteri)|"
                         r"Guidelines?|Guidance|Recommendations|Consensus|Classification|Statement|Standards?|Edition|Update)"
                         r"(?:[ \t]+\((?:Northern[ \t]+Ireland|Scotland|"
                         r"England(?:[ \t]+and[ \t]+Wales)?|Wales|Ireland|NI|[A-Z]{2,3}|Amendment|Consolidation)\))?"
                         r"[ \t]+(?:of[ \t]+)?\Z|\b(?:Regulations|Act|Convention)[ \t]*\(\Z")
# ... nor a treaty's, by its city or after it ("Strasbourg Agreement 1973", "the Agreement of Berlin 1937"; not a
# "Tenancy Agreement 2019" or an "Order of Canada 1992", which are the patient's): see :func:`_treaty_year`
_TREATY_BEFORE = re.compile(r"\b(?:(?P<city>[A-Z][a-z]{2,})[ \t]+(?:Agreement|Convention|Treaty|Declaration)|"
                            r"(?:Agreement|Convention|Treaty|Declaration|Protocol)[ \t]+of[ \t]+[A-Z][a-z]{2,})[ \t]+\Z")
# ... nor the year of a guideline or a classification named after it ("ILO 2011 classification", "Amsterdam 2022
# Concussion in Sport Group consensus"), nor a body's year in brackets ("stage 3 (NPIAP 2016)")
_GUIDE_AFTER = re.compile(r"[ \t]+(?:[\w-]+[ \t]+){0,5}?(?i:classification|criteria|guidelines?|guidance|consensus|staging|definitions?|"
                          r"edition|revision|update|statement|recommendations?|system|score|scale|rules?)\b|\)")
_BODY_BEFORE = re.compile(r"(?:\(|\b)[A-Z]{2,6}[ \t]+\Z")
# (or the year of regulations in brackets after their letters, "IHR (2005)"; or a consensus named after its city,
# "Amsterdam 2022 Concussion in Sport Group consensus": a word no dictionary holds, before a consensus's or a
# classification's word, not "Since 2015 the frailty score")
_REGULATIONS_BEFORE = re.compile(r"\b(?:IHR|ICD|ISO|ICH|GDPR)[ \t]*\(\Z")
_CITY_BEFORE = re.compile(r"\b(?P<w>[A-Z][a-z]{3,})[ \t]+\Z")
_CONSENSUS_AFTER = re.compile(r"[ \t]+(?:[\w-]+[ \t]+){0,5}?(?i:consensus|criteria|classification|guidelines?|statement|"
                              r"declaration|recommendations?)\b")
_PLACEHOLDER = re.compile(r"\[?\b((?:" + "|".join(PLACEHOLDER_KINDS) + r")_\d+)\b\]?")


def _treaty_year(text: str, start: int) -> bool:
    """Whether the year at ``text[start:]`` is a treaty's, named by a city no dictionary holds before its word or by any
    after it (see :data:`_TREATY_BEFORE`)."""
    treaty = _TREATY_BEFORE.search(text, max(0, start - 40), start)
    return treaty is not None and (treaty.group("city") is None or not known(treaty.group("city").lower()))


def _city_consensus(text: str, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` is a consensus's named after its city (see :data:`_CITY_BEFORE`)."""
    city = _CITY_BEFORE.search(text, max(0, start - 16), start)
    return city is not None and not known(city.group("w").lower()) and _CONSENSUS_AFTER.match(text, end) is not None
# Case fields that are keys or file locations, not text a model reads (Case.id is never rendered).
_SKIP_KEYS = {"files", "expected"}


class Finding(BaseModel):
    """An identifier found in a text: its kind, the text itself, where it is and which rule found it."""

    model_config = ConfigDict(frozen=True)

    kind: str
    text: str
    start: int
    end: int
    rule: str


# Digits of other scripts than ASCII (Devanagari "२३६१४", Arabic-Indic "١٨٤٧٢", Persian "۸۸۲۱۴", Thai, Bengali...): the
# number rules are written in ASCII digits, so a text with such digits is read a second time with them as ASCII ones
# (one character each way, so the offsets hold), and what that reading finds over those digits is added where the first
# reading found nothing: a licence or a record number after its label, a phone, a date in figures.
_NATIVE_DIGIT = re.compile(r"(?![0-9])\d")
_ASCII_DIGITS = {c: str(int(chr(c))) for c in range(0x80, 0x10000) if chr(c).isdecimal()}


def _with_native_digits(spans: list[Span], text: str, ascii_spans: list[Span]) -> list[Span]:
    """``spans`` with those of the ASCII-digit reading that hold another script's digit and overlap none of them."""
    taken = sorted((s.start, s.end) for s in spans)
    added = [s for s in ascii_spans if _NATIVE_DIGIT.search(text, s.start, s.end)
             and not any(a < s.end and s.start < b for a, b in taken)]
    return sorted([*spans, *added], key=lambda s: (s.start, s.end)) if added else spans


class Deidentifier:
    """De-identifies the texts of one case and keeps the (local) mapping back to the originals.

    Args:
        seed: makes the date offset reproducible; ``None`` draws it from the system's randomness.
        shift_days: the date offset itself, overriding ``seed``.
        day_first: how to read ambiguous numeric dates such as 03/05/2024; ``None`` infers it from
            the first text seen (day-first unless the text holds a date only month-first can read).
        max_shift_days: dates move by between 30 and this many days, forwards or backwards.
    """

    def __init__(self, seed: int | str | None = None, *, shift_days: int | None = None,
                 day_first: bool | None = None, max_shift_days: int = 365) -> None:
        if shift_days is None:
            rng: random.Random = random.SystemRandom() if seed is None else random.Random(
                int.from_bytes(hashlib.sha256(str(seed).encode()).digest()[:8], "big"))
            shift_days = rng.randint(30, max(30, max_shift_days)) * rng.choice((-1, 1))
        self.shift_days = shift_days
        self.day_first = day_first
        self._placeholder_of: dict[tuple[str, str], str] = {}
        self._original_of: dict[str, str] = {}
        self._counters: Counter[str] = Counter()
        self._names: set[str] = set()
        self._declared: set[str] = set()  # initials the case declared for a person ("Annet Tumusiime (AT)")
        self._acronyms: set[str] = set()  # the initials of the facilities taken ("ARI" of "Aberdeen Royal Infirmary")
        self._known: re.Pattern[str] | None = None
        self._places: set[str] = set()
        self._vouched: set[str] = set()  # everyday words of the places an address vouches for ("Hope, AR 71801")
        self._long: set[str] = set()  # the long initials of facilities taken, undeclared ("TTSH")
        self._known_places: re.Pattern[str] | None = None
        self._restore: dict[str, set[str]] = {}  # shifted date / age text -> original texts
        # A case's texts are scanned several times (learning names twice, then replacing); a scan
        # depends only on the text, the names known so far and the date options, so it is kept.
        self._scans: dict[tuple[str, bool, bool, re.Pattern[str] | None, re.Pattern[str] | None], list[Span]] = {}
        self._candidates: dict[str, Candidates] = {}
        self._dates: dict[tuple[str, bool], list[Span]] = {}
        self._reads: dict[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None, learned.TokenModel], list[Span]] = {}
        self._views: dict[str, str] = {}
        self._contexts: dict[Any, str | None] = {}  # the learned reader's encoder reading of each text (learned.py)
        self._restore_pattern: tuple[dict[str, str], re.Pattern[str] | None] | None = None
        self._originals_screen: tuple[tuple[str, ...], re.Pattern[str] | None] = ((), None)
        self._latest_year = 0  # of any date seen in the case: the reference for dates that reveal an age over 89
        # the case is of a patient over 89 (an age found in a text, or the case's age): every year goes too
        self.over_89 = False

    # --- mapping ------------------------------------------------------------------------------
    def placeholder(self, kind: str, original: str) -> str:
        key = (kind, " ".join(original.split()))
        if key not in self._placeholder_of:
            self._counters[kind] += 1
            token = f"[{kind}_{self._counters[kind]}]"
            self._placeholder_of[key] = token
            self._original_of[token] = original
        return self._placeholder_of[key]

    def _day_first(self, text: str) -> bool:
        if self.day_first is None:
            self.day_first = infer_day_first([text])
        return self.day_first

    # --- de-identification ----------------------------------------------------------------------
    def learn(self, text: str) -> None:
        """Remember the person names in ``text`` so that bare mentions elsewhere are redacted too, and the words of its
        places and facilities (:data:`PROPAGATE_PLACES`).

        Names already known are matched as well, and grown over the capitalised words beside them
        ("Ines" known, "Ines McAllister" written): learning every text twice reaches those.
        """
        if _DIGIT.search(text):
            found = find_dates(self._cased(text), day_first=self._day_first(text))
            self._latest_year = max([self._latest_year, *(d.value.year for d in found if d.kind != "day_month")])
        cased = self._cased(text)
        spans = self._scan(text, dates=False)
        for span in spans:
            if span.kind == "AGE":
                self.over_89 = True
            # (a word taken only for being unknown is a person's name when the note gives its initials after it)
            if span.kind == "NAME":
                self._declare(cased, span.start, span.end)
            # a word taken only for standing beside an identifier is not learned: elsewhere it may be a drug or a device
            if span.kind == "NAME" and span.rule != "unknown_word":
                name = cased[span.start:span.end]
                # (a known name's initials are no name of their own to grow over the words beside them: "ISM  Fascia")
                if span.rule == "known_name" and _INITIALS_SHAPE.fullmatch(name):
                    continue
                # (nor are a signer's or a typist's initials, a letter's reference or a surname before "family": "by AF
                # on 08/09/25" leaves "AF with RVR", "| KB/mh" leaves "KB" elsewhere)
                if span.rule in _NOT_LEARNED:
                    continue
                if name not in self._names:
                    self._names.add(name)
                    self._known = None
            elif span.kind in PLACE_KINDS and span.rule != "unknown_word" and PROPAGATE_PLACES:
                hospital = span.kind == "HOSPITAL"
                self._learn_places(cased[span.start:span.end],
                                   declared_acronym(cased, span.start, span.end) if hospital else None,
                                   long=long_acronym(cased, span.start, span.end) if hospital else None)
            # the street of an address taken, its words that a name may be ("Blk 58 Lengkok Bahru #07-213, Singapore":
            # then "walking to the Lengkok Bahru void deck")
            elif span.kind == "ADDRESS" and span.rule != "unknown_word" and PROPAGATE_PLACES:
                self._learn_places(cased[span.start:span.end].split(",")[0])
        # the towns an address vouches for, taken or inside an address taken ("214 N Cherry St, Valentine, NE 69201")
        found = self._candidates.get(cased)
        for c in (found.before + found.after + found.places) if found is not None and PROPAGATE_PLACES else ():
            vouched = c.rule in _VOUCHED_PLACE_RULES or c.kind == "LOCATION" and _STATE_AFTER.match(cased, c.end)
            if vouched and any(s.kind in ("ADDRESS", "LOCATION") and s.start <= c.start and c.end <= s.end for s in spans):
                self._learn_places(cased[c.start:c.end], vouched=True)

    def learn_read(self, text: str) -> None:
        """Remember the names the learned reader takes in ``text`` (after the rules' names are learned), so that their
        mentions in the case's other fields go too, whichever field comes first."""
        model = learned.current()
        if PROPAGATE and model is not None and text:
            cased, _, extra = self._read(text, model)
            self._learn_read_names(cased, extra)

    def _read(self, text: str, model: learned.TokenModel | None) -> tuple[str, list[Span], list[Span]]:
        """The rules' view of ``text`` (:meth:`rule_view`: the text as they read it, their spans) and the spans
        ``model`` adds to them, kept while the case's known names stay the same: :meth:`learn_read` and
        :meth:`deidentify` read each field of a case with the same names."""
        cased, spans, protected = self.rule_view(text)
        if model is None:
            return cased, spans, []
        key = (text, self._known_pattern(), self._place_pattern(), model)
        if key not in self._reads:
            found = self._candidates.get(cased)
            self._reads[key] = without_countries(found.countries if found is not None else (),
                                                 model.spans(cased, spans, protected, self._contexts))
        return cased, spans, self._reads[key]

    def _learn_read_names(self, text: str, spans: Sequence[Span]) -> bool:
        """Remember the words of the names the learned reader took in ``text`` (not everyday or clinical words, which
        may stand elsewhere as themselves), and of its places; whether any was new."""
        new = False
        for span in spans:
            if span.kind in PLACE_KINDS and PROPAGATE_PLACES:
                new = self._learn_places(text[span.start:span.end]) or new
            if span.kind != "NAME":
                continue
            new = self._declare(text, span.start, span.end, reader=True) or new
            for word in _WORD.findall(text, span.start, span.end):
                if len(word) >= 3 and word[0].isupper() and word not in self._names and learned.may_propagate(word):
                    self._names.add(word)
                    self._known = None
                    new = True
        return new

    def _declare(self, text: str, start: int, end: int, reader: bool = False) -> bool:
        """Remember the initials the note declares for the name at ``text[start:end]``, in brackets after it or in a
        legend (:func:`declared_initials`, :func:`legend_entry`), and the whole name a legend writes for it (for a name
        the learned reader took, only when its words may be looked for elsewhere, as its own names are); whether
        anything was new."""
        initials = declared_initials(text, start, end)
        name = None
        if initials is None and (entry := legend_entry(text, start, end)) is not None:
            initials, name = entry[0], text[entry[1]:entry[2]]
            if reader and not all(learned.may_propagate(w) for w in _WORD.findall(name)):
                name = None
        new = False
        if initials is not None and initials not in self._declared:
            self._declared.add(initials)
            new = True
        if name is not None and name not in self._names:
            self._names.add(name)
            new = True
        if new:
            self._known = None
        return new

    def _learn_places(self, place: str, short: str | None = None, vouched: bool = False,
                      long: str | None = None) -> bool:
        """Remember the words of a place or facility taken in the case, and the initials the note declares for a
        facility (:func:`declared_acronym`); with ``vouched``, also its everyday words (:func:`vouched_place_words`);
        ``long``, the facility's long initials it does not declare (:func:`long_acronym`); whether any was new."""
        units = {m.group() for m in _HAN_UNIT.finditer(place)}
        new = {w for w in place_words(place) | units if w not in self._places}
        everyday = {w for w in vouched_place_words(place) if w not in self._vouched} if vouched else set()
        if new or everyday or (short is not None and short not in self._acronyms) or (long is not None
                                                                                       and long not in self._long):
            self._places |= new
            self._vouched |= everyday
            # (undeclared initials stand where a place does, or before a facility's word: "CT at TTSH", "SSRNH lab"; not
            # "PICC line" where "Palm Island Community Clinic" was named)
            self._long |= {long} if long is not None else set()
            self._acronyms |= {short} if short is not None else set()
            self._known_places = None
            return True
        return False

    def _known_pattern(self) -> re.Pattern[str] | None:
        if self._known is None and (self._names or self._declared):
            self._known = known_name_pattern(self._names, self._declared)
        return self._known

    def _place_pattern(self) -> re.Pattern[str] | None:
        if self._known_places is None and (self._places or self._acronyms or self._vouched or self._long):
            known = known_name_pattern(self._places, self._acronyms)
            vouched = [vouched_place_pattern(self._vouched, self._long)] if self._vouched or self._long else []
            self._known_places = re.compile("|".join([*([known.pattern] if known is not None else []), *vouched]), re.I)
        return self._known_places

    def _cased(self, text: str) -> str:
        """``text`` as the rules read it: with capitals where it is typed in lower case (:func:`cased_view`)."""
        view = self._views.get(text)
        if view is None:
            view = self._views[text] = cased_view(text) or text
        return view

    def find(self, text: str, *, dates: bool = True) -> list[Span]:
        """The identifier spans in ``text``, using the names this case has taught so far."""
        return list(self._scan(text, dates=dates))

    def rule_view(self, text: str) -> tuple[str, list[Span], Callable[[], Sequence[tuple[int, int]]]]:
        """What the rules make of ``text``, as the learned model reads it: the text as the rules read it, their spans
        (with the names this case has taught so far), and a function giving the spans they keep from weak name rules
        (placeholders among them), worked out only when asked for."""
        spans = self.find(text)
        cased = self._cased(text)
        found = self._candidates.get(cased)
        return cased, spans, (lambda: found.weak_protect) if found is not None else (lambda: ())

    def _scan(self, text: str, *, dates: bool) -> list[Span]:
        if not text or text.isspace():  # a case's empty fields: nothing to find, and every rule costs its call
            return []
        day_first, known, places = self._day_first(text), self._known_pattern(), self._place_pattern()
        key = (text, dates, day_first, known, places)
        if key not in self._scans:
            cased = self._cased(text)
            spans = self._scan_cased(cased, dates, day_first, known, places)
            if _NATIVE_DIGIT.search(cased):
                ascii_spans = self._scan_cased(cased.translate(_ASCII_DIGITS), dates, day_first, known, places)
                spans = _with_native_digits(spans, cased, ascii_spans)
            self._scans[key] = spans
        return self._scans[key]

    def _scan_cased(self, text: str, dates: bool, day_first: bool, known: re.Pattern[str] | None,
                    places: re.Pattern[str] | None) -> list[Span]:
        key = ("cased", text, dates, day_first, known, places)
        if key not in self._scans:
            # The rules' candidates do not depend on the names learned so far: found once per text,
            # only the known names are looked for again as the case teaches more.
            found = self._candidates.get(text)
            if found is None:
                found = self._candidates[text] = candidates(text)
            date_spans: list[Span] = []
            if dates:
                if (text, day_first) not in self._dates:
                    self._dates[(text, day_first)] = date_candidates(text, day_first=day_first, has_digit=found.has_digit)
                date_spans = self._dates[(text, day_first)]
            self._scans[key] = choose(found, date_spans,
                                      (known_candidates(text, known, found.weak_protect) if known is not None else [])
                                      + (known_place_candidates(text, places, found.weak_protect) if places is not None else []),
                                      text)
        return self._scans[key]

    def deidentify(self, text: str) -> str:
        """``text`` with identifiers replaced, dates shifted and ages over 89 generalised.

        Apply once: running it on its own output would shift the dates a second time.
        """
        if not text:
            return text
        self.learn(text)
        self.learn(text)
        dates = {(d.start, d.end): d for d in find_dates(self._cased(text), day_first=self._day_first(text))}
        out: list[str] = []
        pos = 0
        # the learned second reader: identifiers no rule took (:mod:`.learned`)
        model = learned.current()
        cased, spans, extra = self._read(text, model)
        if extra and PROPAGATE and self._learn_read_names(cased, extra):
            # the names it read are mentions the rules now find elsewhere in the text, and in later fields
            cased, spans, extra = self._read(text, model)
        if extra:
            spans = sorted(spans + extra, key=lambda s: s.start)
        if self.over_89 and (feasts := [Span(s, e, "DATE", "feast_over_89", 3) for s, e in feasts_alone(text)
                                        if not any(c.start < e and s < c.end for c in spans)]):
            spans = sorted(spans + feasts, key=lambda s: s.start)  # ("and Christmas at home with the family")
        if self.over_89 and _DIGIT.search(text):
            # Safe Harbor: every element of a date that may reveal an age over 89, years included ("Served in
            # Korea 1951-52", "widowed 2021"), not a year-like dose or count ("2000 mg")
            spans = sorted(spans + [Span(m.start(), m.end(), "DATE", "year_over_89", 3) for m in _BARE_YEAR.finditer(text)
                                    if not any(s.start < m.end() and m.start() < s.end for s in spans)
                                    and not UNIT_AFTER.match(text, m.end())
                                    and not _LAW_BEFORE.search(text, max(0, m.start() - 48), m.start())
                                    and not _treaty_year(text, m.start())
                                    and not (_BODY_BEFORE.search(text, max(0, m.start() - 8), m.start())
                                             and _GUIDE_AFTER.match(text, m.end()))
                                    and not _REGULATIONS_BEFORE.search(text, max(0, m.start() - 8), m.start())
                                    and not _city_consensus(text, m.start(), m.end())], key=lambda s: s.start)
        for span in spans:
            original = text[span.start:span.end]
            if span.rule == "birth_year":
                new = self.placeholder("DATE", original) if self._reveals_age(int(original)) else original
            elif span.kind == "DATE" and (span.start, span.end) in dates:
                found = dates[(span.start, span.end)]
                if found.kind != "day_month" and self._reveals_age(found.value.year):
                    new = self.placeholder("DATE", original)
                else:
                    new = found.shifted(self.shift_days)
                    self._remember(new, original)
            elif span.kind == "AGE":
                after = text[span.end:span.end + 1]
                # "93yo" becomes "90 or older yo", not "90 or olderyo"
                new = AGE_TEXTS[2] if after == "-" else AGE_TEXTS[1] if after.isalpha() else AGE_TEXT
                self._remember(new, original)
            else:
                new = self.placeholder(span.kind, original)
            out += [text[pos:span.start], new]
            pos = span.end
        out.append(text[pos:])
        return "".join(out)

    def _reveals_age(self, year: int) -> bool:
        """Whether a date in ``year`` lies 90 or more years before the case (its latest date, else today)."""
        reference = self._latest_year if self._latest_year > year else date.today().year
        return reference - year >= 90

    # --- re-identification ----------------------------------------------------------------------
    def reidentify(self, text: str, *, unshift_dates: bool = True) -> str:
        """Restore originals in a text written from de-identified input (for the clinician only).

        Placeholders come back (with or without their brackets); shifted dates and "90 or older"
        come back where this case produced exactly one original for them. With ``unshift_dates``,
        any other full date in the text (a model may reformat a date) is moved back by the offset.
        """
        if not _DIGIT.search(text):  # placeholders, shifted dates and "90 or older" all hold a digit
            return text
        edits: list[tuple[int, int, str]] = []
        for m in _PLACEHOLDER.finditer(text) if "_" in text else ():  # a placeholder is a kind, "_" and a number
            token = f"[{m.group(1)}]"
            if token in self._original_of:
                edits.append((m.start(), m.end(), self._original_of[token]))
        unique, alt = self._restorer()
        if alt is not None:
            edits += [(m.start(), m.end(), unique[m.group()]) for m in alt.finditer(text)]
        if unshift_dates:
            edits += [(d.start, d.end, d.shifted(-self.shift_days))
                      for d in find_dates(text, day_first=self.day_first if self.day_first is not None else True)
                      if d.kind != "month_year"]
        out, pos = [], 0
        for s, e, new in _first_wins(edits):
            out += [text[pos:s], new]
            pos = e
        out.append(text[pos:])
        return "".join(out)

    def _remember(self, written: str, original: str) -> None:
        if original not in self._restore.setdefault(written, set()):
            self._restore[written].add(original)
            self._restore_pattern = None

    def _restorer(self) -> tuple[dict[str, str], re.Pattern[str] | None]:
        """Shifted text -> its one original, and a pattern finding any of them (kept until a new one is written)."""
        if self._restore_pattern is None:
            unique = {k: next(iter(v)) for k, v in self._restore.items() if len(v) == 1}
            alt = re.compile("|".join(re.escape(k) for k in sorted(unique, key=len, reverse=True))) if unique else None
            self._restore_pattern = (unique, alt)
        return self._restore_pattern

    def shifted_texts(self) -> set[str]:
        """Every shifted date (and generalised age) text this de-identifier wrote."""
        return set(self._restore)

    def originals_screen(self, originals: list[tuple[str, str]]) -> re.Pattern[str] | None:
        """One pattern that finds a text wherever any of ``originals`` (of :meth:`originals`, at least three
        characters) occurs as :func:`scan_output` looks for it, whole words in any case: a screen, so that the
        search for each one runs only on a hit. Kept until the case adds an original."""
        key = tuple(sorted({original for _, original in originals if len(original.strip()) >= 3}))
        if key != self._originals_screen[0]:
            pattern = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, key)) + r")(?![\w])", re.I) if key else None
            self._originals_screen = (key, pattern)
        return self._originals_screen[1]

    def originals(self) -> list[tuple[str, str]]:
        """(kind, original text) for everything this de-identifier replaced, dates included."""
        found = [(kind, orig) for (kind, _), token in self._placeholder_of.items()
                 for orig in [self._original_of[token]]]
        found += [("DATE", o) for new, olds in self._restore.items() if new not in AGE_TEXTS for o in olds]
        return found


def _first_wins(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for s, e, new in edits:  # earlier lists take precedence: placeholders, exact restores, dates
        if all(e <= ks or s >= ke for ks, ke, _ in kept):
            kept.append((s, e, new))
    return sorted(kept)


# --- cases ------------------------------------------------------------------------------------
def _schema_keys() -> frozenset[str]:
    """Every field name of the case model and the models inside it: keys that the schema, not the case, wrote."""
    schema = Case.model_json_schema()
    models = [schema, *schema.get("$defs", {}).values()]
    return frozenset(name for m in models for name in m.get("properties", {}))


# A key of a free-form mapping in the case is case text and is de-identified; a key the schema wrote is not
# (scanning the forty field names of every case cost more than its own texts).
_SCHEMA_KEYS = _schema_keys()


def _case_texts(value: Any, key: str = "") -> list[str]:
    if key in _SKIP_KEYS:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for k, v in value.items()
                for t in ([k] if isinstance(k, str) and k not in _SCHEMA_KEYS else []) + _case_texts(v, str(k))]
    if isinstance(value, list):
        return [t for v in value for t in _case_texts(v, key)]
    return []


def _walk(value: Any, deid: Deidentifier, key: str = "") -> Any:
    if key in _SKIP_KEYS:
        return value
    if isinstance(value, str):
        return deid.deidentify(value)
    if isinstance(value, dict):
        return {(deid.deidentify(k) if isinstance(k, str) and k not in _SCHEMA_KEYS else k): _walk(v, deid, str(k))
                for k, v in value.items()}
    if isinstance(value, list):
        return [_walk(v, deid, key) for v in value]
    return value


def deidentify_case(case: Case, *, seed: int | str | None = None, secret: str = "",
                    deidentifier: Deidentifier | None = None) -> tuple[Case, Deidentifier]:
    """A copy of ``case`` with every text field de-identified, and the de-identifier that did it.

    The date offset is seeded by ``seed`` (default: ``secret`` + the case id), so the same case
    always gets the same offset; pass a deployment ``secret`` so that knowing a case id is not
    enough to compute it. ``case.id`` (a key, never rendered for a model), file paths and
    ``expected`` are left as they are. Names anywhere in the case are learned first, so that a
    surname mentioned bare in one field is redacted when its title appeared in another.
    """
    deid = deidentifier or Deidentifier(seed=f"{secret}:{case.id}" if seed is None else seed)
    data = case.model_dump(mode="python")
    case_id = data.pop("id")
    texts = _case_texts(data)
    if deid.day_first is None:
        deid.day_first = infer_day_first(texts)
    for _ in range(2):
        for text in texts:
            deid.learn(text)
    for text in texts:
        deid.learn_read(text)
    if (case.demographics.age_years or 0) > 89:
        deid.over_89 = True
    new = _walk(data, deid)
    age = new["demographics"].get("age_years")
    if age is not None and age > 89:
        new["demographics"]["age_years"] = 90.0
    return Case.model_validate({"id": case_id, **new}), deid


# --- output scanning ----------------------------------------------------------------------------
def scan_output(text: str, deid: Deidentifier | None = None, *, include_dates: bool = False) -> list[Finding]:
    """Identifiers in a model's output: anything the detectors find, plus (given the case's
    de-identifier) any original value of that case appearing verbatim. Placeholders are not findings.

    Dates are reported only with ``include_dates`` or when they are an original (unshifted) date of
    the case: shifted dates in an answer are expected.
    """
    if deid is not None:
        spans = deid.find(text, dates=include_dates)
    else:
        spans = detect(text, dates=include_dates)
    findings = {(s.start, s.end): Finding(kind=s.kind, text=text[s.start:s.end], start=s.start, end=s.end, rule=s.rule)
                for s in spans}
    originals = deid.originals() if deid is not None else []
    screen = deid.originals_screen(originals) if deid is not None else None
    if deid is not None and screen is not None and screen.search(text):  # most outputs hold none: one search settles it
        shifted = deid.shifted_texts()
        for kind, original in originals:
            # A shifted date can by chance equal another original date of the case: not a leak.
            # (a year taken from a patient over 89 may be the year of another, shifted date: "2021" in "05/06/2021")
            if len(original.strip()) < 3 or kind == "DATE" and (original in shifted or original.isdigit()
                                                                 and any(original in d for d in shifted)):
                continue
            flags = 0 if kind == "NAME" else re.I
            for m in re.finditer(r"(?<![\w])" + re.escape(original) + r"(?![\w])", text, flags):
                if kind == "NAME" and word_not_name(text, m.start(), m.end()):
                    continue  # "Will need ..." in a case about a Will
                if not any(f.start <= m.start() < f.end for f in findings.values()):
                    findings[(m.start(), m.end())] = Finding(kind=kind, text=m.group(), start=m.start(),
                                                             end=m.end(), rule="case_original")
    return sorted(findings.values(), key=lambda f: f.start)
