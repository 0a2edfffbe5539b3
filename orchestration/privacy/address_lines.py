"""The places of an address line, for :func:`consilium.orchestration.privacy.detect.candidates`.

An address is written as a chain: street, locality, town, county or state, postcode ("7a Soutergate, Ulverston
LA12 7EU", "Knockaphunta, Castlebar, Co. Mayo F23 X2K4", "RR 2 Box 118, Wahpeton ND 58075"). Its links are
mostly in no gazetteer, but the chain gives them away: a name right before a postcode or a state and ZIP, a
county after "Co." or before "County", the names before such a place joined to it by commas, and a bare
postcode closing the chain after a place or street.

Each link refuses what the other place slots refuse (``place_slots._rare``: everyday words, countries and
states, drugs, services, eponyms), except the name before a postcode, which the postcode itself vouches for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from consilium.orchestration.privacy import patterns as P
from consilium.orchestration.privacy.backward import KeywordFirst
from consilium.orchestration.privacy.place_slots import not_a_place, rare

Found = tuple[int, int, str, str, int]
_W = rf"{P.NAME_WORD_EXT}(?:-shire)?"  # "Ross-shire", "Kinross-shire"
_NAME = rf"{_W}(?:[ \t]+{_W}){{0,2}}"
# "Ulverston LA12 7EU", "Argyll PH49 4JB", "Wahpeton ND 58075": a name right before a postcode (found by the
# postcode rules of id_rules.py), in an address line (after a comma, a line start or a full stop).
# A dictated line spells its commas out ("Tŷ Gwyn comma Llanon comma Aberaeron SA46 0NB").
_BEFORE_POSTCODE = re.compile(rf"(?:^|(?<=[,.:;(\n])|(?<=[,.:;(][ \t])|(?<=\bcomma[ \t]))[ \t]*(?P<n>{_NAME}),?[ \t]+"
                              rf"(?:(?:{'|'.join(P.US_STATES)}|{P.CA_PROVINCES})[ \t]+)?$", re.M)
# "Co. Kerry", "County Leitrim", "Lunenburg County"
_COUNTY = re.compile(rf"\b(?:Co\.?|County)[ \t]+(?P<n>{P.NAME_WORD})(?![\w'’-])")
_FIRM_BEFORE = re.compile(r"[A-Z][\w'’&-]*[ \t]+$")
_COUNTY_AFTER = KeywordFirst(rf"(?<![\w'’-])(?P<n>{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD})?)[ \t]+", r"\bCounty\b")
# The link before a found place: "Knockaphunta, " before "Castlebar, Co. Mayo"
_LINK_BEFORE = re.compile(rf"(?<![\w'’-])(?P<n>{_NAME})(?:,|[ \t]+comma)[ \t]*(?:(?:Co\.?|County)[ \t]+)?$")
# (three digits only before a cell's bar or the line's end: "Mokhotlong 500 | Tel", "Quezon City 1101 | Trunkline")
_POSTCODE_AFTER = re.compile(r",?[ \t]+(?P<v>\d{4,6}(?=[ \t]*(?:[.,;:)(|\n]|$))|\d{3}(?=[ \t]*(?:[|\n]|$)))")
# (a label's colon only after an address's label: "ETA: 1430 Springfield ED" is a time)
_ADDRESS_LABEL_ENDS = ("cím", "Cím", "Adresa", "adresa", "Адреса", "адреса", "Адрес", "адрес", "Anschrift", "Adres", "adres",
                       "Address", "address", "Bydliště", "bydliště", "Bydlisko", "bydlisko", "Adresse", "adresse")
# a bare postcode opening an address line's place, after a comma, a bar, an address label's colon or the line's start
# ("Währinger Gürtel 18-20, 1090 Wien", "Árvegur, 800 Selfoss", "Stora Brogatan 7, 761 30 Norrtälje", "Lakcím: 4700
# Mátészalka")
_POSTCODE_BEFORE = re.compile(r"(?:^|(?<=[,|][ \t])|(?<=\n)|" + "|".join(rf"(?<={w}:[ \t])" for w in _ADDRESS_LABEL_ENDS)
                              + r")(?P<v>\d{3,5}|\d{3}[ ]\d{2})[ \t]+$")
# a town and its US state's code closing a field after a comma or a bar ("Regional Hospital ED, Eminence MO | spoke
# ED"): the code vouches for the town as a postcode does; not a disease's qualifier before its letters ("Stable MS")
# (after a facility or a street and its comma only: in a list of diagnoses or drugs the same shape is "Inferior MI",
# "Rheumatic MS", "Lantus SC", a second reading found)
_FACILITY_OR_STREET_END = ("Hospital", "Centre", "Center", "Clinic", "ED", "Surgery", "Practice", "Infirmary", "Home",
                           "Station", "Rd", "St", "Ave", "Road", "Street", "Avenue", "Drive", "Dr", "Lane", "Ln", "Blvd",
                           "Hwy", "Highway")
_BEFORE_STATE_END = re.compile("(?:" + "|".join(rf"(?<=\b{w},[ \t])|(?<=\b{w}\.,[ \t])" for w in _FACILITY_OR_STREET_END)
                               + rf")(?P<n>{_NAME})[ \t]+(?:{'|'.join(P.US_STATES)})(?=[ \t]*(?:[|;\n]|$))", re.M)
_CLINICAL_STATE_WORDS = frozenset("Stable Severe Mild Moderate Active Chronic Acute Known Possible Probable Relapsing "
                                  "Progressive Primary Secondary Suspected Confirmed Early Late Advanced".split())
_LABEL_WORDS = frozenset({"Postcode", "Post", "Code", "Zip", "ZIP", "Eircode", "PIN", "Address", "Home", "Tel", "NHS", "MRN",
                          "DOB", "Ref", "Re"})


def _place_words(words: list[str], *, vouched: bool = False) -> bool:
    """Whether ``words`` may name a place; before a postcode only labels and words no name takes are refused
    (the postcode vouches for the rest: "Argyll PH49 4JB" although "Argyll Robertson" is an eponym)."""
    if vouched:
        return bool(words) and not any(w in _LABEL_WORDS or w in P.NOT_NAME or w in P.MONTH_NAMES for w in words)
    return bool(words) and not any(w in _LABEL_WORDS or not_a_place(w) for w in words)


def address_places(text: str, postcode_starts: Iterable[int], protected: Callable[[int, int], bool]) -> list[Found]:
    """Places before a postcode and counties: the chain's anchors."""
    out: list[Found] = []
    for start in sorted(set(postcode_starts)):
        m = _BEFORE_POSTCODE.search(text, max(0, start - 70), start)
        if m and _place_words(m.group("n").split(), vouched=True) and not protected(*m.span("n")):
            out.append((*m.span("n"), "LOCATION", "place_before_postcode", 12))
    for m in _BEFORE_STATE_END.finditer(text):
        words = m.group("n").split()
        if _place_words(words, vouched=True) and not any(w in _CLINICAL_STATE_WORDS for w in words) \
                and not protected(*m.span("n")):
            out.append((*m.span("n"), "LOCATION", "place_before_state", 12))
    if "Co." in text or "Co " in text or "County" in text:
        for m in _COUNTY.finditer(text):
            # "Lowcountry Blue Crab Co. Cut his shin": after a capitalised name, "Co." is a firm's legal form
            if not m.group().startswith("County") and _FIRM_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue
            if _place_words(m.group("n").split()) and not protected(*m.span("n")):
                out.append((*m.span("n"), "LOCATION", "county", 12))
        for m in _COUNTY_AFTER.finditer(text):
            if _place_words(m.group("n").split()) and not protected(m.start("n"), m.end("key")):
                out.append((m.start("n"), m.end("key"), "LOCATION", "county", 12))
    return out


def chained_places(text: str, starts: Iterable[int], protected: Callable[[int, int], bool],
                   street_ends: Iterable[int] = ()) -> list[Found]:
    """The links of an address chain before a found place ("Knockaphunta, Castlebar, Co. Mayo"), up to three; a link
    between a street and that place is one even when it is an everyday word ("Route de la Houguette, Forest, Guernsey
    GY8 0DL")."""
    out: list[Found] = []
    streets = set(street_ends)
    for start in sorted(set(starts)):
        for _ in range(3):
            m = _LINK_BEFORE.search(text, max(0, start - 60), start)
            if not m or protected(*m.span("n")):
                break
            after_street = _COMMA_AFTER_STREET.search(text, max(0, m.start("n") - 3), m.start("n"))
            if after_street and after_street.start() in streets and _place_words(m.group("n").split(), vouched=True):
                out.append((*m.span("n"), "LOCATION", "place_chain", 12))
                break
            if not rare(m.group("n").split()):
                # a street of everyday words opening the line, its kind last ("Hospital Road, Skardu", "The Mall, Sligo")
                if _STREET_OF_WORDS.fullmatch(m.group("n")) and _LINE_OPENS.search(text, max(0, m.start("n") - 4), m.start("n")):
                    out.append((*m.span("n"), "ADDRESS", "street_chain", 12))
                break
            out.append((*m.span("n"), "LOCATION", "place_chain", 12))
            start = m.start("n")
    return out


_COMMA_AFTER_STREET = re.compile(r",[ \t]*$")
_STREET_OF_WORDS = re.compile(rf"(?:The[ \t]+)?(?:{P.NAME_WORD}[ \t]+){{0,2}}(?:Road|Street|Avenue|Lane|Mall|Highway|Drive|Boulevard|"
                              r"Terrace|Crescent|Parade|Square|Close|Rise|Row|Walk)")
_LINE_OPENS = re.compile(r"(?:^|\n|[|][ \t]*)[ \t]*$")


# The town after a continental postcode ("..., 63300 Thiers", "..., 8601 BH Sneek"): the postcode rule found it
# only before a name, and the name is the town
_TOWN_AFTER_POSTCODE = re.compile(rf"(?:[ \t]+[A-Z]{{2}})?[ \t]+(?P<n>{_NAME})(?![\w'’-])")
# The rest of an address after its street, up to a four-digit postcode closing it: "12 Mokgalakwena St, Zone 16,
# Ga-Rankuwa 0208." (localities between commas, then the town and its postcode)
_ADDRESS_TAIL = re.compile(rf"(?P<mid>(?:[ \t]+(?:\d{{1,5}}[A-Z]?|[A-Z]))?(?:,[ \t]*{_W}(?:[ \t]+(?:{_W}|\d{{1,5}}[A-Z]?)){{0,3}}){{0,2}}),[ \t]*"
                           rf"(?P<n>{_NAME})[ \t]+(?P<v>\d{{4}})(?=[ \t]*(?:[.,;:)|\n]|$))")


def address_rest(text: str, postcode_ends: Iterable[int], address_ends: Iterable[int],
                 protected: Callable[[int, int], bool]) -> list[Found]:
    """The town after a continental postcode, and the localities, town and postcode after a street."""
    out: list[Found] = []
    for end in sorted(set(postcode_ends)):
        m = _TOWN_AFTER_POSTCODE.match(text, end)
        if m and _place_words(m.group("n").split(), vouched=True) and not protected(*m.span("n")):
            out.append((*m.span("n"), "LOCATION", "town_after_postcode", 12))
    for end in sorted(set(address_ends)):
        m = _ADDRESS_TAIL.match(text, end)
        if not m or not _place_words(m.group("n").split(), vouched=True) or protected(*m.span("n")):
            continue
        mid = m.group("mid").strip(" \t,")
        if mid:
            out.append((m.start("mid") + m.group("mid").index(mid), m.end("mid"), "ADDRESS", "address_tail", 6))
        out += [(*m.span("n"), "LOCATION", "address_tail", 12), (*m.span("v"), "POSTCODE", "address_tail", 6)]
    return out


# a contact's number after their name or town and a comma, closing the clause ("wife Mrs Nhem Sophy, 012 482 730",
# "husband Tumelo Mmolawa, Kasane, 71 482 306", "(Mr Dhanraj Sukhu, 621-8830)"); six digits or more in groups, no date
_PHONE_AFTER = re.compile(r",[ \t]*(?P<v>\+?\d{2,4}(?:[ \-]\d{2,4}){1,3})(?=[ \t]*(?:[.;),|\n]|$))")
_DATE_SHAPE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|\d{4}-\d{2}-\d{2}$")


def phones_after(text: str, ends: Iterable[int]) -> list[Found]:
    """A contact's phone number right after their name or town and a comma."""
    out: list[Found] = []
    for end in sorted(set(ends)):
        m = _PHONE_AFTER.match(text, end)
        if m and sum(c.isdigit() for c in m.group("v")) >= 6 and not _DATE_SHAPE.match(m.group("v")):
            out.append((*m.span("v"), "PHONE", "phone_after_contact", 7))
    return out


def postcodes_before(text: str, starts: Iterable[int]) -> list[Found]:
    """A bare postcode opening an address line's place ("1090 Wien", "800 Selfoss")."""
    out: list[Found] = []
    for start in sorted(set(starts)):
        m = _POSTCODE_BEFORE.search(text, max(0, start - 10), start)
        if m and not (len(m.group("v")) == 4 and m.group("v")[:2] in ("19", "20")):  # a year before a town ("2019 Wien")
            out.append((*m.span("v"), "POSTCODE", "postcode_before_place", 6))
    return out


def postcodes_after(text: str, ends: Iterable[int]) -> list[Found]:
    """A bare postcode closing an address after its place or street ("Whangārei 0176", "Tonopah 89049")."""
    out: list[Found] = []
    for end in sorted(set(ends)):
        m = _POSTCODE_AFTER.match(text, end)
        if m:
            out.append((*m.span("v"), "POSTCODE", "postcode_after_place", 6))
    return out
