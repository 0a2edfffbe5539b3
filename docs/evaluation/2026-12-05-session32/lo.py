"""Leave-out figures with cached models (HELD-OUT 26-30 from session 31's final3 models, HELD-OUT 31 with the shipped
model, which never trained on it): python lo.py OUT.json [sets]"""
import sys, json
from pathlib import Path
from consilium.orchestration.privacy import evaluate as E, learned
import os
models = Path(os.environ.get("MODELS", "/work/tmp/s31/models/final3-d0.0"))
sets = sys.argv[2].split(",") if len(sys.argv) > 2 else ["heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31"]
tot = [0, 0, 0]
dump = {}
for name in sets:
    path = models / f"without-{name}.crfsuite"
    model = learned.TokenModel(path) if path.exists() else learned.current()
    with learned.using(model):
        rep = E.evaluate(E.NOTE_SETS[name]())
    direct = sum(v[1] for k, v in rep.by_kind.items() if k in E.DIRECT_KINDS)
    print(name, rep.leaked, direct, rep.protected_lost, flush=True)
    tot = [a + b for a, b in zip(tot, [rep.leaked, direct, rep.protected_lost])]
    dump[name] = rep.examples["leaks"] + ["LOST " + x for x in rep.examples["lost"]]
print("ALL", tot)
json.dump(dump, open(sys.argv[1], "w"), indent=0)
