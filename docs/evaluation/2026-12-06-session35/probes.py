"""Over-redaction probe (session 31's, for session 35's grouped models): each clinical string of HELD-OUT 26-34 after a
sentence with identifiers, read by the rules alone and by the rules with the model trained without the string's
group (exp.py NAME-A / NAME-B). Counts the strings the rules keep and rules + model lose.
Run from this folder: python probes.py NAME [NAME ...]"""
import sys
from pathlib import Path
from consilium.orchestration.privacy import evaluate as E, learned
from consilium.orchestration.privacy.deid import Deidentifier
GROUPS = {"A": [f"heldout{k}" for k in range(26, 31)], "B": [f"heldout{k}" for k in range(31, 35)]}
PREFIXES = ["Seen 02/08/2025 by Dr Anna Patel at Mercy Hospital, Leeds. ", "Patient: Tomas Reyes, MRN 4471982. Plan: "]
names = sys.argv[1:]
lost = {n: [] for n in names}; count = 0
for g, sets in GROUPS.items():
    models = {n: learned.TokenModel(Path("models") / f"{n}-{g}.crfsuite") for n in names}
    for name in sets:
        for s in sorted({s for r in E.NOTE_SETS[name]() for s in r.protected}):
            for pre in PREFIXES:
                text = pre + s + "."
                with learned.using(None):
                    if s not in Deidentifier(seed="p").deidentify(text):
                        continue
                count += 1
                for n, m in models.items():
                    with learned.using(m):
                        if s not in Deidentifier(seed="p").deidentify(text):
                            lost[n].append(s)
for n in names:
    print(f"{n}: {count} readings the rules keep, lost by rules + model {len(lost[n])}: {lost[n][:60]}", flush=True)
