"""The token estimate counts what its docstring says, piece by piece."""

import pytest

from consilium.orchestration.case.budget import chars_for_tokens, estimate_tokens


@pytest.mark.parametrize(("text", "tokens"), [
    ("", 0),
    ("abcd", 1),
    ("abcde", 2),  # a token per four letters of a word, rounded up
    ("pneumonia", 3),
    ("a b", 2),  # a space before a word is part of the word's token
    ("K 5.2", 5),  # K, the space before a number, 5, '.', 2
    ("a  b", 3),  # a run of spaces is a token
    ("line\nline", 3),  # a line break is a token
    ("é", 2),  # one per UTF-8 byte outside ASCII
    ("肺炎", 6),
    ("BP 120/80 mmHg", 9),  # BP, the space before 120, 1, 2, 0, /, 8, 0, mmHg (its space goes with it)
    ("\t5", 2),
])
def test_estimate_counts_each_piece(text: str, tokens: int) -> None:
    assert estimate_tokens(text) == tokens


def test_cutting_length_follows_the_estimate_for_prose() -> None:
    prose = "The patient reports a productive cough and fever for three days. " * 20
    assert chars_for_tokens(estimate_tokens(prose)) <= len(prose) * 1.2


def test_the_bound_is_never_below_the_estimate() -> None:
    """`tokens_at_most` lets a short prompt skip the count: it must hold for every kind of text, the worst cases
    included (one-character pieces, line breaks, spaces before digits, scripts outside ASCII)."""
    from consilium.orchestration.case.budget import tokens_at_most
    from consilium.orchestration.privacy.deid_corpus_more import build_full_corpus

    worst = ["\n" * 50, "1.2,3;4" * 30, " 5 6 7" * 40, "a b c d" * 30, "肺炎 é\tñ" * 30, "x", ""]
    texts = worst + [r.text for r in build_full_corpus()]
    assert all(estimate_tokens(t) <= tokens_at_most(t) for t in texts)
    assert any(estimate_tokens(t) == tokens_at_most(t) > 0 for t in worst)  # the bound is tight somewhere
