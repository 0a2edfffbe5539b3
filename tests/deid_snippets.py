"""What the de-identification rules alone make of a snippet, for the rounds' tests (``tests/safety/test_deid_round*``):
one place for the helpers each round had copied."""

from __future__ import annotations

import re
from collections.abc import Callable

from consilium.orchestration.privacy import learned
from consilium.orchestration.privacy.deid import Deidentifier


def rules_alone(text: str, *, learn: bool = True) -> str:
    """``text`` de-identified by the rules alone (no learned reader), with a fixed date shift; with ``learn``, the
    names and places of the text are learned first, as a case's are, so that their other mentions go too."""
    with learned.using(None):
        deid = Deidentifier(seed=1)
        if learn:
            deid.learn(text)
        return deid.deidentify(text)


def present(word: str, text: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word."""
    return re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", text) is not None


def contains(word: str, text: str) -> bool:
    """Whether ``word`` stands anywhere in ``text`` (for scripts written without spaces between words)."""
    return word in text


def gone_and_kept(text: str, gone: list[str], kept: list[str], found: Callable[[str, str], bool] = present) -> str:
    """De-identify ``text`` with the rules alone (learning it first): no string of ``gone`` is ``found`` in the output,
    each of ``kept`` is; the output, for further checks."""
    out = rules_alone(text)
    for word in gone:
        assert not found(word, out), (word, out)
    for word in kept:
        assert found(word, out), (word, out)
    return out


def rules_unlearned(text: str) -> str:
    """``text`` de-identified by the rules alone without learning it first (:func:`rules_alone`)."""
    return rules_alone(text, learn=False)
