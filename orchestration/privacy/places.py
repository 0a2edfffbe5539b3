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
from consilium.orchestration.privacy.backward import KeywordFirst
from consilium.orchestration.privacy.place_slots import slot_places
from consilium.orchestration.privacy.wordlist import WordListFinder

# (a part after an apostrophe in small letters, as Pacific names write it: "Niu'ui Hospital", "Ha'apai Street"; two letters
# or more, so that "Crohn's" is "Crohn" and "'s")
_WORD = rf"(?:{P.NAME_WORD}(?:['’][{P.LO}]{{2,}})*(?:['’]s)?)"
_JOIN = r"(?:[ \t]+(?:(?:of|and|&|on|upon|under|the|for|de|la|le)[ \t]+)?)"
_SAINT = r"(?:(?:St|Mt|Ft)\.?[ \t]+)?"  # "St Austell", "Mt Maunganui": the abbreviation is part of the name
# Words that start a place's or a hospital's name without naming it alone ("the Royal Marsden", "St Helens").
# ("New Delhi", "Old Trafford", "Upper Hutt": "New" and "Old" alone are words the name rules refuse)
_NAME_PREFIXES = frozenset({"St", "St.", "Mt", "Mt.", "Ft", "Ft.", "Royal", "Saint", "Mount", "Port", "Fort", "New", "Old",
                            "Upper", "Lower", "North", "South", "East", "West", "Great", "Little"})
_AU_STATES = P.AU_STATES
# "Cottesloe WA 6011", "Wagga Wagga NSW 2650": an Australian locality before its state and postcode.
_BEFORE_AU_STATE_RE = KeywordFirst(rf"(?<![\w'’-])(?P<n>{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD}){{0,2}}),?[ \t]+",
                                   rf"(?=[NVQWSTA])\b(?:{_AU_STATES})[ \t]+\d{{4}}(?!\d)")
# "Seelampur, Shahdara district", "Surulere LGA": a place before the name of its administrative unit; and
# "r/o Seelampur" (resident of), as Indian notes write it.
_UNIT_WORDS = ("district|District|LGA|tehsil|Tehsil|taluka?|Taluka?|mandal|Mandal|parish|Parish|county|township|Township|"
               "municipality|prefecture|oblast|krai|raion|sub-county|Sub-County|subcounty|constituency|upazila|Upazila")
_BEFORE_UNIT_RE = KeywordFirst(rf"(?<![\w'’-])(?P<n>{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD})?)[ \t]+",
                               rf"{P.lead_words(_UNIT_WORDS.split('|'))}\b(?:{_UNIT_WORDS})\b")
_RESIDENT_OF_RE = re.compile(rf"(?=[rR])(?<![\w/])[rR]/[oO][ \t.:]+(?:(?:vill(?:age)?\.?|H\.?[ \t]*No\.?[ \t]*[\w/-]+,?)[ \t]+)?"
                             rf"(?P<n>{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD})?)")
# "Crosshouse A&E", "Pinderfields ITU": a hospital named by its department.
_UNIT_AFTER_RE = KeywordFirst(rf"(?<![\w'’-])(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]+",
                              r"(?=[AEIHNSC]|(?i:[emldc]))(?<![\w&])(?:A&E|A\s+and\s+E|ED|ER|ITU|ICU|HDU|NICU|SCBU|CCU|(?i:emergency\s+department|"
                              r"maternity\s+unit|labour\s+ward|delivery\s+suite|cath(?:eter)?\s+lab))(?![\w&])")
# "Referring hospital: Dewsbury District", "Booking hospital: Calderdale": a hospital in a labelled slot.
_HOSPITAL_LABEL_RE = re.compile(
    r"(?i:(?=[abdhloprst])\b(?:(?:booking|referring|receiving|admitting|transferring|sending|treating|local|home|base|delivering|"
    r"birth|discharging|previous|other)[ \t]+(?:hospital|hosp\.?|trust|site|facility|unit|centre|center|hospice)|"
    rf"hospital|hosp\.?|place\s+of\s+birth|birth\s+place))[ \t]*[:\-–][ \t]*(?:the[ \t]+)?(?P<n>{_SAINT}{_WORD}(?:[ \t]+{_WORD}){{0,3}})"
    # (not a result read there: "At sending facility: Hct 58%, plt 48")
    r"(?![\w'’-])(?![ \t]*[<>=]?[ \t]*\d)")
# "Queen Elizabeth Hospital Woolwich", "Royal Infirmary, Edinburgh.": the town after a facility's name.
# the facility words branching on their first letter (patterns.by_first_letter): the same matches, sooner
_FACILITY = P.by_first_letter(G.FACILITY)
_TOWN_AFTER_FACILITY_RE = re.compile(
    rf"(?=[A-Z])\b(?:{_FACILITY})(?:[ \t]+(?P<n>{P.NAME_WORD})(?![\w'’-]|[ \t]+[{P.UP}])|,[ \t]*(?P<c>{P.NAME_WORD})(?=[ \t]*(?:[.;)\n]|$)))")
# Schools and colleges: "Castle Vale Academy", "Thornleigh High School".
_SCHOOL_WORDS = (r"Academy|School|College|Primary|Nursery|Sixth\s+Form|Grammar|Comprehensive|Kindergarten|Preschool|Pre-school|"
                 r"University|ELC|Childcare|Child\s+Care\s+Cent(?:re|er)|Early\s+Learning\s+Cent(?:re|er)|Daycare|Day\s+Care|"
                 r"Kindy|Cr[eè]che")
_SCHOOL_RE = KeywordFirst(rf"(?<![\w'’-])(?P<n>{_SAINT}{_WORD}(?:{_JOIN}{_WORD}){{0,3}})[ \t]+",
                          rf"{P.lead_words(_SCHOOL_WORDS.split('|'))}(?<![\w-])(?:{_SCHOOL_WORDS})(?![\w-])")
# Named farms and houses: "Low Moor Farm", "Sandyhurst Farm" (the town after them is found as after a street).
_DWELLINGS = "Farm Farmhouse Cottage Cottages Lodge Manor Grange Barn Croft Bungalow Steading Homestead".split()
_DWELLING_RE = KeywordFirst(rf"(?<![\w'’-])(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]+",
                            rf"{P.lead_words(_DWELLINGS)}(?<![\w-])(?:{'|'.join(_DWELLINGS)})(?![\w-])")
_SCHOOL_GENERIC = frozenset("""Primary High Secondary Grammar Infant Infants Junior Community Church Catholic Medical Nursing
Dental Business Art Arts Music Dance Drama Sixth Form Free Special Comprehensive Boarding Sunday Driving Language Local
Village Middle Upper Lower Senior Nursery Technical Open State Public Private Christian Islamic Jewish Girls Boys
Independent Academy School College University Royal Imperial""".split())
# Words before a department that do not name a hospital ("Paediatric ED", "Majors A&E").
_UNIT_GENERIC = frozenset("""Paediatric Pediatric Paeds Peds Adult Adults Children's Childrens Neonatal Obstetric Maternity
Main Majors Minors Resus Trauma Neuro Cardiothoracic Burns Surgical Medical Mixed Nearest Nearby Respiratory Coronary
Psychiatric Neurosurgical Neurological Cardiology Surgery Medicine Elderly Geriatric""".split())
# Words that open a sentence before a school or farm is named ("Attends Castle Vale Academy").
_LEADING_VERB = re.compile(r"(?:[A-Z][a-z]*(?:ed|ing|s)|Goes|Went|Left|Pupil|Student|Year|Ex|Former|Local)$")
# the imperative that opens a plan's line before a facility ("Await First Fit Clinic.", "Refer Falls Clinic")
_PLAN_VERB = re.compile(r"(?:Await|Attend|Refer|Contact|Book|Arrange|Discuss|See|Call|Phone|Ring|Email|Fax|Send|Continue|"
                        r"Follow|Check|Request|Ask|Inform|Notify|Advise|Consider|Visit|Liaise|Chase|Organise|Organize|"
                        r"Schedule|Rebook|Re-refer|Expedite|Defer)[ \t]+")
# a public health service is a district's when a place names it ("Eastern Idaho Public Health"), not when only a verb, a
# specialty or a direction stands before it ("Notified Public Health", "Environmental Public Health", "Global Public Health")
_PUBLIC_HEALTH = re.compile(r"[ \t]*\bPublic[ \t]+Health\b")
_NOT_A_DISTRICT = frozenset("""Environmental Occupational Veterinary Global Academic International National Eastern Western
Northern Southern Central Regional Local Provincial State Federal Dental Child School Sexual Reproductive""".split())
_DIRECTIONS = frozenset("Eastern Western Northern Southern Central North South East West".split())
_TOLD = frozenset("Notified Informed Called Emailed Phoned Contacted Awaiting Advised Discussed Told Rang Faxed Alerted "
                  "Updated Inform Notify Contact Email Phone Call Await".split())


def _district_service(text: str, s: int, service: int, e: int) -> tuple[int, int] | None:
    """A public health service's span (``s`` to ``e``, its words from ``service``) without the verb before it, when a
    place names it: not when only a specialty, a direction or a state or country does ("Northern Ireland Public Health
    Agency" keeps its region)."""
    words = list(re.finditer(r"\S+", text[s:service]))
    while words and words[0].group() in _TOLD:
        words.pop(0)
    naming = [w.group() for w in words]
    core = [w for w in naming if not (w in _NOT_A_DISTRICT or _generic(w) or w.islower() or w == "Department")]
    kept = G.KEPT_REGIONS | N.COUNTRIES
    # (a direction before a state names a district of it: "Eastern Idaho Public Health")
    if not core or " ".join(naming) in kept or " ".join(core) in kept and not set(naming) & _DIRECTIONS:
        return None
    return s + words[0].start(), e


_SENTENCE_START = re.compile(r"(?:^|[.;:!?)•*-]|\n)[ \t]*$")
# A brand-like name written in one word with inner capitals opens a facility's name too ("WorkWell Clinic").
_CAMEL = r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)+)"
_FACILITY_RE = re.compile(
    rf"{P.NAME_WORD_LEAD}(?<![\w'’-])(?P<n>(?:(?:St\.?|Saint|Mt\.?|Mount)[ \t]+)?(?:{_WORD}|{_CAMEL})(?:{_JOIN}(?:St\.?[ \t]+)?{_WORD}){{0,4}}"
    rf"[ \t]+(?:{_FACILITY})(?:[ \t]+(?:of|in|at|for)[ \t]+(?:the[ \t]+)?{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD}){{0,2}})?)\b")
_FACILITY_AFTER_RE = re.compile(
    rf"\b(?:{_FACILITY})[ \t]+(?:of|in|at)[ \t]+(?:the[ \t]+)?(?P<n>{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD}){{0,2}})")
_STREET_WORDS = (r"Street|Road|Avenue|Lane|Close|Crescent|Terrace|Gardens|Grove|Drive|Boulevard|Way|Court|Place|Square|"
                 r"Mews|Row|Walk|Rise|Parade|Rd\.?|Ave\.?|Ln\.?|Blvd\.?|Cres\.?|Gdns\.?|Sq\.?|St\.?(?![ \t]+[A-Z])")
_STREET_RE = re.compile(rf"{P.NAME_WORD_LEAD}(?<![\w'’-])(?P<n>(?:{_WORD}[ \t]+){{1,3}}(?:{_STREET_WORDS})(?![\w-]))")
_NOT_A_NATION = frozenset("Status Non-Status Registered Treaty Urban Elder Elders Ethnicity Indigenous Member Members Band "
                           "On-Reserve Off-Reserve Youth".split())
_DISTANCE_UNITS = ("mile", "miles", "km", "kms", "kilometres", "kilometers")  # before a point of the compass (_LEAD_RE)
_COMPASS_OF = re.compile(rf"(?:{'|'.join(_DISTANCE_UNITS)})[ \t]+\S+[ \t]+of[ \t]+\Z")
_WAYPOINTS = frozenset("Exit Junction Route Highway Hwy Interstate Mile Marker Camp Base Car Carpark Harbour Harbor Station Fire "
                       "Checkpoint Trailhead Road Gate Bridge Airstrip Beacon Pier Wharf Jetty Turnoff Turn-off".split())
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;)|\n]|$)")
_FIRST_NATION_RE = re.compile(rf"{P.NAME_WORD_LEAD}(?<![\w'’-])(?P<n>{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD}){{0,3}}[ \t]+First[ \t]+Nations?)\b")
_ONWARD_RE = re.compile(rf"[ \t]+(?:to|and|or|via|then|before|after)[ \t]+(?:the[ \t]+)?(?P<n>{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD}){{0,2}})")
# "on" joins a place's name ("Bradford on Avon") but not a shop to its street ("the Piggly Wiggly on Grand Ave")
_ON = rf"on(?![ \t]+{P.NAME_WORD}[ \t]+(?:{P.STREET_SUFFIX})\b)"
# a lead verb in capitals ("Working Together to ..."), and what may stand before a sentence's first word (nothing, a
# line's, a sentence's or a label's end, a bullet, a cell's bar): such a verb after anything else heads a title
_TITLE_GERUND = re.compile(r"[A-Z][a-z]+ing\b")
_OPENS_TITLE = ("", "\n", ".", "!", "?", ":", ";", "-", "|", "*", "•", "(", ")", "–", "—", "\"")
_LEAD_RE = re.compile(  # led by a letter, as detect.LETTER_FIRST says; the word lists branch on their first letter
    "(?i:(?=[a-z]))" rf"\b(?:(?:{P.by_first_letter(G.PLACE_LEADS, ignore_case=True)})(?i:[ \t]+(?:(?:back|here|over|away|up|down|"
    rf"out|there|originally|currently|now|alone|together|permanently|recently|abroad|locally|[a-z]+(?:[ \t]+[a-z]+){{0,2}})[ \t]+)?"
    rf"(?:in|to|from|at|near|outside|around|of|into|on)[ \t]+(?:the[ \t]+)?)|(?:{P.by_first_letter(G.PLACE_OF, ignore_case=True)})"
    rf"(?i:[ \t]+of[ \t]+)|(?i:near(?:by)?[ \t]+|(?:just|right)[ \t]+outside[ \t]+)|"
    # a distance and a point of the compass ("about 2 miles west of Kremlin", "40 km NE of Bourke")
    "(?:" + "|".join(rf"(?<={unit}[ \t])" for unit in _DISTANCE_UNITS) + ")"
    r"(?:(?i:north|south)(?:[ -]?(?i:east|west))?|(?i:east|west)|N|S|E|W|NE|NW|SE|SW)[ \t]+of[ \t]+)"
    rf"(?P<n>{_SAINT}{P.NAME_WORD}(?:[ \t-]+(?:(?:upon|{_ON}|under|in|de|la|le|by|the)[ \t-]+)?{P.NAME_WORD}){{0,2}})")
# "from Coleraine", "at Pinderfields", "works at Tesco", "a trawler out of Newlyn" (not "run out of Entresto"),
# "farms above Rhayader", "goats around Kacheliba": a proper
# name after "at", "from" or a word of where ("around", "above", "below", "beyond", "toward"; not "off": "Off Levophed") is a place or
# facility unless it is a time, a department or a word the name rules never take (checked in place_spans).
_AT_FROM_RE = re.compile(
    rf"(?i:(?=[afbtio]))(?<![\w'’-])(?P<p>(?i:at|from|(?<!run[ \t])(?<!ran[ \t])(?<!running[ \t])out[ \t]+of|around|above|below|beyond|toward|towards))[ \t]+(?:the[ \t]+)?(?P<n>{_SAINT}{P.NAME_WORD_EXT}(?:[ \t]+(?:upon|{_ON}|under|in|de|la|le)?[ \t]*{P.NAME_WORD_EXT}){{0,2}})"
    rf"(?![\w'’-]|[ \t]*\d)")
_JOINERS = frozenset({"upon", "on", "under", "in", "de", "la", "le", "by", "the"})
_OUT_OF_STOCK = re.compile(r"(?i:\b(?:runs?|ran|running|is|was|are|were|been|be|being|gone|went|get|got|getting|completely|all|just|now|"
                           r"still|totally|nearly|almost))[ \t]+$")
_PROFESSIONS = re.compile(r"[A-Z][a-z]+(?:ists|icians|geons|wives)")
_NOT_PLACE = frozenset("""
Day Days Week Weeks Month Months Year Years Hours Category Grade Class Stage Type Level Baseline Birth Home Work School Rest Night Noon Midnight Morning Evening
Afternoon Christmas Easter Ramadan Diwali Eid Weekend Weekends Theatre Theatres Resus Majors Minors Recovery Endoscopy
Outpatients Triage Reception Nursing Discharge Admission Onset Presentation Diagnosis Level Bay Bed Room Floor Side
Time Point First Last Least Most Present Risk Times Rest Once Least Intervals Interval Source Random Fasting
""".split())
# After a street name: ", Much Hadham", ", Hebden Bridge" is the town of the address.
_ADDRESS_TOWN_RE = re.compile(rf",[ \t]*(?P<n>{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD}){{0,2}})(?![\w'’-])")
_REGION_WORDS = sorted(G.KEPT_REGIONS | set(P.US_STATES), key=len, reverse=True)
_BEFORE_REGION_RE = re.compile(
    rf"{P.NAME_WORD_LEAD}(?<![\w'’-])(?P<n>{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD}){{0,2}}),[ \t]*(?:"
    + "|".join(re.escape(r) for r in _REGION_WORDS) + r")\b(?![ \t]*\d)")
# The towns of the gazetteer and of the GeoNames list (namelists.py) as whole words, not before "'s disease",
# "virus" and the like ("Marburg virus", "Ross River fever"); see wordlist.py.
_TOWN_RE = WordListFinder(G.TOWNS | N.TOWNS, r"(?![\w-]|['’]s[ \t]+(?:disease|syndrome|sign)|[ \t]+(?:(?:Valley|River|Forest|Mountain|"
                                             r"Mountains|Lake|Creek|Hill|Island)[ \t]+)?(?:virus|fever|disease|syndrome|encephalitis))")
_KEPT = {r.lower() for r in G.KEPT_REGIONS} | {s.lower() for s in P.US_STATES}
_ENDINGS = re.compile(rf"\b(?:{_FACILITY})\b")


def _generic(word: str) -> bool:
    plain = re.sub(r"['’]s$", "", word)
    return (plain in G.GENERIC_FACILITY_WORDS or plain in P.NOT_NAME or word in G.GENERIC_FACILITY_WORDS
            or bool(P.SERVICE_SUFFIX.search(plain)) or plain.lower() in ("of", "and", "&", "the", "on", "for"))


_FINNISH_KIND = re.compile(rf"(?:{G.FINNISH_FACILITY})$")
_FINNISH_GENITIVE = re.compile(r"(?<![e])n[ \t]+\S+$")
_INSTITUTION_WORD = re.compile(r"(?:Hospital|Infirmary|Cent(?:re|er)|Institute)$")


def _after_a_person(name: str) -> bool:
    """Whether a facility whose first word is an eponym is named after that person: the eponym, then a service's generic
    words and an institution's ("Brown-Séquard Mental Health Care Centre"; not "Parkinson's Disease Clinic")."""
    words = name.split()
    return (len(words) >= 3 and _INSTITUTION_WORD.search(name) is not None
            and all(_generic(w) or w == "Care" for w in words[1:-1]))


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
    # ("Royal" names one hospital among a country's: "The Royal Children's Hospital", "the Royal Infirmary")
    naming = [w for w in head.split() if (not _generic(w) or w == "Royal") and w not in ("St", "St.", "Saint", "Mt", "Mt.", "Mount")]
    if not naming:  # "the Fracture Clinic", "District General Hospital", "St Hospital"
        tail = re.search(r"\b(?:of|in|at|for)\s+(?:the\s+)?(.+)$", span)
        if not (tail and not all(_generic(w) for w in tail.group(1).split())):
            return None
    return s + words[0].start(), e


# An institution named only by generic words is that town's own when the town follows it ("Community Regional
# Medical Center, Fresno CA", "University Teaching Hospital, Lusaka"); a clinic, unit or service is not.
_INSTITUTION_END = re.compile(r"(?:Hospital|Infirmary|Medical[ \t]+Cent(?:er|re)|Health[ \t]+Cent(?:er|re)|Sciences[ \t]+Cent(?:er|re))$")
_THEN_TOWN = re.compile(rf",[ \t]*(?P<n>{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD}){{0,2}})")


def _generic_before_town(text: str, s: int, e: int) -> tuple[int, int] | None:
    m = _THEN_TOWN.match(text, e)
    words = text[s:e].split()
    if m is None or len(words) < 2 or not _INSTITUTION_END.search(text[s:e]):
        return None
    while words and words[0] in ("The", "the", "A", "Our", "Your"):
        s += len(words.pop(0)) + 1
    # the town is read where it stands, not by scanning the note up to it
    return (s, e) if len(words) >= 2 and any(h.span()[0] == 0 for h in _TOWN_RE.finditer(text[m.start("n"):m.end("n")])) else None


def place_spans(text: str, protected: Callable[[int, int], bool], *,
                capitals: bool = True) -> list[tuple[int, int, str, str, int]]:
    """(start, end, kind, rule, priority) of the facilities, streets and towns in ``text``.

    ``protected(start, end)`` says whether an eponym or clinical phrase covers a candidate.
    """
    out: list[tuple[int, int, str, str, int]] = []
    for m in _FACILITY_RE.finditer(text):
        start = m.start("n")
        verb = _PLAN_VERB.match(text, start)
        if verb and _SENTENCE_START.search(text, max(0, start - 3), start):
            start = verb.end()
        span = _facility(text, start, m.end("n")) or _generic_before_town(text, start, m.end("n"))
        if span and (service := _PUBLIC_HEALTH.search(text, *span)) \
                and (span := _district_service(text, span[0], service.start(), span[1])) is None:
            continue
        # (a Finnish hospital's word after a place's genitive, not after an adjective: "Kainuun keskussairaala", not
        # "Yksityinen sairaala", "Lasten sairaala")
        if span and _FINNISH_KIND.search(text, *span) and not _FINNISH_GENITIVE.search(text, *span):
            continue
        if span and (not protected(*span) or _after_a_person(text[span[0]:span[1]])):
            out.append((*span, "HOSPITAL", "facility", 5))
    # a First Nation by its name, a community a person belongs to and lives in ("Moose Cree First Nation")
    for m in _FIRST_NATION_RE.finditer(text) if "First Nation" in text else ():
        words = m.group("n").split()[:-2]
        # (a name no dictionary holds among its words, none a status or a role: not "Status First Nation", "Urban First
        # Nations youth", "Elder First Nations healer")
        if not protected(*m.span("n")) and not any(w in P.NOT_NAME or _generic(w) or w in _NOT_A_NATION for w in words) \
                and not all(N.is_common_word(w) for w in words):
            out.append((*m.span("n"), "LOCATION", "first_nation", 12))
    for m in _FACILITY_AFTER_RE.finditer(text):
        if not all(_generic(w) for w in m.group("n").split()):
            out.append((*m.span("n"), "HOSPITAL", "facility_of", 5))
    for m in _STREET_RE.finditer(text):
        words = m.group("n").split()[:-1]
        while words and _generic(words[0]):
            words.pop(0)
        if protected(*m.span("n")):
            continue
        if words:
            start = m.start("n") + m.group("n").index(words[0])
            out.append((start, m.end("n"), "ADDRESS", "street_name", 6))
        # (the town after a street of generic words too: "Main Street, Birr", "High Street, Ludlow")
        town = _ADDRESS_TOWN_RE.match(text, m.end("n"))
        # (after a street of generic words, a town that closes the clause: not "Main Street, Entonox given")
        if town and not any(w in P.NOT_NAME or w.lower() in _KEPT or not words and N.is_common_word(w)
                            for w in town.group("n").split()) and (words or _CLAUSE_END.match(text, town.end("n"))):
            out.append((*town.span("n"), "LOCATION", "address_town", 12))
    for rule, pattern in (("place_context", _LEAD_RE), ("place_region", _BEFORE_REGION_RE), ("town", _TOWN_RE),
                          ("place_at_from", _AT_FROM_RE)):
        for m in pattern.finditer(text):
            name = m.group("n")
            s, e = m.span("n")
            words = name.split()
            while words and (words[-1] in P.NOT_NAME or words[-1].lower() in _KEPT
                             or len(words) > 1 and words[-1] in _JOINERS):  # "Malolo on [Sunday]"
                e -= len(words.pop()) + (1 if words else 0)
                e = s + len(text[s:e].rstrip())
            if not words or name.lower() in _KEPT or " ".join(words).lower() in _KEPT:
                continue
            first = words[1] if len(words) > 1 and words[0] in _NAME_PREFIXES else words[0]
            if first in P.NOT_NAME or P.SERVICE_SUFFIX.search(first) or P.DRUG_SUFFIX.search(first):
                continue
            if rule == "place_context" and first in _NOT_PLACE or rule == "place_at_from" and (first in _NOT_PLACE or _generic(first)):
                continue
            # a profession's college or society ("the Royal College of Midwives", "College of Physicians") names no place
            if rule == "place_context" and _PROFESSIONS.fullmatch(first):
                continue
            # after a distance and a point of the compass, a waypoint or a name before its number is no town ("2 km
            # north of Exit 12", "3 miles east of Camp B")
            if rule == "place_context" and _COMPASS_OF.search(text, max(0, m.start() - 16), s) \
                    and (first in _WAYPOINTS or re.match(r"[ \t]+(?:\d|[A-Z]\b)", text[e:e + 3])):
                continue
            # a town's name that names a scale, before its score ("Norton 12", "Lawton IADL 3/8")
            if P.scale_score(text, s):
                continue
            # a lead verb in capitals inside a sentence is a title's ("in line with Working Together to Safeguard
            # Children 2023", "the Living Well in Hull programme"), not a sentence's ("Mac Nut Farm near Volcano" is)
            if (rule == "place_context" and _TITLE_GERUND.match(m.group())
                    and text[:m.start()].rstrip(" \t")[-1:] not in _OPENS_TITLE):
                continue
            # after a word of where, a name that is an everyday word is a reference or a value ("below Target")
            if rule == "place_at_from" and m.group("p").lower() not in ("at", "from") and not m.group("p").lower().startswith("out") and any(N.is_common_word(w) for w in words):
                continue
            # "runs out of Entresto", "is out of Ventolin": out of stock, not out of a place
            if rule == "place_at_from" and m.group("p").lower().startswith("out") and _OUT_OF_STOCK.search(text, max(0, m.start() - 14), m.start()):
                continue
            if not protected(s, e):
                out.append((s, e, "LOCATION", rule, 12))
                onward = _ONWARD_RE.match(text, e) if rule == "place_context" else None
                if onward and not protected(*onward.span("n")) and not any(w in P.NOT_NAME or w.lower() in _KEPT
                                                                          for w in onward.group("n").split()):
                    out.append((*onward.span("n"), "LOCATION", "place_onward", 12))
    return (out + _unlisted_places(text, protected) + slot_places(text, protected)
            + (_in_capitals(text, protected) if capitals else []))


# A run of two words or more in capitals ("CORK UNIVERSITY HOSPITAL, BISHOPSTOWN"): the heading of a letter.
# The words that make a heading in capitals name an institution, and the town after it.
_INSTITUTION_IN_CAPITALS = re.compile(r"\b(?:HOSPITALS?|INFIRMARY|CLINIC|HOSPICE|SURGERY|PRACTICE|MEDICAL|HEALTH|"
                                      r"UNIVERSITY|COLLEGE|TRUST|INSTITUTE|CENTRE|CENTER|HOME|KLINIK|SZPITAL|SPITAL|KRANKENHAUS|ZIEKENHUIS|"
                                      r"PUSKESMAS|OSPEDALE|H[OÔ]PITAL)\b")
_INSTITUTION_WORDS = ("HOSPITAL", "INFIRMARY", "CLINIC", "HOSPICE", "SURGERY", "PRACTICE", "MEDICAL", "HEALTH", "UNIVERSITY",
                      "COLLEGE", "TRUST", "INSTITUTE", "CENTRE", "CENTER", "HOME", "KLINIK", "SZPITAL", "SPITAL", "KRANKENHAUS",
                      "ZIEKENHUIS", "PUSKESMAS", "OSPEDALE", "HOPITAL", "HÔPITAL")
_CAPITALS_RUN = re.compile(r"(?<![\w'’-])[A-Z][A-Z'’-]+(?:(?:[ \t]+|,[ \t]*)[A-Z][A-Z'’-]+)+(?![\w'’-])")


def _in_capitals(text: str, protected: Callable[[int, int], bool]) -> list[tuple[int, int, str, str, int]]:
    """Facilities and towns in a heading written in capitals, found by the same rules on the heading written
    as a name is ("Cork University Hospital, Bishopstown"); a run of acronyms ("CT KUB") is left alone."""
    if not any(map(text.__contains__, _INSTITUTION_WORDS)):
        return []
    out: list[tuple[int, int, str, str, int]] = []
    for m in _CAPITALS_RUN.finditer(text):
        if not _INSTITUTION_IN_CAPITALS.search(m.group()):
            continue
        words = re.sub(r"[A-Z]+", lambda w: w.group()[0] + w.group()[1:].lower(), m.group())
        titled = re.sub(r"(?<=\w)['’]S\b", lambda a: a.group().lower(), words)
        out += [(s + m.start(), e + m.start(), kind, rule, prio)
                for s, e, kind, rule, prio in place_spans(titled, lambda a, b: protected(a + m.start(), b + m.start()),
                                                          capitals=False) if kind in ("HOSPITAL", "LOCATION")]
    return out


def _naming(words: list[str], generic: frozenset[str] = frozenset()) -> bool:
    """Whether a word of ``words`` names something: not generic, not a word the name rules refuse, not an
    everyday English word ("Paediatric ED", "Main Hospital: Ward 9" name no place)."""
    return any(not (_generic(w) or w in generic or w.rstrip(".") in _NAME_PREFIXES or P.SERVICE_SUFFIX.search(w)
                    or P.DRUG_SUFFIX.search(w) or N.is_common_word(w)) for w in words)


def _after_leading_verbs(text: str, s: int, e: int) -> int:
    """Where a name ending at ``e`` starts once the sentence's opening verb or article is left out."""
    words = list(re.finditer(r"\S+", text[s:e]))
    while len(words) > 1 and (_LEADING_VERB.match(words[0].group()) or words[0].group() in P.NOT_NAME):
        words.pop(0)
    return s + words[0].start()


def _unlisted_places(text: str, protected: Callable[[int, int], bool]) -> list[tuple[int, int, str, str, int]]:
    """Places and facilities named without a facility word or a gazetteer entry, found by their slot: before a
    department or an Australian state and postcode, after a facility or a hospital label, schools, farms."""
    out: list[tuple[int, int, str, str, int]] = []
    for kind, rule, prio, pattern in (("LOCATION", "place_au_state", 12, _BEFORE_AU_STATE_RE),
                                      ("HOSPITAL", "hospital_unit", 5, _UNIT_AFTER_RE),
                                      ("HOSPITAL", "hospital_label", 5, _HOSPITAL_LABEL_RE)):
        for m in pattern.finditer(text):
            if _naming(m.group("n").split(), _UNIT_GENERIC) and not protected(*m.span("n")):
                out.append((*m.span("n"), kind, rule, prio))
    for m in [*_BEFORE_UNIT_RE.finditer(text), *_RESIDENT_OF_RE.finditer(text)]:
        if _naming(m.group("n").split(), _UNIT_GENERIC) and m.group("n").lower() not in _KEPT and not protected(*m.span("n")):
            out.append((*m.span("n"), "LOCATION", "place_unit", 12))
    for m in _TOWN_AFTER_FACILITY_RE.finditer(text):
        group = "n" if m.group("n") else "c"
        word = m.group(group)
        if word.lower() not in _KEPT and _naming([word]) and not protected(*m.span(group)):
            out.append((*m.span(group), "LOCATION", "facility_town", 12))
    for m in _SCHOOL_RE.finditer(text):  # the span runs to the end of "Academy": "Castle Vale Academy"
        s, e = _after_leading_verbs(text, *m.span("n")), m.end("key")
        if any(not (_generic(w) or w in _SCHOOL_GENERIC) for w in text[s:m.end("n")].split()) and not protected(s, e):
            out.append((s, e, "LOCATION", "school", 12))
    for m in _DWELLING_RE.finditer(text):
        s, e = _after_leading_verbs(text, *m.span("n")), m.end("key")
        if any(not _generic(w) for w in text[s:m.end("n")].split()) and not protected(s, e):
            out.append((s, e, "ADDRESS", "dwelling", 6))
            town = _ADDRESS_TOWN_RE.match(text, e)
            if town and _naming(town.group("n").split()) and town.group("n").lower() not in _KEPT:
                out.append((*town.span("n"), "LOCATION", "address_town", 12))
    return out
