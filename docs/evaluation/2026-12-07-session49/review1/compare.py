"""Compare old.json and new.json against snippets.json; print per-snippet verdicts and a summary."""
import json, os, collections
import sys
# (argv[1], if given: the folder of snippets.json, old.json and new.json; by default this one)
D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
snips = {s["id"]: s for s in json.load(open(f"{D}/snippets.json"))}
old = {r["id"]: r for r in json.load(open(f"{D}/old.json"))["results"]}
new = {r["id"]: r for r in json.load(open(f"{D}/new.json"))["results"]}
def score(s, out):
    return (sum(k not in out for k in s["keep"]), sum(p in out for p in s["phi"]))
verdicts = collections.Counter(); bycat = collections.defaultdict(collections.Counter)
lines = []
for i, s in snips.items():
    o, n = old[i], new[i]
    ko, po = score(s, o["out"]); kn, pn = score(s, n["out"])
    if o["out"] == n["out"] and o["spans"] == n["spans"]:
        v = "same"
    # (a trade-off, one score better and the other worse, is MIXED, not WORSE)
    elif kn >= ko and pn >= po and (kn > ko or pn > po):
        v = "WORSE"
    elif kn <= ko and pn <= po and (kn < ko or pn < po):
        v = "better"
    elif kn != ko or pn != po:
        v = "MIXED"
    else:
        v = "changed"
    verdicts[v] += 1; bycat[s["cat"]][v] += 1
    miss_new = [p for p in s["phi"] if p in n["out"]]
    fp_new = [k for k in s["keep"] if k not in n["out"]]
    if v != "same" or miss_new or fp_new:
        added = [x for x in n["spans"] if x not in o["spans"]]
        removed = [x for x in o["spans"] if x not in n["spans"]]
        lines.append(f"[{v}] {i}: {s['text']}\n   OLD: {o['out']}\n   NEW: {n['out']}\n   +spans {added}\n   -spans {removed}"
                     + (f"\n   still-FP(new) {fp_new}" if fp_new else "") + (f"\n   still-leak(new) {miss_new}" if miss_new else ""))
print("\n".join(lines))
print("\nSUMMARY", dict(verdicts), "total", len(snips))
for c, v in sorted(bycat.items()): print(" ", c, dict(v))
