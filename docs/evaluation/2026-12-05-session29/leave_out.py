"""Leave-one-set-out figures of the learned reader over HELD-OUT 22-26, as in the session's record.

Each model is trained on the note sets that existed before HELD-OUT 27 (dev, heldout..heldout26) minus the one
measured, and kept under MODELS so that guard variants can be compared on the same models; the rules alone and the
rules with the model are measured with evaluate(). Run from the repository root:

    .venv/bin/python docs/evaluation/2026-12-05-session29/leave_out.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from consilium.orchestration.privacy import evaluate as E, learned
from consilium.orchestration.privacy.learned_train import train

MODELS = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/consilium-leave-out")
SETS = ["heldout26", "heldout25", "heldout24", "heldout23", "heldout22"]
BEFORE_27 = [k for k in E.NOTE_SETS if k not in ("heldout27", "heldout28")]

MODELS.mkdir(parents=True, exist_ok=True)
total: dict[str, list[int]] = {}
for name in SETS:
    path = MODELS / f"without-{name}.crfsuite"
    if not path.exists():
        train([k for k in BEFORE_27 if k != name], path)
    model = learned.TokenModel(path)
    records = E.NOTE_SETS[name]()
    for label, m in (("rules alone", None), ("rules + model", model)):
        with learned.using(m):
            rep = E.evaluate(records)
        direct = [v for k, v in rep.by_kind.items() if k in E.DIRECT_KINDS]
        row = [rep.leaked, rep.identifiers, sum(v[1] for v in direct), sum(v[0] for v in direct),
               rep.protected_lost, rep.protected]
        print(f"{name} {label}: leaked {row[0]} of {row[1]}, direct {row[2]} of {row[3]}, lost {row[4]} of {row[5]}",
              flush=True)
        total[label] = [a + b for a, b in zip(total.get(label, [0] * 6), row)]
for label, t in total.items():
    print(f"ALL {label}: leaked {t[0]} of {t[1]} ({100 * (1 - t[0] / t[1]):.2f} % removed), direct {t[2]} of {t[3]} "
          f"({100 * (1 - t[2] / t[3]):.2f} %), lost {t[4]} of {t[5]} ({100 * t[4] / t[5]:.2f} %)")
