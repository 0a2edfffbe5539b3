"""The word-list finder gives exactly the matches of the one big regular expression it replaced."""

from __future__ import annotations

import re

import pytest

from consilium.orchestration.privacy import detect as D
from consilium.orchestration.privacy import gazetteer as G
from consilium.orchestration.privacy import patterns as P
from consilium.orchestration.privacy.deid_corpus_more import build_full_corpus
from consilium.orchestration.privacy.wordlist import WordListFinder

TOWN_TAIL = r"(?![\w-]|['’]s[ \t]+(?:disease|syndrome|sign))"
NAME_TAIL = rf"(?:[ \t]+(?:{P.INITIAL}[ \t]+)?{D.NAME_TOKEN_U}){{0,2}}(?![\w-])"
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
