"""A learned second reader beside the rules: a linear-chain CRF over a text's tokens that marks the identifiers the
rules left, trained on the hand-written note sets' planted identifiers.

The rules (:mod:`~consilium.orchestration.privacy.detect`) find what they have a slot or a shape for; what a new
set of notes leaks is mostly one of a kind (a farm's name, a village, a record number in a local format) that no
rule reached. The model reads each token with what the rules said of it and of its neighbours (their span kinds,
their protections), its own shape, script and case, whether the word lists know it, and the words around it, and
gives the probability that it is part of an identifier. :meth:`Deidentifier.deidentify
<consilium.orchestration.privacy.deid.Deidentifier.deidentify>` replaces the tokens it marks (:data:`THRESHOLD`) that
no rule took, with the kind the model gives them. Guards keep clinical text (:func:`_may_open`, :meth:`TokenModel.spans`):
a word the clinical vocabulary knows (:func:`~consilium.orchestration.privacy.vocabulary.known`) is left to the rules
unless it is a listed given name or town; one ASCII letter or two lower-case ones are never taken; a token without a
letter (a number, a ratio) is taken only as the continuation of an identifier whose words the model is sure of
(:data:`SURE`: "CPN-TM-25-0719" after "CPN-TM", not "CBG 180-220-250"), never alone, since doses, clock times and
values look like record numbers; and a one-word span with no identifier of the rules within :data:`NEAR` tokens, or
after a lower-case word, needs :data:`SURE` too: a lone unknown word is more often a clinical term than a name.

It never scans a model's answer (:func:`~consilium.orchestration.privacy.deid.scan_output`): it reads what goes to a
model, not what comes back.

The model file (``lists/token_model.crfsuite``, python-crfsuite) and its manifest (``lists/token_model.json``: the
sets, the parameters, the file's sha256) are built by :mod:`~consilium.orchestration.privacy.learned_train`.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_right
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Sequence

from consilium.orchestration.privacy.detect import Span
from consilium.orchestration.privacy.namelists import COMMON_WORDS, EPONYM_WORDS, GIVEN_NAMES, TOWNS
from consilium.orchestration.privacy.vocabulary import known as vocabulary_known

MODEL = Path(__file__).with_name("lists") / "token_model.crfsuite"
MANIFEST = MODEL.with_suffix(".json")
THRESHOLD = 0.5  # probability that a token is part of an identifier, above which it is replaced
# the same for a one-word span with no rule's identifier within NEAR tokens or after a lower-case word, and for the
# words of a span that numbers continue
SURE = 0.9
NEAR = 3
LOWER_BEFORE = True  # (a switch for measuring the guard, not a setting)
# the planted kinds, as the model learns them (and as the placeholders name them)
KINDS = {"NAME": "NAME", "LOCATION": "LOCATION", "ADDRESS": "LOCATION", "POSTCODE": "LOCATION", "HOSPITAL": "HOSPITAL",
         "DATE": "DATE", "DOB90": "DATE"}
# ages over 89 are the rules' alone: the words of "95 years old" are no identifier once the number is generalised
RULES_ONLY = {"AGE"}
OTHER_KIND = "ID"  # record numbers, phones, licences, plates, serials, handles, codes...

# a token: one Han, kana or CJK character (those scripts are written without spaces), a run of letters and digits,
# or one other visible character
TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\W_]+|\S")
_LETTER = re.compile(r"[^\W\d_]")
_JOINER = re.compile(r"[ \t'’.-]{0,2}")
_CONTEXT = (-3, -2, -1, 1, 2, 3)


def tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def _script(tok: str) -> str:
    c = tok[0]
    if "\u3040" <= c <= "\u30ff":
        return "kana"
    if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff":
        return "han"
    if c.isascii():
        return "lat" if c.isalpha() else "dig" if c.isdigit() else "sym"
    return unicodedata.name(c, "other").split()[0].lower()


def _shape(tok: str) -> str:
    s = re.sub(r"\d", "d", re.sub(r"[a-z]", "x", re.sub(r"[A-Z]", "X", tok)))
    return re.sub(r"(.)\1+", r"\1\1", s)[:8]


@lru_cache(maxsize=65536)
def _word(tok: str) -> tuple[tuple[str, ...], str, str, bool, bool]:
    """One token's own features, and what its neighbours read of it: (features, low, shape, title, common)."""
    sc, sh = _script(tok), _shape(tok)
    low = tok.lower()
    feats = [f"sc={sc}", f"sh={sh}", f"len={min(len(tok), 12)}"]
    title = common = False
    if sc in ("lat", "greek", "latin", "cyrillic"):
        title = tok[:1].isupper() and tok[1:].islower()
        common = low in COMMON_WORDS
        feats += [f"low={low}", f"p3={low[:3]}", f"s3={low[-3:]}"]
        feats += [name for name, on in (("title", title), ("upper", tok.isupper() and len(tok) > 1), ("common", common),
                                        ("given", tok in GIVEN_NAMES), ("epon", tok in EPONYM_WORDS),
                                        ("town", tok in TOWNS), ("vocab", vocabulary_known(low))) if on]
    elif sc in ("han", "kana"):
        feats.append(f"low={tok}")
    else:
        low = tok if sc == "sym" else "D"
        feats += [f"low={low}", f"nd={min(len(tok), 8)}"]
    return tuple(feats), low, sh, title, common


def _rule_kinds(toks: Sequence[tuple[int, int, str]], rule_spans: Sequence[Span]) -> list[str]:
    """The kind of the rule's span each token overlaps (the rules' spans never overlap), else ``"O"``."""
    spans = sorted(rule_spans, key=lambda s: s.start)
    out, j = [], 0
    for s, e, _ in toks:
        while j < len(spans) and spans[j].end <= s:
            j += 1
        out.append(spans[j].kind if j < len(spans) and spans[j].start < e else "O")
    return out


def _inside(toks: Sequence[tuple[int, int, str]], intervals: Sequence[tuple[int, int]]) -> list[bool]:
    """Whether each token overlaps one of ``intervals`` (which may overlap each other)."""
    out = [False] * len(toks)
    ends = [e for _, e, _ in toks]
    for a, b in intervals:
        k = bisect_right(ends, a)  # the first token ending after a
        while k < len(toks) and toks[k][0] < b:
            out[k] = True
            k += 1
    return out


def features(text: str, toks: Sequence[tuple[int, int, str]], rule_spans: Sequence[Span],
             protected: Sequence[tuple[int, int]] = ()) -> list[list[str]]:
    """The features of each token of ``text``: its own, what the rules made of it (``rule_spans``, ``protected``:
    the spans the rules keep from weak name rules), its line, and its neighbours'."""
    return _features(text, toks, _rule_kinds(toks, rule_spans), _inside(toks, protected))


def _features(text: str, toks: Sequence[tuple[int, int, str]], flags: list[str], prot: list[bool]) -> list[list[str]]:
    words = [_word(t) for _, _, t in toks]
    n = len(toks)
    out = []
    heads: dict[int, str] = {}
    for i, (s, e, _) in enumerate(toks):
        line_start = text.rfind("\n", 0, s) + 1
        before = text[line_start:s]
        head = heads.get(line_start)
        if head is None:
            head = text[line_start:line_start + 24]
            head = heads[line_start] = f"head={head.split(':')[0].strip().lower()[:16] if ':' in head else ''}"
        f = list(words[i][0])
        f += [f"rule={flags[i]}", f"pil={min(len(before.split(maxsplit=5)), 5)}", head]
        if prot[i]:
            f.append("prot")
        if not before or before.isspace():
            f.append("bol")
        for d in _CONTEXT:
            k = i + d
            if 0 <= k < n:
                _, low, sh, title, common = words[k]
                f += [f"{d}:low={low}", f"{d}:sh={sh}", f"{d}:rule={flags[k]}"]
                if d in (-1, 1):
                    gap = text[toks[k][1]:s] if d == -1 else text[e:toks[k][0]]
                    f.append(f"{d}:sp={gap[:2]}")
                    if title:
                        f.append(f"{d}:title")
                    if common:
                        f.append(f"{d}:common")
            else:
                f.append(f"{d}:low={'<S>' if d < 0 else '</S>'}")
        out.append(f)
    return out


def labels(text: str, toks: Sequence[tuple[int, int, str]], planted: Sequence[Any]) -> list[str]:
    """Each token's kind when it is part of a planted identifier (:data:`KINDS`), else ``"O"``."""
    spans = [(m.start(), m.end(), KINDS.get(p.kind, OTHER_KIND))
             for p in planted if p.kind not in RULES_ONLY for part in p.tokens for m in re.finditer(re.escape(part), text)]
    return [next((k for a, b, k in spans if a < e and s < b), "O") for s, e, _ in toks]


@lru_cache(maxsize=65536)
def _may_open(tok: str) -> bool:
    """Whether the model may take ``tok`` on its own: a word with a letter, not one ASCII letter or two lower-case
    ones ("is", "mg"), and not a word the clinical vocabulary knows unless it is a listed given name or town (a
    number only continues a span)."""
    if _LETTER.search(tok) is None or tok.isascii() and (len(tok) == 1 or len(tok) == 2 and tok.islower()):
        return False
    return not tok.isascii() or not vocabulary_known(tok.lower()) or tok in GIVEN_NAMES or tok in TOWNS


class TokenModel:
    """A trained model file, read once; each thread tags with its own tagger (a tagger holds one sequence)."""

    def __init__(self, path: Path | str = MODEL) -> None:
        import pycrfsuite

        self.path = Path(path)
        self._open = pycrfsuite.Tagger
        self._local = threading.local()
        self.labels = [k for k in self._tagger().labels() if k != "O"]

    def _tagger(self) -> Any:
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            tagger = self._local.tagger = self._open()
            tagger.open(str(self.path))
        return tagger

    def spans(self, text: str, rule_spans: Sequence[Span], protected: Sequence[tuple[int, int]] = ()) -> list[Span]:
        """The identifier spans the model adds to ``rule_spans`` in ``text`` (none overlaps them or ``protected``'s
        placeholders; see the module's guards); neighbouring tokens of one kind make one span."""
        toks = tokens(text)
        if not any(_may_open(t) for _, _, t in toks):  # no span can start: most of a case's short fields
            return []
        tagger = self._tagger()
        flags = _rule_kinds(toks, rule_spans)
        tagger.set(_features(text, toks, flags, _inside(toks, protected)))
        # span, first and last token, its words' highest probability, its words (tokens with a letter)
        found: list[tuple[Span, int, int, float, int]] = []
        ruled = [k != "O" for k in flags]
        for i, (s, e, tok) in enumerate(toks):
            p = 1.0 - tagger.marginal("O", i)
            if p < THRESHOLD or ruled[i]:
                continue
            kind = max(self.labels, key=lambda k: tagger.marginal(k, i))
            last = found[-1] if found else None
            joined = last is not None and last[0].kind == kind and _JOINER.fullmatch(text, last[0].end, s) is not None
            word = _LETTER.search(tok) is not None
            if not word:
                # a number alone is the rules' to judge (doses, times and values look like record numbers); it only
                # continues an identifier whose words the model is sure of ("KWG-26-0331", not "CBG 180-220-250")
                if not (last is not None and joined and kind == OTHER_KIND and last[3] >= SURE):
                    continue
            elif not _may_open(tok):
                continue
            if last is not None and joined:
                found[-1] = (Span(last[0].start, e, kind, "learned", 0), last[1], i, max(last[3], p if word else 0.0),
                             last[4] + word)
            else:
                found.append((Span(s, e, kind, "learned", 0), i, i, p, 1))
        # a lone word far from any identifier, or after a lower-case word ("restarted Movicol", "with Goodpasture"),
        # is more often a clinical term no list knows than an identifier
        return [span for span, first, last, p, words in found
                if p >= SURE or words > 1
                or not (LOWER_BEFORE and first > 0 and toks[first - 1][2].islower())
                and (any(ruled[max(0, first - NEAR):first]) or any(ruled[last + 1:last + 1 + NEAR]))]


_lock = threading.Lock()
_loaded: dict[Path, TokenModel] = {}
_active: list[TokenModel | None] = []  # set by :func:`using` (evaluation): overrides the shipped model


def current() -> TokenModel | None:
    """The model the de-identifier uses: the shipped one, unless :func:`using` says otherwise."""
    if _active:
        return _active[-1]
    if MODEL not in _loaded:
        with _lock:
            if MODEL not in _loaded:
                _loaded[MODEL] = TokenModel(MODEL)
    return _loaded[MODEL]


@contextmanager
def using(model: TokenModel | None) -> Iterator[None]:
    """Within the block, de-identify with ``model`` (``None``: the rules alone). For measurements, not for reviews."""
    _active.append(model)
    try:
        yield
    finally:
        _active.pop()
