"""Share of reply tokens that are JSON structure (keys, quotes, punctuation) in recorded replies."""
import glob, json, re, sys
from collections import defaultdict
from pathlib import Path
from llama_cpp import Llama
llm = Llama(str(Path.home() / ".consilium/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"), vocab_only=True, verbose=False)
tok = lambda s: len(llm.tokenize(s.encode(), add_bos=False, special=False))
def values(o):
    if isinstance(o, dict):
        for v in o.values(): yield from values(v)
    elif isinstance(o, list):
        for v in o: yield from values(v)
    elif isinstance(o, str): yield o
    else: yield json.dumps(o)
def rename(o, m):
    if isinstance(o, dict): return {m.get(k, k[:3]): rename(v, m) for k, v in o.items()}
    if isinstance(o, list): return [rename(v, m) for v in o]
    return o
by = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
for f in sys.argv[1:]:
    for path in glob.glob(f):
        d = json.load(open(path))
        for c in d["calls"]:
            reply = c.get("response", {}).get("text") if isinstance(c.get("response"), dict) else None
            if reply is None:
                reply = c.get("reply") or c.get("text")
            if not isinstance(reply, str): continue
            try: obj = json.loads(reply)
            except Exception: continue
            n = tok(reply)
            v = sum(tok(x) for x in values(obj))
            one_line = tok(json.dumps(obj, ensure_ascii=False))
            no_space = tok(json.dumps(obj, ensure_ascii=False, separators=(",", ":")))
            short_keys = tok(json.dumps(rename(obj, {}), ensure_ascii=False, separators=(",", ":")))
            b = by[c["role"]]; b[0] += 1; b[1] += n; b[2] += v; b[3] += one_line; b[4] += no_space; b[5] += short_keys
print("share of the recorded reply tokens that the same reply would take written as: one line with single spaces; "
      "no whitespace; no whitespace and 3-letter keys")
for role, (k, n, v, a, b_, c_) in sorted(by.items()):
    print(f"{role:10s} replies {k:4d}  tokens/reply {n/k:6.1f}  values {v/n:.0%}  structure {(n-v)/n:.0%}  "
          f"one line {a/n:.0%}  no whitespace {b_/n:.0%}  3-letter keys {c_/n:.0%}")
