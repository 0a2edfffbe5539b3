"""Finding the words of a long list (towns, given names) as whole words, fast.

One regular expression of hundreds of names (``(?<![\\w'’-])(?:Aberdeen|Abingdon|...)TAIL``) tries every
name at every position, and that was a third of the time of scanning a model's reply for identifiers.
:class:`WordListFinder` gives the same matches by looking up each word start's first three letters: at a
word start it tries the names that begin there, longest first, each followed by ``tail`` (a pattern
matched where the name ends: a lookahead, or more words), exactly as the alternation would.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_WORD_START = re.compile(r"(?<![\w'’-])[^\W\d_]")  # a letter that begins a word


class Hit:
    """What a caller reads of a match: its text and span, as group ``n``."""

    __slots__ = ("_span", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._span = text[start:end], (start, end)

    def group(self, _name: str = "n") -> str:
        return self._text

    def span(self, _name: str = "n") -> tuple[int, int]:
        return self._span


class WordListFinder:
    """``finditer(text)``: non-overlapping matches of any of ``words`` (case-sensitive, each at least three
    characters and starting with a letter) at a word start, followed by ``tail``."""

    def __init__(self, words: Iterable[str], tail: str) -> None:
        self._by_prefix: dict[str, list[str]] = {}
        for word in sorted(set(words), key=len, reverse=True):
            if len(word) < 3 or not word[0].isalpha():
                raise ValueError(f"{word!r}: a listed word needs three characters and a letter first")
            self._by_prefix.setdefault(word[:3], []).append(word)
        self._tail = re.compile(tail)

    def finditer(self, text: str) -> Iterator[Hit]:
        end = 0
        for m in _WORD_START.finditer(text):
            i = m.start()
            if i < end:
                continue
            for word in self._by_prefix.get(text[i:i + 3], ()):
                if text.startswith(word, i) and (tail := self._tail.match(text, i + len(word))):
                    end = tail.end()
                    yield Hit(text, i, end)
                    break


class FirstOfFinders:
    """``finditer(text)``: the matches of several finders in reading order, a match overlapping an earlier
    one left out (the first finder wins a tie), as one alternation of their patterns would give them."""

    def __init__(self, *finders: WordListFinder) -> None:
        self._finders = finders

    def finditer(self, text: str) -> Iterator[Hit]:
        hits = sorted(((h.span()[0], k, h) for k, f in enumerate(self._finders) for h in f.finditer(text)),
                      key=lambda t: (t[0], t[1]))
        end = 0
        for start, _, hit in hits:
            if start >= end:
                end = hit.span()[1]
                yield hit
