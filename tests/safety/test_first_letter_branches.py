"""The word lists that branch on their first letter (patterns.by_first_letter) match what the plain alternations
matched, in the same order, ignoring case exactly as the engine does."""

from __future__ import annotations

import _sre
import re
from re import _casefix

import pytest

from consilium.orchestration.privacy import gazetteer as G
from consilium.orchestration.privacy import patterns as P
from tests.safety.test_regex_leads import EXTRA, _texts


def test_the_case_variants_are_every_character_ignorecase_reads_as_another():
    """Derived anew from the engine's tables: a character whose lower case is another's without being that one's
    upper case (the Kelvin sign and "k"), or one of the engine's own extra cases (the long s and "s")."""
    derived = set()
    for x in range(0x110000):
        lower = _sre.unicode_tolower(x)
        if lower != x and chr(x) != chr(lower).upper():
            derived.add(chr(x))
    for key, others in _casefix._EXTRA_CASES.items():
        derived |= {chr(key), *map(chr, others)}
    assert derived == set(P.CASE_VARIANTS)


@pytest.mark.parametrize("letter", ["a", "i", "k", "s", "K", "ä", "é", "ł", "σ",
                                    "\u0130", "\u212a", "\u2126", "\u212b", "\u03f4"])  # İ, Kelvin, Ohm, Ångström, ϴ
def test_a_letters_case_forms_are_those_the_engine_matches(letter):
    sample = {chr(x) for x in range(0x3000)} | set(P.CASE_VARIANTS) | {"\u212a", "\u212b", "\u2126"}
    assert set(P.case_forms(letter)) == {c for c in sample if re.fullmatch(re.escape(letter), c, re.I)}


def test_alternatives_are_split_outside_groups_classes_and_escapes():
    assert P._alternatives(r"a|(b|c)|[|]|d\|e|") == ["a", "(b|c)", "[|]", r"d\|e", ""]
    assert P._opened(r"(?:patient|pt)(?:'s)?\s+name") == [r"patient(?:'s)?\s+name", r"pt(?:'s)?\s+name"]
    assert P._opened(r"(?:NHS\s+)?Trust") == [r"NHS\s+Trust", "Trust"]  # with the group first, then without
    assert P._opened("[äa]rzt") == ["ärzt", "arzt"]
    assert P._opened("(?:a|(?:b|c))d") == ["(?:a|(?:b|c))d"]  # a group in the group: left whole


@pytest.mark.parametrize(("body", "ignore_case", "expected"), [
    ("Mr|Mrs|Dr", False, "M(?:r(?:|s))|D(?:r)"),  # and on the next letter: "r" then nothing or "s"
    ("kin|name", True, "[Kk\u212a](?i:in)|[Nn](?i:ame)"),
    ("s?he|they", False, "s?he|they"),  # a first letter made optional: left as it was
    ("(?:a|b)+c|d", True, "(?i:(?:a|b)+c|d)"),  # not split: ignoring case wherever it is put
    ("pt|PT|pa", True, "[Pp](?:[Tt](?i:|)|[Aa](?i:))"),  # one branch for both cases, in the list's order
])
def test_branching_on_the_first_letter(body, ignore_case, expected):
    assert P.by_first_letter(body, ignore_case=ignore_case) == expected


def test_branching_one_letter_deep():
    assert P.by_first_letter("Mr|Mrs|Dr", depth=1) == "M(?:r|rs)|D(?:r)"


_LISTS = [("titles", P.TITLES[3:-1], False), ("labels", P.NAME_LABELS, True), ("leads", P.NAME_LEADS, True),
          ("relatives", P.RELATIVES, True), ("verbs", P.SUBJECT_VERBS, False), ("facilities", G.FACILITY, False),
          ("place leads", G.PLACE_LEADS, True), ("credentials", P.CREDENTIALS, False)]


@pytest.mark.parametrize(("name", "body", "ignore_case"), _LISTS, ids=[n for n, _b, _i in _LISTS])
def test_the_branched_lists_match_as_the_plain_ones(name, body, ignore_case):
    """Every match (start, end) of the list as a word, at every place of the corpus, its cue texts and those texts in
    lower and upper case, with a letter ahead of each word that ignoring case turns into another."""
    branched = P.by_first_letter(body, ignore_case=ignore_case)
    assert branched != body, f"{name} is no longer split: the rules using it lost their speed"
    flags = "(?i:" if ignore_case else "(?:"
    plain, new = re.compile(rf"\b{flags}{body})"), re.compile(rf"\b(?:{branched})")
    texts = _texts()
    texts += [t.lower() for t in texts[:200]] + [t.upper() for t in texts[:200]] + [t.swapcase() for t in EXTRA]
    texts += ["\u212ain \u017fon \u0130ris \u212aonsultant \u017fister"]
    for text in texts:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in new.finditer(text)], text[:120]


def test_any_of_finds_a_text_exactly_when_one_of_its_words_is_in_it():
    words = ("hubby", "ex-wife", "-in-law", "nan ", "mate,", "whānau")
    found = P.any_of(words)
    for text in ["my hubby", "her ex-wife", "mother-in-law", "nan came", "a mate, Joe", "whānau hui", "nana", "mate",
                 "ex wife", "in law", ""]:
        assert (found.search(text) is not None) == any(w in text for w in words), text


def test_a_cue_found_by_its_split_words_finds_what_the_plain_cue_finds():
    from consilium.orchestration.privacy import dates

    plain = re.compile(f"(?i:{dates._MONTH_OR_HOLIDAY_WORDS})")
    assert P.found_by(dates._MONTH_OR_HOLIDAY_WORDS, ignore_case=True).pattern != plain.pattern
    for text in _texts() + [t.upper() for t in EXTRA] + ["admitted 3/4", "since 1st", "ΜΑΡΤΊΟΥ", "nothing here", ""]:
        assert (plain.search(text) is None) == (dates._MONTH_OR_HOLIDAY_CUE.search(text) is None), text[:120]
