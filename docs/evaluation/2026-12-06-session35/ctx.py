import json, re, sys
from consilium.orchestration.privacy import evaluate as E
d = json.load(open(sys.argv[1])); kind = sys.argv[2]; n = int(sys.argv[3]) if len(sys.argv) > 3 else 60
texts = {}
for name in d:
    for r in E.NOTE_SETS[name]():
        texts[r.id] = r.text
k = 0
for name, v in d.items():
    for l in v[6]:
        rid, kd = l.split()[:2]
        if kd != kind: continue
        part = eval(l.split(": ", 1)[1])[0]
        t = texts[rid]; i = t.find(part)
        print(rid, "|", t[max(0, i-70):i].replace("\n", "⏎"), "[[", part, "]]", t[i+len(part):i+len(part)+40].replace("\n", "⏎"))
        k += 1
        if k >= n: sys.exit()
