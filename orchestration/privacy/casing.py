"""A view, in ordinary case, of a note typed all in lower case, for the rules that read capitals.

Most identifier rules read capitals: a name is capitalised words after "Dr" or "wife", a town a capitalised word
after "lives in", a postcode "SY10 7PX". Notes typed all in lower case (quick ward notes, text messages,
voice-recognition output) have none, and there the rules found about a third of the identifiers of the hand-written
note sets, lower-cased (docs/evaluation/2026-12-04-session22).

:func:`cased_view` gives such a note the capitals a clinician would have typed where the words show them: a word that
is no English or clinical word (a surname, a village), a listed given name or town that is no everyday word, the
word after a title or a relative ("dr patel", "partner fiacre"), facility and street words after a name ("cavan
general hospital", "ratoath road") and the naming words before a facility ("royal stoke university hospital"), a
month beside its day, a Roman numeral after a word, the letters of a token that mixes letters and digits ("sy10",
"g1928841"), and sentence starts. Every change turns one lower-case
letter into one capital, so the view has the text's length and every span found in it is the same span of the text.
A text that has capitals of its own (more than :data:`MAX_CAPITALISED_SHARE` of its words begin with one) is read
as written.
"""

from __future__ import annotations

import re

from consilium.orchestration.privacy import namelists as N
from consilium.orchestration.privacy import patterns as P
from consilium.orchestration.privacy.dates import MONTHS
from consilium.orchestration.privacy.vocabulary import known

# A note is "typed in lower case" when at most this share of its words start with a capital and a lower-case
# letter ("Mary", not "ECG" or "I"), over at least MIN_WORDS words.
MAX_CAPITALISED_SHARE = 0.03
MIN_WORDS = 8
# An unknown word shorter than this is more often a clinician's shortening ("cxr", "tds", "gp") than a name.
MIN_UNKNOWN_LETTERS = 4

_CAPITALISED = re.compile(r"\b[A-Z][a-z]")  # a (Latin) capital beginning a word, before a lower-case letter
# a line of 40 characters or more without a capital: where a block typed in lower case may be (others are not read)
_LOWER_CASE_LINE = re.compile(r"^[^A-Z\n]{40,}$", re.M)
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*")
# a short token of letters and digits, upper-cased when a letter comes before a digit: postcodes and record numbers
# ("sy10", "d11", "k1a", "g1928841"), not "5mg", "3rd" or a known word ("hba1c")
_ALNUM = re.compile(r"\b[a-z\d]{2,10}\b")
_LETTER_THEN_DIGIT = re.compile(r"[a-z][a-z\d]*\d")
# a street named by a word before its type: "brook street", "14 mill lane" (the types that are seldom other words)
_STREET = re.compile(r"(?P<number>\b\d{1,4}[a-z]?,?[ \t]+)?\b(?P<w>[a-z][a-z'’-]+)[ \t]+"
                     r"(?P<t>road|rd|street|st|lane|ln|avenue|ave|crescent|cres|terrace|gardens|grove|boulevard|blvd)\b"
                     r"(?![ \t]*(?:elevation|depression|segment|wave))")
_NOT_STREET_NAME = frozenset("the a an this that of on in at to off across onto crossing busy main side".split())
# a Roman numeral or class letter after a class word or a name: "eron class iii", "bethesda iv", "ann arbor iib"
_NUMERAL = re.compile(r"(?<=[A-Za-z][ \t])(?P<n>(?:ii|iii|iv|vi|vii|viii|ix|xi|xii)[a-c]?)\b")
_INWARD = re.compile(r"(?<=[A-Z\d][ \t])\d[a-z]{2}\b")  # a UK postcode's second half after its first ("SY10 7px")
# titles, less those that are also everyday words before a name-like word ("sister ward", "chief complaint")
_TITLE_WORDS = frozenset(t.lower() for t in re.findall(r"[A-Za-z]+", P.TITLES) if len(t) >= 2) - {
    "lady", "master", "chief", "sister", "nurse", "ma", "am"}
_AFTER_NAME = frozenset("""
hospital hospitals infirmary clinic surgery practice hospice general university teaching district memorial community
regional royal county centre center health medical road street avenue lane drive close court crescent terrace
gardens grove square place way park hill walk rise view parade highway
""".split())
# the words before a facility that name it ("royal stoke university hospital", "the northern hospital"), up to a word
# that does not ("the", "at") or that says what kind of facility it is ("the psychiatric hospital", "a day clinic")
_FACILITY = re.compile(r"\b(?:hospital|infirmary|hospice|medical cent(?:re|er)|health cent(?:re|er)|clinic|surgery|"
                       r"medical practice|family practice|health service|health system)\b")
_NOT_FACILITY_NAME = frozenset("""
the a an this that our their his her its to at in of on from for by and or with via into nearest local another same
other new old main general district community psychiatric mental childrens children's paediatric pediatric day
teaching cottage private public tertiary referring receiving base home nursing maternity rehabilitation rehab
specialist outpatient inpatient walk-in gp dental eye fertility sexual memory pain diabetes diabetic antenatal
fracture orthopaedic orthopedic cardiac renal cancer oncology weight smoking stop travel vaccination
""".split())
_FACILITY_NAME_WORDS = frozenset("""
royal university memorial regional northern southern eastern western central city county st saint queen queens king
kings princess prince victoria alexandra mater national state metropolitan
""".split())
_BEFORE_NAME = frozenset("st saint county mount port fort lake north south east west upper lower new ni nic ap".split())
_RELATIVES = frozenset(w for w in re.findall(r"[a-z]+", P.RELATIVES) if len(w) >= 3) | {
    "pt", "patient", "called", "named"}
# the month names and abbreviations that dates.find_dates reads, in lower case ("march", "mar", "sept")
_MONTH = "(?:" + "|".join(sorted({form.lower() for m in MONTHS for form in (m, m[:3])} | {"sept"}, key=len,
                                 reverse=True)) + r")(?![a-z])\.?"
# a month written beside the day or year it dates: "12 march 2024", "3 april", "march 3rd, 2024", "may 2019"
_MONTH_BY_NUMBER = (re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<m>{_MONTH})(?![a-z])"),
                    re.compile(rf"\b(?P<m>{_MONTH})[ \t]+(?=\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{4}}\b)"))
_HANDLE_ON = re.compile(r"[._@][A-Za-z0-9]")
_SENTENCE_START = re.compile(r"(?:\A|[.!?][ \t]+|\n[ \t]*)(?=[^\W\d_])")


def _capitalised_share(words: list[str]) -> float:
    return sum(1 for w in words if w[0].isupper() and w[1:2].islower()) / len(words)


def _listed(word: str, *, common: bool = False) -> bool:
    """A listed given name or town; one that is also an everyday word only with ``common``."""
    titled = word[:1].upper() + word[1:]
    return (titled in N.GIVEN_NAMES or titled in P.FIRST_NAMES or len(word) >= 4 and titled in N.TOWNS) and (
        common or not N.is_common_word(word))


def _few_capitals(text: str) -> bool:
    """Settled by counting spaces and capitals, before any word is read: at most the share (and one more)."""
    return len(_CAPITALISED.findall(text)) <= MAX_CAPITALISED_SHARE * (text.count(" ") + text.count("\n") + 1) + 1


def _typed_in_lower_case(text: str) -> list[re.Match[str]] | None:
    """The words of ``text`` when it is typed in lower case (see :data:`MAX_CAPITALISED_SHARE`), else None."""
    if text.count(" ") + text.count("\n") + 1 < MIN_WORDS or not _few_capitals(text):
        return None
    words = [m for m in _WORD.finditer(text) if len(m.group()) >= 2]
    if len(words) < MIN_WORDS or _capitalised_share([m.group() for m in words]) > MAX_CAPITALISED_SHARE:
        return None
    return words


def cased_view(text: str) -> str | None:
    """``text`` with the capitals its words call for where it is typed in lower case; None where nothing is.

    A note typed in lower case below a header written as usual ("Pt: Mary Byrne, DOB ..." then the notes) gets its
    view block by block: each run of lines with few capitals of their own that together make a lower-case text (in a
    text with at least one line of 40 characters without a capital)."""
    words = _typed_in_lower_case(text)
    if words is not None:
        return _capitalised(text, words)
    if "\n" not in text or not _LOWER_CASE_LINE.search(text):
        return None
    lines = text.split("\n")
    out, block, changed = [], [], False

    def close() -> None:
        nonlocal changed
        joined = "\n".join(block)
        found = _typed_in_lower_case(joined) if block else None
        if found is not None:
            joined, changed = _capitalised(joined, found), True
        if block:
            out.append(joined)
        block.clear()
    for line in lines:
        if _few_capitals(line):
            block.append(line)
        else:
            close()
            out.append(line)
    close()
    return "\n".join(out) if changed else None


def _capitalised(text: str, words: list[re.Match[str]]) -> str:
    """``text`` (typed in lower case, its ``words``) with the capitals its words call for."""
    chars = list(text)
    index = {m.start(): k for k, m in enumerate(words)}  # a word's position in ``words``, by where it starts

    def capital(i: int) -> None:
        up = chars[i].upper()
        # (Georgian's Mtavruli capitals exist in Unicode but not in its writing: a Georgian note is never typed in
        # lower case, and its rules read its words as written)
        if len(up) == 1 and not "\u10d0" <= chars[i] <= "\u10ff":
            chars[i] = up

    proper = [False] * len(words)
    for k, m in enumerate(words):
        w = m.group()
        previous = text[m.start() - 1:m.start()] if m.start() else ""
        if not w.islower() or previous in ("/", "-", ".", "_", "@") or previous.isdigit() or _HANDLE_ON.match(text, m.end()):
            continue  # "mmol/mol", "x-ray", "5mg"; a handle's, a login's or an address's pieces ("LINE: buatong.jm")
        before = words[k - 1].group().lower().rstrip(".") if k > 0 else ""
        adjacent = k > 0 and text[words[k - 1].end():m.start()].strip(".:, \t") == ""
        after_title = adjacent and before in _TITLE_WORDS
        # after "wife", "son", "partner": a given name even if it is an everyday word ("wife hope"), and any word
        # that is no everyday word ("partner fiacre")
        after_relative = adjacent and before in _RELATIVES and (_listed(w, common=True) or not N.is_common_word(w))
        if (len(w) >= MIN_UNKNOWN_LETTERS and not known(w)) or _listed(w) or after_title or after_relative:
            proper[k] = True
    # the words around a proper word that a clinician capitalises with it: titles and "st"/"county" before it,
    # facility and street words after it ("dr okafor", "county cavan", "cavan general hospital", "ratoath road")
    for k, m in enumerate(words):
        w = m.group().lower()
        near_after = k + 1 < len(words) and proper[k + 1] and text[m.end():words[k + 1].start()].strip(". \t") == ""
        if near_after and (w.rstrip(".") in _TITLE_WORDS or w in _BEFORE_NAME):
            proper[k] = True
    for k in range(1, len(words)):
        gap = text[words[k - 1].end():words[k].start()]
        if proper[k - 1] and not proper[k] and words[k].group().lower() in _AFTER_NAME and gap.strip(" \t") == "":
            proper[k] = True
    for k, m in enumerate(words):
        if proper[k]:
            capital(m.start())
            for part in re.finditer(r"[-'’](\w)", m.group()):  # "o'dwyer-ruane" -> "O'Dwyer-Ruane"
                capital(m.start() + part.start(1))
    for pattern in _MONTH_BY_NUMBER:
        for m in pattern.finditer(text):
            capital(m.start("m"))
    for m in _ALNUM.finditer(text):
        if _LETTER_THEN_DIGIT.search(m.group()) and not known(m.group()):
            for i in range(m.start(), m.end()):
                capital(i)
    for m in _FACILITY.finditer(text):  # a named facility: up to three words before it, one of which names
        k = index.get(m.start())
        before = []
        while k is not None and k - len(before) - 1 >= 0 and len(before) < 3:
            word = words[k - len(before) - 1]
            gap = text[word.end():words[k - len(before)].start()]
            if gap.strip(" \t") or word.group().lower() in _NOT_FACILITY_NAME:
                break
            before.append(word)
        if any(proper[index[w.start()]] or w.group().lower() in _FACILITY_NAME_WORDS for w in before):
            for w in [*before, *re.finditer(r"\w+", m.group())]:
                capital(w.start() if w in before else m.start() + w.start())
    for m in _STREET.finditer(text):
        named = m.group("w") not in _NOT_STREET_NAME and (m.group("number") or not N.is_common_word(m.group("w")))
        if named or proper[index[m.start("w")]]:
            capital(m.start("w"))
            capital(m.start("t"))
    for m in _NUMERAL.finditer(text):
        for i in range(m.start("n"), m.end("n")):
            capital(i)
    for m in _INWARD.finditer("".join(chars)):
        for i in range(m.start() + 1, m.end()):
            capital(i)
    for m in _SENTENCE_START.finditer(text):  # sentences begin with a capital, as the rules expect of prose
        capital(m.end())
    return "".join(chars)
