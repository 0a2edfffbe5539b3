"""Evaluate saved leave-group-out models (exp.py NAME) with the current code: python geval.py NAME [TAG]"""
import json, sys
from consilium.orchestration.privacy import evaluate as E, learned
GROUPS = {"A": [f"heldout{k}" for k in range(26, 31)], "B": [f"heldout{k}" for k in range(31, 35)]}
name = sys.argv[1]; tag = sys.argv[2] if len(sys.argv) > 2 else name
tot = [0] * 6; res = {}
for g, sets in GROUPS.items():
    model = learned.TokenModel(f"./models/{name}-{g}.crfsuite")
    for s in sets:
        with learned.using(model):
            rep = E.evaluate(E.NOTE_SETS[s]())
        direct = [v for k, v in rep.by_kind.items() if k in E.DIRECT_KINDS]
        row = [rep.leaked, rep.identifiers, sum(v[1] for v in direct), sum(v[0] for v in direct), rep.protected_lost, rep.protected]
        res[s] = row + [rep.examples["leaks"], rep.examples["lost"]]
        tot = [x + y for x, y in zip(tot, row)]
print(f"{tag} ALL: leaked {tot[0]}/{tot[1]} direct {tot[2]}/{tot[3]} lost {tot[4]}/{tot[5]}", flush=True)
json.dump(res, open(f"./geval-{tag}.json", "w"), indent=0)
