"""Load time, prompt and decode speed of Qwen2.5-Coder-1.5B with llama.cpp's CPU weight repacking on or off:
``python docs/evaluation/2026-12-04-session22/repack.py repack|norepack``"""
import time, os, sys
from consilium.orchestration.models.base import quiet_llama_cpp
quiet_llama_cpp()
import llama_cpp
from llama_cpp import Llama
p=os.path.expanduser("~/.consilium/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf")
extra = sys.argv[1] == "repack"
orig = llama_cpp.llama_model_default_params
def params():
    q = orig(); q.use_extra_bufts = extra; return q
llama_cpp.llama_model_default_params = params
import llama_cpp.llama as LL
LL.llama_cpp.llama_model_default_params = params
t=time.perf_counter(); llm=Llama(model_path=p, n_ctx=2048, n_batch=512, n_threads=2, verbose=False); load=time.perf_counter()-t
prompt = "Summarise: " + " ".join(["The patient has fever, productive cough and right-sided chest pain for three days."]*40)
t=time.perf_counter(); r=llm.create_completion(prompt, max_tokens=1); pre=time.perf_counter()-t; npre=r["usage"]["prompt_tokens"]
t=time.perf_counter(); r=llm.create_completion("Write a long story about a hospital:", max_tokens=96, temperature=0.0); dec=time.perf_counter()-t; n=r["usage"]["completion_tokens"]
print(f"{sys.argv[1]}: load {load:.2f} s, prefill {npre/pre:.0f} tok/s, decode {n/dec:.1f} tok/s ({n})")
