"""De-identified MedQA/AgentClinic case texts (no identifiers but ages, places of travel): writes each output, for
diffing two states of the code: python medqa_diff.py OUT.json"""
import sys, json
from consilium.orchestration.privacy.deid import Deidentifier
def strings(o):
    if isinstance(o, str): yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from strings(v)
    elif isinstance(o, list):
        for v in o: yield from strings(v)
out = []
for f in ("/work/shared/data/medqa_sample.jsonl", "/work/shared/data/agentclinic_medqa.jsonl"):
    for line in open(f):
        rec = json.loads(line)
        d = Deidentifier(seed="p")
        texts = [s for s in strings(rec) if len(s) > 3]
        for t in texts: d.learn(t)
        out += [d.deidentify(t) for t in texts]
json.dump(out, open(sys.argv[1], "w"))
print(len(out), sum("[" in o for o in out))
