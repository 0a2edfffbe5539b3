"""Stress probe: MedQA/AgentClinic texts with a staff name put after every sentence; which clinical words does the
unknown-word pass take beside those names?"""
import json, re
from collections import Counter
from consilium.orchestration.privacy.detect import detect
def strings(o):
    if isinstance(o, str): yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from strings(v)
    elif isinstance(o, list):
        for v in o: yield from strings(v)
texts = set()
for f in ("/work/shared/data/agentclinic_medqa.jsonl", "/work/shared/data/medqa_sample.jsonl"):
    for line in open(f):
        if line.strip(): texts |= {s for s in strings(json.loads(line)) if len(s) > 60}
flag = Counter(); words = 0
for t in sorted(texts):
    probe = re.sub(r"(?<=[a-z0-9)])\. (?=[A-Z])", ". Seen by Dr Anselm Quarry. ", t)
    for s in detect(probe):
        if s.rule == "unknown_word" or (s.kind in ("NAME", "LOCATION", "HOSPITAL") and "Quarry" not in probe[s.start:s.end] and "Anselm" not in probe[s.start:s.end]):
            flag[(probe[s.start:s.end], s.rule)] += 1
    words += len(re.findall(r"\b[A-Z][a-z]+", t))
print(len(texts), "texts;", words, "capitalised words; taken:", sum(flag.values()))
print(flag.most_common(60))
