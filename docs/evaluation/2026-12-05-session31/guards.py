"""python guards.py MODELDIR SURE NUMBER_SURE HAN_SURE [noperson]"""
import sys
from pathlib import Path
from consilium.orchestration.privacy import evaluate as E, learned, deid as D
models = Path(sys.argv[1]); learned.SURE, learned.NUMBER_SURE, learned.HAN_SURE, learned.VOCAB_SURE = map(float, sys.argv[2:6])
if "noperson" in sys.argv[6:]:
    learned._person_words = lambda: (frozenset(), frozenset())
total = [0] * 3; per = []
for name in "heldout26,heldout27,heldout28,heldout29,heldout30".split(","):
    with learned.using(learned.TokenModel(models / f"without-{name}.crfsuite")):
        rep = E.evaluate(E.NOTE_SETS[name]())
    direct = sum(v[1] for k, v in rep.by_kind.items() if k in E.DIRECT_KINDS)
    per.append((rep.leaked, rep.protected_lost))
    total = [a + b for a, b in zip(total, [rep.leaked, direct, rep.protected_lost])]
print(f"{sys.argv[1:]}: leaked {total[0]}, direct {total[1]}, lost {total[2]} {per}", flush=True)
