"""Unknown words beside an identifier: the last pass of detection.

Every held-out set leaked mostly proper names that no list holds and no slot word announces: a farm after an
address ("Tyddyn Rhos"), a village after a town, a surname after a listed given name, a school in Irish. What
they share is that they are words no English or clinical vocabulary holds
(:mod:`consilium.orchestration.privacy.vocabulary`), and that they stand next to an identifier the rules did find.
So a capitalised word outside the vocabulary, within :data:`NEAR` characters of a span chosen in this pass, is
taken as part of the same kind of identifier; a word taken so counts as a span for the next one ("Scoil Mhuire,
Ballindaggin").

What keeps clinical words: an eponym, brand or classification is followed by what it names ("Kernig's sign",
"Hinchey II", "Madopar 125 mg", "Dexcom G7"); protected phrases stay protected; a text whose own lower-case
words are mostly unknown is not English (a Spanish or German note), so the pass leaves it alone.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from typing import Iterable

from consilium.orchestration.privacy import gazetteer as G
from consilium.orchestration.privacy import patterns as P
from consilium.orchestration.privacy.namelists import is_common_word
from consilium.orchestration.privacy.vocabulary import known

NEAR = 25  # characters between a found identifier and an unknown word that is taken with it
# A run of letters starting with a capital and holding a lower-case letter ("Ballindaggin", "McArdle", "KaNyamazane",
# "Mashaba-Khoza", "O'Dowd"), Latin script only; all-capital acronyms are a different matter (units, tests, wards).
# Bounded, and each letter read one way only: a long run of letters (a pasted blob) costs linear time, not quadratic.
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_](?:[^\W\d_]|[\u0300-\u036f]){0,40}(?:['’-](?:[^\W\d_]|[\u0300-\u036f]){1,40}){0,3}"
                   r"(?![\w'’\u0300-\u036f-])")
_PARTS = re.compile(r"['’-]")
_INITIALS_ONLY = re.compile(r"[A-Z](?:[.\-/]?[A-Z]){1,4}\.?")
_PRODUCT_CAPITAL = re.compile(r"[a-z]{3}[A-Z]")
# a sentence's end between a word and an identifier: the word belongs to another statement ("re Ramsay Hunt. Wife's
# mob ...", "Reviewed by Dr Chen. Movicol two sachets daily"); not the point of a title or initial ("Dr.", "St.", "J.")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])(?<!\b[A-Z])[.!?][ \t]+")

# What an eponym, a brand or a classification names, read after the word (and up to two more words)
_NAMES_AFTER = re.compile(
    r"(?:['’]s?)?[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}(?i:sign|syndrome|test|score|scale|manoeuvre|maneuver|tube|disease|"
    r"murmur|spots?|technique|catheter|classification|grade|class|stage|criteria|rules?|formula|regimen|virus|"
    r"encephalitis|fever|law|delusion|phenomenon|tumou?r|gait|splint|airway|tear|respiration|fundoplication|block|"
    r"purpura|point|pulse|pacemaker|procedure|operation|repair|incision|nodes?|cells?|patch(?:es)?|duct|ligament|"
    r"fascia|triangle|canal|space|reflex|palsy|lymphoma|sarcoma|anomaly|an(?:a)?emia|ulcer|fracture|position|index|"
    r"equation|questionnaire|examination|shunt|valve|stent|pump|device|system|monitor|sensor|loop|bypass|lesion|"
    r"bod(?:y|ies)|granules|fib(?:re|er)s|cyst|diverticulum|hernia|aids?|implant|inhaler|pen|meter|negative|"
    r"positive|normal|abnormal|stud(?:y|ies)|scan|[a-z]+(?:otomy|ectomy|ostomy|plasty|pexy|scopy|graphy|itis|osis|"
    r"oma|a?emia|algia|pathy))\b")
# A dose, strength, class or model after a drug, device or classification ("Tazocin 4.5 g", "Sinemet 25/100",
# "ResMed AirSense 11", "Bethesda VI", "Edora 8", "Rifafour e-275"), or the species after a genus ("Burkholderia pseudomallei")
_VALUE_AFTER = re.compile(r"[ \t]+(?:[A-Z][\w-]*[ \t]+)?(?:[A-Z]{1,3}[ \t]+)?(?:[A-Z]?\d|[a-z]-\d|[IVX]{1,4}\b|"
                          r"(?:BD|BID|TDS|TID|QDS|QID|OD|QD|PRN|nocte|mane|stat)\b|[A-Z]{2,}(?:/[A-Z]+)+)|"
                          # a classification's grade after a colon ("Atlanta: moderately severe", "Forrest: IIa")
                          r":[ \t]*(?i:mild|moderate|moderately|severe|grade|class|stage|type|[IVX]{1,4}[a-c]?\b)")
# a device's maker or model before its serial or lot number ("Medtronic Micra, serial ...", "(CoaguChek, SN ...")
_SERIAL_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w-]*)?,?[ \t]+(?i:serial|s/?n\b|lot\b|model\b|ref\b)")
_SPECIES_AFTER = re.compile(r"[ \t]+([a-z]{4,})\b")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zß-öø-ÿ]{4,}(?![\w'’-])")
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]")
_FOREIGN_SHARE = 0.2  # of a text's lower-case words unknown, above which the text is not read as English
_SAMPLE_WORDS = 2000  # lower-case words read to tell the language: enough for any note, bounded for a pasted book
# letters of other scripts per Latin letter above which a text is not read as English: a Chinese note's Latin words
# are its drugs and eponyms ("Augmentin"), not names
_OTHER_SCRIPT_SHARE = 0.25
_COUNTRIES = frozenset(r for r in G.KEPT_REGIONS if " " not in r)
_PLACE_KINDS = frozenset({"ADDRESS", "POSTCODE", "LOCATION", "HOSPITAL"})
# the kinds a word may join (here and in detect.choose); a word beside a date, a number or a phone is a name or a
# place of its own
JOINABLE = frozenset({"NAME", "LOCATION", "HOSPITAL", "ADDRESS"})
# What may stand before a proper name taken this way: the start of a line, a comma or bracket, a number, another
# capitalised word (not a possessive), or a word that opens a place or a person ("in", "of", "near", "c/o"). A
# lower-case verb, article or conjunction before it ("restarted Movicol", "uses an Omnipod", "grew Stenotrophomonas and
# Achromobacter", "with Goodpasture"), a possessive ("Mr Green's Micra") or a colon ("Dr Ahmed: Barthel fifteen") says
# it is a thing or a finding.
_BEFORE_OK = re.compile(r"(?:^|[\n,;(\[/&–—-]|\d|(?<![\w'’])[A-Z][\w.-]*(?<![’']s)|\b(?:in|at|of|from|near|nr|to|by|via|c/o))[ \t]*\Z")
# A table's cell ("| 68/F | Altit | CNIC ..."): a word opening one is a name or a place only when the cell holds
# nothing but capitalised words ("| Neiafu, Vavaʻu", "| Nkana East |"), not a label ("| Sonographer: ..."), a
# phrase ("| Handheld echo") or a number's owner ("| Navajo Nation census no. ...").
_CELL_OPEN = re.compile(r"\|[ \t]*\Z")
_CELL_REST = re.compile(r"(?:[ \t]+[A-Z][\w'’ʻ-]*)*[ \t]*(?:[|,;]|$)", re.M)
# the cell before it: an age with or without its sex ("| 68/F |", "| 52 |"), or, on a line a list's number opens, a cell
# an identifier closes; the cell after it: its first word, and a lone capitalised word
_AGE_SEX_CELL = re.compile(r"[ \t]*\d{1,3}[ \t]*(?:/?[ \t]*(?:[MFmf]|yrs?|y))?[ \t]*")
_NUMBERED_LINE = re.compile(r"[ \t]*\d{1,3}[.)]?[ \t]*(?:\||[^\W\d_]|ʻ)")
_NEXT_CELL = re.compile(r"[ \t]*([^\s|,;]*)")
_LONE_WORD_CELL = re.compile(r"[ \t]*[A-Z][\w'’-]*[ \t]*(?:\||$)", re.M)
# "| Bangladeshi": a people named after a country that stays (Safe Harbor keeps countries), not a place
_DEMONYM_ENDINGS = ("i", "n", "an", "ian", "ese")
_BLANK = re.compile(r"[ \t]*")
_AFTER_LABEL = re.compile(r"[:)][ \t]*\Z")
# a surname in capitals before a comma and the given name ("PARREÑO, Rommel"): three letters or more, Latin script
_CAPS_SURNAME = re.compile(r"(?<![\w'’-])(?P<w>[A-ZÀ-ÖØ-Þ]{3,}(?:[-'’][A-ZÀ-ÖØ-Þ]{2,})?),[ \t]+")
_PLACE_WORD_AFTER = re.compile(rf"[ \t]+(?i:{G.PLACE_OF}|farm|station|estate|park|road|lane|street|plant|depot|"
                               r"mill|works|bakery|shop|store|school|college|church|club)\b")


def _name_shaped(word: str) -> bool:
    """A capital, then a small letter somewhere, all in Latin letters ("Manawatū", "Behchokǫ̀", "O'Dowd")."""
    if not (word[0].isupper() and any(c.islower() for c in word)):
        return False
    return word.isascii() or all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in word)


def _unknown(word: str) -> bool:
    # a word with as many capitals as small letters is an acronym or a code ("HbSS", "SpR"), not a name; a capital
    # after three small letters is a product's ("FibroScan", "CareLink"), where a name's comes after a short prefix
    # ("McArdle", "MacKenzie", "DeShawn", "KaNyamazane")
    letters = [c for c in word if c.isalpha()]
    if sum(c.isupper() for c in letters) * 3 > len(letters) or _PRODUCT_CAPITAL.search(word):
        return False
    return any(len(part) >= 3 and not known(part) for part in _PARTS.split(word))


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text, a line or a sentence: capitalised for its place, so that a
    compound there is an everyday word ("Needlestick from a used pen")."""
    before = text[max(0, start - 8):start]
    stripped = before.rstrip(" \t")
    if start <= 8 and not stripped:
        return True
    return stripped.endswith("\n") or (stripped != before and stripped[-1:] in ".!?:;")


def _opens_cell(text: str, word: re.Match[str], found: list[tuple[int, int, str]]) -> bool:
    """Whether ``word`` opens a table cell that holds only capitalised words, after a cell of age and sex ("| 68/F |
    Altit") or, in a numbered line list, after a cell that an identifier closes ("2. X | DOB ... | VH-052918 | Neiafu"); and
    is no country's people. (A brand or device alone in a cell after any other cell stays: "| chart 418 | Pleurx |".)"""
    open_ = _CELL_OPEN.search(text, max(0, word.start() - 8), word.start())
    if not open_:
        return False
    bar = open_.start()
    prev_start = text.rfind("|", 0, bar) + 1
    line_start = text.rfind("\n", 0, word.start()) + 1
    if prev_start <= line_start:  # the cell before opens the line
        prev_start = line_start
    prev = text[prev_start:bar]
    if not _AGE_SEX_CELL.fullmatch(prev):
        stripped = prev.strip()
        lead = prev_start + (len(prev) - len(prev.lstrip()))
        # (an identifier stands in the cell's last word: "| NRC 702118/65/1 | Chimwemwe |")
        last = lead + len(stripped) - len(stripped.split()[-1]) if stripped else lead
        if not (stripped and _NUMBERED_LINE.match(text, line_start)
                and any(s < lead + len(stripped) and e > last and s >= lead for s, e, _ in found)):
            return False
    rest = _CELL_REST.match(text, word.end())
    if rest is None:
        return False
    # a cell before a dose or a drug is a drug's ("| Tazocin | 4.5 g TDS", "| Augmentin | Clarithromycin |"), and one
    # before another lone capitalised word is one of a row of things ("| Sinemet | Madopar |")
    after = _NEXT_CELL.match(text, rest.end())
    if after and (after.group(1)[:1].isdigit() or P.DRUG_SUFFIX.search(after.group(1))):
        return False
    if text[rest.end() - 1:rest.end()] == "|" and _LONE_WORD_CELL.match(text, rest.end()):
        return False
    w = word.group()
    return not any(w.endswith(e) and w[:-len(e)] in _COUNTRIES for e in _DEMONYM_ENDINGS)


def _compound(word: str) -> bool:
    """Whether ``word`` is two known words written as one ("Needlestick", "Frostnip")."""
    w = word.lower()
    return any(known(w[:i]) and known(w[i:]) for i in range(3, len(w) - 2))


_TERM_BEFORE_BRACKET = re.compile(r"(?<![\w-])([A-Za-z][A-Za-z-]+)[ \t]*\(\Z")
_PERSON_WORD = re.compile(rf"(?i:{P.RELATIVES}|{P.COLLOQUIAL_RELATIVES}|{P.STAFF_ROLES}|{P.TITLES}|patient|gp)")


def _brand_in_brackets(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` fills a bracket after a word the clinical vocabulary knows that names no
    person: a brand after its drug or vaccine ("Naloxone (Prenoxad)", "rabies PrEP (Verorab)"), not a name after a
    relative or a role ("daughter (Aisha)", "physio (Tamsin)")."""
    if text[end:end + 1] != ")":
        return False
    m = _TERM_BEFORE_BRACKET.search(text, max(0, start - 40), start)
    return m is not None and known(m.group(1).lower()) and not _PERSON_WORD.fullmatch(m.group(1))


def _names_something(text: str, end: int) -> bool:
    """Whether what follows the word at ``end`` says it is an eponym, brand, classification or genus."""
    if _NAMES_AFTER.match(text, end) or _VALUE_AFTER.match(text, end) or _SERIAL_AFTER.match(text, end):
        return True
    species = _SPECIES_AFTER.match(text, end)
    return species is not None and not is_common_word(species.group(1))


def _english(text: str) -> bool:
    """Whether ``text`` reads as English: written mostly in Latin letters, its lower-case words mostly known."""
    latin = len(_LATIN.findall(text))
    if sum(c.isalpha() for c in text) - latin > _OTHER_SCRIPT_SHARE * latin:
        return False
    lower = [m.group() for _, m in zip(range(_SAMPLE_WORDS), _LOWER_WORD.finditer(text))]
    return not lower or sum(not known(w) for w in lower) <= _FOREIGN_SHARE * len(lower)


def _kind(text: str, word: re.Match[str], near: list[tuple[int, int, str]]) -> str:
    """The kind of the identifier the word sits in or beside: the kind of a span it touches across spaces ("Ysbyty"
    before a hospital), a place when a place word follows it ("Glenvarrow farm"), else the kind of the closest."""
    for s, e, kind in near:
        if kind in JOINABLE and (_BLANK.fullmatch(text, e, word.start()) or _BLANK.fullmatch(text, word.end(), s)):
            return kind
    if _PLACE_WORD_AFTER.match(text, word.end()):
        return "LOCATION"
    closest = min(near, key=lambda a: min(abs(a[0] - word.end()), abs(word.start() - a[1])))
    return "LOCATION" if closest[2] in _PLACE_KINDS else "NAME"


def overlap_test(spans: list[tuple[int, int]]):
    """A test of whether [s, e) overlaps any of ``spans``, in log time (spans sorted by start, their ends' running
    maximum beside)."""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach, most = [], -1
    for _, b in spans:
        most = max(most, b)
        reach.append(most)

    def overlaps(s: int, e: int) -> bool:
        i = bisect_left(starts, e)
        return i > 0 and reach[i - 1] > s
    return overlaps


def _near(text: str, word: re.Match[str], spans: list[tuple[int, int, str]], starts: list[int]) -> list[tuple[int, int, str]]:
    """Those of ``spans`` (sorted, not overlapping) within :data:`NEAR` characters of ``word`` with no sentence's end
    between, nearest first."""
    out = []
    i = bisect_right(starts, word.end() + NEAR)
    while i > 0:
        i -= 1
        a = spans[i]
        if a[1] + NEAR < word.start():
            break
        if not _SENTENCE_END.search(text, min(a[1], word.end()), max(a[0], word.start())):
            out.append(a)
    return out


# (a name's or an address's label before its colon is no name: "Pacienti: Arbër Krasniqi", "Adresas: Kvietinių g. 14-3")
_NAME_LABEL_WORD = re.compile(rf"(?i:{P.NAME_LABELS}|adres|adresas|adresa|enderezo|endereço|tirahan|direcci[óo]n|domicilio)")
_COLON_AFTER = re.compile(r"[ \t]*[:\-–]")


def residual_spans(text: str, found: Iterable[tuple[int, int, str]],
                   protected: Iterable[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the unknown capitalised words standing within :data:`NEAR` characters of a span of
    ``found`` ((start, end, kind): every span chosen in the text, none overlapping) other than an age, or of a word
    taken before, outside ``protected`` and every found span. A word beside a place is a LOCATION, any other a NAME."""
    found = sorted(found)
    # (a speaker's initials before their words anchor nothing: "switch to Augmentin.\n[15:19] WF:" names no one before
    # them; a facility's or a vehicle's capitals still do: "TUH ED, Clonmel")
    anchors = [a for a in found if a[2] != "AGE" and not (a[2] == "NAME" and _INITIALS_ONLY.fullmatch(text, a[0], a[1])
                                                          and text[a[1]:a[1] + 1] == ":")]
    if not anchors:
        return []
    blocked = overlap_test(list(protected) + [(s, e) for s, e, _ in found])
    words, given = [], []  # given: unknown words after a label's colon or a bracket, taken only before a name
    for m in _WORD.finditer(text):
        if (blocked(m.start(), m.end()) or not _name_shaped(m.group()) or not _unknown(m.group())
                or P.DRUG_SUFFIX.search(m.group()) or _brand_in_brackets(text, m.start(), m.end())
                or _names_something(text, m.end()) or _opens_sentence(text, m.start()) and _compound(m.group())
                or _NAME_LABEL_WORD.fullmatch(m.group()) and _COLON_AFTER.match(text, m.end())):
            continue
        if (_BEFORE_OK.search(text, max(0, m.start() - 30), m.start()) or _PLACE_WORD_AFTER.match(text, m.end())
                or _opens_cell(text, m, found)):
            words.append(m)
        elif _AFTER_LABEL.search(text, max(0, m.start() - 8), m.start()):
            given.append(m)
    if not (words or given or _CAPS_SURNAME.search(text)) or not _english(text):
        return []
    anchor_starts = [a[0] for a in anchors]
    taken: list[tuple[int, int, str]] = []  # sorted by start, like the words
    taken_starts: list[int] = []
    grew = True
    forward = True
    while grew:  # a word taken can bring in one before it: passes alternate direction, so a chain takes two
        grew = False
        for m in (words if forward else reversed(words)):
            j = bisect_left(taken_starts, m.start())
            if j < len(taken_starts) and taken_starts[j] == m.start():
                continue
            near = _near(text, m, anchors, anchor_starts) + _near(text, m, taken, taken_starts)
            if near:
                taken.insert(j, (m.start(), m.end(), _kind(text, m, near)))
                taken_starts.insert(j, m.start())
                grew = True
        forward = not forward
    # a word no vocabulary holds after a label's colon or a bracket is a given name when a name follows it ("Triage
    # RNs: Kateri Tsinajinnie", "Sep (GD) Pema Wangchuk"), and an unknown surname in capitals before a comma and a
    # name is its surname ("| PARREÑO, Rommel (MRN ...)")
    name_starts = {a for a, _, kind in [*found, *taken] if kind == "NAME"}
    for m in given:
        after = _BLANK.match(text, m.end()).end()  # spaces or tabs only: a name on the next line is another's
        if after > m.end() and after in name_starts:
            taken.append((m.start(), m.end(), "NAME"))
    for m in _CAPS_SURNAME.finditer(text) if name_starts else ():
        if m.end() in name_starts and not blocked(m.start(), m.end("w")) and not known(m.group("w").lower()) \
                and m.group("w") not in P.NOT_NAME:
            taken.append((m.start(), m.end("w"), "NAME"))
    return sorted(taken)
