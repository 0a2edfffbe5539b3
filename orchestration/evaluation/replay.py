"""Scenario replay: run a collection of cases, one JSON result per case, resumable, with scoring.

``strategy="consilium"`` runs the full multidisciplinary review; ``strategy="single"`` is the
baseline: the GP's model answers the same case text in one call. Both go through this harness, so
accuracy, calls, tokens and seconds compare like for like. Scores come from
:mod:`consilium.orchestration.evaluation.scoring` (exact, normalised, ICD-10-CM and, with ``judge``, a model
judge whose calls are kept in the score, not counted in the strategy's cost). A rerun skips finished
cases; it re-scores them in place (no model call for the case) when the scoring has changed or a judge
is asked for and the stored score has none.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from consilium.agents.calls import AgentFailure, structured_call
from consilium.agents.prompting import options_rule, quoted_case, template
from consilium.agents.schemas import FinalAnswer
from consilium.orchestration.api import Consilium, ReviewResult
from consilium.orchestration.case.model import Case
from consilium.orchestration.case.io import CaseLoadError, load_cases
from consilium.orchestration.models.chat import BoundModel
from consilium.orchestration.audit.recording import case_sha256
from consilium.orchestration.files import PRIVATE_FILE, private_folder, write_text_atomic
from consilium.orchestration.evaluation.scoring import SCORE_VERSION, judge_calibration, score_case

Strategy = Literal["consilium", "single"]


def score_answer(case: Case, answer: dict[str, Any] | None, *, judge: BoundModel | None = None) -> dict[str, Any]:
    """Every score of the answer against the case's reference (see :func:`~consilium.orchestration.evaluation.scoring.score_case`);
    ``correct`` is the primary one: the chosen option, or the normalised diagnosis match."""
    return score_case(case, answer, judge=judge)


def single_answer(consilium: Consilium, case: Case) -> dict[str, Any]:
    """The one-call baseline through the same model layer and audit records. The model sees the same
    case text as the review's agents: de-identified when the review would de-identify it."""
    t0 = time.perf_counter()
    model_case, scrub = case, None
    if consilium.privacy is not None:
        model_case, deid = consilium.privacy.protect(case, Consilium.new_review_id())
        scrub = consilium.privacy.scrubber(deid)
    prompt = template("single").substitute(case=quoted_case(model_case), options_rule=options_rule(model_case))
    try:
        out, records = structured_call(consilium.models["gp"], role="gp", task="single", scrub=scrub,
                                       messages=[{"role": "user", "content": prompt}], output=FinalAnswer)
        answer, failures = {**out.model_dump(), "source": "single"}, {}
        if consilium.privacy is not None:
            answer = consilium.privacy.reidentify(answer, deid)
    except AgentFailure as exc:
        records, answer = exc.audit, None
        failures = {"single": {"task": "single", "specialist": "gp", "kind": exc.kind, "reason": exc.reason}}
    audit = [r.model_dump() for r in records]
    seconds = time.perf_counter() - t0
    return {"answer": answer, "opinion": None, "failures": failures, "audit": audit,
            "timings": {"single": round(seconds, 4)}, "seconds": seconds}


METHODS = ("exact", "normalised", "icd", "judge", "option")


@dataclass
class ReplaySummary:
    strategy: str
    total: int = 0
    done: int = 0
    skipped_existing: int = 0
    correct: int = 0
    scored: int = 0
    load_errors: list[str] = field(default_factory=list)
    run_errors: list[str] = field(default_factory=list)
    tallies: dict[str, list[int]] = field(default_factory=dict)  # method -> [matches, cases it could judge]

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.scored if self.scored else None

    def add(self, score: dict[str, Any]) -> None:
        self.done += 1
        if not score.get("scored"):
            return
        self.scored += 1
        self.correct += int(bool(score.get("correct")))
        for method in METHODS:
            value = score.get(method)
            if isinstance(value, dict):  # icd and judge: None when they could not decide
                value = value.get("match")
            if method == "option" and score.get("method") == "option":
                value = score.get("correct")
            if isinstance(value, bool):
                tally = self.tallies.setdefault(method, [0, 0])
                tally[0] += int(value)
                tally[1] += 1


def _body(consilium: Consilium, case: Case, strategy: Strategy,
          record_dir: Path | None = None) -> tuple[dict[str, Any], str | None]:
    if strategy == "single":
        return single_answer(consilium, case), None
    recording = None
    if record_dir is not None:
        from consilium.orchestration.audit.recording import record_review

        r, rec = record_review(consilium, case)
        recording = str(rec.save(record_dir / result_name(record_dir.parent, case.id)))
    else:
        r = consilium.review(case)
    return {"recording": recording, **review_body(r)}, r.review_id


def review_body(r: ReviewResult) -> dict[str, Any]:
    """What a case result keeps of a multidisciplinary review (in-process replay and Redis workers alike)."""
    return {"answer": r.answer, "opinion": r.opinion.model_dump() if r.opinion else None,
            "plan": r.plan.model_dump() if r.plan else None,
            "failures": {k: v.model_dump() for k, v in r.failures.items()}, "audit": r.audit,
            "timings": r.timings, "seconds": r.seconds, "red_flags": r.red_flags}


def case_result(case: Case, strategy: str, review_id: str | None, body: dict[str, Any],
                judge: BoundModel | None = None) -> dict[str, Any]:
    """One case's result file: the body, its score against the case's reference, and its cost."""
    audit = body["audit"]
    return {"case_id": case.id, "case_sha256": case_sha256(case), "strategy": strategy, "review_id": review_id,
            "expected": case.expected.model_dump() if case.expected else None,
            "score": score_answer(case, body["answer"], judge=judge), "llm_calls": len(audit),
            "tokens_in": sum(a["tokens_in"] for a in audit), "tokens_out": sum(a["tokens_out"] for a in audit),
            **body}


def _run_one(consilium: Consilium, case: Case, strategy: Strategy, judge: BoundModel | None = None,
             record_dir: Path | None = None) -> dict[str, Any]:
    body, review_id = _body(consilium, case, strategy, record_dir)
    return case_result(case, strategy, review_id, body, judge)


def needs_rescore(result: dict[str, Any], judge: BoundModel | None) -> bool:
    """Whether a stored result's score predates the scoring code, or lacks a judge that is now asked for."""
    score = result.get("score") or {}
    if score.get("version") != SCORE_VERSION:
        return True
    return judge is not None and score.get("method") == "diagnosis" and "judge" not in score


def _other_case(result: dict[str, Any], case: Case, digest: str, path: str | Path) -> str | None:
    """Why a stored result under this case's id belongs to another case (ids are file stem + line, so
    two files can share them), or ``None`` when it is this case's. ``digest`` is :func:`case_sha256`.

    A result that carries the case's sha256 is this case's exactly when the hashes match, wherever the
    case file now lies: a committed run resumes from any checkout. An older result without one is
    matched by source path and reference answer."""
    if stored := result.get("case_sha256"):
        return None if stored == digest else "for a different case (its text changed, or another file's)"
    source = result.get("source_file")
    if source and Path(source).resolve() != Path(path).resolve():
        return f"from another source file ({source})"
    if "expected" in result and result["expected"] != (case.expected.model_dump() if case.expected else None):
        return "with another reference answer"
    return None


def _adopt(result: dict[str, Any], digest: str, path: str | Path) -> bool:
    """Stamp a reused result with the case's hash and the source file it now answers for; True when
    either changed (an older result, or one run from another checkout)."""
    stamp = {"case_sha256": digest, "source_file": str(Path(path).resolve())}
    if all(result.get(k) == v for k, v in stamp.items()):
        return False
    result.update(stamp)
    return True


def refresh_score(case: Case, result: dict[str, Any], judge: BoundModel | None = None) -> bool:
    """Re-score a stored result in place when :func:`needs_rescore` says so; True when it did. A rescore
    without a judge keeps the judge verdict it cannot redo."""
    if not needs_rescore(result, judge):
        return False
    previous = result.get("score") or {}
    result["score"] = score_answer(case, result.get("answer"), judge=judge)
    if judge is None and "judge" in previous:
        result["score"]["judge"] = previous["judge"]
    return True


_NAMES_KEY = ".result-names.key"


def _names_key(folder: Path) -> bytes:
    """The folder's own random key for naming result files, made on first use (0600, beside the results)."""
    path = folder / _NAMES_KEY
    if not path.is_file():
        # Written whole under another name, then linked: a concurrent writer (a thread, the Redis
        # replay) either wins the link or reads the winner's key, never a half-written one.
        draft = write_text_atomic(folder / f".{secrets.token_hex(4)}.key", secrets.token_hex(16), mode=PRIVATE_FILE)
        try:
            os.link(draft, path)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_text(encoding="ascii").strip().encode()


def result_name(folder: Path, case_id: str) -> str:
    """The file name of a case's result (and recording) in ``folder``: a keyed hash of the case id, because a
    case id is often a file name and may be the patient's. The same case always gets the same name in a
    folder, which is what lets a run resume; the case id itself is inside the (0600) file."""
    digest = hmac.new(_names_key(folder), case_id.encode(), hashlib.sha256).hexdigest()
    return f"case-{digest[:20]}.json"


def result_file(folder: Path, case_id: str) -> Path:
    """Where ``case_id``'s result is (or goes) in ``folder``: the hashed name, or ``CASE_ID.json`` where a run
    from before hashed names left one (the committed runs under docs/evaluation resume from those)."""
    legacy = folder / f"{case_id}.json"
    if legacy.is_file():
        return legacy
    return folder / result_name(folder, case_id)


def write_result(folder: Path, case_id: str, result: dict[str, Any]) -> None:
    """Write one case's result atomically (a run stopped mid-write leaves no half file), readable by its
    owner only: it holds the case's id and the review of the case."""
    write_text_atomic(result_file(folder, case_id), json.dumps(result, indent=1, default=str), mode=PRIVATE_FILE)


def pending_cases(cases: list[Case], folder: Path, path: str | Path, summary: ReplaySummary,
                  judge: BoundModel | None = None) -> list[Case]:
    """The cases of ``path`` that still need a run; finished ones are counted into ``summary``.

    A stored result is reused when it is this case's (same case hash; for an older result without one,
    same source file and reference): it is re-scored in place, with no model call for the case, when the
    scoring changed or a judge is asked for and it has none. A result under the same id for another case
    is reported and left alone;
    a second case with an id already seen is reported and not run (its file would overwrite the first)."""
    todo, seen = [], set()
    for case in cases:
        if case.id in seen:
            summary.run_errors.append(f"{case.id}: a second case with this id in {path}; skipped")
            continue
        seen.add(case.id)
        target = result_file(folder, case.id)
        if target.is_file():
            try:
                result = json.loads(target.read_text())
                digest = case_sha256(case)  # once per stored result: both the match and the stamp need it
                if clash := _other_case(result, case, digest, path):
                    summary.run_errors.append(f"{case.id}: {target} holds a result {clash}; not overwritten "
                                              "(give this file its own --out folder, or delete that result "
                                              "to run the case again)")
                    continue
                if refresh_score(case, result, judge) | _adopt(result, digest, path):
                    write_result(folder, case.id, result)
                summary.add(result["score"])
                summary.skipped_existing += 1
                continue
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
                pass  # a half-written or foreign file: redo the case
        todo.append(case)
    return todo


def replay(path: str | Path, consilium: Consilium, *, strategy: Strategy = "consilium", limit: int | None = None,
           out_dir: str | Path = "runs/replay", concurrency: int = 1, judge: str | BoundModel | None = None,
           progress: Callable[[ReplaySummary, str], None] | None = None, record: bool = False) -> ReplaySummary:
    """Run every case in ``path``; results go to ``out_dir/<strategy>/case-<hash>.json`` (:func:`result_file`),
    readable by their owner only.

    ``judge``: a role name (its model from ``consilium.models``) or a bound model that grades free-text
    answers; ``None`` for no judge. The judge first grades a few control pairs with known verdicts
    (kept in ``summary.json``), so the report can say how far it can be trusted. A malformed record is listed in ``load_errors`` and skipped; a case
    that raises is listed in ``run_errors``; neither stops the run. ``record`` (consilium strategy): each
    review's recording goes to ``out_dir/consilium/recordings/case-<hash>.json`` for exact playback."""
    if record and strategy != "consilium":
        raise ValueError("record=True records multidisciplinary reviews: use it with strategy='consilium'")
    judge_model = consilium.models[judge] if isinstance(judge, str) else judge
    calibration = judge_calibration(judge_model) if judge_model is not None else None
    loaded = load_cases(path)
    summary = ReplaySummary(strategy=strategy, load_errors=[str(e) for e in loaded.errors])
    cases = loaded.cases[:limit] if limit else loaded.cases
    summary.total = len(cases)
    folder = private_folder(Path(out_dir) / strategy)
    record_dir = folder / "recordings" if record else None

    todo = pending_cases(cases, folder, path, summary, judge_model)
    if progress:
        progress(summary, "")
    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        futures = {pool.submit(_run_one, consilium, c, strategy, judge_model, record_dir): c for c in todo}
        for fut in as_completed(futures):
            case = futures[fut]
            try:
                result = fut.result()
            except Exception as exc:  # noqa: BLE001 - one broken case must not abort a long run; the reason is kept
                summary.run_errors.append(f"{case.id}: {type(exc).__name__}: {exc}")
                continue
            result["source_file"] = str(Path(path).resolve())
            write_result(folder, case.id, result)
            summary.add(result["score"])
            if progress:
                progress(summary, case.id)
    write_text_atomic(folder / "summary.json", json.dumps({
        "strategy": strategy, "source": str(path), "cases": summary.total, "done": summary.done,
        "scored": summary.scored, "correct": summary.correct, "accuracy": summary.accuracy,
        "tallies": summary.tallies, "judge": judge_model.model.model_id if judge_model else None,
        "judge_calibration": calibration,
        "load_errors": summary.load_errors, "run_errors": summary.run_errors}, indent=1), mode=PRIVATE_FILE)
    return summary


__all__ = ["METHODS", "CaseLoadError", "ReplaySummary", "case_result", "needs_rescore", "pending_cases", "refresh_score",
           "replay", "result_file", "result_name", "review_body", "score_answer", "single_answer", "write_result"]
