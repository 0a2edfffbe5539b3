"""Rules that end in a keyword, matched from the keyword back.

A pattern such as ``NAME_SEQ[ \\t]+(?:Academy|School)`` is tried by the regex engine at every capitalised word
of a text and fails at almost all of them; that made each such rule cost as much as a scan of the whole text.
:class:`KeywordFirst` finds the keyword (rare) first and matches the words before it in a short window, which
gives the same leftmost match for the names these rules take (at most a few words long).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_WINDOW = 90  # characters before a keyword in which its name is looked for (four long words and spaces)


class Found:
    """A match as the rules read it: group ``n`` (the words before the keyword) and group ``key``."""

    __slots__ = ("_spans", "_text")

    def __init__(self, text: str, spans: dict[str, tuple[int, int]]) -> None:
        self._text, self._spans = text, spans

    def span(self, group: str = "n") -> tuple[int, int]:
        return self._spans[group]

    def start(self, group: str = "n") -> int:
        return self._spans[group][0]

    def end(self, group: str = "n") -> int:
        return self._spans[group][1]

    def group(self, group: str = "n") -> str:
        s, e = self._spans[group]
        return self._text[s:e]


class KeywordFirst:
    """``finditer(text)``: each match of ``keyword`` preceded directly by ``before`` (a pattern whose group
    ``n`` is the name and that must end where the keyword starts)."""

    def __init__(self, before: str, keyword: str, flags: int = 0) -> None:
        self._keyword = re.compile(keyword, flags)
        self._before = re.compile(rf"(?:{before})$", flags)

    def finditer(self, text: str) -> Iterator[Found]:
        end = 0
        for k in self._keyword.finditer(text):
            if k.start() < end:
                continue
            start = max(end, k.start() - _WINDOW)
            b = self._before.search(text, start, k.start())
            if b is None:
                continue
            end = k.end()
            yield Found(text, {"n": b.span("n"), "key": k.span()})
