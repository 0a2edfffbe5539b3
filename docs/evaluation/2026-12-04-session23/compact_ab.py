"""A/B: the JSON grammar as llama-cpp-python writes it (optional space) vs one that allows no whitespace between tokens."""
import glob, json, re, sys, time, os
from pathlib import Path
from consilium.orchestration.models.batched import BatchedLlamaModel
from consilium.orchestration.models.base import ModelRequest

path = str(Path.home() / ".consilium/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf")
m = BatchedLlamaModel(path, model_id="qwen2.5-coder-1.5b")
orig_prompt = m.prompt
MODE = {"compact": False}
def prompt(messages, schema):
    toks, g = orig_prompt(messages, schema)
    if MODE["compact"] and g is not None:
        assert 'space ::= " "?' in g
        g = g.replace('space ::= " "?', 'space ::= ""')
    return toks, g
m.prompt = prompt
reqs = []
def take(pattern, role, n):
    got = 0
    for f in sorted(glob.glob(pattern)):
        d = json.load(open(f))
        for c in d["calls"]:
            if c["role"] == role and got < n:
                r = c["request"]
                reqs.append((role, Path(f).stem, ModelRequest(role, r["messages"], r["schema"], max_tokens=int(r["max_tokens"]), temperature=float(r["temperature"]), timeout_s=600)))
                got += 1
take("/work/main/docs/evaluation/2026-12-03-adaptive/eval-medqa/consilium/recordings/*.json", "gp", int(sys.argv[1]))
take("/work/main/docs/evaluation/2026-12-03-ac40/eval-ac/consilium/recordings/*.json", "pathology", int(sys.argv[2]))
rows = []
for i, (role, case, req) in enumerate(reqs):
    out = {}
    for mode in (("plain", "compact") if i % 2 == 0 else ("compact", "plain")):
        MODE["compact"] = mode == "compact"
        comp, st = m.submit(req)
        try:
            obj = json.loads(comp.text); ok = True
        except Exception:
            obj, ok = None, False
        out[mode] = {"tokens": comp.tokens_out, "decode_s": round(st.decode_s, 2), "refusals": st.sampler.grammar_refusals, "ok": ok, "obj": obj, "truncated": comp.truncated}
    same = out["plain"]["obj"] == out["compact"]["obj"]
    key = "option" if role == "gp" else "differential"
    same_key = (out["plain"]["obj"] or {}).get(key) == (out["compact"]["obj"] or {}).get(key)
    row = {"role": role, "case": case, **{f"{k}_{m_}": out[m_][k] for m_ in ("plain", "compact") for k in ("tokens", "decode_s", "refusals", "ok", "truncated")}, "same_json": same, f"same_{key}": same_key}
    rows.append(row)
    print(json.dumps(row), flush=True)
for role in ("gp", "pathology"):
    rs = [r for r in rows if r["role"] == role]
    if not rs: continue
    tp = sum(r["tokens_plain"] for r in rs); tc = sum(r["tokens_compact"] for r in rs)
    dp = sum(r["decode_s_plain"] for r in rs); dc = sum(r["decode_s_compact"] for r in rs)
    print(f"{role}: {len(rs)} calls; tokens {tp} -> {tc} ({tc/tp:.3f}); decode s {dp:.1f} -> {dc:.1f} ({dc/dp:.3f}); "
          f"tok/s {tp/dp:.1f} -> {tc/dc:.1f}; refusals {sum(r['refusals_plain'] for r in rs)} -> {sum(r['refusals_compact'] for r in rs)}; "
          f"parsed {sum(r['ok_plain'] for r in rs)} / {sum(r['ok_compact'] for r in rs)}; same JSON {sum(r['same_json'] for r in rs)}; "
          f"same key field {sum(list(r.values())[-1] for r in rs)}")
print("load", os.getloadavg())
