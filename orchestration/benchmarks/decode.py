"""``consilium bench decode``: what structured output costs in decoding speed, on the embedded default.

One specialist request of a recorded review (see :mod:`.wave`), the same prompt and token budget in
every mode: free text; the JSON-schema grammar over the whole vocabulary at every token (how
llama-cpp-python's ``create_chat_completion`` applies it); and the grammar asked about the sampled
token first, the whole vocabulary only when it refuses (the batched engine's way, as llama.cpp's
server does it). Decode speed counts generated tokens over the seconds after the first token, so the
prompt's evaluation is left out. Last, one call end to end on the serial model and on the batched one.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from consilium.orchestration.benchmarks.wave import BENCH_TIMEOUT_S, specialist_requests
from consilium.orchestration.models.batched import BatchedLlamaModel
from consilium.orchestration.models.chat import LlamaCppModel, ModelRequest
from consilium.orchestration.models.embedded import model_path
from consilium.orchestration.settings import load_settings


def bench_decode(recording: str | Path | None = None, *, max_tokens: int = 200,
                 settings_path: str | None = None) -> dict[str, Any]:
    base = specialist_requests(recording)[0]
    request = ModelRequest(base.role, base.messages, base.schema, max_tokens, 0.0, BENCH_TIMEOUT_S)

    def variant(schema: dict[str, Any] | None, tokens: int) -> ModelRequest:
        return ModelRequest(request.role, request.messages, schema, tokens, 0.0, BENCH_TIMEOUT_S)
    settings = load_settings(settings_path)
    cfg = settings.role("default")
    path = str(model_path(cfg.model, settings.model_cache))
    print(f"bench decode: {request.role}'s request, up to {max_tokens} tokens, on {cfg.model}", flush=True)
    model = BatchedLlamaModel(path, model_id=f"{cfg.model}.gguf", n_ctx=cfg.n_ctx, parallel=1, n_threads=cfg.n_threads)
    modes: dict[str, dict[str, Any]] = {}
    try:
        engine = model._load()[1]
        model.submit(variant(None, 1))  # the prompt's evaluation, cached for every mode
        for name, schema, check_first in (("free", None, True), ("grammar_every_token", request.schema, False),
                                          ("grammar_checked_first", request.schema, True)):
            engine.check_grammar_first = check_first
            completion, stats = model.submit(variant(schema, max_tokens))
            generated = max(0, completion.tokens_out - 1)  # the first token comes with the prompt's evaluation
            modes[name] = {"tokens": completion.tokens_out, "decode_s": round(stats.decode_s, 2),
                           "tokens_per_s": round(generated / stats.decode_s, 1) if stats.decode_s else None,
                           "grammar_refusals": stats.sampler.grammar_refusals}
            print(f"  {name:<22} {completion.tokens_out:>4} tokens in {stats.decode_s:6.2f} s: "
                  f"{modes[name]['tokens_per_s']} tokens/s ({stats.sampler.grammar_refusals} refused by the grammar)",
                  flush=True)
        engine.check_grammar_first = True
        engine.clear_cache()
        t0 = time.perf_counter()
        batched_call = model.submit(request)[0]
        batched_s = time.perf_counter() - t0
    finally:
        model.close()
    serial = LlamaCppModel(path, model_id=f"{cfg.model}.gguf", n_ctx=cfg.n_ctx, n_threads=cfg.n_threads)
    serial.complete(ModelRequest(request.role, [{"role": "user", "content": "hi"}], None, 1, 0.0, BENCH_TIMEOUT_S))
    t0 = time.perf_counter()
    serial_call = serial.complete(request)
    serial_s = time.perf_counter() - t0
    one_call = {"serial_s": round(serial_s, 2), "batched_s": round(batched_s, 2),
                "serial_tokens": [serial_call.tokens_in, serial_call.tokens_out],
                "batched_tokens": [batched_call.tokens_in, batched_call.tokens_out]}
    print(f"  one call end to end: serial model {serial_s:.1f} s ({serial_call.tokens_out} tokens), "
          f"batched engine {batched_s:.1f} s ({batched_call.tokens_out} tokens)", flush=True)
    free, slow, fast = (modes[k]["tokens_per_s"] or 0.0
                        for k in ("free", "grammar_every_token", "grammar_checked_first"))
    figures = {"bench": "decode", "model": cfg.model, "max_tokens": max_tokens, "modes": modes,
               "grammar_cost_every_token": round(1 - slow / free, 3) if free else None,
               "grammar_cost_checked_first": round(1 - fast / free, 3) if free else None,
               "one_call": one_call, "load_avg_1m": round(os.getloadavg()[0], 2)}
    print(json.dumps(figures))
    return figures
