"""The rules' spans (text, kind, rule) of each text given: python rules.py TEXT [TEXT ...]"""
import sys
from consilium.orchestration.privacy.deid import Deidentifier
from consilium.orchestration.privacy import learned
for t in sys.argv[1:]:
    with learned.using(None):
        d = Deidentifier(seed=1); d.learn(t)
        cased, spans, prot = d.rule_view(t)
    print(t, "->", [(t[s.start:s.end], s.kind, s.rule) for s in spans])
