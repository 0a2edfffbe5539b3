"""De-identified output of one note of a set: python note_out.py SET INDEX [--rules]"""
import sys, importlib
from consilium.orchestration.privacy import evaluate as E, learned
from consilium.orchestration.privacy.deid import Deidentifier
notes = E.NOTE_SETS[sys.argv[1]]()
t = notes[int(sys.argv[2])].text
with learned.using(None if "--rules" in sys.argv else learned.current()):
    d = Deidentifier(seed=1); d.learn(t)
    cased, spans, prot = d.rule_view(t)
    print([(t[s.start:s.end], s.kind, s.rule) for s in spans])
