"""``consilium bench wave``: three specialists of a real review, one after another and then together.

The requests are the radiology, pathology and surgery calls of a recorded review (the messages,
output schemas and token budgets the specialists sent), played to the embedded default model. Each
call is first timed alone, one after another, with the prefix cache carried from one to the next as
in a serial review; then the cache is cleared and the three are sent at once, each from its own
thread as the graph's ``Send`` runs them. ``speedup`` is the sum of the lone calls over the wave's
wall time. The clock is the machine's: on a loaded machine both sides slow down, not equally.

Before the wave it times what batching can give at most on this machine: bare ``llama_decode`` steps
on the engine's own context, one sequence's next token against ``N`` sequences' together (medians,
after a short prompt in each). ``batch_ceiling`` is ``N * t1 / tN``: when decoding is bound by
arithmetic, as on a small CPU, ``tN`` grows with ``N`` and the ceiling stays near 1 whatever the
engine does. ``wave_ceiling`` applies it to the wave: the sum of the calls alone against their
prefill as measured alone (the shared prefix counted once, as the wave counts it) plus their decoding
with every token's model step at the ``N``-wide rate and the rest of it (sampling, the grammar) as
alone. That assumes every decoded token overlaps with ``N - 1`` others, so no wave can beat it.
"""

from __future__ import annotations

import json
import os
import statistics
import threading
import time
from pathlib import Path
from typing import Any

from consilium.orchestration.errors import InputError
from consilium.orchestration.models.batch_engine import (
    BATCH_TOKENS,
    BatchEngine,
    CallStats,
    put_token,
)
from consilium.orchestration.models.batched import BatchedLlamaModel
from consilium.orchestration.models.chat import Completion, ModelCallError, ModelRequest
from consilium.orchestration.models.embedded import model_path
from consilium.orchestration.settings import load_settings

SPECIALISTS = ("radiology", "pathology", "surgery")
BENCH_TIMEOUT_S = 3600.0  # a benchmark waits for its answers; on a loaded machine a call took over 600 s
STEP_PROMPT_TOKENS = 128  # the short prompt each sequence holds before its steps are timed
TIMED_STEPS, WARM_STEPS = 20, 3
# a review whose plan consulted all three specialists (AgentClinic MedQA case 3, evaluation of 2026-12-02)
DEFAULT_RECORDING = "docs/evaluation/2026-12-02-9de8283/eval-ac/consilium/recordings/agentclinic_medqa-003.json"


class WaveInputError(InputError, ValueError):
    """The recording to take the specialists' requests from is missing or holds too few of them."""


def specialist_requests(recording: str | Path | None = None) -> list[ModelRequest]:
    path = Path(recording or Path(__file__).resolve().parents[2] / DEFAULT_RECORDING)
    try:
        calls = json.loads(path.read_text(encoding="utf-8"))["calls"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise WaveInputError(f"bench wave: cannot read the recording {path}: {exc}") from None
    requests = [ModelRequest(c["role"], c["request"]["messages"], c["request"].get("schema"),
                             int(c["request"].get("max_tokens", 600)), float(c["request"].get("temperature", 0.0)),
                             BENCH_TIMEOUT_S)
                for c in calls if c.get("role") in SPECIALISTS]
    if len(requests) < 2:
        raise WaveInputError(f"bench wave: {path} holds {len(requests)} specialist call(s); a wave needs 2 or more")
    return requests[:3]


def _row(request: ModelRequest, completion: Completion, stats: CallStats, seconds: float) -> dict[str, Any]:
    return {"role": request.role, "prompt_tokens": completion.tokens_in, "cached_tokens": completion.tokens_cached,
            "completion_tokens": completion.tokens_out, "truncated": completion.truncated,
            "seconds": round(seconds, 2), "prefill_s": round(stats.prefill_s, 2), "decode_s": round(stats.decode_s, 2),
            "grammar_refusals": stats.sampler.grammar_refusals}


def _print_row(label: str, row: dict[str, Any]) -> None:
    print(f"  {label:<6} {row['role']:<10} prompt {row['prompt_tokens']:>5} (cached {row['cached_tokens']:>4})  "
          f"completion {row['completion_tokens']:>4}  {row['seconds']:>6.1f} s "
          f"(prefill {row['prefill_s']:.1f}, decode {row['decode_s']:.1f})", flush=True)


def decode_step_seconds(engine: BatchEngine, prompt: list[int], widths: tuple[int, ...],
                        steps: int = TIMED_STEPS) -> dict[int, float]:
    """Median seconds of one bare ``llama_decode`` step carrying the next token of ``w`` sequences, per width ``w``.

    Run on the engine's own context between calls (:meth:`BatchEngine.when_idle`): each sequence first
    holds ``prompt``; the tokens fed are arbitrary and nothing is sampled, so only the model's step is timed.
    """
    lc, width = engine.lc, max(widths)
    if width > engine.n_slots or len(prompt) * width > BATCH_TOKENS:
        raise WaveInputError(f"bench wave: cannot time {width} sequences of {len(prompt)} tokens on "
                             f"{engine.n_slots} slots")

    def measure(ctx: Any, memory: Any) -> dict[int, float]:
        batch = lc.llama_batch_init(BATCH_TOKENS, 0, 1)

        def decode(entries: list[tuple[int, int, int, bool]]) -> float:
            for i, entry in enumerate(entries):
                put_token(batch, i, *entry)
            batch.n_tokens = len(entries)
            t0 = time.perf_counter()
            if lc.llama_decode(ctx, batch) != 0:
                raise ModelCallError("bench wave: llama_decode failed while timing bare steps")
            return time.perf_counter() - t0

        try:
            decode([(token, pos, seq, pos == len(prompt) - 1)
                    for seq in range(width) for pos, token in enumerate(prompt)])
            medians = {}
            for w in widths:
                times = [decode([(prompt[step % len(prompt)], len(prompt) + step, seq, True) for seq in range(w)])
                         for step in range(WARM_STEPS + steps)]
                medians[w] = statistics.median(times[WARM_STEPS:])
                for seq in range(w):  # back to the prompt alone, for the next width
                    lc.llama_memory_seq_rm(memory, seq, len(prompt), -1)
            return medians
        finally:
            lc.llama_batch_free(batch)

    return engine.when_idle(measure)


def wave_ceiling(alone: list[dict[str, Any]], step_1_s: float, step_n_s: float, width: int) -> float:
    """Sum of the calls alone over the least the wave could take (see the module docstring)."""
    prefill = sum(row["prefill_s"] for row in alone)
    saved_per_token = step_1_s - step_n_s / width  # what sharing a step with width - 1 others saves a token
    decode = sum(row["decode_s"] for row in alone) - sum(row["completion_tokens"] for row in alone) * saved_per_token
    return sum(row["seconds"] for row in alone) / (prefill + max(decode, 0.0))


def bench_wave(recording: str | Path | None = None, *, settings_path: str | None = None) -> dict[str, Any]:
    requests = specialist_requests(recording)
    settings = load_settings(settings_path)
    cfg = settings.role("default")
    print(f"bench wave: {len(requests)} specialist calls on {cfg.model}, {len(requests)} slots; loading the model...",
          flush=True)
    model = BatchedLlamaModel(str(model_path(cfg.model, settings.model_cache)), model_id=f"{cfg.model}.gguf",
                              n_ctx=cfg.n_ctx, parallel=max(len(requests), cfg.parallel), n_threads=cfg.n_threads)
    try:
        engine = model._load()[1]
        width = len(requests)
        prompt = model.prompt(requests[0].messages, None)[0][:STEP_PROMPT_TOKENS]
        steps = decode_step_seconds(engine, prompt, (1, width))
        step_1_s, step_n_s = steps[1], steps[width]
        batch_ceiling = width * step_1_s / step_n_s
        print(f"a bare decode step after {len(prompt)} prompt tokens: 1 sequence {step_1_s * 1000:.1f} ms, "
              f"{width} sequences {step_n_s * 1000:.1f} ms; the most batching can give on this machine: "
              f"{width} x {step_1_s * 1000:.1f} / {step_n_s * 1000:.1f} = {batch_ceiling:.2f}", flush=True)
        print("one after another (the prefix cache carried over, as in a serial review):", flush=True)
        engine.clear_cache()
        alone = []
        for request in requests:
            t0 = time.perf_counter()
            completion, stats = model.submit(request)
            alone.append(_row(request, completion, stats, time.perf_counter() - t0))
            _print_row("alone", alone[-1])
        print("all at once (cache cleared first):", flush=True)
        engine.clear_cache()
        together: list[dict[str, Any] | None] = [None] * len(requests)

        def call(i: int, t0: float) -> None:
            completion, stats = model.submit(requests[i])
            together[i] = _row(requests[i], completion, stats, time.perf_counter() - t0)

        t0 = time.perf_counter()
        threads = [threading.Thread(target=call, args=(i, t0)) for i in range(len(requests))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wave_s = time.perf_counter() - t0
    finally:
        model.close()
    if any(row is None for row in together):
        raise WaveInputError("bench wave: a call of the wave failed; see the log above")
    for row in together:
        assert row is not None
        _print_row("wave", row)
    total = sum(row["seconds"] for row in alone)
    ceiling = wave_ceiling(alone, step_1_s, step_n_s, width)
    figures = {"bench": "wave", "model": cfg.model, "calls": len(requests), "threads": model.n_threads,
               "sum_alone_s": round(total, 2), "wave_s": round(wave_s, 2), "speedup": round(total / wave_s, 2),
               "target_speedup": 2.0, "step_1_s": round(step_1_s, 4), "step_n_s": round(step_n_s, 4),
               "batch_ceiling": round(batch_ceiling, 2), "wave_ceiling": round(ceiling, 2), "load_avg_1m": round(os.getloadavg()[0], 2), "alone": alone, "wave": together}
    print(f"sum of the calls alone {total:.1f} s, the wave {wave_s:.1f} s: speed-up {total / wave_s:.2f}; "
          f"at most {ceiling:.2f} for this wave (its prefill alone, its decoding at the {width}-wide step rate) "
          f"(load average {figures['load_avg_1m']})", flush=True)
    print(json.dumps(figures))
    return figures
