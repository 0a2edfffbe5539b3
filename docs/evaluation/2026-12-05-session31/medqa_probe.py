"""Reader spans on texts with no identifiers (MedQA and AgentClinic in ../shared/data), and the session 30 probes:
python fp.py MODEL THRESHOLD SURE"""
import sys, json
from consilium.orchestration.privacy import learned
from consilium.orchestration.privacy.deid import Deidentifier
model = learned.TokenModel(sys.argv[1]); learned.SURE, learned.NUMBER_SURE, learned.HAN_SURE, learned.VOCAB_SURE = map(float, sys.argv[2:6])
if "noperson" in sys.argv[6:]:
    learned._person_words = lambda: (frozenset(), frozenset())
def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from strings(v)
    elif isinstance(o, list):
        for v in o: yield from strings(v)
texts = []
for f in ("/work/shared/data/medqa_sample.jsonl", "/work/shared/data/agentclinic_medqa.jsonl"):
    for line in open(f):
        texts += [s for s in strings(json.loads(line)) if len(s) > 3]
taken = []
for t in texts:
    d = Deidentifier(seed="p"); d.learn(t); d.learn(t)
    cased, spans, prot = d.rule_view(t)
    taken += [cased[s.start:s.end] for s in model.spans(cased, spans, prot)]
P = "Admitted 02/08/2025 with fever. "
probes = [("Dr Patel restarted Movicol, two sachets daily.", "Movicol"), (P + "the insula (island of Reil) was spared", "Reil"),
          (P + "Protocol ECOG-ACRIN EA-19-123 consent signed.", "EA-19-123"), ("Lives alone in Sheffield S10.", "S10"),
          ("Οξύ Έμφραγμα του Μυοκαρδίου, 2019", "Μυοκαρδίου"), (P + "Started on Entresto and Jardiance.", "Jardiance"),
          (P + "Seen with Goodpasture syndrome.", "Goodpasture"), (P + "Edwards Sapien valve.", "Sapien"),
          ("Синдром Вольфа-Паркинсона-Уайта", "Вольфа")]
bad = []
with learned.using(model):
    for t, w in probes:
        if w not in Deidentifier(seed="v").deidentify(t): bad.append(w)
print(f"{sys.argv[1].split('/')[-2:]} {sys.argv[2:]}: {len(texts)} texts, reader spans {len(taken)}: {taken[:30]}; probes lost {bad}", flush=True)
