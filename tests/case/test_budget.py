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
