import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
for k in a:
    for x in sorted(set(a[k]) - set(b.get(k, []))): print("-", x)
    for x in sorted(set(b.get(k, [])) - set(a[k])): print("+", x)
