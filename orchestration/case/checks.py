"""The checks a case passes before any part of a review sees it: :func:`prepare_case`.

* Its files are confined (:mod:`.confine`); a refused file is dropped and the refusal stated.
* A study or specimen id that is not a plain label is replaced by a positional one: ids are written
  into prompts outside the quoted case (evidence ids, image captions), so they must not be able to
  carry words or identifiers (an accession number, "ignore previous instructions").
* A case with nothing clinical to review is refused (:class:`EmptyCaseError`): a review of ``{}``
  used to run in full and report itself complete.
* A case too long for the smallest context any role has is shortened, longest text first, each cut
  marked in the text and stated (:attr:`Intake.notes`); one that still does not fit (thousands of
  lab rows) is refused (:class:`CaseTooLongError`). Every prompt quotes the whole case, so without
  this a 2 MB history went whole to every role.

Nothing here names a file path in what it returns for the review: the notes become part of the
opinion, which later prompts quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from consilium.orchestration.case.budget import TOKENS_PER_MESSAGE, chars_for_tokens, estimate_tokens
from consilium.orchestration.case.confine import RefusedFile, allowed_roots, confine_case
from consilium.orchestration.case.model import Case
from consilium.orchestration.case.pacs import fetch_studies
from consilium.orchestration.errors import InputError
from consilium.orchestration.settings import ROLES, Settings

# What a prompt holds besides the quoted case: its template, expert evidence, upstream reports and
# guideline excerpts. Over the evaluation recordings and scenario cassettes the largest such remainder
# estimates at 2,477 tokens (a specialist prompt with two guideline excerpts; about 1,840 true tokens), and
# the longest case at 1,066 (a MedQA stem). With the default 4,096-token context and 600 for the reply,
# this reserve leaves 1,496 for the case: no case of those sets is cut, a 2 MB history is. The case's own
# estimate is high by a quarter or more, and the exact count before each call (agents/calls.py) refuses
# whatever still does not fit.
PROMPT_RESERVE_TOKENS = 2_000
MIN_CASE_TOKENS = 256
MIN_KEPT_CHARS = 400  # a field is never cut shorter than this; past that the case is refused
CUT_MARK = " [... part of this text was cut here to fit the model's context ...] "
PLAIN_ID = re.compile(r"[A-Za-z][A-Za-z0-9._-]{0,31}")

CLINICAL_FIELDS = {
    "presenting_complaint": "presenting complaint", "history": "history", "symptoms": "symptoms",
    "past_medical_history": "past medical history", "social_history": "social history",
    "family_history": "family history", "review_of_systems": "review of systems", "examination": "examination",
    "labs": "laboratory results", "other_results": "other results", "imaging": "imaging", "pathology": "pathology",
    "vitals": "vital signs",
    # A knowledge question with answer options (MedQA has some without a vignette) is reviewable; a bare
    # question is not.
    "options": "answer options of a multiple-choice question",
}


class EmptyCaseError(InputError, ValueError):
    """The case holds nothing clinical to review; the message lists what it may give."""


class CaseTooLongError(InputError, ValueError):
    """The case cannot be shortened to fit the models' context; the message says what is too large."""


@dataclass
class Intake:
    """A case ready for review, and what was done to it on the way (for the opinion: no paths)."""

    case: Case
    refused: list[RefusedFile] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # prompt-safe: ids, field names, counts

    @property
    def refused_note(self) -> str:
        return "; ".join(str(r) for r in self.refused)


def case_token_budget(settings: Settings) -> tuple[int, str]:
    """Tokens the quoted case may take in every role's prompts, and the role whose context sets it."""
    role = min(ROLES, key=lambda r: settings.role(r).n_ctx - settings.role(r).max_tokens)
    cfg = settings.role(role)
    return max(MIN_CASE_TOKENS, cfg.n_ctx - cfg.max_tokens - PROMPT_RESERVE_TOKENS), role


def prepare_case(case: Case, settings: Settings) -> Intake:
    """Confine, relabel, check and fit ``case`` for a review under ``settings``; raises :class:`InputError`
    kinds for a case that cannot be reviewed at all."""
    roots = allowed_roots(settings.file_roots)
    confined, refused = confine_case(case, roots=roots, max_file_bytes=settings.max_file_bytes)
    intake = Intake(case=confined, refused=refused)
    intake.case, renamed = _plain_ids(intake.case)
    if renamed:
        intake.notes.append(f"{renamed} study or specimen id(s) were not plain labels and were renamed "
                            "(img1, spec1, ... by position)")
    # after the relabelling, so that a notice names the study by a plain id
    intake.case, not_fetched, fetch_notes = fetch_studies(intake.case, settings)
    intake.refused.extend(not_fetched)
    intake.notes.extend(fetch_notes)
    require_clinical_content(intake.case, refused)
    budget, role = case_token_budget(settings)
    intake.case, cuts = fit_to_budget(intake.case, budget)
    if cuts:
        cfg = settings.role(role)
        intake.notes.append(f"the case was too long for the models' context ({role}: {cfg.n_ctx:,} tokens, "
                            f"{cfg.max_tokens:,} kept for the reply) and was shortened: " + "; ".join(cuts))
    return intake


def require_clinical_content(case: Case, refused: list[RefusedFile] = ()) -> None:  # type: ignore[assignment]
    """Raise :class:`EmptyCaseError` unless the case states something clinical about the patient."""
    if any(_has(case, name) for name in CLINICAL_FIELDS):
        return
    given = [name for name, value in case.model_dump(exclude={"id"}, exclude_defaults=True).items() if value]
    why = f"; every file it named was refused ({'; '.join(str(r) for r in refused)})" if refused else ""
    raise EmptyCaseError(
        f"case '{case.id}' has no clinical content to review{why}: give at least one of "
        f"{', '.join(CLINICAL_FIELDS.values())} (it has only: {', '.join(['id', *given]) or 'id'})")


def _has(case: Case, name: str) -> bool:
    value = getattr(case, name)
    if name == "imaging":
        return any(s.files or s.report or s.description for s in value)
    if name == "pathology":
        return any(p.files or p.report or p.description for p in value)
    if name == "vitals":
        return any(v not in (None, {}) for v in value.model_dump().values())
    if isinstance(value, (list, dict)):
        return any(str(v).strip() for v in (value.values() if isinstance(value, dict) else value))
    return bool(str(value).strip())


def _plain_ids(case: Case) -> tuple[Case, int]:
    renamed = 0

    def relabel(items: list[Any], prefix: str) -> list[Any]:
        nonlocal renamed
        taken = {x.id for x in items if PLAIN_ID.fullmatch(x.id)}
        out = []
        for n, item in enumerate(items, start=1):
            if PLAIN_ID.fullmatch(item.id):
                out.append(item)
                continue
            new, k = f"{prefix}{n}", n
            while new in taken:
                k += len(items)
                new = f"{prefix}{k}"
            taken.add(new)
            renamed += 1
            out.append(item.model_copy(update={"id": new}))
        return out

    if all(PLAIN_ID.fullmatch(x.id) for x in [*case.imaging, *case.pathology]):
        return case, 0
    return case.model_copy(update={"imaging": relabel(case.imaging, "img"),
                                   "pathology": relabel(case.pathology, "spec")}), renamed


def case_tokens(case: Case) -> int:
    """Estimated tokens of the case as every prompt quotes it (render plus the quoting's notice)."""
    return estimate_tokens(case.render()) + 120 + TOKENS_PER_MESSAGE


def fit_to_budget(case: Case, budget: int) -> tuple[Case, list[str]]:
    """``case`` with its longest texts cut until it fits ``budget`` tokens, and a note per cut field."""
    excess = case_tokens(case) - budget
    if excess <= 0:
        return case, []
    data = case.model_dump(mode="python")
    original: dict[tuple[Any, ...], int] = {}
    spent: set[tuple[Any, ...]] = set()  # texts already cut as short as they may be
    while excess > 0:
        candidates = [(w, t) for w, t in _texts(data) if w not in spent and len(t) > MIN_KEPT_CHARS + len(CUT_MARK)]
        if not candidates:
            raise CaseTooLongError(_too_long(case, budget))
        where, text = max(candidates, key=lambda item: len(item[1]))
        original.setdefault(where, len(text))
        keep = max(MIN_KEPT_CHARS, len(text) - chars_for_tokens(excess) - len(CUT_MARK))
        if keep == MIN_KEPT_CHARS:
            spent.add(where)
        head = keep * 2 // 3
        _set(data, where, text[:head].rstrip() + CUT_MARK + text[len(text) - (keep - head):].lstrip())
        shortened = Case.model_validate(data).with_file_roots(*case.file_roots)
        excess = case_tokens(shortened) - budget
    cuts = [f"{_label(where)} cut from {before:,} to {len(_get(data, where)):,} characters"
            for where, before in original.items()]
    return shortened, cuts


def _label(where: tuple[Any, ...]) -> str:
    """A field's name for a note: schema names and positions only, since a free-form key (an
    examination site, a result's title) is case text and the note is not quoted."""
    top = str(where[0]).replace("_", " ")
    if len(where) == 1:
        return top
    last = where[-1]
    inner = last.replace("_", " ") if isinstance(last, str) and isinstance(where[-2], int) else "one entry"
    return f"{top}, {inner}"


def _too_long(case: Case, budget: int) -> str:
    sizes = {name: len(str(getattr(case, name))) for name in Case.model_fields if name not in ("id", "expected")}
    largest = sorted(sizes, key=sizes.get, reverse=True)[:3]  # type: ignore[arg-type]
    return (f"case '{case.id}' is too long to review: about {case_tokens(case):,} tokens where the models' context "
            f"leaves {budget:,} for it, even with every long text cut to {MIN_KEPT_CHARS} characters; "
            f"its largest parts are {', '.join(largest)}. Split it or leave out what the question does not need")


def _texts(value: Any, where: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], str]]:
    """Every cuttable text of the dumped case with its location (ids, file paths and ``expected`` excluded)."""
    if isinstance(value, str):
        return [(where, value)]
    if isinstance(value, dict):
        return [t for k, v in value.items() if k not in ("id", "files", "expected", "modality", "question")
                for t in _texts(v, (*where, k))]
    if isinstance(value, list):
        return [t for i, v in enumerate(value) for t in _texts(v, (*where, i))]
    return []


def _set(data: Any, where: tuple[Any, ...], text: str) -> None:
    for key in where[:-1]:
        data = data[key]
    data[where[-1]] = text


def _get(data: Any, where: tuple[Any, ...]) -> str:
    for key in where:
        data = data[key]
    return data
