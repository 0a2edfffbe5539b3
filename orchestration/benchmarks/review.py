"""Benchmarks: printed figures, never timed tests. ``consilium bench fanout|overhead|embedded|throughput``.

Each prints a table and, last, one JSON line with the measured figures.

* ``fanout``: three independent specialists on a scripted model whose every call takes a fixed
  latency. Speed-up = sum of the specialists' call times / wall time of the specialist wave.
* ``overhead``: orchestration time per case with instant scripted models (SQLite checkpoints on).
* ``embedded``: AgentClinic cases on the embedded model: seconds, model calls and tokens per case. The
  cases file is an argument (``--cases-file``); a source checkout defaults to ``../shared/data``.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from consilium.orchestration.api import Consilium
from consilium.orchestration.benchmarks.common import (
    BenchInputError,
    bench_case,
    cases_file,
    print_figures,
    reference_ms,
)
from consilium.orchestration.model_check import scripted_models
from consilium.orchestration.settings import Settings, load_settings

def agentclinic_cases_file(source: str | Path | None) -> Path:
    return cases_file(source, "agentclinic_medqa.jsonl", needs="AgentClinic cases", bench="embedded")


def bench_fanout(latency: float = 0.5) -> dict[str, Any]:
    home = Path(tempfile.mkdtemp(prefix="consilium-bench-"))
    c = Consilium(Settings(home=home, surgery_waits_for_workup=False), models=scripted_models(latency), experts=None)
    events: dict[str, dict[str, float]] = {}
    t0 = time.perf_counter()
    r = c.review(bench_case(), on_event=lambda n, e, _: events.setdefault(n, {}).__setitem__(e, time.perf_counter()))
    wall_total = time.perf_counter() - t0
    specialists = [n for n in ("radiology", "pathology", "surgery") if n in events]
    wave = max(events[n]["end"] for n in specialists) - min(events[n]["start"] for n in specialists)
    calls = [a for a in r.audit if a["role"] in specialists]
    summed = sum(a["latency_s"] for a in calls)
    all_calls = sum(a["latency_s"] for a in r.audit)
    figures = {"specialists": len(specialists), "latency_per_call_s": latency, "sum_specialist_calls_s": round(summed, 3),
               "specialist_wave_wall_s": round(wave, 3), "speedup": round(summed / wave, 2),
               "review_wall_s": round(wall_total, 3), "sum_all_calls_s": round(all_calls, 3), "target_speedup": 2.5}
    print_figures("fanout (parallel specialist dispatch)", [(k, str(v)) for k, v in figures.items()], figures)
    return figures


def bench_overhead(cases: int = 200) -> dict[str, Any]:
    home = Path(tempfile.mkdtemp(prefix="consilium-bench-"))
    c = Consilium(Settings(home=home), models=scripted_models(0.0), experts=None)
    c.review(bench_case(-1))  # warm-up: imports, prompt templates, SQLite schema
    before = reference_ms()
    per_case = []
    for i in range(cases):
        t0 = time.perf_counter()
        r = c.review(bench_case(i))
        per_case.append(time.perf_counter() - t0)
        assert r.complete, r.failures
    ms = [x * 1000 for x in per_case]
    figures = {"cases": cases, "mean_ms_per_case": round(statistics.mean(ms), 2),
               "median_ms_per_case": round(statistics.median(ms), 2),
               "p95_ms_per_case": round(sorted(ms)[int(0.95 * len(ms)) - 1], 2),
               "model_calls_per_case": r.llm_calls, "checkpointer": "sqlite", "target_ms": 20,
               # the machine's speed before and after (see reference_ms): compare runs together with it
               "reference_ms_before": before, "reference_ms_after": reference_ms()}
    print_figures("overhead (orchestration per case, instant models)", [(k, str(v)) for k, v in figures.items()], figures)
    return figures


def bench_embedded(cases: int = 5, source: str | Path | None = None, settings_path: str | None = None) -> dict[str, Any]:
    from consilium.orchestration.case.io import load_cases

    source = agentclinic_cases_file(source)  # before loading models: a missing file fails at once
    settings = load_settings(settings_path)
    c = Consilium(settings, checkpoint_db=":memory:")
    loaded = load_cases(source).cases[:cases]
    rows, per = [], []
    for case in loaded:
        r = c.review(case)
        per.append((r.seconds, r.llm_calls, r.tokens_in, r.tokens_out))
        rows.append((case.id, f"{r.seconds:.1f} s, {r.llm_calls} calls, {r.tokens_in}+{r.tokens_out} tok, "
                              f"answer: {(r.answer or {}).get('diagnosis', '-')} / expected: "
                              f"{case.expected.diagnosis if case.expected else '-'}"))
    n = max(len(per), 1)
    figures = {"cases": len(per), "model": settings.role("gp").model,
               "mean_seconds_per_case": round(sum(p[0] for p in per) / n, 1),
               "mean_llm_calls_per_case": round(sum(p[1] for p in per) / n, 2),
               "max_llm_calls_per_case": max((p[1] for p in per), default=0),
               "mean_prompt_tokens_per_case": round(sum(p[2] for p in per) / n),
               "mean_completion_tokens_per_case": round(sum(p[3] for p in per) / n), "target_max_calls": 6}
    print_figures("embedded (AgentClinic cases on the embedded model)", rows + [(k, str(v)) for k, v in figures.items()], figures)
    return figures


def bench_throughput(cases: int = 500, latency: float = 0.05) -> dict[str, Any]:
    """Cases per second through 1, 2 and 4 Redis worker processes (see orchestration/distributed/bench.py)."""
    from consilium.orchestration.benchmarks.throughput import bench_throughput as run

    return run(cases, latency=latency)


BENCHES = {"fanout": bench_fanout, "overhead": bench_overhead, "embedded": bench_embedded,
           "throughput": bench_throughput}
