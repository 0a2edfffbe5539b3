"""The reader trained without the named sets (probe and CRF, as `learned_train cross`), then each set measured with the
rules alone, with that reader as shipped before session 41's probe-sure rule (learned.PROBE_SURE off), and with it on:
python docs/evaluation/2026-12-06-session41/cross_probe_sure.py heldout39,heldout40"""
import sys, tempfile
from pathlib import Path
from consilium.orchestration.privacy import learned, learned_train as LT
from consilium.orchestration.privacy.evaluate import DIRECT_KINDS, NOTE_SETS, evaluate

names = sys.argv[1].split(",")
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.crfsuite"
    kept = [k for k in LT.training_sets() if k not in names]
    LT.train(kept, path, context=LT.encode_and_probe(kept, learned.probe_path(path)))
    model = learned.TokenModel(path)
    for name in names:
        records = NOTE_SETS[name]()
        for label, m, sure in (("rules alone", None, False), ("reader, probe-sure off", model, False),
                               ("reader, probe-sure on", model, True)):
            learned.PROBE_SURE = sure
            with learned.using(m):
                rep = evaluate(records)
            direct = [v for k, v in rep.by_kind.items() if k in DIRECT_KINDS]
            print(f"{name} {label}: leaked {rep.leaked} of {rep.identifiers}, direct {sum(v[1] for v in direct)} of "
                  f"{sum(v[0] for v in direct)}, lost {rep.protected_lost} of {rep.protected}", flush=True)
