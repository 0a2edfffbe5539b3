"""``consilium bench ratio``: the review's seconds against one call's, and against what the model's work alone takes.

One run on the same MedQA cases and the same model: the model's rates are probed first (prefill tokens/s on a
prompt of typical length, decode tokens/s free and under the JSON schema every call uses), then ``single`` and
``consilium`` replay the cases through the evaluation harness (:func:`~consilium.orchestration.evaluation.replay.replay`).
Per strategy: mean seconds per case, model calls, prompt tokens (and how many came from the prefix cache),
completion tokens and the floor, the model's work done one call after another at the probed rates:

    floor = sum over calls of (uncached prompt tokens / prefill rate + completion tokens / constrained decode rate)

``ratio`` is consilium's seconds over single's (target at most 3 on MedQA, issue 16), ``floor_ratio``
consilium's seconds over consilium's floor (target at most 1.3). ``--from DIR`` reads an existing
``consilium replay`` folder with both strategies instead of running them, with the rates probed now.
"""

from __future__ import annotations

import json
import secrets
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from consilium.agents.calls import json_schema
from consilium.agents.schemas import FinalAnswer
from consilium.orchestration.api import Consilium
from consilium.orchestration.benchmarks.common import BenchInputError, cases_file, print_figures
from consilium.orchestration.models.chat import ChatModel, ModelRequest
from consilium.orchestration.settings import load_settings

STRATEGIES = ("single", "consilium")
# Where a development checkout keeps the MedQA sample: beside the repository, never inside a wheel.
TARGET_RATIO, TARGET_FLOOR_RATIO = 3.0, 1.3  # issue 16, with the adaptive team
DECODE_PROBE_TOKENS = 96  # long enough that the per-call start is a small part; short enough for 2 cores
# A prompt of a review call's typical length (issue 16 measured about 700 prompt tokens per call).
_PROBE_CASE = ("A {age}-year-old woman presents with three days of fever, productive cough and right-sided pleuritic "
               "chest pain. She has type 2 diabetes treated with metformin and hypertension treated with "
               "amlodipine. Temperature 38.9 C, heart rate 112/min, respiratory rate 26/min, blood pressure "
               "98/60 mmHg, oxygen saturation 91% on room air. Crackles and bronchial breathing at the right "
               "base. CRP 182 mg/L, white cells 16.2 x10^9/L, urea 8.1 mmol/L, creatinine 121 umol/L, sodium "
               "133 mmol/L. Chest radiograph: right lower lobe consolidation without effusion. ")


@dataclass(frozen=True)
class Rates:
    """The model's speeds, in tokens per second, probed on this machine."""

    model: str
    prefill_tps: float
    free_decode_tps: float
    constrained_decode_tps: float
    probe_prompt_tokens: int
    probe_decode_tokens: tuple[int, int]  # free, constrained: a reply that stopped early makes a rate less sure

    def floor_s(self, audit: list[dict[str, Any]]) -> float:
        """The model's work in these calls, one after another, at these rates."""
        return sum((a.get("tokens_in", 0) - a.get("tokens_cached", 0)) / self.prefill_tps
                   + a.get("tokens_out", 0) / self.constrained_decode_tps for a in audit)


def _timed(model: ChatModel, text: str, *, max_tokens: int, schema: dict[str, Any] | None) -> tuple[Any, float]:
    # A fresh nonce first: no prefix of this prompt is in the model's cache, so all of it is evaluated.
    request = ModelRequest(role="gp", messages=[{"role": "user", "content": f"[probe {secrets.token_hex(6)}] {text}"}],
                           schema=schema, max_tokens=max_tokens, temperature=0.0, timeout_s=600.0)
    t0 = time.perf_counter()
    out = model.complete(request)
    return out, max(time.perf_counter() - t0, 1e-6)


def probe_rates(model: ChatModel, *, decode_tokens: int = DECODE_PROBE_TOKENS) -> Rates:
    """Prefill on a prompt of typical length (one token out), then decode free and under the final answer's
    JSON schema; each decode's prompt time is taken off at the probed prefill rate."""
    _timed(model, "Say OK.", max_tokens=1, schema=None)  # loads the model: its start-up is not a rate
    case = " ".join(_PROBE_CASE.format(age=60 + i) for i in range(5))
    prefill, seconds = _timed(model, f"Read this case and reply with one word.\n{case}", max_tokens=1, schema=None)
    prefill_tps = max(prefill.tokens_in - prefill.tokens_cached, 1) / seconds
    ask = (f"Case: {_PROBE_CASE.format(age=67)}\nGive the most likely diagnosis, your reasoning in detail, the "
           "uncertainties and what would resolve them.")
    rates, produced = [], []
    for schema in (None, json_schema(FinalAnswer)):
        out, seconds = _timed(model, ask, max_tokens=decode_tokens, schema=schema)
        decoding = max(seconds - (out.tokens_in - out.tokens_cached) / prefill_tps, 1e-6)
        rates.append(max(out.tokens_out, 1) / decoding)
        produced.append(out.tokens_out)
    return Rates(getattr(model, "model_id", type(model).__name__), round(prefill_tps, 2), round(rates[0], 2),
                 round(rates[1], 2), prefill.tokens_in, (produced[0], produced[1]))


def medqa_cases_file(source: str | Path | None) -> Path:
    return cases_file(source, "medqa_sample.jsonl", needs="MedQA questions", bench="ratio")


def read_results(folder: str | Path) -> dict[str, dict[str, dict[str, Any]]]:
    """strategy -> case id -> stored result, from a ``consilium replay`` output folder holding both strategies."""
    folder = Path(folder)
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for strategy in STRATEGIES:
        files = sorted((folder / strategy).glob("case-*.json"))
        if not files:
            raise BenchInputError(f"{folder / strategy} holds no case results: --from needs a `consilium replay` "
                                  f"output folder with both strategies ({', '.join(STRATEGIES)})")
        results = {}
        for f in files:
            try:
                data = json.loads(f.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                raise BenchInputError(f"{f}: not a readable case result ({exc})") from None
            results[str(data.get("case_id", f.stem))] = data
        found[strategy] = results
    return found


def strategy_figures(results: list[dict[str, Any]], rates: Rates) -> dict[str, Any]:
    """Means per case: seconds, calls, prompt tokens (cached of them), completion tokens, the floor."""
    n = max(len(results), 1)
    audit = [a for r in results for a in r.get("audit") or []]
    return {"cases": len(results), "seconds": round(sum(float(r.get("seconds") or 0) for r in results) / n, 2),
            "calls": round(len(audit) / n, 2), "prompt_tokens": round(sum(a.get("tokens_in", 0) for a in audit) / n),
            "cached_tokens": round(sum(a.get("tokens_cached", 0) for a in audit) / n),
            "completion_tokens": round(sum(a.get("tokens_out", 0) for a in audit) / n),
            "floor_s": round(rates.floor_s(audit) / n, 2)}


def ratio_figures(found: dict[str, dict[str, dict[str, Any]]], rates: Rates, *, rates_when: str) -> dict[str, Any]:
    """The comparison on the cases both strategies finished."""
    paired = sorted(set(found["single"]) & set(found["consilium"]))
    if not paired:
        raise BenchInputError("no case was finished by both strategies: nothing to compare")
    per = {s: strategy_figures([found[s][c] for c in paired], rates) for s in STRATEGIES}
    single, team = per["single"], per["consilium"]
    models = sorted({a.get("model_id", "") for s in STRATEGIES for c in paired for a in found[s][c].get("audit") or []})
    return {"cases": len(paired), "models_in_run": models, "same_model": models == [rates.model],
            "rates_measured": rates_when, **asdict(rates),
            "single": single, "consilium": team,
            "single_s": single["seconds"], "consilium_s": team["seconds"],
            "ratio": round(team["seconds"] / single["seconds"], 2) if single["seconds"] else None,
            "floor_s": team["floor_s"], "single_floor_s": single["floor_s"],
            "floor_ratio": round(team["seconds"] / team["floor_s"], 2) if team["floor_s"] else None,
            "target_ratio": TARGET_RATIO, "target_floor_ratio": TARGET_FLOOR_RATIO}


def _print(figures: dict[str, Any]) -> None:
    rows = [("cases (finished by both)", str(figures["cases"])), ("model probed", figures["model"]),
            ("models in the run", ", ".join(figures["models_in_run"]) or "-"),
            ("rates measured", figures["rates_measured"]
             + ("" if figures["same_model"] else "; NOT the run's model: the floor does not apply to this run")),
            ("prefill tokens/s", f"{figures['prefill_tps']:g} (a {figures['probe_prompt_tokens']}-token prompt)"),
            ("decode tokens/s, free", f"{figures['free_decode_tps']:g} ({figures['probe_decode_tokens'][0]} tokens)"),
            ("decode tokens/s, JSON schema", f"{figures['constrained_decode_tps']:g} ({figures['probe_decode_tokens'][1]} tokens)")]
    for s in STRATEGIES:
        f = figures[s]
        rows.append((f"{s}: per case", (f"{f['seconds']:g} s, {f['calls']:g} calls, {f['prompt_tokens']} prompt tokens "
                                        f"({f['cached_tokens']} cached), {f['completion_tokens']} completion, "
                                        f"floor {f['floor_s']:g} s")))
    rows += [("ratio consilium / single", f"{figures['ratio']} (target at most {TARGET_RATIO:g})"),
             ("consilium / its floor", f"{figures['floor_ratio']} (target at most {TARGET_FLOOR_RATIO:g})")]
    print_figures("ratio (consilium against single and against the model-work floor)", rows, figures)


def bench_ratio(cases: int = 10, source: str | Path | None = None, settings_path: str | None = None,
                from_dir: str | Path | None = None, out_dir: str | Path | None = None,
                consilium: Consilium | None = None) -> dict[str, Any]:
    """Probe the rates, run (or read, ``from_dir``) both strategies, print the figures; return them."""
    from consilium.orchestration.evaluation.replay import replay

    if from_dir is not None:
        found = read_results(from_dir)  # before loading a model: a bad folder fails at once
    else:
        source = medqa_cases_file(source)
    consilium = consilium or Consilium(load_settings(settings_path), checkpoint_db=":memory:")
    print(f"probing the {consilium.models['gp'].model.model_id} model's rates ...", flush=True)
    rates = probe_rates(consilium.models["gp"].model)
    print(f"prefill {rates.prefill_tps:g} tokens/s, decode {rates.free_decode_tps:g} free and "
          f"{rates.constrained_decode_tps:g} under a JSON schema (tokens/s)", flush=True)
    if from_dir is None:
        out = Path(out_dir) if out_dir is not None else Path(tempfile.mkdtemp(prefix="consilium-bench-ratio-"))
        for strategy in STRATEGIES:
            def progress(summary: Any, case_id: str, strategy: str = strategy) -> None:
                if case_id:
                    print(f"{strategy}: {summary.done}/{summary.total} done ({case_id})", flush=True)

            summary = replay(source, consilium, strategy=strategy, limit=cases, out_dir=out, progress=progress)
            for error in summary.run_errors:
                print(f"{strategy}: {error}", flush=True)
        print(f"results in {out}", flush=True)
        found = read_results(out)
        when = "in this run, before the cases"
    else:
        when = f"now, on this machine; the runs in {from_dir} were timed earlier, perhaps elsewhere"
    figures = ratio_figures(found, rates, rates_when=when)
    if not figures["same_model"]:
        print(f"NOT the run's model: the rates are {rates.model}'s, the run used {', '.join(figures['models_in_run'])}; "
              "the floor does not apply to this run (pass --settings binding the run's model)", flush=True)
    _print(figures)
    return figures
