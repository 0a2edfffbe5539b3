"""Identifiers in a table's columns: a line list, a clinic or recall list, a ward handover typed as a table.

A column holds one kind of thing in every row. So a cell the other rules left is read by its column: as the kind its
header names ("Name", "Village", "Mobile", "NRC"), or, with no such header, as the kind the rules found in most of
the column's other cells ("| Kanyenkoko |" under three villages they did find). What is taken from a cell depends on
that kind: runs of capitalised words for a name or a place (not "severe", "none", a drug after ";"), digit groups for
a phone, a number's tokens for an identifier. Dates are left to the date rules, which shift them (a placeholder would
lose the days between onset and admission), and a model's answer may hold a table of shifted dates.

A table here is two or more consecutive lines split into the same number (three or more) of cells by "|" or tabs.
Protected spans (eponyms, scores, drugs the rules keep) are never taken.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import Iterable, Sequence

from consilium.orchestration.privacy import patterns as P
from consilium.orchestration.privacy.namelists import is_common_word
from consilium.orchestration.privacy.vocabulary import known

# A header cell names the kind of its column. Read lower-cased, whole ("Name", "Patient name", "Village / quartier",
# "Mobile no.", "Case ID"); a drug's, a test's or a ward's column is no identifier ("Drug name", "Test", "Ward", "Fluid").
_HEADER_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("NAME", r"(?:s/?no\.?\s*)?(?:(?:patient|client|resident|child|pupil|student|mother|father|parent|guardian|carer|"
             r"caregiver|contact|next of kin)(?:'s)?\s+)?(?:full\s+|given\s+|first\s+|last\s+|sur|family\s+)?names?|"
             r"patient|client|resident|parentage|next of kin|nok|carer|caregiver|guardian|mother|father"),
    ("LOCATION", r"(?:home\s+)?(?:village|quartier|town|city|locality|residence|address|hamlet|colline|commune|suburb|"
                 r"settlement|community|district|island|home|lives|origin|from|neighbou?rhood|ward/village|"
                 r"barangay|kebele|location)(?:\s*(?:/|or|and)\s*[a-z]+)*"),
    ("PHONE", r"(?:(?:mobile|cell|tel|telephone|phone|contact)(?:\s+(?:no\.?|number|#))?)(?:\s*(?:/|or|and)\s*[a-z. ]+)?"),
    # the column a chart's signers initial ("Init", "Sign/Init"): initials in capitals are a person's there, whatever
    # word they spell ("SO", "GAL")
    ("INITIALS", r"init(?:ials?|\.)?|(?:sign(?:ature)?|signed)\s*(?:/|&|and)\s*init(?:ials?|\.)?"),
    # a column that names who did or saw a thing ("Observer", "Given by", "Who"): read as initials only where most of
    # its cells are (a "Who" or "By" column holds roles and services as often: "CCOT", "Physio", "ED")
    ("SIGNER", r"observer|dot\s+observer|(?:observed|witnessed|given|checked|administered|done|performed|recorded|signed|"
               r"seen|supervised)\s+by|witness|checker|signature|signed|staff|by|who"),
    ("ID", r"(?:[a-z.]{1,10}[\s./-]+)?(?:id|nrc|nic|cnic|nin|nhi|nhs|mrn|uhid|urn|ssn|passport|b-form|"
           r"(?:hosp(?:ital)?|reg(?:istration)?|case|file|record|chart|ip|op|smartcare|art|card)\.?\s*(?:no\.?|number|#|id))"
           r"(?:\s*(?:/|or)\s*[a-z. -]+)?"),
))
_CELL_SPLIT = re.compile(r"[ \t]*\|[ \t]*|\t+")
# what a name or a place is made of in a cell: runs of capitalised words, with the particles between them
_CAPITAL_RUN = re.compile(r"(?<![\w'’-])[^\W\d_a-zß-ÿ][\w'’.-]*(?:[ \t]+(?:(?:de|da|do|dos|del|van|von|der|bin|binti|"
                          r"ak|al|el|la|le|s/o|d/o|w/o)[ \t]+)?[^\W\d_a-zß-ÿ][\w'’.-]*)*")
_PHONE = re.compile(r"(?<![\w+])\+?\d[\d \t().-]{4,}\d(?!\w)")
_NUMBER_TOKEN = re.compile(r"(?<![\w/.-])(?:[A-Za-z]{1,6}[-/ ]?)?\d[\w/.-]*(?:[ \t]\d[\w/.-]*)*(?![\w/-])")
_TITLE = re.compile(P.TITLES + r"\.?", re.I)
# a signer's initials in a cell of the initials' column ("AD/SOC", "G.A.L.")
_INITIALS = re.compile(r"(?<![\w.])[A-Z](?:\.?[A-Z]){1,3}\.?(?![\w])")
_SIGNED_CELL = re.compile(r"[A-Z](?:\.?[A-Z]){1,3}\.?(?:[ \t]*[/,&+][ \t]*[A-Z](?:\.?[A-Z]){1,3}\.?)*")
_TEST_WORD = re.compile(r"[a-z][A-Z]{2}|\d|^[a-z]")
_EMPTY = re.compile(r"[\W_]*(?i:none|nil|n/?a|unknown|not known|-)?[\W_]*")
_WORDS_KINDS = frozenset({"NAME", "LOCATION", "HOSPITAL", "ADDRESS"})
_MIN_INFERRED = 3    # data rows for a column's kind to be read from what the rules found in it
_FOUND_SHARE = 0.5   # of a column's non-empty cells the rules found one kind in, above which the rest are read so


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The (start, end) of each cell of the line ``text[start:end]`` (spaces stripped), or None when it is no table row."""
    line = text[start:end]
    if "|" not in line and "\t" not in line:
        return None
    cells, pos = [], 0
    for m in _CELL_SPLIT.finditer(line):
        cells.append((pos, m.start()))
        pos = m.end()
    cells.append((pos, len(line)))
    # a row opened or closed by a bar ("| a | b |") has an empty cell at either end: not a column
    if cells and cells[0][0] == cells[0][1]:
        cells = cells[1:]
    if cells and cells[-1][0] == cells[-1][1]:
        cells = cells[:-1]
    if len(cells) < 3:
        return None
    out = []
    for s, e in cells:
        cell = line[s:e]
        lead = len(cell) - len(cell.lstrip())
        out.append((start + s + lead, start + s + len(cell.rstrip())))
    return out


def _runs(text: str) -> Iterable[list[list[tuple[int, int]]]]:
    """Each run of two or more consecutive lines with the same number of cells."""
    run: list[list[tuple[int, int]]] = []
    pos = 0
    for line in text.split("\n") + [""]:
        cells = _cells(text, pos, pos + len(line)) if line else None
        if cells is not None and run and len(cells) == len(run[0]):
            run.append(cells)
        else:
            if len(run) >= 2:
                yield run
            run = [cells] if cells is not None else []
        pos += len(line) + 1


def header_kind(cell: str) -> str | None:
    """The identifier kind a header cell names, or None."""
    label = re.sub(r"[\s:#*]+$", "", cell.strip().lower())
    for kind, pattern in _HEADER_KINDS:
        if pattern.fullmatch(label):
            return kind
    return None


# a header's name for a measure with a digit in it ("SpO2", "FiO2", "HbA1c", "T1")
_MEASURE_NAME = re.compile(r"[A-Za-z]+\d[A-Za-z\d]*")


def _is_header(text: str, cells: list[tuple[int, int]], measures: bool = False) -> bool:
    """A header row: short cells of letters, none of them a number or a date; with ``measures``, a measure's name may hold
    a digit ("SpO2")."""
    return all(e - s <= 40 and (not any(ch.isdigit() for ch in text[s:e])
                                or measures and _MEASURE_NAME.fullmatch(text, s, e) is not None) for s, e in cells)


def _initials_column(text: str, cells: list[tuple[int, int]]) -> bool:
    """Whether most of a column's non-empty cells are a signer's initials (a column of names written out is left to
    the names' column reading)."""
    cells = [c for c in cells if not _EMPTY.fullmatch(text, *c)]
    signed = sum(1 for s, e in cells if _SIGNED_CELL.fullmatch(text, s, e) and all(map(signer, _INITIALS.findall(text, s, e))))
    return bool(cells) and signed >= _FOUND_SHARE * len(cells)


def signer(initials: str) -> bool:
    """A signer's initials where a chart's column or a check's label puts them: no role, service, route or chart word
    (:func:`patterns.signer_initials`), nor a word of four letters ("SELF", "ECHO")."""
    return P.signer_initials(initials) and not (len(initials) >= 4 and known(initials))


class _Found:
    """The rules' spans ordered by start, to ask which covers a cell without reading them all (a chart of thousands of
    rows has thousands of spans)."""

    def __init__(self, spans: Sequence[tuple[int, int, str]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _, _ in self.spans]
        self.longest = max((b - a for a, b, _ in self.spans), default=0)

    def around(self, s: int, e: int) -> Sequence[tuple[int, int, str]]:
        """The spans that may overlap ``text[s:e]`` (every one that does), by start."""
        return self.spans[bisect_left(self.starts, s - self.longest):bisect_left(self.starts, e)]

    def taken(self, s: int, e: int) -> str | None:
        """The kind of the first span (by start) covering at least half of ``text[s:e]``, or None."""
        for a, b, kind in self.around(s, e):
            if s < b and 2 * (min(b, e) - max(a, s)) >= e - s:
                return kind
        return None


def _left(s: int, e: int, taken: "_Found", text: str) -> list[tuple[int, int]]:
    """The pieces of ``text[s:e]`` outside the spans of ``taken``, stripped of spaces and punctuation, that hold a letter
    or digit."""
    pieces, pos = [], s
    for a, b, _ in taken.around(s, e):
        if a < e and pos < b:
            if a > pos:
                pieces.append((pos, a))
            pos = max(pos, b)
    if pos < e:
        pieces.append((pos, e))
    out = []
    for a, b in pieces:
        while a < b and not text[a].isalnum():
            a += 1
        while b > a and not text[b - 1].isalnum() and text[b - 1] not in ".)":
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _proper(words: str) -> bool:
    """Whether a run of words holds one that is no everyday word (a name or a place, not "Grade", "None", "East") and
    none written as a test or a genotype is ("HbSS", "HbA1c", "pH")."""
    split = [w.strip(".,'’()") for w in words.split()]
    return (any(len(w) >= 2 and not is_common_word(w) and not _TITLE.fullmatch(w) for w in split)
            and not any(_TEST_WORD.search(w) for w in split))


def _parts(text: str, s: int, e: int, kind: str) -> list[tuple[int, int]]:
    """What a cell of ``kind`` holds that is an identifier of that kind."""
    if kind in _WORDS_KINDS:
        return [m.span() for m in _CAPITAL_RUN.finditer(text, s, e) if _proper(m.group())]
    if kind == "INITIALS":
        # (a name written out there is left to the name rules, which know a title from a role: "Dr Patel", "Physio")
        return [m.span() for m in _INITIALS.finditer(text, s, e) if signer(m.group())]
    if kind == "PHONE":
        return [m.span() for m in _PHONE.finditer(text, s, e) if sum(ch.isdigit() for ch in m.group()) >= 6]
    if kind in ("ID", "MRN"):
        return [m.span() for m in _NUMBER_TOKEN.finditer(text, s, e) if sum(ch.isdigit() for ch in m.group()) >= 4]
    return []


def table_spans(text: str, found: Sequence[tuple[int, int, str]],
                protected: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the identifiers in table cells that ``found`` (the rules' spans) leaves."""
    if "|" not in text and "\t" not in text:
        return []
    taken = _Found([*found, *((s, e, "") for s, e in protected)])
    index = _Found(found)
    out: list[tuple[int, int, str]] = []
    for run in _runs(text):
        strict = _is_header(text, run[0])
        # (a header with a measure's name, "| Time | SpO2 | Init |", is read for its signers' columns alone)
        header = run[0] if strict or _is_header(text, run[0], measures=True) else None
        rows = run[1:] if header else run
        kinds: dict[int, str] = {}
        if header is not None:  # a run has two lines or more: under a header, one row at least
            for i, (s, e) in enumerate(header):
                kind = header_kind(text[s:e])
                if kind == "SIGNER":
                    kind = "INITIALS" if _initials_column(text, [row[i] for row in rows]) else None
                if kind and (strict or kind == "INITIALS"):
                    kinds[i] = kind
        if len(rows) >= _MIN_INFERRED:
            for i in range(len(run[0])):
                if i in kinds:
                    continue
                cells = [row[i] for row in rows if not _EMPTY.fullmatch(text, *row[i])]
                seen = Counter(k for k in (index.taken(s, e) for s, e in cells) if k)
                if seen:
                    kind, n = seen.most_common(1)[0]
                    if n >= 2 and n >= _FOUND_SHARE * len(cells) and kind not in ("DATE", "AGE"):
                        kinds[i] = kind
        for i, kind in kinds.items():
            for row in rows:
                for a, b in _parts(text, *row[i], kind):
                    out += [(x, y, "NAME" if kind == "INITIALS" else kind) for x, y in _left(a, b, taken, text)
                            if kind not in _WORDS_KINDS or _proper(text[x:y])]
    return out
