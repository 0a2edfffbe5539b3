"""Person names, for :func:`consilium.orchestration.privacy.detect.detect`.

*Strong* contexts (a title, a ``Name:``-style label, a relative, a signature line, "seen by ...") find
names of any origin; *weak* rules (a listed given name, a capitalised pair before a verb that needs a
person, names already found elsewhere in the case) are stopped by eponyms, drug-like words and service
names. This module holds the rules' patterns and the helpers that trim, extend and recognise a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from consilium.orchestration.privacy import namelists as N
from consilium.orchestration.privacy import patterns as P
from consilium.orchestration.privacy.backward import KeywordFirst
from consilium.orchestration.privacy.id_rules import LETTER_FIRST
from consilium.orchestration.privacy.scripts import HE_AR_PREFIX, RU_CONTEXT_WORD, greek_cases, han_given_name, is_han, is_he_ar
from consilium.orchestration.privacy.scripts_world import CASELESS
from consilium.orchestration.privacy.vocabulary import known
from consilium.orchestration.privacy.wordlist import FirstOfFinders, WordListFinder


_c = re.compile  # short, for the rule tables below
# The long word lists, each branching on its first letter (patterns.by_first_letter): the same matches, found in a
# third to a fifth of the time. Those ignoring case stand outside any "(?i:...)".
_TITLES = f"(?:{P.by_first_letter(P.TITLES[3:-1])})"
_NAME_LABELS_I = P.by_first_letter(P.NAME_LABELS, ignore_case=True)
_NAME_LEADS_I = P.by_first_letter(P.NAME_LEADS, ignore_case=True)
_RELATIVES_I = P.by_first_letter(P.RELATIVES, ignore_case=True)
_SUBJECT_VERBS = P.by_first_letter(P.SUBJECT_VERBS)
_RELATIVE_LEAD = P.lead_words(P.RELATIVES.split("|"), ignore_case=True)


NAME_TOKEN_U = rf"(?:{P.NAME_WORD}|{P.UPPER_NAME})"
NAME_SEQ_U = (
    rf"(?:{P.INITIAL}[ \t]?){{0,2}}(?:(?<=[ \t.]){P.PARTICLE}[ \t]+){{0,2}}{NAME_TOKEN_U}"
    rf"(?:[ \t]+(?:{P.PARTICLE}[ \t]+){{0,2}}(?:{P.INITIAL}[ \t]+)?{NAME_TOKEN_U}){{0,3}}"
)
_FIRST = "|".join(sorted(P.FIRST_NAMES, key=len, reverse=True))
_TITLE_I = rf"(?:(?i:{P.TITLES})\.?[ \t]+)"

_LEAD_PARTICLES = rf"(?:(?:{P.PARTICLE})[ \t]+){{0,2}}"
# a second title and a German or Swiss doctor's degree after the first: "Herrn Dr. med. Gian-Reto Caviezel", "Frau
# Dr. med. dent. Müller"
_DEGREE_AFTER_TITLE = r"(?:[ \t]+(?:med|dent|vet|phil|habil|univ|rer\.[ \t]?nat|sc\.[ \t]?nat|pharm)\.)*"
# (a title in brackets after a rank: "Maj (Dr) Anirban Sengupta", "Capt (NS) Reena Thapa", "Dr. (Mrs.) Nilmini ...")
# (a Tongan or Sotho given name opens with an apostrophe: "Dr 'Ana Kupu-Taufa"; and France's "M." before a surname in
# capitals and a given name: "M. RAZAFINDRAKOTO Hery", not a man's sex after his age: "61 M. WFNS grade II")
TITLE_RE = _c(rf"(?:\b{_TITLES}\.?(?:[ \t]+{_TITLES}\.?)?|(?<!\d[ \t])\bM\.(?=[ \t]+[{P.UP}]{{3,}}[ \t]+[{P.UP}][{P.LO}]))"
              rf"{_DEGREE_AFTER_TITLE}[ \t]+(?:\((?:Mrs|Mr|Ms|Miss|Mme|Dr|[A-Z]{{2,4}})\.?\)[ \t]+)?['‘ʻ]?(?P<n>{_LEAD_PARTICLES}{NAME_SEQ_U})")
LABEL_RE = _c(LETTER_FIRST + rf"\b(?:{_NAME_LABELS_I})[ \t]*[:\-–][ \t]*{_TITLE_I}?"
               rf"(?P<n>{P.UPPER_NAME}(?:[ \t]+{P.UPPER_NAME}){{0,2}},[ \t]*{NAME_SEQ_U}|{P.NAME_WORD},[ \t]*{P.NAME_SEQ}|{NAME_SEQ_U})")
LEAD_RE = _c(LETTER_FIRST + rf"\b(?:{_NAME_LEADS_I})(?:[ \t]*:[ \t]*|[ \t]+){_TITLE_I}?['\"‘“]?(?P<n>{P.NAME_SEQ})")
LEAD_SIGNED_RE = _c(rf"\b(?i:{P.SIGNED_LEADS})[ \t]+{_TITLE_I}?(?P<n>{P.NAME_SEQ})")
REL_RE = _c(rf"(?=[{P.UP}]|(?i:[htpamyow]))(?:\b[{P.UP}][{P.LO}]+['’]s\s+|(?i:\b(?:his|her|their|the\s+patient'?s|patient'?s|pt'?s|a|my|your|our|whose|"
             rf"with)\s+))(?i:{P.RELATIVES})"
             rf"(?:[ \t]*,[ \t]*|[ \t]+(?i:is|was|named|called)[ \t]+|[ \t]+\(?){_TITLE_I}?(?P<n>{P.NAME_SEQ})")
# (a surname in capitals before the given name, as East and Central Africa and Madagascar write it: "her daughter UWASE
# Clarisse")
REL_BARE_RE = _c(_RELATIVE_LEAD + rf"(?<![\w'’-])(?:{_RELATIVES_I})(?:[ \t]*[:\-–][ \t]*|[ \t]+|[ \t]*\([ \t]*){_TITLE_I}?['\"‘“]?"
                 rf"(?P<n>{P.UPPER_NAME}(?:[ \t]+{P.NAME_WORD}){{1,2}}|{P.NAME_SEQ})")
# a contact listed by name and then the relation ("4. Sokina, sister, 3 F", "- Bright Mwansa, regular partner, ..."),
# in a numbered or bulleted list: a family history's "- Diabetes, mother" holds clinical words, which are turned away
LISTED_RELATIVE_RE = _c(rf"^[ \t]*(?:\d{{1,2}}[.)]|[-•*])[ \t]+(?P<n>{P.NAME_WORD_EXT}(?:[ \t]+{P.NAME_WORD_EXT}){{0,3}}),[ \t]*"
                        rf"(?:[a-z]+[ \t]+)?(?i:{P.RELATIVES})\b", re.M)
COLLOQUIAL_REL_RE = _c(P.lead_words(P.COLLOQUIAL_RELATIVES.split("|"), ignore_case=True)
                       + rf"(?<![\w'’-])(?i:{P.COLLOQUIAL_RELATIVES})(?:[ \t]*[:\-–][ \t]*|[ \t]+|[ \t]*\([ \t]*){_TITLE_I}?"
                       rf"['\"‘“]?(?P<n>{P.NAME_SEQ})")
REL_AFTER_RE = _c(P.NAME_SEQ_LEAD + rf"(?P<n>{P.NAME_SEQ})[ \t]*(?:\((?i:{P.RELATIVES})\b|"
                   rf",[ \t]+(?i:(?:his|her|their|the\s+patient'?s)\s+(?:{P.RELATIVES}))\b)")
PAREN_RE = _c(LETTER_FIRST + rf"\b(?:{P.by_first_letter('man|woman|male|female|boy|girl|gentleman|lady|patient|pt|infant|baby|child|teenager', ignore_case=True)})"
               rf"[ \t]*\([ \t]*{_TITLE_I}?(?P<n>{NAME_SEQ_U})[ \t]*[),]")
SUBJECT_RE = _c(P.NAME_SEQ_LEAD + rf"(?:^|(?<=[.!?;:]\s)|(?<=[.!?]\s\s)|(?<=,\s)|(?<=\band\s)|(?<=\bbut\s))(?P<n>{P.NAME_SEQ})"
                 rf"(?:,[ \t]+an?[ \t]+\d|[ \t]*\((?:aged?[ \t]*)?\d{{1,3}}\b(?!\)[ \t]*\d)|"
                 rf"(?:[ \t]*\([^()\n]{{0,60}}\))?[ \t]+(?:{_SUBJECT_VERBS})\b)", re.M)
# "Summer Blackwood, 16, seen with", "Fred Cartwright, 101, ex-RAF": a name in the slot of an age.
# (The rules below start at a letter of the right case: saying so first lets the engine skip other positions.)
# The slot is strong enough for Pacific surnames ("Taufa'ao"), and a patient's health number or DOB is such a
# slot too ("Baljeet Dhillon-Sekhon, PHN 98...").
# (and a surname in capitals before the given names, as Singapore and Malaysia write them: "ONG Kah Seng, M/67")
AGE_NAME_RE = KeywordFirst(rf"(?<![\w'’-])(?P<n>{P.NAME_SEQ.replace(P.NAME_WORD, P.NAME_WORD_EXT)}(?:[ \t]+(?:[{P.UP}]\.){{1,3}})?|"
                           rf"{P.UPPER_NAME}(?:[ \t]+{P.NAME_WORD}){{1,3}})",
                           # (a line list's cells are split by bars: "| Bwalya Mulenga | M | 34 |", "| Mirza Beg | 74/M |")
                           r"[ \t]*\|[ \t]*(?:[MF][ \t]*\|[ \t]*\d{1,3}\b|\d{1,3}[ \t]*/?[ \t]*[MF]\b)|"
                           r",[ \t]*(?:[MF]/\d{1,3}\b|(?:aged?[ \t]*)?\d{1,3}[ \t]*"
                           r"(?=,|;|\)|/?[MF]\b|(?:y|yo|y/o|yrs?|years?|лет|года|год)\b|-year)|(?:PHN|NHI|MRN|NHS|CHI|URN|OHIP|HSN|DOB)\b)")
# "staff nurse Precious Nkemelu", "physio Ollie", "CPN: Marcus Oduya": a name in the slot after a staff role; after a
# comma, a given name and a surname ("our dementia support worker, Sioned Bowen, will visit")
ROLE_BEFORE_RE = _c(LETTER_FIRST + rf"(?<![\w'’-])(?P<role>(?i:{P.STAFF_ROLES}))\b"
                    rf"(?:[ \t]*:?[ \t]*|,[ \t]+(?={P.NAME_WORD}[ \t]+{P.NAME_WORD}\b)){_TITLE_I}?(?P<n>{NAME_SEQ_U})")
# A text holds a staff role only if it holds one of these (the role rule's alternation is costly to try at
# every letter): the stems of the roles' words in lower case, and their abbreviations as written.
ROLE_STEMS = tuple("""nurse sister midwi practition coordinat manager visitor matron clerk recept secretar porter assistant
worker physio therap dietit dietic technic pharmac paramed radiograph sonograph phlebot scientist physiolog psycholog
counsell chaplain interpret advocate registrar doctor officer resident intern consultant locum anaesth anesth surgeon
endoscop fellow student solicitor teacher guide forem forewom supervis adjust assessor""".split())
ROLE_ABBREVIATION = _c(r"\b(?:OT|GP|PC|HCA|CPN|AMHP|SALT|EMT|SpR|StR|SHO|FY[12]|CT[1-3]|ST[1-8])\b")
# Role abbreviations that are also clinical terms ("CNS lymphoma"): the name after them must open with a given name.
# (read by a role's last word: "mountain guide" is a guide; "a guide wire": "guide Wire" is no person)
ROLE_ALSO_TERM = frozenset({"CNS", "ODP", "ACP", "guide", "supervisor", "foreman", "forewoman",
                            "scientist", "physiologist", "assessor", "adjuster"})  # ("assessor Braden Scale 12")
# Letters that head forms and sections as often as they stand before a person ("RN Handover Sheet", "SW Referral"):
# the name after them opens with an initial or a listed given name.
ROLE_HEADS_FORMS = frozenset({"RN", "SW", "MOA"})
# "CNS Bethan Pryce", "ANP Jo Mills": nursing roles written as capitals, a rule of its own (cheap: case-sensitive
# literals) rather than more alternatives in the staff-role rule, which is tried at every letter.
# staff nurse, community health worker, diabetes specialist nurse, health visitor, district nurse, clinical support
# worker, tissue viability nurse ("SN Abimbola ...", "CHW Zodwa ...")
ROLE_CAPITALS = ("CNS", "ANP", "ACP", "RMN", "RGN", "ODP", "HCSW", "LPN", "-RN", "-EN",  # "... -RN Obi"
                 "SN", "CHW", "DSN", "HV", "DN", "CSW", "TVN", "ASHA", "ANM",  # India's village health workers
                 # village health workers, volunteers and teams, Ethiopia's health extension workers ("VHW Lamin Sowe")
                 "VHW", "CHV", "CHEW", "HEW", "VHT",
                 "RN", "SW", "MOA")  # "Triage RN D. Kowalczyk", "SW L. Govender", "Taken by MOA Shaylene"
ROLE_CAPITALS_RE = _c(rf"(?<![\w'’-])(?P<role>{'|'.join(ROLE_CAPITALS)})\b[ \t]*:?[ \t]*{_TITLE_I}?(?P<n>{NAME_SEQ_U})")
# "K. Trethewey, Hepatology SpR", "Penny, the community midwife": a name before its role.
ROLE_AFTER_RE = KeywordFirst(rf"(?<![\w'’-])(?P<n>{P.NAME_SEQ})", rf",[ \t]+(?:(?i:the|our|his|her|their|a|an|your)[ \t]+)?"
                             rf"(?:[A-Z][A-Za-z]+[ \t]+)?(?i:{P.STAFF_ROLES})\b")
# "Pharmacy review: Haruki Blankenship, PharmD", "Nurse on call: Tamsin Oakes-Kilabuk, RN (CHN)": a given name and a
# surname before a credential, anywhere in a line (a signature's rule reads only the lines that close a note)
CREDENTIAL_AFTER_RE = KeywordFirst(rf"(?<![\w'’-])(?P<n>{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD}){{1,2}})",
                                   rf",[ \t]*(?=[A-Z])(?:{P.CREDENTIALS})\b")
ROLE_PAREN_RE = KeywordFirst(rf"(?<![\w'’-])(?P<n>{P.NAME_SEQ})", rf"[ \t]*\([ \t]*(?:(?i:{P.STAFF_ROLES})|{P.CREDENTIALS}|PN|EN)[ \t]*\)")
# a name before "s/o", "d/o", "w/o" (son, daughter, wife of) and the parent's or husband's name: "Nasreen d/o Amanullah"
BEFORE_RELATION_RE = KeywordFirst(rf"(?<![\w'’-])(?P<n>{P.NAME_SEQ})[ \t]+", rf"(?:[sdwSDW]/[oO])[ \t]+(?=[{P.UP}])")
RELATION_CUE = ("s/o", "d/o", "w/o", "S/O", "D/O", "W/O")
# a maternity record's woman and a death certificate's deceased at a line's start (or after a form's part: "Part 1 -
# Deceased: ..."): "Woman: Demelza Pascoe-Trevithick"
# (a given name and a surname: "Woman: Primigravida at 38 weeks", "Father deceased - Leukaemia" are no names)
LINE_PERSON_RE = _c(rf"^[ \t]*(?:(?:Part|Section)[ \t]+\d+[ \t]*[-–][ \t]*)?(?:Woman|Deceased|Name[ \t]+of[ \t]+deceased)[ \t]*:[ \t]*(?P<n>{P.NAME_WORD_EXT}(?:[ \t]+{P.NAME_WORD_EXT}){{1,3}}|"
                    rf"{P.UPPER_NAME}(?:[ \t]+{P.UPPER_NAME}){{1,3}})", re.M)
# a maiden or birth name in brackets or after a comma: "Josée (née d'Eon)", "Aganetha Wiebe, nee Reimer" (German "geb."
# and French "née" also say "born": "spontan geb. Termingerecht")
MAIDEN_RE = _c(rf"(?:(?<=\()|(?<=,[ \t])|(?<=[{P.UP}][ \t]))(?:n[ée]e|geborene)[ \t]+(?P<n>(?:d['’]|(?:de|van|von|di|da)[ \t]+)?"
               rf"(?:{P.NAME_WORD_EXT}(?:[ \t]+{P.NAME_WORD_EXT})?|(?:LE|LA|DE|DU|VAN|VON)?[ \t]?{P.UPPER_NAME}))")  # "KERHERVÉ née LE GALL"
MAIDEN_CUE = ("née", "nee ", "geborene")
# Several relatives or the people one works beside, before their names: "children Tumelo (9), Kagiso (6)", "co-workers
# Ravindra and Colin", "co-worker Deodath Ragoonanan", "Volunteer Fathima Beevi". A plural in lower case only ("Children
# Act", "& Sons Funeral Home" name no one), and its name closes a list item ("children Hib vaccine" is a vaccine).
_GROUP_RELATIVES = ("children", "sons", "daughters", "brothers", "sisters", "cousins", "friends", "neighbours", "neighbors",
                    "colleagues")
GROUP_RELATIVE_RE = _c(rf"(?<![\w'’-])(?:{'|'.join(_GROUP_RELATIVES)})(?:[ \t]*:[ \t]*|[ \t]+)(?P<n>{P.NAME_SEQ})"
                       r"(?=[ \t]*(?:[(,;.&]|and\b|$))", re.M)
WORKMATE_RE = _c(rf"(?<![\w'’-])(?i:co-?workers?|workmates?|volunteer)(?:[ \t]*:[ \t]*|[ \t]+){_TITLE_I}?(?P<n>{P.NAME_SEQ})")
GROUP_RELATIVE_CUE = (*_GROUP_RELATIVES, "worker", "workmate", "volunteer")
INITIAL_CUE = _c(r"\b[A-Z]\.,?[ \t]+[A-Z]{2}")  # an initial, then capitals: a text without one is spared the rule below
INITIAL_CREDENTIAL_RE = KeywordFirst(rf"(?<![\w'’-])(?P<n>{P.NAME_WORD}[ \t]+[{P.UP}]\.),?[ \t]*",
                                     rf"(?=[A-Z])(?<![\w])(?:{P.CREDENTIALS})\b")
# A nickname in brackets after a name, and the surname after it: "Archibald (Archie) Lennox-Boyd",
# "Ryan (prefers Ry) Ackroyd", "Mr Bishop (Clive)".
NICKNAME_RE = _c(rf"[ \t]*\([ \t]*(?i:(?:pt|patient|she|he)[ \t]+)?(?i:prefers|preferred|known[ \t]+as|aka|called|"
                 rf"nickname|goes[ \t]+by|likes[ \t]+to[ \t]+be[ \t]+called)?[ \t:]*['\"‘“]?(?P<nick>{P.NAME_WORD})"
                 rf"['\"’”]?[ \t]*\)(?:[ \t]+(?P<sur>{P.NAME_WORD}))?"
                 rf"|[ \t]+['\"‘“](?P<qnick>{P.NAME_WORD})['\"’”](?:[ \t]+(?P<qsur>{P.NAME_WORD}))?"
                 rf"|['\"’”][ \t]+(?P<after>{P.NAME_WORD})")
QUOTED_CUE = _c(r"[ \t]['\"‘“][A-Z][a-z]+['\"’”][ \t]+[A-Z]")  # a text without one is spared the rule below
QUOTED_BETWEEN_RE = _c(rf"(?<![\w'’-])(?P<a>{P.NAME_WORD})[ \t]+['\"‘“](?P<b>{P.NAME_WORD})['\"’”][ \t]+(?P<c>{P.NAME_WORD})")
RELATIVE_WORD = _c(_RELATIVE_LEAD + rf"\b(?:{_RELATIVES_I})\b")  # every rule with a relative needs one of these, as a word
# What must follow a name for SUBJECT_RE: ", a 45", "(aged 45" or one of its verbs after a space or tab (as it reads
# them: every branch opening with a character lets the engine pass over the others quickly).
SUBJECT_CUE = _c(rf",[ \t]+an?[ \t]+\d|\((?:aged?[ \t]*)?\d|[ \t](?:{_SUBJECT_VERBS})", re.M)
# A listed given name and up to two name words after it; a given name that is also a dictionary word
# ("Lacy", "Tanner") needs one ("Tanner stage" is not a person, "Tanner Lowe" is).
# Given names that are everyday words ("Summer", "Bill", "Precious") are taken only before a surname that is
# not an everyday word itself (checked in detect: "Summer Blackwood", not "Summer Holiday").
COMMON_WORD_GIVEN = (P.WORDLIKE_FIRST - P.MONTH_NAMES) - P.FIRST_NAMES - N.GIVEN_NAMES
ANY_GIVEN = P.FIRST_NAMES | P.WORDLIKE_FIRST | N.GIVEN_NAMES | N.WORDLIKE_GIVEN_NAMES
_AFTER_GIVEN = rf"(?:[ \t]+(?:{P.INITIAL}[ \t]+)?{NAME_TOKEN_U}){{1,2}}(?![\w-])"
GAZ_RE = FirstOfFinders(
    WordListFinder(P.FIRST_NAMES | N.GIVEN_NAMES, rf"(?:[ \t]+(?:{P.INITIAL}[ \t]+)?{NAME_TOKEN_U}){{0,2}}(?![\w-])"),
    WordListFinder(N.WORDLIKE_GIVEN_NAMES | COMMON_WORD_GIVEN, _AFTER_GIVEN))
UPPER_COMMA_RE = _c(P.NAME_WORD_LEAD + rf"(?<!\w)(?P<n>{P.UPPER_NAME}(?:[ \t]+{P.UPPER_NAME})?,[ \t]*(?:{_FIRST})(?:[ \t]+{P.NAME_WORD})?)(?![\w-])")
# A surname in capitals opening a list entry, before the given name another rule found ("Chair 2 - DEIYE, Evodia, 44 F",
# "1. NONA-WAIA, Tahlia", "3 | HAKIZIMANA Jean-Bosco |"): after a line's start, a list number, a bar, a dash or a
# bracket, of three letters or more ("(CT, John Evans" is a scan) with a comma after it, or five without one (not an
# acronym: "GP Sarah Jones", "ICU Mark Smith").
UPPER_BEFORE_NAME_RE = _c(rf"(?:^|[|(;]|[-–—][ \t]|\d[.)]?[ \t])[ \t]*(?P<n>{P.UPPER_NAME})(?P<comma>,)?[ \t]*\Z", re.M)


def upper_surnames(text: str, names: list[tuple[int, int]], protected: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (start, end) of a surname in capitals opening a list entry before each name in ``names`` (see
    :data:`UPPER_BEFORE_NAME_RE`)."""
    found = []
    for start, _ in names:
        m = UPPER_BEFORE_NAME_RE.search(text, max(0, start - 40), start)
        letters = len(m.group("n").replace("-", "")) if m else 0
        if m is None or letters < 3 or not (m.group("comma") or letters >= 5):
            continue
        s, e = m.span("n")
        if not any(a < e and s < b for a, b in protected):
            found.append((s, e))
    return found


# a job title closing a signature line ("Sexual Health Adviser", "clinical pharmacist", "School Health Nurse")
_ROLE_PHRASE = (r"(?:[A-Za-z][a-z]+[ \t]+){0,3}(?i:nurse|adviser|advisor|pharmacist|physiotherapist|officer|optometrist|worker|"
                r"therapist|midwife|practitioner|consultant|registrar|specialist|dietitian|podiatrist|audiologist|psychologist|"
                r"counsellor|counselor|co-?ordinator|manager|visitor|paramedic|technician|radiographer|sonographer|hygienist|"
                r"physician|surgeon|health[ \t]+adviser)[ \t]*\.?[ \t]*")
_CREDENTIALS = P.by_first_letter(P.CREDENTIALS)
_CREDENTIAL_FIRST = _c(rf",?[ \t]*\(?(?:{_CREDENTIALS})\b")
_SIGNATURE_RE = _c(rf"^[ \t]*(?:[-–—~]+[ \t]*(?P<role>(?:RN|EN|PN|LPN|RPN|HCA|NP|PA|CNA)[ \t]+)?|(?P<role2>(?:RN|RM|EN|Pharm\.?[ \t]?D|NP|HCA)[ \t]+))?"
                   rf"{_TITLE_I}?(?P<n>{NAME_SEQ_U})[ \t]*(?P<cred>,?[ \t]*\(?(?:{_CREDENTIALS})\b.*|,[ \t]*{_ROLE_PHRASE}(?:[,;].*)?)?$")
_TOKEN = re.compile(r"[^\s,()]+")
_CAPITALS_CLOSING = re.compile(r"[A-Z]{2,4}\.")  # initials without dots, then a full stop
_PARTICLES = set(P.PARTICLE[3:-1].split("|"))
_SKIPPABLE = set(P.TITLES[3:-1].split("|")) | {"Patient", "Pt", "The", "Our", "Your", "Re"}

# Months that are also given names, taken as one when a title or label puts a surname after them.
_MONTH_GIVEN = frozenset({"Jan", "April", "May", "June", "July", "August", "Augusta"})
# "61M, Siaosi Tuilagi", "4yo boy, Archer Quintrell", "45F Mrs Folasade": a name after the age-and-sex
# shorthand that opens a clinical note.
DEMOGRAPHIC_NAME_RE = _c(rf"(?<![\w/.-])\d{{1,3}}[ \t]*(?:(?:yo|y/o|y\.o\.|yrs?|years?|-year-old|[ -]years?[ -]old)[ \t]*)?"
                         rf"(?:[MF]|(?i:male|female|boy|girl|man|woman|gentleman|lady))\b,?[ \t]+{_TITLE_I}?"
                         rf"(?P<n>{P.NAME_WORD_EXT}(?:[ \t]+{P.NAME_WORD_EXT}){{0,3}})")
# What may follow a found name and belongs to it: initials after it ("Abdul Rasheed P.K.", "Sreelakshmi P.") and a Greek
# father's name in the genitive ("Γεώργιος Παπαδόγιαννης του Ιωάννη"), and the second syllable of a Cantonese
# given name ("Lau Siu-fong").
NAME_TAIL_RE = _c(rf"(?:[ \t]+[{P.UP}]\.(?:[ \t]?[{P.UP}]\.)*(?![\w.-])|[ \t]+(?:του|της)[ \t]+[Α-ΩΆΈ-Ώ][α-ωά-ώ]+|-[a-z]{{2,5}}(?![\w-]))")

STRONG, WEAK = 9, 11  # priorities of strong- and weak-context names; generic numbers sit between


def overlaps(s: int, e: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in ranges)


def plain(token: str) -> str:
    return re.sub(r"(?:['’]s|['’])$", "", token.strip(".:;"))


def trim_name(text: str, s: int, e: int, *, weak: bool) -> tuple[int, int] | None:
    """Cut a candidate name down to its name words; None if nothing name-like is left."""
    kept: list[re.Match[str]] = []
    for tok in _TOKEN.finditer(text, s, e):
        word = plain(tok.group())
        if re.fullmatch(rf"[{P.UP}]\.", tok.group()):  # an initial, even "I." or "A."
            kept.append(tok)
            continue
        if (not weak and not kept and word in _MONTH_GIVEN and tok.end() < e
                and re.match(rf"[ \t]+{P.NAME_WORD}", text[tok.end():e])):
            kept.append(tok)  # "Mrs Jan Kilbride", "Mrs May Ormsby": a month is a given name after a title
            continue
        if not kept and word in _SKIPPABLE:  # a title before the name ("Utente: Sr. X") is no name
            continue
        if kept and _CAPITALS_CLOSING.fullmatch(kept[-1].group()):  # "reviewed by KA. Wound clean.": a sentence ends
            break
        if word in P.NOT_NAME or word.title() in P.NOT_NAME and word.isupper():
            if kept:
                break
            if word.title() in _SKIPPABLE:  # "Patient John Smith presented", "Dr. J. Smith"
                continue
            return None
        kept.append(tok)
    while kept and plain(kept[-1].group()) in _PARTICLES:
        kept.pop()
    words = [plain(t.group()) for t in kept]
    if not words or all(re.fullmatch(r"[A-Z]\.?", w) for w in words):
        return None
    others = [w for w in words if w not in P.FIRST_NAMES and len(w) > 1]
    if any(P.SERVICE_SUFFIX.search(w) or P.CLINICAL_SUFFIX.search(w) for w in others) and len(words) == 1:
        return None
    if weak and any(P.DRUG_SUFFIX.search(w) for w in others):
        return None
    end = kept[-1].end()
    while text[end - 1] in ".,:;" and not re.fullmatch(r"[A-Z]\.", text[kept[-1].start():end]):
        end -= 1
    return kept[0].start(), end


def everyday_words(words: list[str]) -> bool:
    """Whether every word of a candidate name (initials aside) is an everyday English word and none a
    listed given name: "Physio Assessment" is not a person, "Nurse Green" may be but is not taken."""
    named = [w for w in words if not re.fullmatch(rf"[{P.UP}]\.?", w)]
    return bool(named) and all(N.is_common_word(w) and w not in ANY_GIVEN for w in named)


def signature_spans(text: str) -> list[tuple[int, int]]:
    """Names signing a note: after a sign-off, before credentials or a job title ("Cerys Morgan, Sexual Health
    Adviser"), after a nurse's or pharmacist's role ("RN Ana Lolo"), or a listed given name and a surname as the
    last line."""
    content: list[tuple[int, str]] = []  # (where it starts, line) of each line that is not blank
    start = 0
    for line in text.split("\n"):
        if line.strip():
            content.append((start, line))
        start += len(line) + 1
    out = []
    for pos, (start, line) in enumerate(content):
        m = _SIGNATURE_RE.match(line)
        if not m:
            continue
        words = m.group("n").split()
        after_signoff = pos > 0 and P.SIGN_OFFS.match(content[pos - 1][1])
        last_listed = pos == len(content) - 1 and len(words) >= 2 and words[0] in P.FIRST_NAMES
        # "-RN Ikedi-Lamb": a nurse's sign-off, the role before the name after a dash
        # after a role without a dash ("RN Lesieli Tupou"), a name, not a heading of everyday words ("RN Handover Sheet")
        role_named = m.group("role2") and len(words) >= 2 and (words[0] in P.FIRST_NAMES
                                                               or not any(N.is_common_word(w) for w in words))
        # before a job title rather than a credential, as after a bare role: a name, not a team ("Tissue Viability,
        # Nurse Specialist")
        credential = m.group("cred") and len(words) >= 2 and (_CREDENTIAL_FIRST.match(m.group("cred")) or words[0] in P.FIRST_NAMES
                                                              or not any(N.is_common_word(w) for w in words))
        if after_signoff or credential or last_listed or m.group("role") or role_named:
            out.append((start + m.start("n"), start + m.end("n")))
    return out


_NEXT_WORD = re.compile(rf"[ \t]+(?:{P.PARTICLE}[ \t]+){{0,2}}({NAME_TOKEN_U})(?![\w'’-])")
_PREV_WORD = re.compile(rf"(?<![\w'’-])({P.NAME_WORD})[ \t]+$")


def extend_known(text: str, s: int, e: int, protect: list[tuple[int, int]]) -> tuple[int, int]:
    """Grow a known name over the capitalised words right beside it ("Ines" -> "Ines McAllister")."""
    def usable(word: str, a: int, b: int) -> bool:
        return (word not in P.NOT_NAME and word.title() not in P.NOT_NAME and not P.DRUG_SUFFIX.search(word)
                and not P.SERVICE_SUFFIX.search(word) and not overlaps(a, b, protect) and not RU_CONTEXT_WORD.fullmatch(word))

    for _ in range(2):
        m = _NEXT_WORD.match(text, e)
        if not (m and usable(m.group(1), m.start(1), m.end(1))):
            break
        e = m.end(1)
    m = _PREV_WORD.search(text, max(0, s - 40), s)
    if m and usable(m.group(1), m.start(1), m.end(1)):
        s = m.start(1)
    return s, e


_SENTENCE_START = re.compile(r"(?:^|[.!?;:]\s+|\n\s*(?:[-*•]\s*)?)$")


def word_not_name(text: str, s: int, e: int) -> bool:
    """A known given name that is also a word, starting a sentence and not followed as a person is
    ("Will need", "Mark the site", "Frank haematuria" in the case of a Will, a Mark or a Frank)."""
    word = text[s:e]
    return (word.title() in P.WORDLIKE_FIRST and _SENTENCE_START.search(text, max(0, s - 4), s) is not None
            and not P.PERSON_NEXT.match(text, e))


_INITIAL_WORD = re.compile(rf"[{P.UP}][{P.LO}]+")
# initials in capitals alone are written as often for a clinical abbreviation ("PN", "MS", "HTN", "CAD"): taken only
# where a log signs, at a line's or a cell's end or in closing brackets
_LOG_END = r"(?=[ \t]*(?:\||\n|$|\)))"
# or after a line's time, bare or in brackets as a transcript writes it ("[15:02] WF: Loud and clear")
_LOG_START = (r"(?:(?<=^\d\d:\d\d[ \t])|(?<=\n\d\d:\d\d[ \t])|(?<=^\d{4}[ \t])|(?<=\n\d{4}[ \t])"
              r"|(?<=^\[\d\d:\d\d\][ \t])|(?<=\n\[\d\d:\d\d\][ \t])"
              # or after the verb of who did what ("Performed NM, reported LZ.", "checked by AO", "witnessed: KM"; not
              # "by" alone: "confirmed by PCR", "staging by CT")
              + "".join(rf"|(?<=\b{verb}[ \t])|(?<=\b{verb}:[ \t])|(?<=\b{verb}[ \t]by[ \t])" for verb in (
                  "reported", "Reported", "performed", "Performed", "checked", "Checked", "witnessed", "Witnessed",
                  "verified", "Verified", "scanned", "Scanned", "signed", "Signed")) + ")")


# a person's initials the note declares in brackets after their name, a role's letters or a title between ("Sr. Annet
# Tumusiime (AT)", "Morwenna Chegwidden RM (MC)", "Tonina Mereu (T.M.)", "Dr Tomas Adeyemi-Ross (TA-R)", "H.K.
# Jayasuriya, PO (HKJ)")
_DECLARED_INITIALS = re.compile(r"(?:,?[ \t]*(?:[A-Z]{2,5}|[A-Z][a-z]{1,3}\.?))?[ \t]*\((?P<i>[A-Z](?:[.-]?[A-Z][a-z]?){1,3}\.?)\)")
# ... or after a comma inside the brackets that hold the name ("cc: DN team (Iona MacAskill, IM)")
_DECLARED_IN_BRACKETS = re.compile(r",[ \t]*(?P<i>[A-Z](?:[.-]?[A-Z]){1,3}\.?)[ \t]*\)")
_OPEN_BRACKET_BEFORE = re.compile(rf"\([ \t]*(?:{P.TITLES}\.?[ \t]+)?$")
# (with :data:`P.NOT_SIGNER`'s roles and services: a speech therapist, a case manager, a midwife, a charge nurse)
_ROLE_BEFORE_NAME = frozenset({"ST", "CM", "MW", "CN"})
_ROLE_LETTERS = P.NOT_SIGNER | _ROLE_BEFORE_NAME
_INITIALS_BEFORE_BRACKET = re.compile(rf"(?<![\w.-])(?P<i>[A-Z](?:\.?[A-Z]){{1,3}}\.?)[ \t]*\([ \t]*"
                                      rf"(?:{P.TITLES}\.?[ \t]+)?$")
_DOTTED_BEFORE = re.compile(r"(?:[A-Z]\.[ \t]?){1,3}[ \t]*$")
_TITLE_FIRST = re.compile(rf"^(?:{P.TITLES}\.?[ \t]+)+")


def declared_initials(text: str, start: int, end: int) -> str | None:
    """The initials in brackets right after the name at ``text[start:end]``, when they open with its first word's letter
    and close with a later word's (a given name's dotted initials before it count: "H.K. Jayasuriya (HKJ)"); the
    note uses them for that person elsewhere ("Signed AT 07:42", "given by JK"), so they are taken wherever they stand.
    Without brackets, see :func:`legend_entry`."""
    m = _DECLARED_INITIALS.match(text, end)
    if m is None and _OPEN_BRACKET_BEFORE.search(text, max(0, start - 16), start):
        m = _DECLARED_IN_BRACKETS.match(text, end)
    if m is not None and _initials_of(re.findall(r"[A-Z]", m.group("i")), text, start, end):
        return m.group("i")
    # ... or right before the bracket that holds the name, each letter a word's ("Poison information: DM (Dana
    # Mullinax, RN)")
    if (m := _INITIALS_BEFORE_BRACKET.search(text, max(0, start - 24), start)) is not None:
        letters = re.findall(r"[A-Z]", m.group("i"))
        # (not a role's or a service's letters before the person: "SW (Sarah Walsh)", "GP (Dr Gordon Price)")
        role = m.group("i").replace(".", "") in _ROLE_LETTERS
        if not role and _initials_of(letters, text, start, end, every=True):
            return m.group("i")
    # a Chinese name with its pinyin initials, a letter a character ("杨晓燕（YXY）")
    name = text[start:end]
    if is_han(name) and (m := _PINYIN_INITIALS.match(text, end)) and len(m.group("i")) == len(name):
        return m.group("i")
    return None


_PINYIN_INITIALS = re.compile(r"[ \t]*[（(][ \t]*(?P<i>[A-Z]{2,4})[ \t]*[）)]")


def word_initials(name: str) -> list[str]:
    """The first letters of a name's capitalised words, its titles left out ("Dr Belkis Cuesta-Rojas": B, C, R); a
    surname with an apostrophe gives both its capitals, as its bearer's initials write it ("S. O'Connell (SOC)")."""
    out: list[str] = []
    for w in re.split(r"[\s.-]+", _TITLE_FIRST.sub("", name)):
        if w[:1].isupper():
            out.append(w[0])
            if m := re.match(r"[A-Z]['’]([A-Z])[a-z]", w):
                out.append(m.group(1))
    return out


def _initials_of(letters: list[str], text: str, start: int, end: int, every: bool = False) -> bool:
    """Whether ``letters`` are the initials of the name at ``text[start:end]``: they open with its first word's letter
    (a given name's dotted initials before it count) and close with a later word's; with ``every``, each letter is a
    word's, in the name's order ("BR" of "Belkis Cuesta Rojas", not "ESAS" of "Edmonton Symptom")."""
    before = _DOTTED_BEFORE.search(text, max(0, start - 12), start)
    words = re.findall(r"[A-Z]", before.group()) if before else []
    words += word_initials(text[start:end])
    if every:
        rest = iter(words)
        if not all(letter in rest for letter in letters):
            return False
    return len(letters) >= 2 and len(words) >= 2 and letters[0] == words[0] and letters[-1] in words[1:]


# a legend of the initials that sign a chart, a log or a table: the initials, an equals sign, a dash or a colon, then
# the name ("Key: SP = Sharmila Persaud, Medex; BR = Dr Belkis Cuesta Rojas", "CW - Charlotte Wyllie"), or the name
# first ("Charlene Attard = CA"). Each entry opens a line or a list's item: after a line break, a label's colon, a
# semicolon, a comma, a bar or a bracket
_ITEM_START = r"(?:^|(?<=[\n;,:|(])|(?<=[\n;,:|(][ \t])|(?<=[\n;,:|(][ \t]{2}))"
_LEGEND_INITIALS = r"(?P<i>[A-Z](?:\.?[A-Z]){1,3}\.?)"
# (or a given name's initial and the surname: "AD = A. Dunne")
_LEGEND_NAME = rf"(?P<n>{P.NAME_WORD}(?:[ \t]+(?:{P.PARTICLE}[ \t]+)?{P.NAME_WORD}){{1,3}}|(?:[{P.UP}]\.[ \t]?){{1,2}}{P.NAME_WORD})"
# a legend entry whose name is an initial and a surname, found by the legend alone (the initials must be the name's)
LEGEND_INITIAL_NAME = re.compile(rf"{_ITEM_START}[ \t]*(?P<i>[A-Z]{{2,4}})[ \t]*(?:=|–|—|-|:)[ \t]*(?:{P.TITLES}\.?[ \t]+)?"
                                 rf"(?P<n>(?:[{P.UP}]\.[ \t]?){{1,2}}{P.NAME_WORD})(?![\w-])")
_LEGEND = re.compile(rf"{_ITEM_START}(?:{_LEGEND_INITIALS}[ \t]*(?:=|:|–|—|-)[ \t]*(?:{P.TITLES}\.?[ \t]+)?{_LEGEND_NAME}(?![\w-])"
                     rf"|(?:{P.TITLES}\.?[ \t]+)?{_LEGEND_NAME.replace('P<n>', 'P<n2>')}[ \t]*(?:=|–|—|-)[ \t]*"
                     rf"{_LEGEND_INITIALS.replace('P<i>', 'P<i2>')}(?=[ \t]*(?:[;,|\n)(]|$)))")


def legend_entry(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The initials a legend gives for a name found at ``text[start:end]`` (:data:`_LEGEND`), and where the legend
    writes the whole name: (initials, start, end of the name). Only when each initial is a letter of the legend's name,
    in order, the first its first ("BR" of "Belkis Cuesta Rojas"), and no two of its words are everyday words ("ESAS -
    Edmonton Symptom Assessment System" expands an acronym). A span that took the surname alone ("Persaud" of "SP =
    Sharmila Persaud") gets the given name from its legend."""
    for m in _LEGEND.finditer(text, max(0, start - 60), min(len(text), end + 60)):
        group = "n" if m.group("n") is not None else "n2"
        s, e = m.span(group)
        if s < end and start < e:
            initials = m.group("i") or m.group("i2")
            letters = re.findall(r"[A-Z]", initials)
            everyday = [w for w in _TITLE_FIRST.sub("", text[s:e]).split() if N.is_common_word(w) and w not in ANY_GIVEN]
            # (a middle initial the name leaves out only in a legend written with an equals sign: "CNS: Claire Sloan"
            # is a role and its holder)
            equals = "=" in m.group()
            fits = _initials_of(letters, text, s, e, every=True) or equals and _middle_unwritten(letters, text, s, e)
            return (initials, s, e) if fits and len(everyday) < 2 else None
    return None


def _middle_unwritten(letters: list[str], text: str, start: int, end: int) -> bool:
    """Three initials for a name of two words, the middle one a middle name the legend leaves out ("EAN = Dr Eilidh
    Nicolson", "SJB = Sophie Brehaut"): the first letter the given name's, the last the surname's."""
    words = word_initials(text[start:end])
    return len(letters) == 3 and len(words) == 2 and letters[0] == words[0] and letters[2] == words[1]


def initial_forms(names: Iterable[str]) -> list[str]:
    """Patterns (case-sensitive) of the initials a note signs its log lines with, from the names of two words or more
    found in the case: the words' first letters ("MTC" of "Mateus Teixeira Coelho", "AMJ" of "Anisa Mohammed-Joseph"),
    with dots ("Κ.Λ.", "A.M.J."), and the given name's initial with the surname's first two letters ("RKh" of "Rishi
    Khellawan", "SBj"). The first letters in capitals alone ("AMJ", "MX") only where a log puts them: at a line's or a
    cell's end, before a closing bracket, or after the time that opens a log's line ("0635 ISM"); a patient "Henry
    Thomas Nash" does not make "HTN, DM" a name."""
    out: set[str] = set()
    for name in names:
        words = _INITIAL_WORD.findall(name.replace("-", " "))
        if len(words) < 2 or len(words) > 4:
            continue
        letters = "".join(w[0] for w in words)
        dotted = re.escape(".".join(letters) + ".")
        out.add(rf"(?-i:{dotted})")
        # (not letters that are a clinical abbreviation: "[15:02] BP: 120/80" in the case of a Bella Price; an everyday
        # word is still a signer's initials here, "ISM" of "Ingrid Sæther-Mbeki")
        if not clinical_letters(letters, words=False):
            out.add(rf"(?-i:{_LOG_START}{re.escape(letters)}|{re.escape(letters)}{_LOG_END})")
        if len(words[-1]) >= 3:
            out.add(rf"(?-i:{re.escape(words[0][0] + words[-1][:2])})")
    return sorted(out, key=len, reverse=True)


# (capillary refill, cause of death, multiple sclerosis, and tests, organisms and conditions written short: letters the
# word lists do not hold)
_CLINICAL_LETTERS = frozenset("""CR COD MS CMV EBV HSV VZV PCR EEG EMG TTE TOE OGD FNA LP PEG DXA EBUS RSV SLE RA HB DM
PT BK JC AKI IHD CCF LVF ACS OA PD PV PR""".split())


def clinical_letters(letters: str, words: bool = True) -> bool:
    """Whether a person's initials are also a clinical abbreviation ("BP", "MS") or, with ``words``, a word ("SOC",
    "GAL")."""
    plain = letters.replace(".", "").replace("-", "")
    return plain in P.NOT_NAME or plain in P.NOT_INITIALS or plain in _CLINICAL_LETTERS or words and known(plain)


_CASELESS_START = re.compile(f"[{CASELESS}]")


# the codes of US states, Australian states and territories and Canadian provinces and territories
_REGION_CODES = frozenset([*P.US_STATES, *(c for c in P.AU_STATES.split("|") if c.isupper()), *P.CA_PROVINCES.split("|")])


def _after_town(parts: list[str], token: str) -> bool:
    """Whether ``token`` closes ``parts`` right after a town's name ("Augusta SA")."""
    return len(parts) >= 2 and parts[-1] == token and plain(parts[-2]) in N.TOWNS


def known_name_pattern(names: Iterable[str], declared: Iterable[str] = ()) -> re.Pattern[str] | None:
    """A pattern for names already found in this case, whole and word by word (and in upper case), and for the initials
    the case declared for them (:func:`declared_initials`, as written)."""
    forms: set[str] = set()
    for name in names:
        full = " ".join(name.split())
        forms |= {full, full.upper()}
        for tok in _TOKEN.findall(full):
            word = plain(tok)
            # (a generation's numeral or suffix alone is no name: "Hubert Boudreaux II" does not make "WFNS grade II" a name)
            # (nor a state's or a province's code after a town's name: "Port Augusta SA", taken for a name, does not make
            # "Road Traffic Act 1961 (SA)" one; "Mr Ivan PA" makes "PA says" one)
            if len(word) >= 2 and not re.fullmatch(r"[A-Z]\.?|[IVX]{1,4}|(?i:jr|sr|jnr|snr)\.?", word) and word not in P.NOT_NAME \
                    and word not in _PARTICLES and word.title() not in P.NOT_NAME \
                    and not (word in _REGION_CODES and _after_town(full.split(), tok)):
                forms |= {word, word.upper(), word.title()}
                forms |= greek_cases(word)
            # each part of a double-barrelled name is the name too ("Sienna Ashworth" beside "Ashworth-Lane")
            parts = word.split("-")
            for part in parts if len(parts) > 1 else ():
                if len(part) >= 4 and part.title() not in P.NOT_NAME and not N.is_common_word(part):
                    forms |= {part, part.upper()}
    han = sorted((f for f in forms if is_han(f) and len(f) >= 2), key=len, reverse=True)
    # a Chinese name's two-character given name alone in a table's cell or a list ("｜丽华\n" in a dispensing table,
    # beside "护士：段丽华"): in a sentence the same two may be a word's ("标志明显" for 王志明, "国庆 假期" for 陈国庆)
    han_given = sorted({g for f in han if (g := han_given_name(f)) is not None} - set(han))
    # Hebrew and Arabic have no capitals: a known name is a whole word there, or one with a prefix written onto it
    he_ar = sorted((f for f in forms if is_he_ar(f) and len(f) >= 2), key=len, reverse=True)
    forms = {f for f in forms if len(f) >= 2 and not is_han(f) and not is_he_ar(f)}
    # (declared initials that are also a clinical abbreviation only where a log signs: "B. Patel (BP)" does not make
    # "BP 140/90" a name, nor "S. O'Connell (SOC)" "continue SOC")
    # (and alone in brackets or joined there with another's by a slash: the declaring bracket "S. O'Connell (SOC)",
    # "Advice given (HKJ / SR)"; a note that declares a person's "(COD)" also loses a "cause of death (COD)")
    # (and right before the bracket that holds the whole name: "DM (Dana Mullinax, RN)")
    declared = sorted(set(declared), key=len, reverse=True)
    whole = "|".join(re.escape(" ".join(n.split())) for n in sorted(names, key=len, reverse=True) if len(n.split()) > 1) \
        if any(clinical_letters(d) for d in declared) else ""
    holder = rf"(?=[ \t]*\([ \t]*(?:{P.TITLES}\.?[ \t]+)?(?:{whole}))" if whole else None
    declared_forms = [rf"(?-i:{_LOG_START}{re.escape(d)}|{re.escape(d)}(?=[ \t]*(?:\||\n|$|=))|"
                      rf"(?:(?<=\()|(?<=/)|(?<=/[ \t])){re.escape(d)}(?=[ \t]*[)/])"
                      + (f"|{re.escape(d)}{holder}" if holder else "") + ")"
                      if clinical_letters(d)
                      else rf"(?-i:{re.escape(d)}(?![\w-]))" for d in declared]
    initials = initial_forms(names) + declared_forms
    # the other scripts without capitals (Georgian, Ethiopic, the Indic and South-East Asian scripts): a known name of two
    # words or more is looked for whole, as written ("ნინო გოგუა" taken after its label, again in a letter's body); not
    # word by word, since a given name there is as often a word ("आशा", hope and the ASHA worker; "प्रकाश", light)
    caseless_forms = sorted({w for w in (" ".join(name.split()) for name in names)
                             if " " in w and _CASELESS_START.match(w)}, key=len, reverse=True)
    if not forms and not han and not han_given and not he_ar and not initials and not caseless_forms:
        return None
    # (the initials in a group of their own: a mention of them is not grown over the words beside it, as a name's is)
    alternation = "|".join([*([f"(?P<ini>{'|'.join(initials)})"] if initials else []),
                            *(re.escape(f) for f in sorted(forms, key=len, reverse=True))])
    # Case-insensitive (SMITH, Smith, McAllister/MCALLISTER) but starting with a capital letter; a
    # Chinese name is matched wherever it stands (the script has no spaces between words).
    # an apostrophe before a name opens a quotation ("told me 'Craig says ...'"), unless a letter stands before it ("O'Neill")
    latin = rf"(?<![\w-])(?<!\w['’])(?-i:(?=[{P.UP}]))(?:" + alternation + r")(?![\w-]|['’][A-Za-z]{2})" if forms or initials else ""
    # (the prefix is optional: where it would eat a name's own first letter, the match backtracks to the name alone)
    caseless = rf"(?<![\w]){HE_AR_PREFIX}?(?:" + "|".join(map(re.escape, he_ar)) + r")(?![\w])" if he_ar else ""
    other = (rf"(?<![{CASELESS}])(?:" + "|".join(map(re.escape, caseless_forms)) + rf")(?![{CASELESS}])") if caseless_forms else ""
    given = (r"(?:(?<=^)|(?<=[｜|\t\u3000、（(：:\n])|(?<=[｜|][ \t]))(?:" + "|".join(map(re.escape, han_given))
             + r")(?=$|[｜|\t\u3000、）)，,\n]|[ \t]+[｜|])") if han_given else ""
    return re.compile("|".join(p for p in (latin, "|".join(re.escape(f) for f in han), given, caseless, other) if p), re.I)
