"""Time of one llama_decode step carrying the next token of k sequences (k = 1..8), each with a 300-token prompt."""
import os, time, statistics, sys
from consilium.orchestration.models.base import quiet_llama_cpp
quiet_llama_cpp()
import llama_cpp
from llama_cpp import Llama, _internals
from consilium.orchestration.models.batch_engine import put_token
p = os.path.expanduser("~/.consilium/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf")
llm = Llama(model_path=p, n_ctx=256, n_threads=2, verbose=False)
N = 8
params = llama_cpp.llama_context_default_params()
params.n_ctx, params.n_seq_max, params.kv_unified = N * 1024, N, False
params.flash_attn_type = llama_cpp.LLAMA_FLASH_ATTN_TYPE_DISABLED
params.n_batch = params.n_ubatch = 512
params.n_threads = params.n_threads_batch = 2
ctx = _internals.LlamaContext(model=llm._model, params=params, verbose=False)
batch = llama_cpp.llama_batch_init(512, 0, 1)
prompt = llm.tokenize(b"A 70-year-old man presents with fever, productive cough and right-sided chest pain. " * 18)[:300]
for s in range(N):  # prefill each sequence
    for start in range(0, len(prompt), 300):
        chunk = prompt[start:start + 300]
        batch.n_tokens = len(chunk)
        for i, t in enumerate(chunk):
            put_token(batch, i, t, start + i, s, i == len(chunk) - 1)
        assert llama_cpp.llama_decode(ctx.ctx, batch) == 0
pos = [len(prompt)] * N
res = {}
for rep in range(4):
    for k in (1, 2, 3, 4, 5, 6, 8):
        times = []
        for step in range(6):
            batch.n_tokens = k
            for i in range(k):
                put_token(batch, i, 100 + step, pos[i], i, True)
                pos[i] += 1
            t = time.perf_counter(); assert llama_cpp.llama_decode(ctx.ctx, batch) == 0; times.append(time.perf_counter() - t)
        res.setdefault(k, []).append(statistics.median(times) * 1000)
base = statistics.median(res[1])
for k, v in res.items():
    m = statistics.median(v)
    print(f"k={k}: {m:.1f} ms per step, {m / base:.2f}x one; per token {m / k:.1f} ms")
