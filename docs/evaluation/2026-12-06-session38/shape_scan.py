"""How many matches of a candidate pattern (argv[1], with a unit guard after it) are planted identifiers, clinical strings or neither over every note set, and any in the MedQA/AgentClinic texts (session 38): python shape_scan.py PATTERN"""
import re, json, sys
from consilium.orchestration.privacy import evaluate as E
UNIT=r"(?![ \t]*(?i:mg|mcg|ml|g|kg|l|iu|u|units?|copies|cells|/|%|mmol|µmol|umol|nmol|pmol|ng|pg|mm|cm|m|km|h|hrs?|min|days?|weeks?|years?|bpm|cfu|x|×|per)\b)"
p=re.compile(sys.argv[1] + UNIT)
hits=[]
for n in E.NOTE_SETS:
    for r in E.NOTE_SETS[n]():
        for m in p.finditer(r.text):
            g=m.group()
            is_id=any(g in t or t in g for pl in r.identifiers for t in pl.tokens)
            inprot=any(g in s for s in r.protected)
            hits.append((r.id, g, is_id, inprot, r.text[max(0,m.start()-40):m.end()+15].replace('\n',' ')))
print(len(hits), 'ids', sum(h[2] for h in hits), 'prot', sum(h[3] for h in hits))
for h in hits:
    if not h[2]: print('NONID', h)
for f in ("/work/shared/data/medqa_sample.jsonl", "/work/shared/data/agentclinic_medqa.jsonl"):
    for line in open(f):
        for m in p.finditer(line): print('MEDQA', line[max(0,m.start()-40):m.end()+20])
