"""Seconds from the start of a review to the first thing the clinician can read, on every demo case.

``python -m consilium.orchestration.benchmarks.first_evidence [--latency S ...]`` reviews each demo case
(``scenarios/demo_*.yaml``, the default experts) on scripted models that answer after a fixed latency, and
prints, per case and latency, the seconds from the call to :meth:`Consilium.stream` to the red-flag screen,
to the first computed evidence (the scores, or an expert's output), to the first expert model's output, to
the first model call's return, and to the end. Target: evidence within 2 s, and before the first model call
returns. Last line one JSON object.
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from consilium.agents.nodes import SCORE_PREFIX
from consilium.orchestration.api import Consilium
from consilium.orchestration.benchmarks.common import print_figures
from consilium.orchestration.case.io import load_case
from consilium.orchestration.events import SCREEN
from consilium.orchestration.models.chat import BoundModel, ModelRequest, ScriptedModel
from consilium.orchestration.settings import ROLES, RoleModel, Settings

TARGET_S = 2.0  # issue 16: red flags and expert evidence within 2 s of the start on the demo cases


class ReturnClock:
    """The scripted models' answers, and when the first one came back (the responder runs after the latency)."""

    def __init__(self) -> None:
        self.first: float | None = None
        self._lock = threading.Lock()

    def __call__(self, request: ModelRequest) -> str:
        from consilium.orchestration.models.scripted import canned_response

        with self._lock:
            self.first = self.first or time.perf_counter()
        return canned_response(request)


def timed_models(latency: float, clock: ReturnClock) -> dict[str, BoundModel]:
    model = ScriptedModel(clock, latency_s=latency, model_id="scripted-fixed-latency")
    cfg = RoleModel(backend="scripted", model="scripted", timeout_s=latency + 60)
    return {role: BoundModel(model, cfg) for role in ROLES}


def demo_cases() -> list[Path]:
    from consilium.orchestration import demo_scenarios

    return sorted(demo_scenarios().glob("demo_*.yaml"))


def time_case(consilium: Consilium, clock: ReturnClock, path: Path) -> dict[str, Any]:
    """One review of ``path``: seconds from the start to each first thing shown (None: never came)."""
    case = load_case(path)
    clock.first = None
    seen: dict[str, float] = {}
    t0 = time.perf_counter()
    for event in consilium.stream(case):
        now = time.perf_counter() - t0
        if event.kind == "evidence":
            seen.setdefault("red_flags_s" if event.node == SCREEN else "evidence_s", now)
            if event.node != SCREEN:
                seen.setdefault("evidence_from", event.node)
            if any(not e.id.startswith(SCORE_PREFIX) for e in event.evidence):
                seen.setdefault("expert_s", now)
                seen.setdefault("expert_from", event.node)
    end = time.perf_counter() - t0
    model = None if clock.first is None else clock.first - t0
    first_shown = min((v for k, v in seen.items() if k.endswith("_s")), default=end)
    return {"case": path.stem, "red_flags_s": _round(seen.get("red_flags_s")), "evidence_s": _round(seen.get("evidence_s")),
            "evidence_from": seen.get("evidence_from", "-"), "expert_s": _round(seen.get("expert_s")),
            "expert_from": seen.get("expert_from", "-"), "first_model_return_s": _round(model),
            "review_s": round(end, 2),
            "before_model": model is None or max(seen.get("red_flags_s", end), seen.get("evidence_s", end)) < model,
            "expert_before_model": model is None or seen.get("expert_s", 0.0) < model,
            "within_target": first_shown <= TARGET_S and seen.get("evidence_s", end) <= TARGET_S}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 2)


def bench_first_evidence(latencies: tuple[float, ...] = (0.0, 5.0), cases: list[Path] | None = None) -> dict[str, Any]:
    cases = cases or demo_cases()
    rows, results = [], []
    for latency in latencies:
        clock = ReturnClock()
        home = Path(tempfile.mkdtemp(prefix="consilium-bench-"))
        consilium = Consilium(Settings(home=home), models=timed_models(latency, clock), checkpoint_db=":memory:")
        try:
            for path in cases:
                r = {"latency_s": latency, **time_case(consilium, clock, path)}
                print(f"latency {latency:g} s, {path.stem}: red flags {r['red_flags_s']} s, evidence {r['evidence_s']} s "
                      f"({r['evidence_from']}), expert {r['expert_s']} s ({r['expert_from']}), first model return "
                      f"{r['first_model_return_s']} s", flush=True)
                results.append(r)
                rows.append((f"{path.stem} @ {latency:g} s",
                             (f"flags {r['red_flags_s']} / evidence {r['evidence_s']} ({r['evidence_from']}) / "
                              f"expert {r['expert_s']} ({r['expert_from']}) / model {r['first_model_return_s']} / "
                              f"end {r['review_s']}")))
        finally:
            consilium.close()
    evidence = [r["evidence_s"] for r in results if r["evidence_s"] is not None]
    figures = {"cases": len(cases), "latencies_s": list(latencies),
               "max_red_flags_s": max((r["red_flags_s"] for r in results if r["red_flags_s"] is not None), default=None),
               "max_evidence_s": max(evidence, default=None),
               "max_expert_s": max((r["expert_s"] for r in results if r["expert_s"] is not None), default=None),
               "all_before_first_model_return": all(r["before_model"] for r in results),
               "experts_before_first_model_return": sum(r["expert_before_model"] for r in results),
               "all_within_target": all(r["within_target"] for r in results), "target_s": TARGET_S,
               "per_case": results}
    print_figures("first_evidence (seconds to the first thing shown; flags / evidence / expert / first model return / end)",
                  rows, figures)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, action="append", help="scripted model latency in seconds "
                        "(repeatable; default 0 and 5)")
    args = parser.parse_args(argv)
    bench_first_evidence(tuple(args.latency) if args.latency else (0.0, 5.0))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
