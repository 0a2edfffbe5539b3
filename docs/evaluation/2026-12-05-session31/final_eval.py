"""Leave-out figures with the cached final models and the code as it stands: python final_eval.py sets"""
import sys
from pathlib import Path
from consilium.orchestration.privacy import evaluate as E, learned
models = Path("/work/tmp/s31/models/final-d0.0")
tot = [0, 0, 0]
for name in sys.argv[1].split(","):
    with learned.using(learned.TokenModel(models / f"without-{name}.crfsuite")):
        rep = E.evaluate(E.NOTE_SETS[name]())
    direct = sum(v[1] for k, v in rep.by_kind.items() if k in E.DIRECT_KINDS)
    print(name, rep.leaked, direct, rep.protected_lost, flush=True)
    tot = [a + b for a, b in zip(tot, [rep.leaked, direct, rep.protected_lost])]
print("ALL", tot)
