"""For each leaked identifier part of a left-out set: the reader's highest probability over its tokens (session 31; HELD-OUT 29 with the nbase models gave 36 of 81 leaks at 0.5 or more).
Run from the repository root after leave_out.py has written the models: .venv/bin/python docs/evaluation/2026-12-05-session31/why.py MODELDIR set [noperson]
python why.py MODELDIR set [noperson]"""
import sys, re, collections
from pathlib import Path
from consilium.orchestration.privacy import evaluate as E, learned
from consilium.orchestration.privacy.deid import Deidentifier
models = Path(sys.argv[1]); name = sys.argv[2]
if "noperson" in sys.argv[3:]:
    learned._person_words = lambda: (frozenset(), frozenset())
model = learned.TokenModel(models / f"without-{name}.crfsuite")
tagger = model._tagger()
buckets = collections.Counter(); rows = []
for rec in E.NOTE_SETS[name]():
    with learned.using(model):
        out = Deidentifier(seed=rec.id).deidentify(rec.text)
    d = Deidentifier(seed=rec.id); d.learn(rec.text); d.learn(rec.text)
    cased, spans, prot = d.rule_view(rec.text)
    toks = learned.tokens(cased)
    tagger.set(learned.features(cased, toks, spans, prot()))
    probs = [1 - tagger.marginal("O", i) for i in range(len(toks))]
    for p in rec.identifiers:
        for part in p.tokens:
            if part in out:
                m = re.search(re.escape(part), rec.text)
                if not m: continue
                ps = [probs[i] for i, (s, e, t) in enumerate(toks) if s < m.end() and m.start() < e]
                mx = max(ps) if ps else 0
                b = "<0.1" if mx < 0.1 else "<0.3" if mx < 0.3 else "<0.5" if mx < 0.5 else ">=0.5"
                buckets[(p.kind, b)] += 1
                rows.append((p.kind, part, round(mx, 2)))
for k in sorted(buckets): print(k, buckets[k])
for r in rows: print(r)
