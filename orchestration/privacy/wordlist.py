"""Finding the words of a long list (towns, given names) as whole words, fast.

One regular expression of hundreds of names (``(?<![\\w'’-])(?:Aberdeen|Abingdon|...)TAIL``) tries every
name at every position, and that was a third of the time of scanning a model's reply for identifiers.
:class:`WordListFinder` gives the same matches from the word starts whose first three letters begin a listed
name (found by one pattern of those prefixes): at each it tries the names that begin there, longest first, each
followed by ``tail`` (a pattern matched where the name ends: a lookahead, or more words), exactly as the
alternation would.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_NOT_AFTER = r"(?<![\w'’-].)"  # after a word's first letter: that letter begins the word


def _prefix_starts(by_prefix: dict[str, list[str]]) -> re.Pattern[str]:
    """A pattern matching (one character long) each word start whose first three characters begin a listed word:
    the first letters as an alternation of literals, which the engine scans for fast, the other two as a tree."""
    if not by_prefix:
        return re.compile(r"(?!)")  # an empty list: nothing to find
    tree: dict[str, dict[str, set[str]]] = {}
    for prefix in by_prefix:
        tree.setdefault(prefix[0], {}).setdefault(prefix[1], set()).add(prefix[2])

    def chars(cs: set[str]) -> str:
        return "[" + "".join(re.escape(c) for c in sorted(cs)) + "]"
    return re.compile("(?:" + "|".join(
        re.escape(a) + "(?=" + "|".join(re.escape(b) + chars(cs) for b, cs in sorted(seconds.items())) + ")"
        for a, seconds in sorted(tree.items())) + ")" + _NOT_AFTER)


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
        self._starts = _prefix_starts(self._by_prefix)

    def finditer(self, text: str) -> Iterator[Hit]:
        end = 0
        for m in self._starts.finditer(text):
            i = m.start()
            if i < end:
                continue
            for word in self._by_prefix[text[i:i + 3]]:
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
