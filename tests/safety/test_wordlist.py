"""The word-list finder gives exactly the matches of the one big regular expression it replaced."""

from __future__ import annotations

import re

import pytest

from consilium.orchestration.privacy import id_rules as R
from consilium.orchestration.privacy import names as NM
from consilium.orchestration.privacy import gazetteer as G
from consilium.orchestration.privacy import patterns as P
from consilium.orchestration.privacy.corpora.deid_corpus_more import build_full_corpus
from consilium.orchestration.privacy.wordlist import WordListFinder

TOWN_TAIL = r"(?![\w-]|['’]s[ \t]+(?:disease|syndrome|sign))"
NAME_TAIL = rf"(?:[ \t]+(?:{P.INITIAL}[ \t]+)?{NM.NAME_TOKEN_U}){{0,2}}(?![\w-])"
EXTRA = ["Leeds's disease is not a place; Leeds is. Hull-born, Hullo, Bath's sign, Bath.",
         "John A. Smith met Maryanne and Mary Ann; O'Neil saw Jean-Luc; Emma'd", "", "Ελένη Παπαδοπούλου 张伟",
         "Stoke-on-Trent and Stoke on Trent; Newcastle upon Tyne; Aberdeen,Aberdeenshire"]


def _texts() -> list[str]:
    return [r.text for r in build_full_corpus()] + EXTRA


@pytest.mark.parametrize("words, tail", [(G.TOWNS, TOWN_TAIL), (P.FIRST_NAMES, NAME_TAIL)], ids=["towns", "given names"])
def test_same_matches_as_the_alternation(words, tail) -> None:
    regex = re.compile(r"(?<![\w'’-])(?P<n>(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                       + r")" + tail + ")")
    finder = WordListFinder(words, tail)
    texts = _texts()
    found = 0
    for text in texts:
        expected = [m.span("n") for m in regex.finditer(text)]
        assert [h.span("n") for h in finder.finditer(text)] == expected, text[:200]
        found += len(expected)
    assert found > 100  # the corpus holds many of these words: the comparison is not between two empty lists


def test_a_listed_word_must_be_three_letters_from_a_letter() -> None:
    with pytest.raises(ValueError):
        WordListFinder(["Al"], "")


def _label_led() -> list[tuple[str, re.Pattern[str]]]:
    from consilium.orchestration.privacy import places

    rules = [(rule, pattern) for _kind, rule, _prio, pattern in R.RULES if rule in R.LABEL_LED]
    return rules + [("label", NM.LABEL_RE), ("lead", NM.LEAD_RE), ("paren", NM.PAREN_RE), ("place_lead", places._LEAD_RE)]


@pytest.mark.parametrize("rule, pattern", _label_led(), ids=lambda x: x if isinstance(x, str) else "")
def test_letter_first_prefix_changes_no_match(rule, pattern) -> None:
    assert pattern.pattern.startswith(R.LETTER_FIRST)
    plain = re.compile(pattern.pattern[len(R.LETTER_FIRST):], pattern.flags)
    texts = _texts() + ["MRN: 1234567, ſeen by Dr Ann Lee; Tel 0113 496 0000; c/o Mrs Patel; Patient (Ms Jo Bloggs),"
                          " posts as jobloggs_7; her van 221-D-1234 is outside; Village: Kolomotu Hill."]
    found = 0
    for text in texts:
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in pattern.finditer(text)] == expected, text[:200]
        found += len(expected)
    assert found > 0


def test_first_of_finders_equals_one_alternation() -> None:
    """Two finders merged give what one alternation of their patterns gives: reading order, the first
    finder winning a tie, nothing overlapping."""
    from consilium.orchestration.privacy.wordlist import FirstOfFinders

    plain, wordlike = ["Harriet", "Kwame", "Tanner"], ["Tanner", "Lacy"]
    one = re.compile(r"(?<![\w'’-])(?P<n>(?:Harriet|Kwame|Tanner)(?:[ \t]+[A-Z][a-z]+){0,2}(?![\w-])|"
                     r"(?:Lacy|Tanner)(?:[ \t]+[A-Z][a-z]+){1,2}(?![\w-]))")
    merged = FirstOfFinders(WordListFinder(plain, r"(?:[ \t]+[A-Z][a-z]+){0,2}(?![\w-])"),
                            WordListFinder(wordlike, r"(?:[ \t]+[A-Z][a-z]+){1,2}(?![\w-])"))
    for text in ["Tanner stage I. Lacy, reticular rash; Lacy Morgan and Harriet Loxley met Kwame.",
                 "Tanner Lowe saw Lacy Ann Byrne", "", "Lacy lace Kwame Asante Boateng Harriet"]:
        assert [h.span() for h in merged.finditer(text)] == [m.span("n") for m in one.finditer(text)], text


def test_large_lists_are_loaded_and_clean() -> None:
    """The package lists (namelists.py) are read, large, and hold none of the words the rules keep."""
    from consilium.orchestration.privacy import namelists as N

    assert len(N.GIVEN_NAMES) > 15000 and len(N.TOWNS) > 15000 and len(N.WORDLIKE_GIVEN_NAMES) > 500
    assert {"Kwame", "Agnieszka", "Harriet", "Tomasz"} <= N.GIVEN_NAMES
    assert {"Enugu", "Accrington", "Coleraine"} <= N.TOWNS
    for listed in (N.GIVEN_NAMES, N.WORDLIKE_GIVEN_NAMES, N.TOWNS):
        assert not listed & (N.EPONYM_WORDS | {"January", "March", "May", "Normal", "Mobile", "Reading"})
        assert not {w for w in listed if w in P.NOT_NAME}
    assert not N.TOWNS & (G.KEPT_REGIONS | set(P.US_STATES))


@pytest.mark.parametrize("clinical", [
    "Breast development is at Tanner stage I.", "Colon cancer, colectomy in 2010.", "Lacy, reticular rash on the trunk.",
    "Returned from a trip; Marburg virus excluded.", "Todd's paresis resolved.", "Christmas disease (haemophilia B) in the family.",
    "Switched from Day 3 to weekly.", "Brought from Theatre to Recovery."])
def test_large_lists_leave_clinical_text(clinical) -> None:
    from consilium.orchestration.privacy.deid import Deidentifier

    assert Deidentifier(seed="t").deidentify(clinical) == clinical


@pytest.mark.parametrize("text, identifier", [
    ("Great-grandson Alfie visited.", "Alfie"), ("Both moved from Enugu to Luton last year.", "Enugu"),
    ("Transfer to the burns unit at Pinderfields.", "Pinderfields"), ("Pt name Jakub Wiśniewski, MRN 00928371.", "Wiśniewski"),
    ("Lives at Ivy Cottage, Mill Lane, Much Hadham.", "Much Hadham"), ("Mrs Gladys Ormerod, 91, lives alone.", "91"),
    ("Rego of car ABC-123 noted by police.", "ABC-123")])
def test_large_lists_and_new_cues_find_identifiers(text, identifier) -> None:
    from consilium.orchestration.privacy.deid import Deidentifier

    assert identifier not in Deidentifier(seed="t").deidentify(text)


def test_an_empty_list_finds_nothing() -> None:
    assert list(WordListFinder([], r"(?![\w-])").finditer("Hello there, Aberdeen")) == []
