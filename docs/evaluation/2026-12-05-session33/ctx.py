"""For each leak of a JSON written by leave_out.py or session 32's lo.py (set -> leak lines): the text around it. python ctx.py FILE.json REGEX [WIDTH]"""
import json, sys, re
from consilium.orchestration.privacy import evaluate as E
d = json.load(open(sys.argv[1])); pat = re.compile(sys.argv[2]); w = int(sys.argv[3]) if len(sys.argv) > 3 else 60
for s, leaks in d.items():
    recs = {r.id if hasattr(r,'id') else None: r for r in E.NOTE_SETS[s]()}
    for x in leaks:
        if not pat.search(x): continue
        rid = x.split()[0]
        m = re.search(r"'(.*?)'", x) or re.search(r'"(.*?)"', x)
        rec = recs.get(rid)
        text = rec.text if rec else ''
        span = m.group(1) if m else ''
        i = text.find(span)
        print(x[:80], '|', repr(text[max(0,i-w):i+len(span)+w]) if i >= 0 else '?')
