"""Leave-one-set-out: train without each set (and without the blind set), evaluate it: python leave_out.py MODELDIR sets [OUT.json]"""
import sys, time, json
from pathlib import Path
from consilium.orchestration.privacy import evaluate as E, learned
from consilium.orchestration.privacy import learned_train as LT
models = Path(sys.argv[1]); models.mkdir(parents=True, exist_ok=True)
sets = sys.argv[2].split(",")
blind = {"heldout34"}
total = [0] * 6; dump = {}
for name in sets:
    path = models / f"without-{name}.crfsuite"
    t0 = time.time()
    if not path.exists():
        LT.train([k for k in E.NOTE_SETS if k != name and k not in blind], path, dropout=0.0, copies=1)
    with learned.using(learned.TokenModel(path)):
        rep = E.evaluate(E.NOTE_SETS[name]())
    direct = [v for k, v in rep.by_kind.items() if k in E.DIRECT_KINDS]
    row = [rep.leaked, rep.identifiers, sum(v[1] for v in direct), sum(v[0] for v in direct), rep.protected_lost, rep.protected]
    print(f"{name}: leaked {row[0]} of {row[1]}, direct {row[2]} of {row[3]}, lost {row[4]} of {row[5]} ({time.time()-t0:.0f}s)", flush=True)
    total = [a + b for a, b in zip(total, row)]
    dump[name] = rep.examples["leaks"] + ["LOST " + x for x in rep.examples["lost"]]
print(f"ALL: leaked {total[0]} of {total[1]}, direct {total[2]} of {total[3]}, lost {total[4]} of {total[5]}")
if len(sys.argv) > 3:
    json.dump(dump, open(sys.argv[3], "w"), indent=0)
