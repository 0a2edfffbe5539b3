import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
for k in a:
    for i, tag in ((5, "leak"), (6, "lost")):
        A, B = set(a[k][i]), set(b[k][i])
        for x in sorted(A - B): print("-", tag, x)
        for x in sorted(B - A): print("+", tag, x)
