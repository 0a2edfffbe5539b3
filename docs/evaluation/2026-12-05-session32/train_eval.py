"""Train a model on every set but the blind ones into PATH (if missing), then the in-sample allsets figure with it."""
import sys, json
from pathlib import Path
from consilium.orchestration.privacy import evaluate as E, learned, learned_train as LT
path = Path(sys.argv[1])
if not path.exists():
    LT.train(LT.training_sets(), path)
res = {}
with learned.using(learned.TokenModel(path)):
    for name in E.NOTE_SETS:
        if name in LT.BLIND: continue
        rep = E.evaluate(E.NOTE_SETS[name]())
        direct = [v for k, v in rep.by_kind.items() if k in E.DIRECT_KINDS]
        res[name] = [rep.leaked, rep.identifiers, sum(v[1] for v in direct), rep.protected_lost, rep.protected, rep.examples["leaks"], rep.examples["lost"]]
json.dump(res, open(sys.argv[2], "w"))
t = [sum(v[i] for v in res.values()) for i in range(5)]
print("leaked", t[0], "of", t[1], "direct leaked", t[2], "lost", t[3], "of", t[4])
