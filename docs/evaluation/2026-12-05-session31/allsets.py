"""Leaked and lost strings on every note set but HELD-OUT 31 (blind), the rules alone or (--reader) with the shipped reader, kept as JSON for comparing two states of the code (session 31). Run from the repository root: .venv/bin/python docs/evaluation/2026-12-05-session31/allsets.py OUT.json [--reader]"""
import sys, json
from consilium.orchestration.privacy import evaluate as E, learned
from consilium.orchestration.privacy.learned_train import BLIND
reader = "--reader" in sys.argv
res = {}
with learned.using(learned.current() if reader else None):
    for name in E.NOTE_SETS:
        if name in BLIND: continue
        rep = E.evaluate(E.NOTE_SETS[name]())
        direct = [v for k, v in rep.by_kind.items() if k in E.DIRECT_KINDS]
        res[name] = [rep.leaked, rep.identifiers, sum(v[1] for v in direct), rep.protected_lost, rep.protected,
                     rep.examples["leaks"], rep.examples["lost"]]
json.dump(res, open(sys.argv[1], "w"))
t = [sum(v[i] for v in res.values()) for i in range(5)]
print("leaked", t[0], "of", t[1], "direct leaked", t[2], "lost", t[3], "of", t[4])
