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
    from consilium.orchestration.privacy.corpora.deid_corpus_more import build_full_corpus

    worst = ["\n" * 50, "1.2,3;4" * 30, " 5 6 7" * 40, "a b c d" * 30, "肺炎 é\tñ" * 30, "x", ""]
    texts = worst + [r.text for r in build_full_corpus()]
    assert all(estimate_tokens(t) <= tokens_at_most(t) for t in texts)
    assert any(estimate_tokens(t) == tokens_at_most(t) > 0 for t in worst)  # the bound is tight somewhere


def test_fits_skips_the_count_only_where_the_bound_fits() -> None:
    """`calls._fits`: a prompt whose bytes fit is sent uncounted; one whose bytes do not but whose estimate does is
    counted and sent; one too long is refused; a model with its own tokenizer is always counted by it."""
    from consilium.agents.calls import _fits
    from consilium.orchestration.case.budget import TOKENS_PER_MESSAGE, tokens_at_most
    from consilium.orchestration.models.chat import BoundModel, ScriptedModel
    from consilium.orchestration.settings import RoleModel

    def bound(n_ctx: int, counter=None) -> BoundModel:
        model = ScriptedModel(lambda request: "{}")
        if counter is not None:
            model.count_tokens = counter
        return BoundModel(model, RoleModel(backend="scripted", model="scripted", n_ctx=n_ctx))

    prose = "The patient reports a productive cough and fever for three days. " * 16
    messages = [{"role": "user", "content": prose}]
    estimate, most = estimate_tokens(prose) + TOKENS_PER_MESSAGE, tokens_at_most(prose) + TOKENS_PER_MESSAGE
    assert estimate + 400 <= 1024 < most + 400 <= 2048 and 600 < estimate + 400  # the three cases below
    assert _fits(bound(2048), "gp", messages, 400) is None  # bytes fit: not counted
    assert _fits(bound(1024), "gp", messages, 400) is None  # the bytes do not fit, the estimate does
    assert "not sent" in _fits(bound(600), "gp", messages, 400)  # neither fits
    counted = []
    own = bound(2048, lambda msgs: counted.append(msgs) or 1900)  # the model's tokenizer says 1,900 tokens
    assert "not sent" in _fits(own, "gp", messages, 400) and counted
    image = [{"role": "user", "content": [{"type": "text", "text": "x"}, {"type": "image_url", "image_url": {"url": "y"}}]}]
    assert _fits(bound(1200), "radiology", image, 100) is None
    assert "not sent" in _fits(bound(1024), "radiology", image, 100)  # an image counts 1,024 tokens
