"""Where the identifiers are: span detection for :mod:`consilium.orchestration.privacy.deid`.

:func:`detect` returns non-overlapping :class:`Span` objects of kinds NAME, MRN, PHONE, EMAIL, URL,
ADDRESS, POSTCODE, ID, DATE and AGE (ages over 89). Rules run in a fixed priority order; where two
candidates overlap, the higher-priority (then the longer) one wins.

Person names are the hard part. *Strong* contexts (a title, a ``Name:``-style label, a relative,
a signature line, "seen by ...") find names of any origin; *weak* rules (a listed given name, a
capitalised pair before a verb that needs a person, names already found elsewhere in the case)
are stopped by eponyms ("Graves disease", "circle of Willis"), drug-like words and service names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from consilium.orchestration.privacy import namelists as N
from consilium.orchestration.privacy import patterns as P
from consilium.orchestration.privacy.dates import find_dates
from consilium.orchestration.privacy.places import place_spans
from consilium.orchestration.privacy.wordlist import FirstOfFinders, WordListFinder
from consilium.orchestration.privacy.scripts import is_han, script_spans


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    rule: str
    priority: int


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_NUM_LABEL_TAIL = r"\s*(?:[:#=]|\bis\b|[-–])?\s*(?:(?:no|num|number)\.?\s*[:#]?\s*)?#?\s*"
_ID_VALUE = (
    r"(?P<v>(?-i:\d{3}[ -]\d{3}[ -]\d{4}(?!\d)|\d{3}[ -]\d{2}[ -]\d{4}(?!\d)|"
    r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b|(?:[A-Z]{1,5}[-/]?|[A-Z]{1,5} (?=\d))?\d[\dA-Za-z]*(?:[-/.][\dA-Za-z]+)*))"
)
_MRN_LABEL = (
    r"MRN|M\.R\.N\.?|medical\s+record(?:\s+(?:number|no\.?|num|#))?|med\.?\s*rec(?:ord)?\.?|"
    r"hospital\s+(?:number|no\.?|#|id|num)|hosp\.?\s*(?:no\.?|#|number)|unit\s+(?:number|no\.?|#)|"
    r"case\s+(?:number|no\.?|#)|chart\s+(?:number|no\.?|#)|patient\s+(?:id|number|no\.?|#|identifier)|"
    r"pt\.?\s*(?:id|no\.?|#)|account(?:\s+(?:number|no\.?|#))?|acct\.?|a/c|"
    r"encounter(?:\s+(?:id|number|no\.?|#))?|visit\s+(?:id|number|no\.?|#)|admission\s+(?:id|number|no\.?|#)|"
    r"FIN|CSN|HAR|EPR\s+(?:no\.?|number|id)"
)
_ID_LABEL = (
    r"NHS(?:\s+(?:number|no\.?|#|num))?|CHI(?:\s+(?:number|no\.?))?|SSN|S\.S\.N\.?|"
    r"social\s+security(?:\s+(?:number|no\.?|#))?|NI\s+(?:number|no\.?)|national\s+insurance(?:\s+(?:number|no\.?))?|"
    r"insurance(?:\s+(?:id|number|no\.?|policy(?:\s+(?:number|no\.?))?))?|policy(?:\s+(?:number|no\.?|#|id))?|"
    r"member(?:ship)?\s+(?:id|number|no\.?|#)|subscriber\s+(?:id|number|no\.?)|group\s+(?:number|no\.?|#)|"
    r"medicare(?:\s+(?:number|no\.?|id|#))?|medicaid(?:\s+(?:number|no\.?|id|#))?|passport(?:\s+(?:number|no\.?|#))?|"
    r"driv(?:er'?s|ing)\s+licen[cs]e(?:\s+(?:number|no\.?|#))?|licen[cs]e\s+(?:number|no\.?|#)|DEA|NPI|"
    r"GMC(?:\s+(?:number|no\.?))?|NMC(?:\s+pin)?|registration\s+(?:number|no\.?)|serial(?:\s+(?:number|no\.?|#))?|"
    r"device\s+(?:id|serial)|accession(?:\s+(?:number|no\.?|#))?|acc\.?\s*(?:no\.?|#)|specimen\s+(?:id|number|no\.?)|"
    r"lab\s+(?:id|number|no\.?)|sample\s+(?:id|number|no\.?)|reference\s+(?:number|no\.?|#)|ref\.?\s+(?:no\.?|#)|"
    r"our\s+ref|your\s+ref|ID|identifier|VIN|vehicle\s+registration"
)
_PHONE_LABEL = (
    r"tel(?:ephone)?|phone|ph|mobile|mob|cell(?:phone)?|fax|pager|bleep|contact\s+(?:number|no\.?|tel)|"
    r"(?:home|work|daytime|evening)\s+(?:number|no\.?|phone|tel)|landline|ext(?:ension)?|whatsapp|"
    r"call(?:\s+(?:me|him|her|them|back))?(?:\s+on)?|text|sms"
)
_PHONE_VALUE = r"(?P<v>\+?(?:\(\d{1,5}\)|\d{1,5})(?:[ .\-]?(?:\(\d{1,5}\)|\d{1,5})){0,6}(?:\s*(?:x|ext\.?|extension)\s*\d{1,5})?)"
_PLATE_LABEL = (r"(?:licen[cs]e|number|registration|reg\.?)\s+plate|plate(?:\s+(?:number|no\.?))?|"
                r"(?:vehicle|car|van)\s+(?:reg(?:istration)?|plate)(?:\s+(?:number|no\.?|mark))?|reg(?:istration)?\s+(?:number|no\.?|mark)|"
                r"rego(?:\s+(?:of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:car|vehicle|van)|number|no\.?))?")
_LICENCE_LABEL = (r"(?:driv(?:er'?s|ing)\s+|professional\s+|medical\s+|nursing\s+|firearms?\s+|pilot'?s?\s+)?licen[cs]e|DL|"
                  r"(?:GMC|NMC|HCPC|AHPRA|DEA|NPI|state\s+licen[cs]e)")
_SERIAL_LABEL = (r"serial(?:\s+(?:number|no\.?|#))?|S/N|SN|(?:device|implant|pacemaker|ICD|pump|generator|lead|"
                 r"hearing\s+aid|wheelchair|monitor|lot|batch)\s+(?:serial|ID|identifier|number|no\.?|#|SN|S/N)|"
                 r"(?:lot|batch|UDI|IMEI|MAC(?:\s+address)?)(?:\s+(?:number|no\.?|#))?")
_CODE_LABEL = (r"key\s*safe|keysafe|key\s+box|lock\s*box|door\s+code|entry\s+code|gate\s+code|access\s+code|"
               r"alarm\s+code|building\s+code|security\s+code|PIN|passcode|password")
_UK_PC = r"(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPSTUW\d]? ?\d[ABD-HJLNP-UW-Z]{2})"
_ZIP = r"\d{5}(?:-\d{4})?"
_STATES = "|".join(P.US_STATES)
_ADDR_TAIL = (
    rf"(?:,?\s+(?:Apt\.?|Apartment|Unit|Suite|Ste\.?|Flat|#)\s*[\w-]{{1,6}})?"
    rf"(?:,[ \t]*{P.NAME_WORD}(?:[ \t-]{P.NAME_WORD}){{0,2}}){{0,3}}"
    rf"(?:,?[ \t]+(?:{_STATES})\b)?(?:,?[ \t]+(?:{_ZIP}|{_UK_PC}))?(?!\w)"
)
NAME_TOKEN_U = rf"(?:{P.NAME_WORD}|{P.UPPER_NAME})"
NAME_SEQ_U = (
    rf"(?:{P.INITIAL}[ \t]?){{0,2}}(?:(?<=[ \t.]){P.PARTICLE}[ \t]+){{0,2}}{NAME_TOKEN_U}"
    rf"(?:[ \t]+(?:{P.PARTICLE}[ \t]+){{0,2}}(?:{P.INITIAL}[ \t]+)?{NAME_TOKEN_U}){{0,3}}"
)
_FIRST = "|".join(sorted(P.FIRST_NAMES, key=len, reverse=True))
_TITLE_I = rf"(?:(?i:{P.TITLES})\.?[ \t]+)"

# (kind, rule, priority, pattern): the value is group "v" when present, else the whole match.
_RULES: list[tuple[str, str, int, re.Pattern[str]]] = [
    ("EMAIL", "email", 0, _c(r"(?<![\w.+-])[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")),
    ("EMAIL", "email_obfuscated", 0, _c(r"\b[\w.+-]+\s*[\[({]at[\])}]\s*[\w-]+(?:\s*(?:[\[({]dot[\])}]|\.)\s*[\w-]+)+", re.I)),
    ("URL", "url", 1, _c(r"\b(?:(?:https?|ftp)://|www\.)[^\s<>\"'()\[\]{}]+", re.I)),
    ("URL", "domain", 1, _c(r"(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|edu|gov|mil|info|biz|io|"
                           r"app|health|uk|us|ca|au|nz|ie|de|fr|nl|es|it)\b(?:/[^\s<>\"'()\[\]{}]*)?", re.I)),
    ("URL", "ip_address", 1, _c(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?!\d|\.\d)")),
    ("MRN", "mrn_label", 2, _c(rf"\b(?:{_MRN_LABEL}){_NUM_LABEL_TAIL}{_ID_VALUE}", re.I)),
    ("ID", "id_label", 2, _c(rf"\b(?:{_ID_LABEL}){_NUM_LABEL_TAIL}{_ID_VALUE}", re.I)),
    ("ID", "plate", 2, _c(rf"\b(?:{_PLATE_LABEL})\s*(?:[:#=]|\bis\b)?\s*(?P<v>(?-i:[A-Z0-9]{{1,4}}[ -]?[A-Z0-9]{{1,4}}(?:[ -][A-Z0-9]{{1,4}})?))\b", re.I)),
    ("ID", "uk_plate", 4, _c(r"\b[A-Z]{2}\d{2}[ ]?[A-Z]{3}\b")),
    ("ID", "licence", 2, _c(rf"\b(?:{_LICENCE_LABEL}){_NUM_LABEL_TAIL}(?P<v>(?-i:[A-Z0-9][A-Z0-9-]{{3,20}}[A-Z0-9]))\b", re.I)),
    ("ID", "serial", 2, _c(rf"\b(?:{_SERIAL_LABEL})\s*(?:[:#=]|\bis\b)?\s*(?P<v>(?-i:[A-Z0-9][A-Z0-9-/.]{{3,24}}[A-Z0-9]))\b", re.I)),
    ("ID", "handle", 1, _c(r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_]")),
    ("ID", "handle_label", 2, _c(r"\b(?i:handle|username|user\s+name|screen\s+name|gamertag|instagram|twitter|tiktok|snapchat|"
                                 r"skype|telegram|discord|x\.com)\s*(?:(?i:handle|account|id|name)\s*)?"
                                 # a separator or an @ before the value: "unable to handle the noise" names no one
                                 r"(?:(?:[:=]|\bis\b)\s*|(?=@))"
                                 r"(?!(?i:handle|account|is|name|id|username)\b)(?P<v>@?[A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])")),
    ("ID", "access_code", 2, _c(rf"\b(?:{_CODE_LABEL})\s*(?:(?:number|no\.?|code)\s*)?(?:[:=#-]|\bis\b)?\s*(?P<v>(?=[A-Z#*]*\d)[A-Z0-9#*]{{3,10}})(?![\w])", re.I)),
    ("PHONE", "phone_label", 2, _c(rf"\b(?:{_PHONE_LABEL})\b\.?(?:\s*(?:number|no\.?|#))?\s*[:=\-]?\s*{_PHONE_VALUE}", re.I)),
    ("POSTCODE", "postcode_label", 2, _c(rf"(?i:\b(?:post\s?code|postal\s+code|zip(?:\s+code)?))\s*[:#]?\s*(?P<v>{_UK_PC}|{_ZIP})\b")),
    ("ADDRESS", "address_label", 2, _c(r"(?i:\b(?:home\s+)?(?:address|addr\.?))\s*[:\-]\s*(?P<v>[^\n;|]+?)"
                                       r"(?=\s*(?:$|\n|;|\||(?<![ \t][A-Z])(?<!\bSt)(?<!\bApt)\.\s+[A-Z]|"
                                       r"\s(?:Tel|Phone|Mobile|Email|DOB|NHS|MRN)\b))", re.M)),
    ("ID", "ssn", 4, _c(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")),
    ("ID", "nhs_number", 4, _c(r"(?<![\d-])\d{3} \d{3} \d{4}(?![\d-])")),
    ("ID", "ni_number", 4, _c(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")),
    ("ADDRESS", "street", 5, _c(
        rf"(?<![\w/.])(?:(?:Flat|Apt\.?|Apartment|Unit|Suite|Ste\.?|Room)\s*#?\s*[\w-]{{1,6}},?\s+)?\d{{1,5}}[A-Za-z]?"
        rf"(?:[-/]\d{{1,5}}[A-Za-z]?)?,?[ \t]+(?:(?:[NSEW]|NE|NW|SE|SW)\.?[ \t]+)?"
        rf"(?:(?:{P.NAME_WORD}(?:['’]s)?|\d{{1,3}}(?:st|nd|rd|th))[ \t]+){{1,4}}"
        rf"(?:{P.STREET_SUFFIX})\b\.?{_ADDR_TAIL}")),
    ("ADDRESS", "po_box", 5, _c(rf"\bP\.?\s?O\.?\s+Box\s+\d+{_ADDR_TAIL}", re.I)),
    ("POSTCODE", "uk_postcode", 6, _c(rf"\b{_UK_PC}\b")),
    ("POSTCODE", "us_zip", 6, _c(rf"\b(?:{_STATES})[ \t]+(?P<v>{_ZIP})\b(?!\s*(?:U|IU|units?)\b)")),
    ("POSTCODE", "zip_plus4", 6, _c(r"(?<![\d-])\d{5}-\d{4}(?![\d-])")),
    ("PHONE", "phone_intl", 7, _c(r"(?<![\w+])\+\d{1,3}(?:[ .\-]?\(0\))?(?:[ .\-]?\(?\d{1,5}\)?){2,6}(?!\d)")),
    ("PHONE", "phone_us", 7, _c(r"(?<![\w.])(?:1[ .\-])?(?:\(\d{3}\)[ ]?|\d{3}[ .\-])\d{3}[ .\-]\d{4}(?!\d)"
                               r"(?:\s*(?:x|ext\.?)\s*\d{1,5})?")),
    ("PHONE", "phone_au", 7, _c(r"(?<![\w.])(?:\(0\d\)[ ]?\d{4}[ \-]?\d{4}|04\d{2}[ \-]?\d{3}[ \-]?\d{3}|1[38]00[ \-]?\d{3}[ \-]?\d{3})(?!\d)")),
    ("PHONE", "phone_uk", 7, _c(r"(?<![\w.])(?:\(0\d{2,4}\)[ ]?|0\d{2,4}[ \-]?)\d{3,4}[ \-]?\d{3,4}(?!\d)")),
]
# Rules whose value always holds a digit (numbers, phones, postcodes, street numbers): a text without a
# digit, as most of a case's fields are, skips them. The age and generic-number rules below are the same.
# Rules that cannot match without one of these (lower-case) strings in the text.
_NEEDS_LITERAL = {"email": ("@",), "email_obfuscated": ("at]", "at)", "at}"), "url": ("://", "www."),
                  "address_label": ("addr",), "postcode_label": ("post", "zip")}
_NEEDS_DIGIT = {"ip_address", "plate", "uk_plate", "licence", "serial", "access_code", "mrn_label", "id_label", "phone_label", "postcode_label", "ssn", "nhs_number", "ni_number",
                "street", "po_box", "uk_postcode", "us_zip", "zip_plus4", "phone_intl", "phone_us", "phone_uk"}
_DIGIT = re.compile(r"\d")
_AGE_RULES = [
    _c(r"\b(?P<v>\d{2,3})(?=\s*-?\s*(?:years?|yrs?)\s*-?\s*old\b)", re.I),
    _c(r"\b(?P<v>\d{2,3})(?=\s*(?:yo|y/o|y\.o\.)(?!\w))", re.I),
    _c(r"\b(?P<v>\d{2,3})(?=\s+years?\s+of\s+age\b)", re.I),
    _c(r"\b(?:aged?|age\s+of)\s*[:=]?\s*(?P<v>\d{2,3})\b(?!\s*(?:months?|weeks?|days?|mg|%)|\.\d)", re.I),
    # "Mrs Gladys Ormerod, 91, lives": a bare number between commas after a capitalised word (a name)
    _c(rf"\b[{P.UP}][{P.LO}]+,[ \t]*(?P<v>\d{{2,3}})(?=[ \t]*(?:,|[MF]\b|y\b|yrs?\b|years?\b))"),
]
_BIRTH_YEAR = _c(r"\b(?:born(?:\s+in)?|b\.|year\s+of\s+birth|YOB|birth\s+year)\s*:?\s*(?P<v>(?:18|19|20)\d\d)(?!\d|[/.-]\d)", re.I)
_GENERIC_IDS = [
    _c(r"(?<![\d.,])\d{7,}(?![\d,]|\.\d)"),
    _c(r"\b(?=[A-Za-z]{0,4}-?\d{5,})[A-Z]{1,4}-?\d{5,}[A-Z]?\b"),
]
_LEAD_PARTICLES = rf"(?:(?:{P.PARTICLE})[ \t]+){{0,2}}"
_TITLE_RE = _c(rf"\b{P.TITLES}\.?[ \t]+(?P<n>{_LEAD_PARTICLES}{NAME_SEQ_U})")
# Rules led by a label word ("MRN", "Tel", "seen by", ...) start at a letter: saying so first lets the
# regex engine skip every other position cheaply (a label rule took about 40% less time on a model's reply).
# The same matches as without it: every alternative of these labels begins with a letter (checked against
# the unprefixed patterns on the corpus in tests/safety/test_wordlist.py).
LETTER_FIRST = "(?i:(?=[a-z]))"
LABEL_LED = ("mrn_label", "id_label", "plate", "licence", "serial", "handle_label", "access_code", "phone_label",
             "postcode_label", "address_label")
_RULES = [(k, r, pr, re.compile(LETTER_FIRST + pat.pattern, pat.flags) if r in LABEL_LED else pat)
          for k, r, pr, pat in _RULES]
_LABEL_RE = _c(LETTER_FIRST + rf"(?i:\b(?:{P.NAME_LABELS}))[ \t]*[:\-–][ \t]*{_TITLE_I}?"
               rf"(?P<n>{P.UPPER_NAME}(?:[ \t]+{P.UPPER_NAME}){{0,2}},[ \t]*{NAME_SEQ_U}|{P.NAME_WORD},[ \t]*{P.NAME_SEQ}|{NAME_SEQ_U})")
_LEAD_RE = _c(LETTER_FIRST + rf"(?i:\b(?:{P.NAME_LEADS}))(?:[ \t]*:[ \t]*|[ \t]+){_TITLE_I}?(?P<n>{P.NAME_SEQ})")
_REL_RE = _c(rf"(?:\b[{P.UP}][{P.LO}]+['’]s\s+|(?i:\b(?:his|her|their|the\s+patient'?s|patient'?s|pt'?s|a|my|your|our|whose|"
             rf"with)\s+))(?i:{P.RELATIVES})"
             rf"(?:[ \t]*,[ \t]*|[ \t]+(?i:is|was|named|called)[ \t]+|[ \t]+\(?){_TITLE_I}?(?P<n>{P.NAME_SEQ})")
_REL_BARE_RE = _c(rf"(?<![\w'’-])(?i:{P.RELATIVES})(?:[ \t]*[:\-–][ \t]*|[ \t]+){_TITLE_I}?(?P<n>{P.NAME_SEQ})")
_REL_AFTER_RE = _c(rf"(?P<n>{P.NAME_SEQ})[ \t]*(?:\((?i:{P.RELATIVES})\b|"
                   rf",[ \t]+(?i:(?:his|her|their|the\s+patient'?s)\s+(?:{P.RELATIVES}))\b)")
_PAREN_RE = _c(LETTER_FIRST + rf"(?i:\b(?:man|woman|male|female|boy|girl|gentleman|lady|patient|pt|infant|baby|child|teenager))"
               rf"[ \t]*\([ \t]*{_TITLE_I}?(?P<n>{NAME_SEQ_U})[ \t]*[),]")
_SUBJECT_RE = _c(rf"(?:^|(?<=[.!?;:]\s)|(?<=[.!?]\s\s)|(?<=,\s)|(?<=\band\s)|(?<=\bbut\s))(?P<n>{P.NAME_SEQ})"
                 rf"(?:,[ \t]+an?[ \t]+\d|[ \t]*\((?:aged?[ \t]*)?\d{{1,3}}\b(?!\)[ \t]*\d)|"
                 rf"(?:[ \t]*\([^()\n]{{0,60}}\))?[ \t]+(?:{P.SUBJECT_VERBS})\b)", re.M)
_RELATIVE_WORD = _c(rf"\b(?i:{P.RELATIVES})\b")  # every rule with a relative needs one of these, as a word
# What must follow a name for _SUBJECT_RE: ", a 45", "(aged 45" or one of its verbs.
_SUBJECT_CUE = _c(rf",[ \t]+an?[ \t]+\d|\((?:aged?[ \t]*)?\d|(?:{P.SUBJECT_VERBS})", re.M)
# A listed given name and up to two name words after it (see wordlist.py: the same matches as one regex).
# A listed given name and up to two name words after it; a given name that is also a dictionary word
# ("Lacy", "Tanner") needs one ("Tanner stage" is not a person, "Tanner Lowe" is).
_GAZ_RE = FirstOfFinders(
    WordListFinder(P.FIRST_NAMES | N.GIVEN_NAMES, rf"(?:[ \t]+(?:{P.INITIAL}[ \t]+)?{NAME_TOKEN_U}){{0,2}}(?![\w-])"),
    WordListFinder(N.WORDLIKE_GIVEN_NAMES, rf"(?:[ \t]+(?:{P.INITIAL}[ \t]+)?{NAME_TOKEN_U}){{1,2}}(?![\w-])"))
_UPPER_COMMA_RE = _c(rf"(?<!\w)(?P<n>{P.UPPER_NAME}(?:[ \t]+{P.UPPER_NAME})?,[ \t]*(?:{_FIRST})(?:[ \t]+{P.NAME_WORD})?)(?![\w-])")
_SIGNATURE_RE = _c(rf"^[ \t]*(?:[-–—~]+[ \t]*)?{_TITLE_I}?(?P<n>{NAME_SEQ_U})[ \t]*(?P<cred>,?[ \t]*\(?(?:{P.CREDENTIALS})\b.*)?$")
PLACEHOLDER_KINDS = ("NAME", "MRN", "PHONE", "EMAIL", "URL", "ADDRESS", "POSTCODE", "ID", "HOSPITAL", "LOCATION", "DATE")
_PLACEHOLDER_RE = _c(r"\[(?:" + "|".join(PLACEHOLDER_KINDS) + r")_\d+\]")
_ABSOLUTE = [e for e in P.EPONYM_PHRASES if re.search(r"[\s-]", e)]
_SINGLE = [e for e in P.EPONYM_PHRASES if not re.search(r"[\s-]", e)]
_PROTECT_ABS = _c(r"(?<![\w-])(?:" + "|".join(re.escape(e) for e in sorted(_ABSOLUTE, key=len, reverse=True)) + r")")
_PROTECT_WEAK = [
    _c(r"(?<![\w-])(?:" + "|".join(re.escape(e) for e in sorted(_SINGLE, key=len, reverse=True)) + r")(?![\w])"),
    _c(rf"{P.NAME_WORD}(?:[-–]{P.NAME_WORD})*(?:['’]s|s['’]|['’])?[ \t]+(?:{P.EPONYM_HEADS})\b"),
    _c(rf"\b(?:{P.OF_EPONYM_HEADS})\s+of\s+{P.NAME_WORD}", re.I),
    # "Edinburgh Postnatal Depression Scale", "Rome IV criteria", "Bristol stool chart": places in tools' names.
    _c(rf"{P.NAME_WORD}(?:[ \t]+(?:[A-Z][\w/-]*|stool|ankle|knee|hip|foot|coma|depression|sleepiness)){{0,3}}[ \t]+"
       rf"(?i:scales?|scores?|criteria|classification|rules?|chart|questionnaire|protocol|triage|model|definition|"
       rf"staging|grading|guidelines?|consensus|system|index)\b"),
    _c(r"\bplaster\s+of\s+Paris\b", re.I),
]
_TOKEN = re.compile(r"[^\s,()]+")
_GENERALISED_AGE = re.compile(r"[- ]or[- ]older")
_PARTICLES = set(P.PARTICLE[3:-1].split("|"))
_SKIPPABLE = set(P.TITLES[3:-1].split("|")) | {"Patient", "Pt", "The", "Our", "Your", "Re"}

STRONG, WEAK = 9, 11  # priorities of strong- and weak-context names; generic numbers sit between


def _overlaps(s: int, e: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in ranges)


def _plain(token: str) -> str:
    return re.sub(r"(?:['’]s|['’])$", "", token.strip(".:;"))


def _trim_name(text: str, s: int, e: int, *, weak: bool) -> tuple[int, int] | None:
    """Cut a candidate name down to its name words; None if nothing name-like is left."""
    kept: list[re.Match[str]] = []
    for tok in _TOKEN.finditer(text, s, e):
        word = _plain(tok.group())
        if re.fullmatch(rf"[{P.UP}]\.", tok.group()):  # an initial, even "I." or "A."
            kept.append(tok)
            continue
        if word in P.NOT_NAME or word.title() in P.NOT_NAME and word.isupper():
            if kept:
                break
            if word.title() in _SKIPPABLE:  # "Patient John Smith presented", "Dr. J. Smith"
                continue
            return None
        kept.append(tok)
    while kept and _plain(kept[-1].group()) in _PARTICLES:
        kept.pop()
    words = [_plain(t.group()) for t in kept]
    if not words or all(re.fullmatch(r"[A-Z]\.?", w) for w in words):
        return None
    others = [w for w in words if w not in P.FIRST_NAMES and len(w) > 1]
    if any(P.SERVICE_SUFFIX.search(w) for w in others) and len(words) == 1:
        return None
    if weak and any(P.DRUG_SUFFIX.search(w) for w in others):
        return None
    end = kept[-1].end()
    while text[end - 1] in ".,:;" and not re.fullmatch(r"[A-Z]\.", text[kept[-1].start():end]):
        end -= 1
    return kept[0].start(), end


def _signature_spans(text: str) -> list[tuple[int, int]]:
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]*", text)]
    content = [i for i, (_, ln) in enumerate(lines) if ln.strip()]
    out = []
    for pos, i in enumerate(content):
        start, line = lines[i]
        m = _SIGNATURE_RE.match(line)
        if not m:
            continue
        words = m.group("n").split()
        after_signoff = pos > 0 and P.SIGN_OFFS.match(lines[content[pos - 1]][1])
        last_listed = pos == len(content) - 1 and len(words) >= 2 and words[0] in P.FIRST_NAMES
        if after_signoff or (m.group("cred") and len(words) >= 2) or last_listed:
            out.append((start + m.start("n"), start + m.end("n")))
    return out


_NEXT_WORD = re.compile(rf"[ \t]+(?:{P.PARTICLE}[ \t]+){{0,2}}({NAME_TOKEN_U})(?![\w'’-])")
_PREV_WORD = re.compile(rf"(?<![\w'’-])({P.NAME_WORD})[ \t]+$")


def _extend_known(text: str, s: int, e: int, protect: list[tuple[int, int]]) -> tuple[int, int]:
    """Grow a known name over the capitalised words right beside it ("Ines" -> "Ines McAllister")."""
    def usable(word: str, a: int, b: int) -> bool:
        return (word not in P.NOT_NAME and word.title() not in P.NOT_NAME and not P.DRUG_SUFFIX.search(word)
                and not P.SERVICE_SUFFIX.search(word) and not _overlaps(a, b, protect))

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


def known_name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern for names already found in this case, whole and word by word (and in upper case)."""
    forms: set[str] = set()
    for name in names:
        full = " ".join(name.split())
        forms |= {full, full.upper()}
        for tok in _TOKEN.findall(full):
            word = _plain(tok)
            if len(word) >= 2 and not re.fullmatch(r"[A-Z]\.?", word) and word not in P.NOT_NAME \
                    and word not in _PARTICLES and word.title() not in P.NOT_NAME:
                forms |= {word, word.upper(), word.title()}
    han = sorted((f for f in forms if is_han(f) and len(f) >= 2), key=len, reverse=True)
    forms = {f for f in forms if len(f) >= 2 and not is_han(f)}
    if not forms and not han:
        return None
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    # Case-insensitive (SMITH, Smith, McAllister/MCALLISTER) but starting with a capital letter; a
    # Chinese name is matched wherever it stands (the script has no spaces between words).
    latin = rf"(?<![\w'’-])(?-i:(?=[{P.UP}]))(?:" + alternation + r")(?![\w-]|['’][A-Za-z]{2})" if forms else ""
    return re.compile("|".join(p for p in (latin, "|".join(re.escape(f) for f in han)) if p), re.I)


@dataclass(frozen=True)
class Candidates:
    """What :func:`detect` finds in a text before the case's known names are added, in the order the
    final choice (:func:`_resolve`) sees them: ``before``, then the dates, then ``after``, the known names
    and ``places``. None of it depends on the names a case has taught, so a de-identifier scanning the
    same text again (as it does, once names are learned) computes it once."""

    before: list[Span]
    after: list[Span]
    places: list[Span]
    placeholders: list[tuple[int, int]]
    weak_protect: list[tuple[int, int]]
    has_digit: bool


def candidates(text: str, *, weak_names: bool = True) -> Candidates:
    """Every rule's candidate spans in ``text`` except dates and the case's known names."""
    before: list[Span] = []
    after: list[Span] = []

    def add(into: list[Span], s: int, e: int, kind: str, rule: str, prio: int) -> None:
        if e > s:
            into.append(Span(s, e, kind, rule, prio))

    placeholders = [(m.start(), m.end()) for m in _PLACEHOLDER_RE.finditer(text)]
    has_digit = _DIGIT.search(text) is not None
    lower = text.lower()
    for kind, rule, prio, pattern in _RULES:
        if rule in _NEEDS_DIGIT and not has_digit or rule in _NEEDS_LITERAL and not any(
                s in lower for s in _NEEDS_LITERAL[rule]):
            continue
        for m in pattern.finditer(text):
            g = "v" if "v" in pattern.groupindex and m.group("v") else 0
            s, e = m.span(g)
            val = text[s:e].rstrip(".,;:!?'\")]")
            e = s + len(val)
            digits = sum(ch.isdigit() for ch in val)
            if rule in ("mrn_label", "id_label", "ssn", "nhs_number", "ni_number") and digits < 3 or rule == "phone_label" and digits < (3 if re.search(
                    r"bleep|pager|ext", m.group(), re.I) else 7) or rule in ("phone_intl",) and not 8 <= digits <= 15:
                continue
            if rule == "phone_uk" and not 10 <= digits <= 11:
                continue
            add(before, s, e, kind, rule, prio)
    for pattern in _AGE_RULES if has_digit else ():
        for m in pattern.finditer(text):
            if 90 <= int(m.group("v")) <= 130 and not _GENERALISED_AGE.match(text, m.end("v")):
                add(after, m.start("v"), m.end("v"), "AGE", "age_over_89", 8)
    for pattern in _GENERIC_IDS if has_digit else ():
        for m in pattern.finditer(text):
            if not P.UNIT_AFTER.match(text, m.end()):
                add(after, m.start(), m.end(), "ID", "long_number", 10)

    absolute = [(m.start(), m.end()) for m in _PROTECT_ABS.finditer(text)] + placeholders
    weak_protect = absolute + [(m.start(), m.end()) for p in _PROTECT_WEAK for m in p.finditer(text)]
    # The rules that start with a name sequence try one at every capital letter: a text without the
    # context word they end in (a relative, a subject's verb) is spared them.
    relative = _RELATIVE_WORD.search(text) is not None
    name_rules: list[tuple[str, re.Pattern[str], bool]] = [
        ("title", _TITLE_RE, False), ("label", _LABEL_RE, False),
        *([("relative", _REL_RE, False), ("relative_after", _REL_AFTER_RE, False)] if relative else []),
        ("paren", _PAREN_RE, False), ("lead", _LEAD_RE, True),
        *([("relative_bare", _REL_BARE_RE, False)] if relative else []),
    ]
    if weak_names:
        subject = _SUBJECT_CUE.search(text) is not None
        name_rules += [*([("subject", _SUBJECT_RE, True)] if subject else []), ("given_name", _GAZ_RE, True),
                       ("upper_comma", _UPPER_COMMA_RE, True)]
    for rule, pattern, weak in name_rules:
        for m in pattern.finditer(text):
            trimmed = _trim_name(text, *m.span("n"), weak=weak)
            if trimmed is None:
                continue
            s, e = trimmed
            words = text[s:e].split()
            if rule == "given_name" and len(words) == 1 and _plain(words[0]) in P.WORDLIKE_FIRST:
                continue
            weak_rule = rule in ("subject", "given_name", "upper_comma", "relative_bare")
            if _overlaps(s, e, weak_protect if weak_rule else absolute):
                continue
            add(after, s, e, "NAME", rule, WEAK if weak_rule else STRONG)
    for s, e in _signature_spans(text):
        trimmed = _trim_name(text, s, e, weak=False)
        if trimmed and not _overlaps(*trimmed, absolute):
            add(after, *trimmed, "NAME", "signature", STRONG)
    places = [Span(s, e, kind, rule, prio)
              for s, e, kind, rule, prio in place_spans(text, lambda a, b: _overlaps(a, b, weak_protect)) + script_spans(text)
              if e > s]
    return Candidates(before, after, places, placeholders, weak_protect, has_digit)


def date_candidates(text: str, *, day_first: bool, has_digit: bool) -> list[Span]:
    """Dates and birth years in ``text`` (they depend on how ambiguous dates are read)."""
    found = [Span(d.start, d.end, "DATE", f"date_{d.kind}", 3) for d in find_dates(text, day_first=day_first)
             if d.end > d.start]
    found += [Span(m.start("v"), m.end("v"), "DATE", "birth_year", 3)
              for m in (_BIRTH_YEAR.finditer(text) if has_digit else ()) if m.end("v") > m.start("v")]
    return found


def known_candidates(text: str, known: re.Pattern[str], weak_protect: list[tuple[int, int]]) -> list[Span]:
    """Mentions of the names this case has already taught, grown over the capitalised words beside them."""
    found: list[Span] = []
    for m in known.finditer(text):
        if _overlaps(m.start(), m.end(), weak_protect) or word_not_name(text, m.start(), m.end()):
            continue
        s, e = (m.start(), m.end()) if is_han(m.group()) else _extend_known(text, m.start(), m.end(), weak_protect)
        if e > s:
            found.append(Span(s, e, "NAME", "known_name", WEAK + 1))
    return found


def choose(found: Candidates, dates: list[Span], known: list[Span]) -> list[Span]:
    """The final non-overlapping spans from a text's candidates (see :func:`_resolve`)."""
    return _resolve([*found.before, *dates, *found.after, *known, *found.places], found.placeholders)


def detect(text: str, *, day_first: bool = True, known: re.Pattern[str] | None = None,
           dates: bool = True, weak_names: bool = True) -> list[Span]:
    """Every identifier span in ``text`` (non-overlapping, in reading order)."""
    found = candidates(text, weak_names=weak_names)
    return choose(found, date_candidates(text, day_first=day_first, has_digit=found.has_digit) if dates else [],
                  known_candidates(text, known, found.weak_protect) if known is not None else [])


def _resolve(cands: list[Span], placeholders: list[tuple[int, int]]) -> list[Span]:
    """Highest priority (then longest) first; a candidate overlapping only chosen spans of its own
    kind widens them to the union ("446-555-0140" + "ext. 441"), any other overlap drops it."""
    chosen: list[Span] = []
    for span in sorted(cands, key=lambda c: (c.priority, c.start - c.end, c.start)):
        if _overlaps(span.start, span.end, placeholders):
            continue
        hits = [c for c in chosen if c.start < span.end and span.start < c.end]
        if not hits:
            chosen.append(span)
        elif all(c.kind == span.kind for c in hits) and span.kind not in ("DATE", "AGE"):
            for c in hits:
                chosen.remove(c)
            chosen.append(Span(min([span.start] + [c.start for c in hits]), max([span.end] + [c.end for c in hits]),
                               span.kind, hits[0].rule, hits[0].priority))
    return sorted(chosen, key=lambda c: c.start)
