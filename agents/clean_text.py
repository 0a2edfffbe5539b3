"""Keep a model's text in the case's own scripts: a small multilingual model drifts into another script
mid-sentence ("not severe enough to导致"); such runs are cut out of every string of the reply and the cut
is recorded, so a clinician never reads a half-translated sentence presented as the review's words.

A script is foreign when the prompt (the case, the instructions) holds no letter of it. Greek is foreign
only in runs of two or more letters: single Greek letters are ordinary in clinical English (β-blocker,
μg, α-fetoprotein).
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from pydantic import BaseModel

T = TypeVar("T", bound=BaseModel)

SCRIPTS: dict[str, str] = {
    "Han": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "Kana": "\u3040-\u30ff",
    "Hangul": "\u1100-\u11ff\uac00-\ud7af",
    "Cyrillic": "\u0400-\u04ff",
    "Arabic": "\u0600-\u06ff",
    "Hebrew": "\u0590-\u05ff",
    "Thai": "\u0e00-\u0e7f",
    "Devanagari": "\u0900-\u097f",
    "Greek": "\u0370-\u03ff",
}
_PRESENT = {name: re.compile(f"[{chars}]") for name, chars in SCRIPTS.items()}
# CJK punctuation and full-width forms travel with the scripts that use them.
_CJK_PUNCT = "\u3000-\u303f\uff00-\uffef"


def foreign_pattern(prompt: str) -> re.Pattern[str] | None:
    """A pattern for runs of the scripts ``prompt`` does not use; None when every script appears in it."""
    alts = []
    for name, chars in SCRIPTS.items():
        if _PRESENT[name].search(prompt):
            continue
        if name == "Greek":
            alts.append(f"[{chars}]{{2,}}")
        elif name in ("Han", "Kana", "Hangul"):
            alts.append(f"[{chars}][{chars}{_CJK_PUNCT}]*")
        else:
            alts.append(f"[{chars}]+")
    return re.compile("|".join(alts)) if alts else None


def _clean(value: Any, pattern: re.Pattern[str], cut: list[str]) -> Any:
    if isinstance(value, str):
        found = pattern.findall(value)
        if not found:
            return value
        cut.extend(found)
        return re.sub(r"[ \t]{2,}", " ", pattern.sub(" ", value)).strip()
    if isinstance(value, dict):
        return {k: _clean(v, pattern, cut) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v, pattern, cut) for v in value]
    return value


def keep_case_scripts(value: T, prompt: str) -> tuple[T, str]:
    """``value`` without runs of scripts foreign to ``prompt``, and a note of what was cut ("" when nothing)."""
    pattern = foreign_pattern(prompt)
    if pattern is None:
        return value, ""
    cut: list[str] = []
    cleaned = _clean(value.model_dump(), pattern, cut)
    if not cut:
        return value, ""
    chars = sum(len(c) for c in cut)
    return type(value).model_validate(cleaned), f"text in a script the case does not use removed ({chars} characters)"
