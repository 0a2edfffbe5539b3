"""Scoring a case's answer against its reference, by several methods that are always reported together.

Free-text diagnoses (AgentClinic) are scored four ways, none of which is the whole truth:

* ``exact``: the strings are equal apart from case and surrounding spaces (strict, under-counts);
* ``normalised``: the project's diagnosis normaliser (:func:`~consilium.agents.consensus.normalise_diagnosis`:
  abbreviations, UK/US spelling, hedges, harmless modifiers), or the reference named whole inside the
  answer (lenient towards answers that add detail);
* ``icd``: both texts mapped to an ICD-10-CM code by searching the code descriptions and inclusion
  terms (``simple-icd-10-cm``), compared at category level (first three characters). It forgives
  wording but also counts two different diseases of one category as a match, and some diagnoses find
  no code at all: that is reported, never guessed;
* ``judge`` (optional): a model asked whether the answer names the same condition; its prompt, reply and
  verdict are saved with the score.

``correct`` is the ``normalised`` result for free text, the chosen option for multiple-choice (MedQA)
questions. The evaluation report shows every method side by side.
"""

from __future__ import annotations

import importlib.util
import re
import threading
import warnings
from functools import cache
from importlib import metadata
from pathlib import Path
from sys import intern
from typing import Any, Literal

from consilium.agents.calls import AgentFailure, prompt_hash, structured_call
from consilium.agents.consensus import (
    HEDGES,
    SPELLING,
    normalise_diagnosis,
    same_diagnosis,
)
from consilium.agents.prompting import template
from consilium.orchestration.case.model import Case
from consilium.orchestration.disk_cache import (
    cached_build,
    default_index_dir,
    inputs_key,
)
from consilium.orchestration.models.chat import BoundModel
from consilium.orchestration.safety.injection import quote_untrusted
from pydantic import BaseModel, Field

SCORE_VERSION = 5  # 3: stricter containment, 'a' kept as a qualifier, option letters from text; 4: stated
# abbreviations; 5: a bare letter as the answer's text, and answers whose text names another option
# Words that say a code is unspecific rather than what the disease is: a description may carry them freely.
_FREE = {"unspecified", "nos", "not", "elsewhere", "classified", "other", "organism", "site", "part", "and",
         "or", "in", "without", "due", "to", "type", "specified", "unknown", "cause", "on", "at", "by", "for"}
MIN_SCORE = 0.44  # below this the best description shares too little with the text to be its code
# (0.44 lets a three-word diagnosis carry one word that no description has, e.g. "ocular myasthenia gravis").


_EXTRA_SPELLING = [("aemia", "emia"), ("oea", "ea")]
# Dropped in a second try when the full text finds no code; never acute/chronic/primary, which can
# name a different disease (acute vs chronic leukaemia).
_SOFT_MODIFIERS = {"community", "acquired", "left", "right", "bilateral", "sided", "new", "onset", "mild", "moderate",
                   "severe", "uncomplicated", "early", "late", "suspected"}


def _stem(token: str) -> str:
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def _words(text: str) -> list[str]:
    text = text.lower().replace("'s", "").replace("’s", "")
    for uk, us in [*SPELLING, *_EXTRA_SPELLING]:
        text = text.replace(uk, us)
    return [_stem(t) for t in re.findall(r"[a-z0-9]+", text) if t not in _FREE and t not in HEDGES]


def diagnosis_words(text: str) -> frozenset[str]:
    """Content words of a diagnosis as a clinician or model writes it (abbreviations expanded)."""
    return frozenset(_words(normalise_diagnosis(text)))


def description_tokens(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(core, optional) words of an ICD-10-CM description: words in parentheses or brackets are the
    classification's nonessential modifiers, which a diagnosis may carry or leave out."""
    optional = " ".join(re.findall(r"[(\[]([^)\]]*)[)\]]", text))
    core = re.sub(r"[(\[][^)\]]*[)\]]", " ", text)
    core_words = frozenset(_words(core))
    return core_words, frozenset(_words(optional)) - core_words


class IcdMatch(BaseModel):
    code: str
    category: str
    description: str
    matched_text: str = Field(description="The description or inclusion term that matched.")
    score: float = Field(description="1.0 when the text and the matched term have the same content words.")
    note: str = ""


class IcdIndex:
    """ICD-10-CM categories and subcategories searchable by the words of their descriptions and inclusion terms.

    Reading the classification and tokenising its 110,000 terms takes seconds, so the result is kept on
    disk (:mod:`consilium.orchestration.disk_cache`) keyed by the package's files and the tokenising
    code; ``cache_dir``: that folder, ``None`` for the user's cache, ``False`` for none.
    ``loaded_from_cache`` says whether this instance was read from disk."""

    def __init__(self, cache_dir: Path | None | Literal[False] = None) -> None:
        self.version = "ICD-10-CM (simple-icd-10-cm)"
        if importlib.util.find_spec("simple_icd_10_cm") is None:
            raise ImportError("simple-icd-10-cm is not installed")
        folder = None if cache_dir is False else (Path(cache_dir) if cache_dir else default_index_dir())
        (self._entries, self._descriptions), self.loaded_from_cache = cached_build(
            "icd10cm-index", _icd_inputs_key() if folder else "", folder, _read_classification,
            _encode_icd, _decode_icd)
        self._by_token: dict[str, list[int]] = {}
        for i, (_code, _text, core, optional) in enumerate(self._entries):
            for t in core | optional:
                self._by_token.setdefault(t, []).append(i)

    def _describe(self, code: str) -> str:
        return self._descriptions[code]

    def _best(self, query: frozenset[str]) -> tuple[float, int] | None:
        """(score, entry index) of the best entry: most of its words covered by the query, all the
        query's words in it (a missing query word costs more than an extra description word). Ties go
        to an unspecified code before an "other ..." one, then to the shorter code (the category)."""
        best: tuple[tuple[float, int, int, str], int] | None = None
        for i in {i for t in query for i in self._by_token.get(t, ())}:
            code, text, core, optional = self._entries[i]
            shared = len(query & (core | optional))
            score = shared / (len(core) + len(query & optional)) * (shared / len(query)) ** 2
            key = (-score, int(bool(re.match(r"other\b", text, re.IGNORECASE))), len(code), code)
            if best is None or key < best[0]:
                best = (key, i)
        return None if best is None else (-best[0][0], best[1])

    def lookup(self, text: str) -> IcdMatch | None:
        """The best-matching code for a diagnosis text, or ``None`` when no description is close enough.

        Modifiers such as *community-acquired*, *left* or *severe* (never *acute* or *chronic*) are dropped
        in a second try when the full text finds nothing (the match then says so in ``note``)."""
        query = diagnosis_words(text)
        tries = [(query, "")]
        plain = frozenset(t for t in query if t not in _SOFT_MODIFIERS)
        if plain and plain != query:
            tries.append((plain, f"matched without the modifier(s) {', '.join(sorted(query - plain))}"))
        for q, note in tries:
            found = self._best(q) if q else None
            if found and found[0] >= MIN_SCORE:
                code, matched = self._entries[found[1]][:2]
                return IcdMatch(code=code, category=code[:3], description=self._describe(code), matched_text=matched,
                                score=round(found[0], 3), note=note)
        return None


_IcdEntries = list[tuple[str, str, frozenset[str], frozenset[str]]]


def _read_classification() -> tuple[_IcdEntries, dict[str, str]]:
    """(code, term, core words, optional words) of every description and inclusion term of a category or
    subcategory, and each such code's description."""
    with warnings.catch_warnings():  # the package uses deprecated importlib.resources calls
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10_cm as icd  # lazy: parses the whole classification (a few seconds)

    entries: _IcdEntries = []
    descriptions: dict[str, str] = {}
    for code in icd.get_all_codes(with_dots=True):
        if not icd.is_category_or_subcategory(code):
            continue
        for text in [icd.get_description(code), *icd.get_inclusion_term(code)]:
            core, optional = description_tokens(text)
            if core:
                entries.append((code, text, core, optional))
                descriptions.setdefault(code, icd.get_description(code))
    return entries, descriptions


def _icd_inputs_key() -> str:
    spec = importlib.util.find_spec("simple_icd_10_cm")  # not imported: importing it parses the classification
    if spec is None or spec.origin is None:
        raise ImportError("simple-icd-10-cm is not installed")
    package = Path(spec.origin).parent
    files = sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    # the tables that decide a term's words live partly in the consensus normaliser
    tables = [repr(sorted(_FREE)), repr(sorted(HEDGES)), repr(list(SPELLING)), repr(_EXTRA_SPELLING)]
    return inputs_key(files=files, sources=[Path(__file__)],
                      values=[f"simple-icd-10-cm {metadata.version('simple-icd-10-cm')}", *tables])


def _encode_icd(built: tuple[_IcdEntries, dict[str, str]]) -> dict[str, Any]:
    entries, descriptions = built
    # words are alphanumeric runs, so a space separates them; sorted, so that a file is the same each build
    return {"entries": [[code, text, " ".join(sorted(core)), " ".join(sorted(optional))]
                        for code, text, core, optional in entries], "descriptions": descriptions}


def _decode_icd(payload: dict[str, Any]) -> tuple[_IcdEntries, dict[str, str]]:
    descriptions = {str(k): str(v) for k, v in payload["descriptions"].items()}
    # One frozenset per distinct word list, of interned words: many terms share their words, and this
    # halves the time to read 110,000 terms.
    shared: dict[str, frozenset[str]] = {}

    def words(joined: str) -> frozenset[str]:
        found = shared.get(joined)
        if found is None:
            found = shared[joined] = frozenset(map(intern, joined.split()))
        return found

    entries: _IcdEntries = [(str(code), str(text), words(core), words(optional))
                            for code, text, core, optional in payload["entries"]]
    if not all(core for _c, _t, core, _o in entries) or not {e[0] for e in entries} <= descriptions.keys():
        raise ValueError("a cached ICD-10-CM entry has no words or no description")
    return entries, descriptions


_index_lock = threading.Lock()


@cache
def _index() -> IcdIndex:
    return IcdIndex()


def icd_index() -> IcdIndex | None:
    """The shared index, or ``None`` when ``simple-icd-10-cm`` is not installed."""
    with _index_lock:
        try:
            return _index()
        except ImportError:
            return None


def icd_score(answer: str, reference: str) -> dict[str, Any]:
    """Category-level ICD-10-CM agreement; ``match`` is ``None`` when either text finds no code."""
    index = icd_index()
    if index is None:
        return {"match": None, "note": "simple-icd-10-cm is not installed: pip install 'consilium-cds[eval]'"}
    got, want = index.lookup(answer) if answer.strip() else None, index.lookup(reference)
    out: dict[str, Any] = {"answer": got.model_dump() if got else None, "reference": want.model_dump() if want else None}
    missing = [name for name, m in (("reference", want), ("answer", got)) if m is None]
    if missing:
        out.update(match=None, note=f"no ICD-10-CM code found for the {' and the '.join(missing)}")
    else:
        out.update(match=got.category == want.category, note="compared at category level (first 3 characters)")
    return out


# An answer that lists, weighs or rules out conditions does not commit to the one it names.
_NOT_ONE_ANSWER = re.compile(r"\b(vs|versus|or|rule out|ruled out|excluded|unlikely|less likely|differential)\b|[;/]")
# A word just before the reference that makes the answer another condition (NSTEMI vs STEMI,
# non-small cell vs small cell lung cancer, "not tuberculosis").
_TURNS_INTO_ANOTHER = {"non", "no", "not", "without", "pseudo", "type", "para", "pre", "post"}


def _names_reference(answer: str, reference: str) -> bool:
    """Whether the answer names the whole reference inside a longer diagnosis ("ocular myasthenia gravis"
    for "myasthenia gravis"), and commits to it: no list, negation or differing qualifier."""
    if _NOT_ONE_ANSWER.search(answer.lower()):
        return False
    a = normalise_diagnosis(answer, keep=frozenset({"disease"}))
    b = normalise_diagnosis(reference, keep=frozenset({"disease"}))
    m = re.search(rf"(?:^| ){re.escape(b)}(?= |$)", a) if a and b else None
    if m is None:
        return False
    before, after = a[:m.start()].split(), a[m.end():].split()
    qualifier = (before and (before[-1] in _TURNS_INTO_ANOTHER or len(before[-1]) == 1)) or \
        (after and (len(after[0]) == 1 or after[0].isdigit()))
    return not qualifier


def normalised_match(answer: str, reference: str) -> bool:
    """Same diagnosis after normalisation (spelling, abbreviations, hedges, harmless modifiers), or
    the reference named whole inside an answer that commits to it (see :func:`_names_reference`)."""
    a, b = normalise_diagnosis(answer), normalise_diagnosis(reference)
    return bool(a and b) and (same_diagnosis(a, b) or _names_reference(answer, reference)
                              or _is_stated_abbreviation(answer, reference) or _is_stated_abbreviation(reference, answer))


def _is_stated_abbreviation(short: str, full: str) -> bool:
    """``short`` is the abbreviation that ``full`` itself gives in parentheses: "PML" for
    "Progressive multifocal leukoencephalopathy (PML)"."""
    stated = re.findall(r"\(([A-Z][A-Za-z0-9-]{1,7})\)", full)
    return short.strip().upper() in {x.upper() for x in stated}


class JudgeVerdict(BaseModel):
    # The reason comes first so that a model decoding in field order reasons before it decides.
    reason: str = Field(max_length=240)
    verdict: Literal["same", "different"] = Field(description="same: the candidate names the reference condition.")


def judge_answer(bound: BoundModel, *, question: str, reference: str, answer: str) -> dict[str, Any]:
    """Ask a model whether ``answer`` names the same condition as ``reference``; everything is kept."""
    prompt = template("judge").substitute(question=question, reference=reference,
                                          candidate=quote_untrusted(answer or "(no answer)"))
    messages = [{"role": "user", "content": prompt}]
    base = {"model_id": bound.model.model_id, "prompt": prompt, "prompt_sha256": prompt_hash(messages)}
    try:
        out, records = structured_call(bound, role="judge", task="judge", messages=messages, output=JudgeVerdict,
                                       max_tokens=120)
    except AgentFailure as exc:
        return {**base, "match": None, "verdict": None, "reason": f"judge failed: {exc.kind}: {exc.reason}",
                "audit": [r.model_dump() for r in exc.audit]}
    return {**base, "match": out.verdict == "same", "verdict": out.verdict, "reason": out.reason,
            "audit": [r.model_dump() for r in records]}


# Pairs with a known verdict (none of them an AgentClinic reference): how far the judge can be trusted.
CONTROL_PAIRS = [("Chronic obstructive pulmonary disease", "COPD exacerbation", True),
                 ("Pulmonary embolism", "Community-acquired pneumonia", False),
                 ("Gastro-oesophageal reflux disease", "GERD with erosive oesophagitis", True),
                 ("Type 2 diabetes mellitus", "Type 1 diabetes mellitus", False)]


def judge_calibration(bound: BoundModel) -> dict[str, Any]:
    """The judge's verdicts on :data:`CONTROL_PAIRS`; a judge that misses them should not be believed."""
    rows = []
    for reference, answer, same in CONTROL_PAIRS:
        j = judge_answer(bound, question="What is the most likely diagnosis?", reference=reference, answer=answer)
        rows.append({"reference": reference, "answer": answer, "expected": "same" if same else "different",
                     "verdict": j["verdict"], "reason": j["reason"], "correct": j["match"] is same})
    return {"model_id": bound.model.model_id, "correct": sum(r["correct"] for r in rows), "n": len(rows), "pairs": rows}


def options_named(case: Case, answer: dict[str, Any]) -> set[str]:
    """The options an answer's text names: a letter alone ("B", "(B)", "B."), a letter leading the text
    ("B. Staphylococcus aureus") or the very text of one option (case, punctuation and spacing aside)."""
    def words(text: str) -> str:
        return " ".join(re.findall(r"[a-z0-9]+", text.lower()))

    texts = [str(answer.get(k) or "").strip() for k in ("answer", "diagnosis")]
    hits = set()
    for text in filter(None, texts):
        # "B. Staphylococcus aureus" leads with a letter; "E. coli sepsis" does not (a genus, lower case follows)
        m = re.fullmatch(r"\(?([A-E])[).:]?", text) or re.match(r"\(?([A-E])(?:[):]\s|\.\s+(?![a-z]))", text)
        if m and m.group(1) in case.options:
            hits.add(m.group(1))
        hits |= {letter for letter, option in case.options.items() if words(option) and words(option) == words(text)}
    return hits


def option_from_text(case: Case, answer: dict[str, Any]) -> str:
    """The option an answer names when it left the letter empty; "" when it names none or several."""
    hits = options_named(case, answer)
    return hits.pop() if len(hits) == 1 else ""


def score_case(case: Case, answer: dict[str, Any] | None, *, judge: BoundModel | None = None) -> dict[str, Any]:
    """Every applicable score of ``answer`` against ``case.expected``; ``correct`` is the primary one."""
    exp = case.expected
    if exp is None or (not exp.answer_idx and not exp.diagnosis):
        return {"scored": False, "version": SCORE_VERSION, "reason": "the case has no reference answer"}
    answer = answer or {}
    if exp.answer_idx:
        letter = str(answer.get("option") or "").strip().upper()
        chosen = letter or option_from_text(case, answer)
        expected = exp.answer_idx.strip().upper()
        named = options_named(case, answer)
        # The letter decides the score, but an answer whose own text names another option is shown as
        # such: a small model sometimes writes "A" (or option A's text) and picks "B".
        return {"scored": True, "version": SCORE_VERSION, "method": "option", "chosen": chosen,
                "expected": expected, "no_option": not chosen, "option_from_text": bool(chosen and not letter),
                "option_conflict": sorted(named - {letter}) if letter and named and letter not in named else [],
                "no_answer": not answer, "correct": chosen == expected}
    got, want = str(answer.get("diagnosis") or ""), exp.diagnosis or ""
    score: dict[str, Any] = {
        "scored": True, "version": SCORE_VERSION, "method": "diagnosis", "answer": got, "reference": want,
        "no_answer": not got.strip(), "exact": bool(got.strip()) and got.strip().lower() == want.strip().lower(),
        "normalised": normalised_match(got, want), "icd": icd_score(got, want),
    }
    if judge is not None:
        score["judge"] = judge_answer(judge, question=case.question, reference=want, answer=got)
    score["correct"] = score["normalised"]
    return score


__all__ = [
    "CONTROL_PAIRS",
    "SCORE_VERSION",
    "IcdIndex",
    "IcdMatch",
    "JudgeVerdict",
    "icd_index",
    "icd_score",
    "judge_answer",
    "judge_calibration",
    "normalised_match",
    "option_from_text",
    "options_named",
    "score_case",
]
