"""Feasibility: can the embedded 1.5B model tell whether a passage supports a step? P(yes) on candidate pairs."""
import json, math, random, sys, time
from pathlib import Path
from consilium.tools.knowledge import default_knowledge_base
from consilium.tools.citation import judge, shares_a_term, is_guidance, encode_steps
from llama_cpp import Llama

files = sys.argv[1].split(",")
n_max = int(sys.argv[2])
rows = []
for f in files:
    rows += [json.loads(l) for l in Path(f).read_text().splitlines() if l.strip()]
kb = default_knowledge_base()
vecs = encode_steps(kb, [r["step"] for r in rows])
cands = []
for r in rows:
    j = judge(kb, r["step"], r["context"], r["passage"], vecs[r["step"]])
    if j.on_condition and j.similarity >= 0.5 and shares_a_term(kb, r["step"], r["passage"]) and is_guidance(kb, r["passage"]):
        cands.append((r, j))
pos = [c for c in cands if c[0]["supports"]]; neg = [c for c in cands if not c[0]["supports"]]
print(f"candidates {len(cands)}: {len(pos)} yes, {len(neg)} no", flush=True)
random.seed(7)
random.shuffle(pos); random.shuffle(neg)
sample = pos[: n_max // 2] + neg[: n_max // 2]
llm = Llama(str(Path.home() / ".consilium/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"), n_ctx=2048, n_threads=2, verbose=False, logits_all=True)
SYS = ("You are a careful clinical guideline reviewer. You decide whether a guideline passage recommends "
       "a proposed next step for a specific patient.")
def prompt(r, j):
    s = kb.get(r["passage"])
    text = s.text if len(s.text) < 1500 else s.text[:1500] + " ..."
    return (f"Patient: {r['context']}\n\nProposed next step: {r['step']}\n\n"
            f"Guideline passage ({s.title} > {s.section}):\n{text}\n\n"
            "Does this passage recommend the proposed step, as stated, for this patient? Answer no if the passage "
            "advises against it, prefers a different drug, test or timing for this patient, is written for a "
            "different patient group, gives a different dose, duration or threshold, or does not mention what the "
            "step commits to. Answer with one word: yes or no.")
out = []
t0 = time.time()
for i, (r, j) in enumerate(sample):
    res = llm.create_chat_completion(messages=[{"role": "system", "content": SYS}, {"role": "user", "content": prompt(r, j)}],
                                     max_tokens=1, temperature=0, logprobs=True, top_logprobs=10)
    top = res["choices"][0]["logprobs"]["content"][0]["top_logprobs"]
    py = sum(math.exp(t["logprob"]) for t in top if t["token"].strip().lower() == "yes")
    pn = sum(math.exp(t["logprob"]) for t in top if t["token"].strip().lower() == "no")
    p = py / (py + pn) if py + pn else 0.5
    out.append({"step": r["step"], "context": r["context"], "passage": r["passage"], "supports": r["supports"], "p_yes": round(p, 4), "sim": j.similarity, "rule": j.supports})
    print(i, r["supports"], round(p, 3), j.supports, f"{time.time()-t0:.0f}s", flush=True)
Path(sys.argv[3]).write_text("\n".join(json.dumps(o) for o in out))
# AUC
P = [o["p_yes"] for o in out if o["supports"]]; N = [o["p_yes"] for o in out if not o["supports"]]
auc = sum((p > n) + 0.5 * (p == n) for p in P for n in N) / (len(P) * len(N))
print("AUC", round(auc, 3))
for th in (0.3, 0.5, 0.7, 0.8, 0.9):
    tp = sum(p >= th for p in P); fp = sum(n >= th for n in N)
    print(th, "prec", round(tp / max(tp + fp, 1), 3), "recall", round(tp / len(P), 3))
