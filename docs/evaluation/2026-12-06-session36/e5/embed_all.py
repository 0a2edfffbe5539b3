"""Cache e5 token vectors of every note set's rule-view text: [E5_LAYERS=6] python embed_all.py (into ./cache<layers>)"""
import sys, time, hashlib, os
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import numpy as np, e5feat
from consilium.orchestration.privacy import evaluate as E, learned
from consilium.orchestration.privacy.deid import Deidentifier
CACHE = os.path.join(HERE, f"cache{e5feat.NL}"); os.makedirs(CACHE, exist_ok=True)
order = ["heldout35"] + [f"heldout{k}" for k in range(34, 25, -1)] + [k for k in E.NOTE_SETS if k not in {f"heldout{k}" for k in range(26, 36)}]
t0 = time.time(); n = 0
for name in order:
    for rec in E.NOTE_SETS[name]():
        deid = Deidentifier(seed=rec.id, day_first=None); deid.learn(rec.text); deid.learn(rec.text)
        text, spans, prot = deid.rule_view(rec.text)
        for t in {text, rec.text}:
            h = hashlib.sha1(t.encode("utf-8", "surrogatepass")).hexdigest()
            p = f"{CACHE}/{h}.npy"
            if not os.path.exists(p):
                np.save(p, e5feat.token_vectors(t, learned.tokens(t)).astype(np.float16))
        n += 1
    print(f"{name} done, {n} notes, {time.time()-t0:.0f}s", flush=True)
