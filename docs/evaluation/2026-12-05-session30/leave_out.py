"""Leave-one-set-out figures of the learned reader (session 30): train without each named set and without the BLIND ones,
with a share of the rules spans left out of a second reading of each note (DROPOUT, COPIES), and measure rules + model.
Run from the repository root: .venv/bin/python docs/evaluation/2026-12-05-session30/leave_out.py MODELDIR heldout29,heldout28 0.5 1 1"""
import sys
from pathlib import Path
from consilium.orchestration.privacy import evaluate as E, learned
from consilium.orchestration.privacy.learned_train import train, BLIND
models = Path(sys.argv[1]); models.mkdir(parents=True, exist_ok=True)
sets = sys.argv[2].split(","); dropout = float(sys.argv[3]); copies = int(sys.argv[4])
places = sys.argv[5] == "1"  # recorded only: the place features were a switch in learned.py while measuring, since removed
total = [0]*6
for name in sets:
    path = models / f"without-{name}.crfsuite"
    if not path.exists():
        train([k for k in E.NOTE_SETS if k != name and k not in BLIND], path, dropout=dropout, copies=copies)
    with learned.using(learned.TokenModel(path)):
        rep = E.evaluate(E.NOTE_SETS[name]())
    direct = [v for k, v in rep.by_kind.items() if k in E.DIRECT_KINDS]
    row = [rep.leaked, rep.identifiers, sum(v[1] for v in direct), sum(v[0] for v in direct), rep.protected_lost, rep.protected]
    print(f"{name}: leaked {row[0]} of {row[1]}, direct {row[2]} of {row[3]}, lost {row[4]} of {row[5]}", flush=True)
    total = [a + b for a, b in zip(total, row)]
print(f"ALL dropout {dropout} copies {copies} places {places}: leaked {total[0]} of {total[1]}, direct {total[2]} of {total[3]}, lost {total[4]} of {total[5]}")
