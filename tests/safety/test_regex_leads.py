"""The lookaheads put first in the de-identifier's rules for speed change no match, and cached candidates are the
same as found ones."""

from __future__ import annotations

import re
from re import _compiler as sre_compiler  # the engine's own parser and compiler: the first-character check below
from re import _constants as sre
from re import _parser as sre_parser

import pytest

from consilium.orchestration.privacy import detect as D
from consilium.orchestration.privacy import id_rules as R
from consilium.orchestration.privacy import names as NM
from consilium.orchestration.privacy import patterns as P
from consilium.orchestration.privacy import places as PL
from consilium.orchestration.privacy.corpora.deid_corpus_more import build_full_corpus

# Texts with the rules' cue words in odd cases and scripts beside the corpus: a lookahead that ignored case
# differently from its rule, or forgot a letter a rule can start with, would lose one of these matches.
EXTRA = ["ſon Merv; HUBBY Merv, Żona Anna, ÉPOUSE Claire; Wife: Ann Lee. His brother, Tom Hart, visited.",
         "Circle of Willis; CIRCLE OF Willis; Stage II Forrest ulcer; Glasgow Coma Scale 14; Murray Valley encephalitis",
         "8 rue des Tanneurs, 59800 Lille; Via Garibaldi 31; ul. Kościuszki 7; Lindenstraße 22; C/ Mayor 14",
         "van der Berg, a 45 year old; de Souza presented with; at Leeds; FROM Hull; 10.0.0.1 and 192.168.1.20.",
         "JONES, Mary was seen; O'Neil Road, Bishopstown; St Columba's Hospice; Harley Street; Dayton, Ohio",
         "Seelampur, Shahdara district; Surulere LGA; Ivanovo raion; r/o Seelampur; Crosshouse A&E; Pinderfields "
         "Emergency Department; CATH LAB; Referring hospital: Dewsbury District; BIRTH PLACE: Leeds; Castle Vale Academy; "
         "Little Acorns Child Care Centre; Low Moor Farm; Sandyhurst Farmhouse",
         "Kennedy Class II denture; New York Heart Association class III; Black's Class V caries"]


def _texts() -> list[str]:
    return [r.text for r in build_full_corpus()] + EXTRA


def _closing(pattern: str, i: int) -> int:
    """Where the group opening at ``pattern[i]`` closes, counting brackets outside character classes."""
    depth, in_class = 0, False
    while True:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1


def _without_lead(pattern: str) -> str:
    """``pattern`` less its lead lookahead: the first group, or the lookahead opening a first case-insensitive group."""
    start = 4 if pattern.startswith("(?i:(?=") else 0
    end = _closing(pattern, start)
    plain = pattern[:start] + pattern[end + 1:]
    return plain[len("(?i:)"):] if plain.startswith("(?i:)") else plain


def _led() -> list[tuple[str, re.Pattern[str]]]:
    rules = {rule: pattern for _kind, rule, _prio, pattern in R.RULES}
    return [("relative", NM.REL_RE), ("relative_bare", NM.REL_BARE_RE), ("colloquial", NM.COLLOQUIAL_REL_RE),
            ("relative_after", NM.REL_AFTER_RE), ("subject", NM.SUBJECT_RE), ("relative_word", NM.RELATIVE_WORD),
            ("upper_comma", NM.UPPER_COMMA_RE), ("protect_absolute", D._PROTECT_ABS),
            *[(f"protect_weak_{i}", D._PROTECT_WEAK[i]) for i in (0, 1, 2, 3, 4, 6, 8)],
            ("ip_address", rules["ip_address"]), ("street_continental", rules["street_continental"]),
            ("street_name", PL._STREET_RE), ("facility", PL._FACILITY_RE), ("before_region", PL._BEFORE_REGION_RE),
            ("at_from", PL._AT_FROM_RE), ("resident_of", PL._RESIDENT_OF_RE), ("hospital_label", PL._HOSPITAL_LABEL_RE),
            *[(name, finder._keyword) for name, finder in [("unit_keyword", PL._BEFORE_UNIT_RE), ("department_keyword", PL._UNIT_AFTER_RE),
                                                           ("school_keyword", PL._SCHOOL_RE), ("dwelling_keyword", PL._DWELLING_RE)]]]


@pytest.mark.parametrize("rule, pattern", _led(), ids=lambda x: x if isinstance(x, str) else "")
def test_lead_lookahead_changes_no_match(rule, pattern) -> None:
    assert pattern.pattern.startswith(("(?=", "(?i:(?="))
    plain = re.compile(_without_lead(pattern.pattern), pattern.flags)
    found = 0
    for text in _texts():
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in pattern.finditer(text)] == expected, text[:200]
        found += len(expected)
    assert found > 0  # the rule matched something: the comparison is not between two empty lists


_EVERY_CHARACTER = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def _first_items(items: list, flags: int) -> tuple[list, bool]:
    """The items a match can start with (each with its flags), and whether ``items`` can match nothing. Assertions
    are passed over, so the answer may hold more than the pattern can really start with, never less."""
    found: list = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
            return [*found, ((op, av), flags)], False
        if op is sre.SUBPATTERN:
            _group, add, remove, sub = av
            more, empty = _first_items(sub.data, (flags | add) & ~remove)
        elif op is sre.BRANCH:
            parts = [_first_items(alt.data, flags) for alt in av[1]]
            more, empty = [x for part, _ in parts for x in part], any(e for _, e in parts)
        elif op in _REPEATS:
            more, empty = _first_items(av[2].data, flags)
            empty = empty or av[0] == 0
        elif op is getattr(sre, "ATOMIC_GROUP", None):  # (?>...): starts with what its content starts with
            more, empty = _first_items(av.data, flags)
        else:
            raise ValueError(f"{op}: not handled by this check")
        found += more
        if not empty:
            return found, False
    return found, True


def _first_characters(plain: str, flags: int) -> set[str]:
    """Every character a match of ``plain`` can start with, each first item compiled alone with its own flags."""
    parsed = sre_parser.parse(plain, flags)
    items, _empty = _first_items(parsed.data, parsed.state.flags)
    chars: set[str] = set()
    for item, item_flags in {(repr(i), f): (i, f) for i, f in items}.values():
        one = sre_compiler.compile(sre_parser.SubPattern(parsed.state, [item]), item_flags | re.S)
        chars |= {m.group() for m in one.finditer(_EVERY_CHARACTER)}
    return chars


def _lead(pattern: str) -> str:
    if pattern.startswith("(?i:(?="):
        return "(?i:" + pattern[4:_closing(pattern, 4) + 1] + ")"
    return pattern[:_closing(pattern, 0) + 1]


@pytest.mark.parametrize("rule, pattern", _led(), ids=lambda x: x if isinstance(x, str) else "")
def test_lead_accepts_every_character_a_match_can_start_with(rule, pattern) -> None:
    """Over every code point, with the engine's own case folding: a lead that left out one letter of one cue word,
    or one block of capitals, fails here even where no text of the corpus shows it."""
    accepted = {m.group() for m in re.compile(_lead(pattern.pattern) + ".", pattern.flags | re.S).finditer(_EVERY_CHARACTER)}
    possible = _first_characters(_without_lead(pattern.pattern), pattern.flags)
    assert len(possible) > 1  # the check read the pattern
    missing = possible - accepted
    assert not missing, f"{rule}: a match can start with {sorted(missing)[:20]}, which its lead refuses"


def test_lead_words_needs_letters_first() -> None:
    assert P.lead_words(["wife", "Son"]) == "(?=[Sw])"
    assert P.lead_words(["wife"], ignore_case=True) == "(?i:(?=[w]))"
    with pytest.raises(ValueError):
        P.lead_words(["wife", "(ex-)wife"])


def test_only_short_texts_without_identifiers_or_digits_are_kept() -> None:
    """A short field value in which the rules find nothing is kept for the process; one holding a name, a place or
    a digit (a date, a number) is found again each time, so that no identifier stays in memory after its case."""
    for text in ["CRP", "mg/L", "unknown", "Right lower lobe opacity."]:
        assert D.candidates(text) is D.candidates(text)
        assert D.candidates(text) == D._find_candidates(text, True)
        assert (text, True) in D._kept
    for text in ["Dr Ann Lee", "lives in Dunfermline", "3/4/2024", "CRP 12", "[NAME_1]",
                 "Seen by Dr Ann Lee at Leeds General Infirmary. " * 3]:
        assert D.candidates(text) is not D.candidates(text)
        assert D.candidates(text) == D._find_candidates(text, True)
        assert (text, True) not in D._kept
    assert D.candidates("Dr Ann Lee").after  # the rule did find the name: it was refused for that reason




def test_a_rule_skipped_for_too_few_digits_or_a_missing_string_would_have_found_nothing(monkeypatch) -> None:
    """``detect`` skips a rule in a text with fewer digits than it needs (``NEEDS_DIGITS``, and what the checks of
    its value need) or without one of its strings (``NEEDS_LITERAL``): with every rule run on every text instead,
    the candidates of the corpus, the odd-case texts and examples at the edge of each gate are the same, and each
    example is found."""
    examples = {"handle": "messages @dalesman_lew", "domain": "see clinic.example.com", "phone_au": "mob 0412 345 678",
                "handle_label": "Instagram handle: kenzie.bg", "street_continental": "8 rue des Tanneurs, Lille",
                "ssn": "SSN 123-45-6789", "phone_uk": "tel 01632 960 001", "mrn_label": "MRN 123",
                "ip_address": "from 10.0.0.1", "uk_plate": "car AB12 CDE"}
    texts = _texts() + list(examples.values()) + ["MRN 12", "SSN 123-45-678", "within 1 hour", "aged 9"]
    gated = [(text, D._find_candidates(text, True)) for text in texts]
    for rule, text in examples.items():
        assert rule in {s.rule for s in D._find_candidates(text, True).before}, (rule, text)
    assert sum(1 for *_, digits, value_digits, literals in D._GATED_RULES if digits or value_digits or literals) >= 50
    monkeypatch.setattr(D, "_GATED_RULES", [(k, rule, p, pattern, 0, 0, None) for k, rule, p, pattern, *_ in D._GATED_RULES])
    monkeypatch.setattr(D, "AGE_DIGITS", 0)
    monkeypatch.setattr(D, "GENERIC_ID_DIGITS", 0)
    for text, found in gated:
        assert D._find_candidates(text, True) == found, text


def _fewest_digits(parsed) -> int:
    """The fewest digits (``\\d`` or 0-9) any match of a parsed pattern takes; lookarounds take none."""
    def digit_class(items) -> bool:
        return all(op is sre.LITERAL and chr(av).isdigit() or op is sre.RANGE and ord("0") <= av[0] and av[1] <= ord("9")
                   or op is sre.CATEGORY and av is sre.CATEGORY_DIGIT for op, av in items)
    total = 0
    for op, av in parsed:
        if op is sre.LITERAL:
            total += chr(av) in "0123456789"
        elif op is sre.IN:
            total += digit_class(av)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            total += av[0] * _fewest_digits(av[2])
        elif op is sre.SUBPATTERN:
            total += _fewest_digits(av[-1])
        elif op is sre.ATOMIC_GROUP:
            total += _fewest_digits(av)
        elif op is sre.BRANCH:
            total += min(_fewest_digits(branch) for branch in av[1])
    return total


def test_each_rule_takes_at_least_the_digits_its_gate_asks_of_a_text() -> None:
    patterns = {rule: pattern for _kind, rule, _prio, pattern in R.RULES}
    assert _fewest_digits(sre_parser.parse(r"(?:\d{3}-|[0-9]\d)(?=\d{9})[A-Z0-9]+")) == 2  # the reader itself
    for rule, needed in R.NEEDS_DIGITS.items():
        pattern = patterns[rule]
        assert 1 <= needed <= max(1, _fewest_digits(sre_parser.parse(pattern.pattern, pattern.flags))), rule
    for pattern in R.AGE_RULES:
        assert _fewest_digits(sre_parser.parse(pattern.pattern, pattern.flags)) >= R.AGE_DIGITS
    for pattern in R.GENERIC_IDS:
        assert _fewest_digits(sre_parser.parse(pattern.pattern, pattern.flags)) >= R.GENERIC_ID_DIGITS
