"""How much of a model's context a text takes, estimated from above when no tokenizer is at hand.

An endpoint's tokenizer is not available before the call, and a prompt that does not fit must not be
sent, so the estimate errs on the side of too many tokens for a byte-level BPE vocabulary (the kind
Qwen, SmolLM2, Llama and GPT use). It counts a token per four letters of a word, one per digit and per
punctuation mark (numbers are tokenised nearly that finely), one per space before something other than
a word, and one per UTF-8 byte outside ASCII (the ceiling of a byte-level vocabulary). Against SmolLM2's
tokenizer on the 267 longest prompt messages of the evaluation recordings and scenario cassettes it
gave 1.23 to 1.59 times the true count (1.35 on average); on a line of lab values 0.92 (the per-message
allowance covers that); on Chinese 1.5 and Greek 2.0 times. A model with its own tokenizer (the
embedded llama.cpp model) is counted exactly instead (:func:`consilium.agents.calls.prompt_tokens`).
"""

from __future__ import annotations

import re

# A chat template wraps each message in role markers; a few tokens each, whatever the template.
TOKENS_PER_MESSAGE = 8
# An image part of a multimodal request: Qwen2-VL at the 768-pixel side the images are sent at takes
# (768 / 28)^2 = 752 tokens; other vision encoders take fewer.
TOKENS_PER_IMAGE = 1024

# One pattern, one pass: a chunk of up to four letters (a run of n letters holds ceil(n / 4) of them), a digit
# or punctuation mark, or a run of spaces, or a space before something other than a word (a space before a
# number is a token of its own). The alternatives start with different characters, so the matches are those
# each would find alone.
_PIECES = re.compile(r"[A-Za-z]{1,4}|[0-9!-/:-@\[-`{-~]|[ \t]{2,}|[ \t](?![A-Za-z \t])")


def estimate_tokens(text: str) -> int:
    """An upper estimate of the tokens ``text`` takes for a byte-level BPE tokenizer."""
    # the UTF-8 bytes of the characters outside ASCII: all bytes less one per ASCII character
    non_ascii = 0 if text.isascii() else len(text.encode("utf-8")) - len(text.encode("ascii", "ignore"))
    return len(_PIECES.findall(text)) + text.count("\n") + non_ascii


def tokens_at_most(text: str) -> int:
    """A bound that :func:`estimate_tokens` never exceeds, for the cost of encoding: the text's UTF-8 bytes (each
    piece and each newline is at least one ASCII character, and each byte outside ASCII counts one)."""
    return len(text.encode("utf-8"))


def chars_for_tokens(tokens: int) -> int:
    """Characters of English prose that :func:`estimate_tokens` counts as about ``tokens`` (for cutting)."""
    return max(0, int(tokens * 2.6))
