"""Over-redaction probe for the reader: each clinical string of a left-out set, after a sentence with identifiers, with
that set's leave-out model: strings the rules keep and rules + model lose. python probe2.py MODELDIR [noperson]"""
import sys
from pathlib import Path
from consilium.orchestration.privacy import evaluate as E, learned
from consilium.orchestration.privacy.deid import Deidentifier
models = Path(sys.argv[1]); learned.SURE, learned.NUMBER_SURE, learned.HAN_SURE, learned.VOCAB_SURE = map(float, sys.argv[2:6])
if "noperson" in sys.argv[6:]:
    learned._person_words = lambda: (frozenset(), frozenset())
PREFIXES = ["Seen 02/08/2025 by Dr Anna Patel at Mercy Hospital, Leeds. ", "Patient: Tomas Reyes, MRN 4471982. Plan: "]
lost_total, n, examples = 0, 0, []
for name in "heldout26,heldout27,heldout28,heldout29,heldout30".split(","):
    model = learned.TokenModel(models / f"without-{name}.crfsuite")
    strings = sorted({s for r in E.NOTE_SETS[name]() for s in r.protected})
    for s in strings:
        for pre in PREFIXES:
            text = pre + s + "."
            with learned.using(None):
                rules = s in Deidentifier(seed="p").deidentify(text)
            with learned.using(model):
                both = s in Deidentifier(seed="p").deidentify(text)
            n += 1
            if rules and not both:
                lost_total += 1
                examples.append(s)
print(f"{sys.argv[1:]}: {n} probes, lost by the reader {lost_total}: {examples[:40]}", flush=True)
