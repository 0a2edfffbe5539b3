"""Which rule takes a clinical string of a note set, and the names the case learned: python why_lost.py SET RECORD STRING"""
import sys
from consilium.orchestration.privacy import evaluate as E, learned
from consilium.orchestration.privacy.deid import Deidentifier
s, rid, q = sys.argv[1:4]
rec = [r for r in E.NOTE_SETS[s]() if r.id == rid][0]
with learned.using(None):
    dd = Deidentifier(seed=rec.id); dd.learn(rec.text); dd.learn(rec.text)
    cased, spans, prot = dd.rule_view(rec.text)
i = rec.text.find(q)
print([(rec.text[sp.start:sp.end], sp.kind, sp.rule) for sp in spans if sp.start < i + len(q) and i < sp.end])
print(sorted(n for n in dd._names)[:50])
