"""A learned second reader beside the rules: a linear-chain CRF over a text's tokens that marks the identifiers the
rules left, trained on the hand-written note sets' planted identifiers.

The rules (:mod:`~consilium.orchestration.privacy.detect`) find what they have a slot or a shape for; what a new
set of notes leaks is mostly one of a kind (a farm's name, a village, a record number in a local format) that no
rule reached. The model reads each token with what the rules said of it and of its neighbours (their span kinds,
their protections), its own shape, script and case, whether the word lists know it (GeoNames' places of 1,000 people
or more among them, a feature only: :func:`_places`), and the words around it, and gives the probability that it is
part of an identifier. :meth:`Deidentifier.deidentify
<consilium.orchestration.privacy.deid.Deidentifier.deidentify>` replaces the tokens it marks (:data:`THRESHOLD`) that
no rule took, with the kind the model gives them. Guards keep clinical text (:func:`_may_open`, :meth:`TokenModel.spans`):
a word the clinical vocabulary knows (:func:`~consilium.orchestration.privacy.vocabulary.known`) is left to the rules
unless it is a listed given name or town, or a capitalised word in a name of two such words or more the model is
sure of (:data:`VOCAB_SURE`: "Hill Cove", not "Fish Merchants" at 0.96); one ASCII letter or two lower-case ones are
never taken; a token that does not start with a letter (a number, a ratio, a dose such as "100mg") is taken as the
continuation of an identifier whose words the model is sure of (:data:`SURE`: "CPN-TM-25-0719" after "CPN-TM", not
"CBG 180-220-250"), and alone only with five digits or more (or four that are no clock time), no unit after it and
no year in or after it, where the model is surer still (:data:`NUMBER_SURE`, :func:`_number_may_open`: clock times,
doses and values look like record numbers, and the model reads "obs 0800-1200-1600" at 1.0); a classification's name
and code ("ICD-10 F20.0", "SNOMED CT 22298006", "K50.812") are never taken; a one-word span with no identifier of the rules within :data:`NEAR` tokens, or after a
lower-case word, needs :data:`SURE` too: a lone unknown word is more often a clinical term than a name. Chinese and
Japanese characters are taken only two or more together, where the model is sure (:data:`HAN_SURE`), and never as a
date: its Chinese notes (a few a set) taught it to read the "日" of "每日" (daily) in a dose as a date's. Until
session 31 Han and kana, lone numbers and known words were never taken; the leaks of the sets left out of training
showed the model sure of many identifiers these guards refused (docs/deidentification.md, session 31).

It never scans a model's answer (:func:`~consilium.orchestration.privacy.deid.scan_output`): it reads what goes to a
model, not what comes back.

Since session 37 the model also reads each token in context: the hidden states of a pretrained multilingual encoder
(:mod:`.encoder`, the first six layers of multilingual-e5-small) go through a small probe (an MLP trained on the same
notes) to a probability that the token is part of an identifier, and the CRF reads that probability, in tenths, for
the token and its two neighbours (:func:`context_features`). A text whose tokens no rule or guard lets the reader take
is never encoded (:meth:`TokenModel.spans`). Since session 41 the probe alone takes a capitalised word the CRF leaves
where it is sure (:data:`PROBE_SURE`): next to the rules' spans the CRF had learned to trust their edges ("RODELIO
AGCAOILI" before a surname the rules took, at 0.13 where the probe read 0.9); a name's initials before it join it, and a
word of an Indic or South-East Asian script is one token with its vowel signs (it came in pieces that no span could
take before).

The model file (``lists/token_model.crfsuite``, python-crfsuite), its probe (``lists/token_model.probe.npz``) and
their manifest (``lists/token_model.json``: the sets, the parameters, the files' sha256) are built by
:mod:`~consilium.orchestration.privacy.learned_train`, which also writes the probe's tenths for every note of the note
sets (``lists/token_context.json.gz``, :func:`using_cached_context`: the floors tests read them instead of running the
encoder over 2,200 notes; a test compares them with the encoder's for a sample).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import threading
import unicodedata
from bisect import bisect_left
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from consilium.orchestration.privacy.detect import Span
from consilium.orchestration.privacy.namelists import COMMON_WORDS, EPONYM_WORDS, GIVEN_NAMES, TOWNS
from consilium.orchestration.privacy.patterns import UNIT_AFTER
from consilium.orchestration.privacy.residual import overlap_test
from consilium.orchestration.privacy.vocabulary import known as vocabulary_known

MODEL = Path(__file__).with_name("lists") / "token_model.crfsuite"
MANIFEST = MODEL.with_suffix(".json")
CONTEXT_CACHE = MODEL.with_name("token_context.json.gz")
THRESHOLD = 0.5  # probability that a token is part of an identifier, above which it is replaced
# the same for a one-word span with no rule's identifier within NEAR tokens or after a lower-case word, and for the
# words of a span that numbers continue
SURE = 0.9
NUMBER_SURE = 0.97  # a number opens a span of its own from this probability (:func:`_number_may_open`)
NUMBER_DIGITS = 5
HAN_SURE = 0.9  # Chinese and Japanese characters are taken from this probability, two or more together
# the probe's tenth 9 alone takes a word the CRF leaves (:func:`_probe_may_take`; session 41: trained without
# HELD-OUT 39 and 40, 91 -> 89 of their 1,203 identifiers leaked, none more of 481 clinical strings lost)
PROBE_SURE = True
VOCAB_SURE = 0.98  # capitalised words the vocabulary knows, in a name of two words or more, from this probability
NEAR = 3
# the planted kinds, as the model learns them (and as the placeholders name them)
KINDS = {"NAME": "NAME", "LOCATION": "LOCATION", "ADDRESS": "LOCATION", "POSTCODE": "LOCATION", "HOSPITAL": "HOSPITAL",
         "DATE": "DATE", "DOB90": "DATE"}
# ages over 89 are the rules' alone: the words of "95 years old" are no identifier once the number is generalised
RULES_ONLY = {"AGE"}
OTHER_KIND = "ID"  # record numbers, phones, licences, plates, serials, handles, codes...


def _mark_ranges() -> str:
    """The combining marks of the Basic Multilingual Plane (Unicode categories Mn, Mc, Me) as a character class's
    ranges: the vowel signs and viramas of Indic and South-East Asian scripts, Hebrew and Arabic points, Latin accents
    written apart."""
    marks = [c for c in range(0x300, 0x10000) if unicodedata.category(chr(c)).startswith("M")]
    ranges: list[list[int]] = []
    for c in marks:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


# a token: one Han, kana or CJK character (those scripts are written without spaces), a word (letters and digits, with
# the combining marks written in it: "சிவகுமார்" and "চৌধুরী" are one token each, not a letter and a vowel sign at a
# time), or one other visible character
_KANA, _HAN = "\u3040-\u30ff", "\u3400-\u9fff\uf900-\ufaff"
_CJK = _KANA + _HAN
_MARKS = _mark_ranges()
TOKEN = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+(?:[{_MARKS}]+[^\W_{_CJK}]*)*|\S")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_KANA_CHAR = re.compile(rf"[{_KANA}]")
_LETTER = re.compile(r"[^\W\d_]")  # matched at a token's start: "100mg" and "5g" are numbers with a unit, not words
_VERB_FORM = re.compile(r"^[a-z]{3,}(?:ed|ing)$")
_JOINER = re.compile(r"[ \t'’.-]{0,2}")
_CONTEXT = (-3, -2, -1, 1, 2, 3)
_EDITION = re.compile(r"[-:](?:19|20)\d\d$")
_SCHEMES = ("Scheme|Programme|Program|Award|Prize|Fellowship|Yojana|திட்டம்|திட்ட|விருது|योजना|पुरस्कार|প্রকল্প|"
            "পুরস্কার|কর্মসূচি")
_SCHEME_WORD = re.compile(rf"(?<![\w\u0b80-\u0bff\u0900-\u09ff])(?:{_SCHEMES})(?![\w\u0b80-\u0bff\u0900-\u09ff])")
# the words after a span that may still be the scheme's name: capitalised ones, or of a script without capitals
_SCHEME_AFTER = re.compile(r"(?:[ \t]+(?:[A-Z][\w'’-]*|[^\x00-\x7f\s]+)){0,3}")
_INITIALS_BEFORE = re.compile(r"(?:(?<![\w.])[^\W\d_]\.[ \t]?){1,3}[ \t]*\Z")
_ROMAN_GRADE = r"(?:I{1,3}|IV|VI{0,2})[a-c]?"
_EPONYM_GRADE = re.compile(rf"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?[ \t]+{_ROMAN_GRADE}")
_GRADE_AFTER = re.compile(rf"[ \t]+{_ROMAN_GRADE}(?![\w-])")


def _grade_end(text: str, end: int) -> int:
    """Where a span ends with the grade in Roman numerals that follows it, if one does."""
    m = _GRADE_AFTER.match(text, end)
    return m.end() if m else end


# (not an honorific written onto a name: "Tanaka様", "Smith先生", "Lee女士")
_CJK_AFTER = re.compile(rf"(?![様さ氏君先殿女])[{_CJK}（]")
# (the span may be the number's last part: "protocol 13-C-" before "0176")
_PROTOCOL_BEFORE = re.compile(r"(?i:protocol)(?:[ \t]+[A-Z][\w/-]*)?[ \t]*(?i:no\.?|number|#)?[ \t:]*(?:\w+[-/.])*$")


def tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def _script(tok: str) -> str:
    c = tok[0]
    if _CJK_CHAR.match(c):
        return "kana" if _KANA_CHAR.match(c) else "han"
    if c.isascii():
        return "lat" if c.isalpha() else "dig" if c.isdigit() else "sym"
    return unicodedata.name(c, "other").split()[0].lower()


def _shape(tok: str) -> str:
    s = re.sub(r"\d", "d", re.sub(r"[a-z]", "x", re.sub(r"[A-Z]", "X", tok)))
    return re.sub(r"(.)\1+", r"\1\1", s)[:8]


def _word(tok: str) -> tuple[tuple[str, ...], str, str, bool, bool]:
    """One token's own features, and what its neighbours read of it: (features, low, shape, title, common)."""
    sc, sh = _script(tok), _shape(tok)
    low = tok.lower()
    feats = [f"sc={sc}", f"sh={sh}", f"len={min(len(tok), 12)}"]
    title = common = False
    if sc in ("lat", "greek", "latin", "cyrillic"):
        title = tok[:1].isupper() and tok[1:].islower()
        common = low in COMMON_WORDS
        feats += [f"low={low}", f"p3={low[:3]}", f"s3={low[-3:]}"]
        feats += [name for name, on in (("title", title), ("upper", tok.isupper() and len(tok) > 1), ("common", common),
                                        ("given", tok in GIVEN_NAMES), ("epon", tok in EPONYM_WORDS),
                                        ("town", tok in TOWNS), ("vocab", vocabulary_known(low))) if on]
        one, part = _places()
        feats += [name for name, on in (("place", tok in one), ("placepart", tok in part)) if on]
    elif sc in ("han", "kana"):
        feats.append(f"low={tok}")
    else:
        low = tok if sc == "sym" else "D"
        feats += [f"low={low}", f"nd={min(len(tok), 8)}"]
    return tuple(feats), low, sh, title, common


@cache
def _places() -> tuple[frozenset[str], frozenset[str]]:
    """The words of places named by one word, and the capitalised words of longer place names (``lists/places.txt.gz``,
    GeoNames' places of 1,000 people or more, built by :func:`.learned_train.build_places`), read on first use."""
    text = gzip.decompress(resources.files("consilium.orchestration.privacy").joinpath("lists", "places.txt.gz")
                           .read_bytes()).decode("utf-8")
    one, part = set(), set()
    for line in text.splitlines():
        (one if line.startswith("1\t") else part if line.startswith("2\t") else set()).add(line[2:])
    return frozenset(one), frozenset(part)


def _rule_kinds(toks: Sequence[tuple[int, int, str]], rule_spans: Sequence[Span]) -> list[str]:
    """The kind of the rule's span each token overlaps (the rules' spans never overlap), else ``"O"``."""
    spans = sorted(rule_spans, key=lambda s: s.start)
    out, j = [], 0
    for s, e, _ in toks:
        while j < len(spans) and spans[j].end <= s:
            j += 1
        out.append(spans[j].kind if j < len(spans) and spans[j].start < e else "O")
    return out


def _inside(toks: Sequence[tuple[int, int, str]], intervals: Sequence[tuple[int, int]]) -> list[bool]:
    """Whether each token overlaps one of ``intervals`` (which may overlap each other)."""
    if not intervals:
        return [False] * len(toks)
    overlaps = overlap_test(list(intervals))
    return [overlaps(s, e) for s, e, _ in toks]


def features(text: str, toks: Sequence[tuple[int, int, str]], rule_spans: Sequence[Span],
             protected: Sequence[tuple[int, int]] = (), context: str | None = None) -> list[list[str]]:
    """The features of each token of ``text``: its own, what the rules made of it (``rule_spans``, ``protected``:
    the spans the rules keep from weak name rules), its line, and its neighbours'; with ``context`` (one digit a
    token: the probe's probability in tenths, :func:`tenths`), the encoder's reading of it and of its neighbours."""
    return _features(text, toks, _rule_kinds(toks, rule_spans), _inside(toks, protected), context)


def tenths(probabilities: Sequence[float]) -> str:
    """The probe's probabilities as the CRF reads them: one digit a token, 0 (below 0.1) to 9 (0.9 or more)."""
    return "".join(str(min(int(p * 10), 9)) for p in probabilities)


def context_features(context: str) -> list[list[str]]:
    """Each token's features from the probe's tenths: its own and its two neighbours'."""
    n = len(context)
    return [[f"e5={context[i]}"] + ([f"-1:e5={context[i - 1]}"] if i > 0 else [])
            + ([f"1:e5={context[i + 1]}"] if i + 1 < n else []) for i in range(n)]


def _features(text: str, toks: Sequence[tuple[int, int, str]], flags: list[str], prot: list[bool],
              context: str | None = None) -> list[list[str]]:
    # a text's tokens' own features, computed once per distinct token and forgotten with the text: no token of a
    # case is kept for the process
    seen: dict[str, tuple[tuple[str, ...], str, str, bool, bool]] = {}
    words = [seen[t] if t in seen else seen.setdefault(t, _word(t)) for _, _, t in toks]
    n = len(toks)
    out = []
    head, chunks, prev_end = "", 0, 0
    for i, (s, e, _) in enumerate(toks):
        gap = text[prev_end:s]  # only white space: every other character is a token
        if i == 0 or "\n" in gap:  # the first token of its line: the line's label ("Patient:"), its words counted anew
            line_start = text.rfind("\n", 0, s) + 1
            head = text[line_start:line_start + 24]
            head = f"head={head.split(':')[0].strip().lower()[:16] if ':' in head else ''}"
            first, chunks = True, 0
        else:
            first = False
            chunks += bool(gap)  # a new word (separated by white space) begins
        prev_end = e
        f = list(words[i][0])
        f += [f"rule={flags[i]}", f"pil={min(chunks, 5)}", head]
        if prot[i]:
            f.append("prot")
        if first:
            f.append("bol")
        for d in _CONTEXT:
            k = i + d
            if 0 <= k < n:
                _, low, sh, title, common = words[k]
                f += [f"{d}:low={low}", f"{d}:sh={sh}", f"{d}:rule={flags[k]}"]
                if d in (-1, 1):
                    between = text[toks[k][1]:s] if d == -1 else text[e:toks[k][0]]
                    f.append(f"{d}:sp={between.replace(chr(13), '')[:2]}")  # a CR of Windows' line ends says nothing
                    if title:
                        f.append(f"{d}:title")
                    if common:
                        f.append(f"{d}:common")
            else:
                f.append(f"{d}:low={'<S>' if d < 0 else '</S>'}")
        out.append(f)
    if context is not None:
        if len(context) != n:
            raise ValueError(f"{len(context)} context digits for {n} tokens")
        for f, extra in zip(out, context_features(context)):
            f += extra
    return out


def labels(text: str, toks: Sequence[tuple[int, int, str]], planted: Sequence[Any]) -> list[str]:
    """Each token's kind when it is part of a planted identifier (:data:`KINDS`), else ``"O"``. ``text`` is the note
    as written (the planted parts are written as it writes them; the rules' view has the same offsets), and a part
    counts only where it begins and ends with tokens ("Gloucester" is no part of "Gloucestershire")."""
    starts, ends = {s for s, _, _ in toks}, {e for _, e, _ in toks}
    spans = [(m.start(), m.end(), KINDS.get(p.kind, OTHER_KIND))
             for p in planted if p.kind not in RULES_ONLY for part in p.tokens for m in re.finditer(re.escape(part), text)
             if m.start() in starts and m.end() in ends]
    return [next((k for a, b, k in spans if a < e and s < b), "O") for s, e, _ in toks]


def _probe_may_take(tok: str, opens: bool, after: str = "") -> bool:
    """Whether the probe alone, sure of ``tok`` (its tenth 9), takes it where the CRF would not: a capitalised word of
    three Latin letters or more that may open a span (no vocabulary vets a Greek or Cyrillic one); in capitals, of five
    or more ("LKW", "NICE" are abbreviations); not a brand's capitals inside a word ("CoaguChek"), nor a word before a
    number or an abbreviation, where it names a scale or a test ("Dubois 6/10", "Katz ADL")."""
    if not (opens and len(tok) >= 3 and tok[:1].isupper() and _script(tok) == "lat"):
        return False
    if tok.isupper():
        return len(tok) >= 5
    return tok[1:].islower() and not (after[:1].isdigit() or after.isupper() and len(after) <= 5)


def _opens_sentence(text: str, toks: Sequence[tuple[int, int, str]], i: int) -> bool:
    """Whether token ``i`` opens a line, or a sentence after a lower-case word's or a number's full stop: there a given
    name that is also a word is a word ("Mark the site", "Will need"), and an eponym a device's ("Denis Browne
    splint"); "MRS. ROWENA" follows a title's stop."""
    line_start = text.rfind("\n", 0, toks[i][0]) + 1
    if not text[line_start:toks[i][0]].strip():
        return True
    return (i >= 2 and toks[i - 1][2] in (".", "!", "?")
            and (toks[i - 2][2][:1].islower() or toks[i - 2][2][:1].isdigit() or toks[i - 2][2] == ")"))


def _may_open(tok: str) -> bool:
    """Whether the model may take ``tok`` on its own: a word that starts with a letter, not one ASCII letter or two
    lower-case ones ("is", "mg"), not Han or kana, and not a word the clinical vocabulary knows (a capitalised one: as
    written, not as an inflection) unless it is a listed given name or town (a number only continues a span)."""
    if _LETTER.match(tok) is None or tok.isascii() and (len(tok) == 1 or len(tok) == 2 and tok.islower()):
        return False
    if _CJK_CHAR.match(tok):  # Chinese and Japanese are the rules' alone (see the module)
        return False
    # (a capitalised word the vocabulary holds only as an inflection is a name as often: "Sioned", "Cairns", "Reyes")
    title = tok[:1].isupper() and tok[1:].islower()
    return (not tok.isascii() or not vocabulary_known(tok.lower(), inflected=not title) or tok in GIVEN_NAMES
            or tok in TOWNS)


# a classification's name, and the shape of an ICD-10 code with its decimals ("K50.812", "F20.0")
_CODE_SYSTEM = frozenset({"ICD", "ICPC", "SNOMED", "LOINC", "DSM", "ATC", "CPT", "OPCS", "ICF", "HCPCS", "MeSH"})
_ICD_SHAPE = re.compile(r"[A-Z]\d{2}")


def _clinical_code(toks: Sequence[tuple[int, int, str]], i: int) -> bool:
    """Whether token ``i`` is a classification's name or part of its code: the name itself, the four tokens after it
    ("ICD-10 F20.0", "ICD-11 6A20"), or a letter and two digits with decimals after a full stop ("K50.812"): a
    diagnosis, not a record number."""
    tok = toks[i][2]
    if _ICD_SHAPE.fullmatch(tok) and i + 2 < len(toks) and toks[i + 1][2] == "." and toks[i + 1][0] == toks[i][1] \
            and toks[i + 2][2].isdigit() and toks[i + 2][0] == toks[i + 1][1]:
        return True
    return tok in _CODE_SYSTEM or any(t.upper() in _CODE_SYSTEM for _, _, t in toks[max(0, i - 4):i + 1])


_YEAR = re.compile(r"(?:19|20)\d\d")
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_YEAR_AFTER = re.compile(r"[/-](?:19|20)\d\d(?!\d)")
# a number in a dotted chain of numbers: a DICOM UID ("1.3.6.1.4.1.5962.1.2.1.20040119072730"), a version, a decimal
_DOTTED = re.compile(r"[.,]\d")
_DOTTED_BEFORE = re.compile(r"\d[.,]\Z")


def _number_may_open(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` may open a span of the reader's own: five digits or more, or four that
    are no clock time (scores and most doses and values have fewer, and the model reads "obs 0800-1200-1600" as a
    record number), no unit after it ("10000 units"), not a year or a number with its year ("ν. 2071/1992",
    "GBZ 12-2014": a law's, a standard's, which the date rules judge), and not part of a dotted chain of numbers (a
    DICOM UID, which a case's imaging fields must keep whole, a version, a decimal)."""
    n = end - start
    return ((n >= NUMBER_DIGITS or n == 4 and not _CLOCK.fullmatch(text, start, end)) and text[start:end].isdigit()
            and _YEAR.fullmatch(text, start, end) is None and _DOTTED.match(text, end) is None
            and _DOTTED_BEFORE.search(text, max(0, start - 2), start) is None
            and _YEAR_AFTER.match(text, end) is None and not _unit_after_numbers(text, end))


# a clinician's grade and the clock time of the review ("registrar, SPR 2130", "FY1 0845"): no register's number
_ROLE_CLOCK = re.compile(r"(?:SpR|SPR|SHO|JHO|FY[12]|CT[1-3]|ST[1-8]|RMO|HO|SR|JR|Reg|REG|PGY-?[1-7]|ANP|ACP|CNS|HCA|RN|NP|PA)"
                         r"[ \t]+(?:[01]\d|2[0-3])[0-5]\d")

# a result's name after another result and its comma, before its own value
_RESULT_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]{0,5}")
_VALUE_NEXT = re.compile(r"[ \t]*[:=]?[ \t]*\d")
_RESULT_BEFORE = re.compile(r"(?<![\w-])(?!(?i:MRN|NHS|ID|No|Ref|Reg|Ext|Tel|Ph|Fax|Bed|Rm|Room|Ward|Apt|Unit|PO)\b)"
                            r"[A-Za-z][A-Za-z0-9]{0,5}[ \t]*[:=]?[ \t]*(?<![\d-])\d{1,4}(?:[.,]\d+)?[ \t]*[,;][ \t]*\Z")

# the numbers that may follow the first in a row of values, and a unit after them ("birth weights 3450 3120 g")
_MORE_NUMBERS = re.compile(r"(?:[ \t,/-]+\d+)*")
_MEASURE_UNIT = re.compile(r"[ \t]*(?:g|grams?|cm|mm|ms|sec|mins?|hrs?|days?|weeks?|wks?)\b")


def _unit_after_numbers(text: str, end: int) -> bool:
    """Whether a unit follows the number ending at ``end``, or the row of numbers it opens."""
    after = _MORE_NUMBERS.match(text, end)
    pos = after.end() if after else end
    return any(p.match(text, at) is not None for p in (UNIT_AFTER, _MEASURE_UNIT) for at in (end, pos))


def may_propagate(word: str) -> bool:
    """Whether a word of a name the reader took may be looked for elsewhere in the case: not an everyday or clinical
    word or an eponym ("Were", "Grace", "Parkinson" may stand as themselves), and not Chinese or Japanese. (A drug or
    device name no list knows, "Movicol", would be: the reader's own guards keep most of those.)"""
    low = word.lower()
    return not (_CJK_CHAR.search(word) or low in COMMON_WORDS or word in EPONYM_WORDS
                or word.isascii() and vocabulary_known(low))


def probe_path(model: Path | str) -> Path:
    """Where a model file's probe lives: beside it (``token_model.crfsuite`` -> ``token_model.probe.npz``)."""
    return Path(model).with_suffix(".probe.npz")


class Probe:
    """A small network from an encoder's token vector to the probability that the token is part of an identifier
    (one hidden layer, exact GELU), its weights read from a ``.npz`` file that
    :mod:`~consilium.orchestration.privacy.learned_train` writes."""

    def __init__(self, arrays: dict[str, Any], path: Path | None = None, sha256: str = "") -> None:
        import numpy as np

        self.path, self.sha256 = path, sha256
        self.w1, self.b1, self.w2, self.b2 = (np.asarray(arrays[k], np.float32) for k in ("w1", "b1", "w2", "b2"))
        self.layers = int(arrays["layers"])

    @classmethod
    def load(cls, path: Path | str) -> "Probe":
        import numpy as np

        path = Path(path)
        with np.load(path) as z:
            arrays = {k: z[k] for k in z.files}
        return cls(arrays, path, hashlib.sha256(path.read_bytes()).hexdigest())

    def probabilities(self, vectors: Any) -> Any:
        import numpy as np

        from consilium.orchestration.privacy.encoder import gelu

        return 1.0 / (1.0 + np.exp(-(gelu(vectors @ self.w1 + self.b1) @ self.w2 + self.b2)))


def text_key(text: str) -> str:
    """A text's key in the context cache."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


# the probe's tenths of known texts, by :func:`text_key`, for the probe of that sha256: set by :func:`using_cached_context`
_cached_context: ContextVar[tuple[str, dict[str, str]] | None] = ContextVar("consilium_cached_context", default=None)


@cache
def _context_file(path: Path) -> tuple[str, dict[str, str], dict[str, str]]:
    data = json.loads(gzip.decompress(path.read_bytes()))
    return data["probe_sha256"], data["full"], data["out_of_fold"]


def cached_context(path: Path = CONTEXT_CACHE) -> tuple[str, dict[str, str], dict[str, str]]:
    """The context file: the probe's sha256, its tenths of every text the note sets' evaluation reads (``full``), and
    the tenths the CRF trained on (``out_of_fold``: from probes that did not see the note's set)."""
    return _context_file(Path(path))


@contextmanager
def using_cached_context(path: Path = CONTEXT_CACHE) -> Iterator[None]:
    """Within the block (this thread or task), a text the context file knows takes its probe tenths from it instead
    of the encoder, when the model's probe is the one the file was written for. For measurements over the note
    sets: the same digits the encoder gives (a test compares a sample), in a fraction of the time."""
    sha, full, _ = cached_context(path)
    token = _cached_context.set((sha, full))
    try:
        yield
    finally:
        _cached_context.reset(token)


class TokenModel:
    """A trained model file, read once; each thread tags with its own tagger (a tagger holds one sequence). A probe
    file beside it (:func:`probe_path`) gives the CRF the encoder's reading of each token (:func:`context`)."""

    def __init__(self, path: Path | str = MODEL) -> None:
        import pycrfsuite

        self.path = Path(path)
        self._open = pycrfsuite.Tagger
        self._local = threading.local()
        self.labels = [k for k in self._tagger().labels() if k != "O"]
        self.probe = Probe.load(probe_path(self.path)) if probe_path(self.path).is_file() else None

    def context(self, text: str, toks: Sequence[tuple[int, int, str]]) -> str | None:
        """The probe's tenths for each token of ``text`` (``None`` without a probe): from the context file within
        :func:`using_cached_context`, else from the encoder."""
        if self.probe is None:
            return None
        known = _cached_context.get()
        if known is not None and known[0] == self.probe.sha256:
            digits = known[1].get(text_key(text))
            if digits is not None and len(digits) == len(toks):
                return digits
        from consilium.orchestration.privacy import encoder

        reader = encoder.shipped()
        if reader.layers != self.probe.layers:
            raise ValueError(f"{self.probe.path}: trained on layer {self.probe.layers}, the encoder gives {reader.layers}")
        return tenths(self.probe.probabilities(reader.token_vectors(text, toks)))

    def _tagger(self) -> Any:
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            tagger = self._local.tagger = self._open()
            tagger.open(str(self.path))
        return tagger

    @staticmethod
    def _other_openings(toks: Sequence[tuple[int, int, str]]) -> bool:
        """Whether a span may open though no token :func:`_may_open`: Chinese or Japanese, a long number, or two
        capitalised words side by side (:data:`HAN_SURE`, :data:`NUMBER_SURE`, :data:`VOCAB_SURE`)."""
        title = [t[:1].isupper() and t[1:].islower() for _, _, t in toks]
        return any(_CJK_CHAR.match(t) or len(t) >= 4 and t.isdigit() or title[i] and i + 1 < len(toks) and title[i + 1]
                   for i, (_, _, t) in enumerate(toks))

    def spans(self, text: str, rule_spans: Sequence[Span],
              protected: Sequence[tuple[int, int]] | Callable[[], Sequence[tuple[int, int]]] = (),
              memo: dict[Any, str | None] | None = None) -> list[Span]:
        """The identifier spans the model adds to ``rule_spans`` in ``text``; neighbouring tokens of one kind make
        one span. None overlaps a rule's span or ``protected`` (the placeholders and the spans the rules keep from
        weak name rules; a function giving them is called only when a token could be taken). ``memo`` keeps the
        encoder's reading of a text for the caller's next call. See the module's guards."""
        toks = tokens(text)
        opens = {t: _may_open(t) for _, _, t in toks}
        if not any(opens.values()) and not self._other_openings(toks):  # no span can start: most of a case's short fields
            return []
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: crfsuite reads UTF-8; the rules alone judge such a text
            return []
        tagger = self._tagger()
        flags = _rule_kinds(toks, rule_spans)
        inside = _inside(toks, protected() if callable(protected) else protected)
        # the encoder's reading of a text, once per case however often the case's fields are read (``memo``, the
        # de-identifier's, forgotten with the case)
        key = (self, text)
        if memo is not None and key in memo:
            context = memo[key]
        else:
            context = self.context(text, toks)
            if memo is not None:
                memo[key] = context
        tagger.set(_features(text, toks, flags, inside, context))
        # span, first and last token, its words' highest probability, its words (tokens with a letter)
        found: list[tuple[Span, int, int, float, int]] = []
        ruled = [k != "O" for k in flags]
        vocab: set[int] = set()  # tokens taken though the vocabulary knows them
        for i, (s, e, tok) in enumerate(toks):
            p = 1.0 - tagger.marginal("O", i)
            if (p < THRESHOLD and PROBE_SURE and context is not None and context[i] == "9"
                    and _probe_may_take(tok, opens[tok], toks[i + 1][2] if i + 1 < len(toks) else "")
                    and not _opens_sentence(text, toks, i)):
                # (as sure as the threshold: alone, the word still needs a rule's identifier near ("Denis Browne
                # splint" at a sentence's start is a device); in a name of two words it stands)
                p = THRESHOLD
            if p < THRESHOLD or ruled[i] or inside[i] or _clinical_code(toks, i):
                continue
            kind = max(self.labels, key=lambda k: tagger.marginal(k, i))
            last = found[-1] if found else None
            joined = last is not None and last[0].kind == kind and _JOINER.fullmatch(text, last[0].end, s) is not None
            word = _LETTER.match(tok) is not None
            if not word:
                # a number alone is mostly the rules' to judge (doses, times and values look like record numbers): it
                # continues an identifier whose words the model is sure of ("KWG-26-0331", not "CBG 180-220-250"),
                # or opens one where the model is surer still and its shape allows (:func:`_number_may_open`)
                if not (last is not None and joined and kind == OTHER_KIND and last[3] >= SURE
                        or p >= NUMBER_SURE and _number_may_open(text, s, e)):
                    continue
                if not (last is not None and joined):
                    found.append((Span(s, e, kind, "learned", 0), i, i, p, 0))
                    continue
            elif _RESULT_NAME.fullmatch(tok) and _VALUE_NEXT.match(text, e) and _RESULT_BEFORE.search(text, max(0, s - 40), s):
                continue  # a result's name in a list of results ("CRP 88, CK 4200"), not a code's letters
            elif _CJK_CHAR.match(tok):
                # a Chinese or Japanese character only where the model is sure, never in a date ("每日" in a dose)
                if p < HAN_SURE or kind == "DATE":
                    continue
            elif not opens[tok]:
                # a capitalised word the vocabulary knows, in a name of two such words or more the model is sure of
                # ("Hill Cove", "The Valley"), not at a sentence's start
                if not (p >= VOCAB_SURE and tok[:1].isupper() and tok[1:].islower() and len(tok) > 2
                        and (last is not None and joined or i > 0 and toks[i - 1][2] not in ".!?:\n")):
                    continue
                vocab.add(i)
            if last is not None and joined:
                found[-1] = (Span(last[0].start, e, kind, "learned", 0), last[1], i, max(last[3], p if word else 0.0),
                             last[4] + word)
            else:
                found.append((Span(s, e, kind, "learned", 0), i, i, p, 1))
        # a lone word far from any identifier, or after a lower-case word ("restarted Movicol", "with Goodpasture"),
        # is more often a clinical term no list knows than an identifier
        # and a lone word straight after a verb in the past or in -ing ("restarted Movicol", "commencing Tazocin") is a
        # drug or a device, not a person, unless it is a listed given name
        kept = [span for span, first, last, p, words in found
                if (not _CJK_CHAR.match(toks[first][2]) or last > first)  # one character alone is no identifier
                and (words > 1 or first not in vocab)  # nor a known word alone
                and (p >= SURE or words > 1 and not _acronyms(toks, first, last)
                    or not (first > 0 and toks[first - 1][2].islower())
                    and (any(ruled[max(0, first - NEAR):first]) or any(ruled[last + 1:last + 1 + NEAR])))
                and not (words == 1 and first > 0 and _VERB_FORM.search(toks[first - 1][2])
                         and vocabulary_known(toks[first - 1][2]) and toks[first][2] not in GIVEN_NAMES)
                # nor a number closing on a year after a hyphen or colon: a standard's or guideline's edition
                # ("ISO 15189:2022", "NOM-033-SSA2-2011", "IAFY-2006"), where a record number closes on its serial
                and not (span.kind == OTHER_KIND and _EDITION.search(text, span.start, span.end))
                and not _ROLE_CLOCK.fullmatch(text, span.start, span.end)
                # nor a scheme or an award named after a person, with its word or before it ("டாக்டர் முத்துலட்சுமி
                # ரெட்டி மகப்பேறு நிதியுதவித் திட்டம்", a maternity scheme; "the Duke of Edinburgh Award")
                and not _SCHEME_WORD.search(text, span.start, _SCHEME_AFTER.match(text, span.end).end())
                # nor one word before a grade in Roman numerals: a classification named after its author ("Fitzpatrick
                # II", "Killip III", "Forrest IIa")
                and not _EPONYM_GRADE.fullmatch(text, span.start, _grade_end(text, span.end))
                # nor a study's protocol number ("NIH protocol 13-C-0176", "Protocol ECOG-ACRIN EA-19-123"): it names
                # a study, not a person
                and not (span.kind != "NAME" and _PROTOCOL_BEFORE.search(text, max(0, span.start - 40), span.start))
                # nor a span whose letters are of two scripts ("حسب إرشادات KDOQI"): no name or place mixes them
                and len(_scripts(text[span.start:span.end])) <= 1
                # nor Latin words written straight onto Chinese or Japanese, or before a full-width bracket: a term the
                # note names in its own language ("Epworth嗜睡量表", "Del Brutto诊断标准", "Everflo（序號 ...")
                and not (_script(toks[last][2]) == "lat" and _CJK_AFTER.match(text, span.end))
                # and a lone Greek or Cyrillic word after a lower-case one needs a rule's identifier near, however
                # sure the model is: no vocabulary vets those scripts ("του Μυοκαρδίου", of the myocardium)
                and not (words == 1 and first > 0 and toks[first - 1][2].islower()
                         and _script(toks[first][2]) in ("greek", "cyrillic")
                         and not (any(ruled[max(0, first - NEAR):first]) or any(ruled[last + 1:last + 1 + NEAR])))]
        # a name's initials before it belong to it ("R. Guidry", "Μ. Αθανασοπούλου"): one letter is never taken alone
        return [self._with_initials(text, toks, ruled, inside, span) if span.kind == "NAME" else span for span in kept]

    @staticmethod
    def _with_initials(text: str, toks: Sequence[tuple[int, int, str]], ruled: Sequence[bool], inside: Sequence[bool],
                       span: Span) -> Span:
        """``span`` widened over the initials written before it, where no rule's span or protection holds them."""
        m = _INITIALS_BEFORE.search(text, max(0, span.start - 12), span.start)
        if m is None or any(c.islower() for c in m.group()):
            return span
        starts = [t[0] for t in toks]
        lo, hi = bisect_left(starts, m.start()), bisect_left(starts, span.start)
        if any(ruled[lo:hi]) or any(inside[lo:hi]):
            return span
        return Span(m.start(), span.end, span.kind, span.rule, span.priority)

# Han, kana and the marks written between them are one script here: Japanese writes them in one name
_ONE_SCRIPT = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "KATAKANA-HIRAGANA": "CJK"}


def _scripts(text: str) -> set[str]:
    """The scripts of the letters of ``text`` (the first word of each letter's Unicode name: LATIN, ARABIC...)."""
    return {_ONE_SCRIPT.get(w, w) for w in (unicodedata.name(c, "?").split()[0] for c in text if c.isalpha())}


def _acronyms(toks: Sequence[tuple[int, int, str]], first: int, last: int) -> bool:
    """Whether every word of tokens ``first`` to ``last`` is written in capitals: a run of acronyms ("ECOG-ACRIN EA")
    is more often a trial group, a score or a test than an identifier, so it needs :data:`SURE` like one word."""
    return all(t.isupper() for _, _, t in toks[first:last + 1] if _LETTER.match(t))


@cache
def _shipped() -> TokenModel:
    return TokenModel(MODEL)


_SHIPPED = object()
# set by :func:`using` (measurements) for the calling thread or task only: overrides the shipped model
_active: ContextVar[Any] = ContextVar("consilium_learned_model", default=_SHIPPED)


def current() -> TokenModel | None:
    """The model the de-identifier uses: the shipped one, unless :func:`using` says otherwise in this context."""
    chosen = _active.get()
    return _shipped() if chosen is _SHIPPED else chosen


@contextmanager
def using(model: TokenModel | None) -> Iterator[None]:
    """Within the block, and in this thread or task only, de-identify with ``model`` (``None``: the rules alone). For
    measurements, not for reviews."""
    token = _active.set(model)
    try:
        yield
    finally:
        _active.reset(token)
