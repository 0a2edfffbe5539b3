"""Scenario replay: run a collection of cases, one JSON result per case, resumable, with scoring.

``strategy="consilium"`` runs the full multidisciplinary review; ``strategy="single"`` is the
baseline: the GP's model answers the same case text in one call. Both go through this harness, so
accuracy, calls, tokens and seconds compare like for like.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from consilium.agents.calls import AgentFailure, structured_call
from consilium.agents.consensus import normalise_diagnosis, same_diagnosis
from consilium.agents.prompting import options_rule, quoted_case, template
from consilium.agents.schemas import FinalAnswer
from consilium.orchestration.api import Consilium
from consilium.orchestration.case import Case
from consilium.orchestration.case_io import CaseLoadError, load_cases

Strategy = Literal["consilium", "single"]


def score_answer(case: Case, answer: dict[str, Any] | None) -> dict[str, Any]:
    """Exact and normalised match of the answer against the case's expected diagnosis or option."""
    exp = case.expected
    if exp is None or answer is None:
        return {"scored": False}
    if exp.answer_idx:
        return {"scored": True, "method": "option", "correct": (answer.get("option") or "") == exp.answer_idx}
    got, want = answer.get("diagnosis") or "", exp.diagnosis or ""
    exact = got.strip().lower() == want.strip().lower()
    a, b = normalise_diagnosis(got), normalise_diagnosis(want)
    normalised = bool(a and b) and (same_diagnosis(a, b) or re.search(rf"\b{re.escape(b)}\b", a) is not None)
    return {"scored": True, "method": "diagnosis", "exact": exact, "correct": exact or normalised}


def single_answer(consilium: Consilium, case: Case) -> dict[str, Any]:
    """The one-call baseline through the same model layer and audit records."""
    t0 = time.perf_counter()
    prompt = template("single").substitute(case=quoted_case(case), options_rule=options_rule(case))
    try:
        out, records = structured_call(consilium.models["gp"], role="gp", task="single",
                                       messages=[{"role": "user", "content": prompt}], output=FinalAnswer)
        answer, failures = {**out.model_dump(), "source": "single"}, {}
    except AgentFailure as exc:
        records, answer = exc.audit, None
        failures = {"single": {"task": "single", "specialist": "gp", "kind": exc.kind, "reason": exc.reason}}
    audit = [r.model_dump() for r in records]
    return {"answer": answer, "opinion": None, "failures": failures, "audit": audit,
            "timings": {"single": time.perf_counter() - t0}, "seconds": time.perf_counter() - t0}


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

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.scored if self.scored else None


def _run_one(consilium: Consilium, case: Case, strategy: Strategy) -> dict[str, Any]:
    if strategy == "single":
        body = single_answer(consilium, case)
        review_id = None
    else:
        r = consilium.review(case)
        body = {"answer": r.answer, "opinion": r.opinion.model_dump() if r.opinion else None,
                "plan": r.plan.model_dump() if r.plan else None,
                "failures": {k: v.model_dump() for k, v in r.failures.items()}, "audit": r.audit,
                "timings": r.timings, "seconds": r.seconds, "red_flags": r.red_flags}
        review_id = r.review_id
    audit = body["audit"]
    return {"case_id": case.id, "strategy": strategy, "review_id": review_id,
            "expected": case.expected.model_dump() if case.expected else None,
            "score": score_answer(case, body["answer"]), "llm_calls": len(audit),
            "tokens_in": sum(a["tokens_in"] for a in audit), "tokens_out": sum(a["tokens_out"] for a in audit),
            **body}


def replay(path: str | Path, consilium: Consilium, *, strategy: Strategy = "consilium", limit: int | None = None,
           out_dir: str | Path = "runs/replay", concurrency: int = 1,
           progress: Callable[[ReplaySummary, str], None] | None = None) -> ReplaySummary:
    """Run every case in ``path``; results go to ``out_dir/<strategy>/<case id>.json``."""
    loaded = load_cases(path)
    summary = ReplaySummary(strategy=strategy, load_errors=[str(e) for e in loaded.errors])
    cases = loaded.cases[:limit] if limit else loaded.cases
    summary.total = len(cases)
    folder = Path(out_dir) / strategy
    folder.mkdir(parents=True, exist_ok=True)

    def record(result: dict[str, Any]) -> None:
        summary.done += 1
        if result["score"].get("scored"):
            summary.scored += 1
            summary.correct += int(result["score"]["correct"])

    todo = []
    for case in cases:
        target = folder / f"{case.id}.json"
        if target.is_file():
            try:
                record(json.loads(target.read_text()))
                summary.skipped_existing += 1
                continue
            except (json.JSONDecodeError, KeyError):
                pass  # a half-written result from an interrupted run: redo the case
        todo.append(case)
    if progress:
        progress(summary, "")
    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        futures = {pool.submit(_run_one, consilium, c, strategy): c for c in todo}
        for fut in as_completed(futures):
            case = futures[fut]
            try:
                result = fut.result()
            except Exception as exc:  # one broken case must not abort a long run; the reason is kept
                summary.run_errors.append(f"{case.id}: {type(exc).__name__}: {exc}")
                continue
            tmp = folder / f".{case.id}.json.tmp"
            tmp.write_text(json.dumps(result, indent=1, default=str))
            tmp.replace(folder / f"{case.id}.json")
            record(result)
            if progress:
                progress(summary, case.id)
    (folder / "summary.json").write_text(json.dumps({
        "strategy": strategy, "source": str(path), "cases": summary.total, "done": summary.done,
        "scored": summary.scored, "correct": summary.correct, "accuracy": summary.accuracy,
        "load_errors": summary.load_errors, "run_errors": summary.run_errors}, indent=1))
    return summary


__all__ = ["CaseLoadError", "ReplaySummary", "replay", "score_answer", "single_answer"]
