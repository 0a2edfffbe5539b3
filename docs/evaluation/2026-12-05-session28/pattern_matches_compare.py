import pickle, sys
a, b = pickle.load(open(sys.argv[1], "rb")), pickle.load(open(sys.argv[2], "rb"))
for k in a:
    d = sum(1 for x, y in zip(a[k], b[k]) if x != y)
    print(f"{k:30s} {'IDENTICAL' if d == 0 else f'{d} TEXTS DIFFER'}  matches {sum(len([x for x in v if x]) for v in a[k])}")
