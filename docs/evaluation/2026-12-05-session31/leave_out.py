"""Leave-one-set-out experiments on the learned reader's features: python exp.py VARIANT sets [dropout]
VARIANT: comma list of base, suf, else, line, caps."""
import sys, re, time
from pathlib import Path
from consilium.orchestration.privacy import evaluate as E, learned
from consilium.orchestration.privacy import learned_train as LT

variant = set(sys.argv[1].split(","))
sets = sys.argv[2].split(",")
dropout = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
orig = learned._features
orig_spans = learned.TokenModel.spans

def extra(text, toks, flags, prot):
    out = orig(text, toks, flags, prot)
    n = len(toks)
    if "else" in variant:
        kinds = {}
        for (s, e, t), f in zip(toks, flags):
            if f != "O" and t[:1].isalpha() and len(t) > 2:
                kinds.setdefault(t, set()).add(f)
        counts = {}
        for _, _, t in toks:
            counts[t] = counts.get(t, 0) + 1
    for i, (s, e, t) in enumerate(toks):
        f = out[i]
        if "suf" in variant and t[:1].isalpha() and not learned._CJK_CHAR.match(t):
            low = t.lower()
            f += [f"s2={low[-2:]}", f"s4={low[-4:]}", f"p2={low[:2]}"]
        if "else" in variant and t[:1].isalpha() and len(t) > 2:
            for k in sorted(kinds.get(t, ())):
                if flags[i] == "O":
                    f.append(f"else={k}")
            if counts[t] > 1:
                f.append("rep")
        if "line" in variant:
            ls = text.rfind("\n", 0, s) + 1
            le = text.find("\n", e)
            line = text[ls:le if le >= 0 else len(text)]
            bars = line.count("|") + line.count("\t")
            f.append(f"bars={min(bars, 3)}")
            letters = [c for c in line if c.isalpha()]
            if len(letters) > 8 and sum(c.isupper() for c in letters) > 0.8 * len(letters):
                f.append("capsline")
    return out

learned._features = extra
if "noperson" in variant:
    learned._person_words = lambda: (frozenset(), frozenset())
models = Path(f"/work/tmp/s31/models/{sys.argv[1].replace(',', '_')}-d{dropout}"); models.mkdir(parents=True, exist_ok=True)
total = [0] * 6
for name in sets:
    path = models / f"without-{name}.crfsuite"
    t0 = time.time()
    if not path.exists():
        LT.train([k for k in E.NOTE_SETS if k != name and k not in LT.BLIND], path, dropout=dropout, copies=1)
    with learned.using(learned.TokenModel(path)):
        rep = E.evaluate(E.NOTE_SETS[name]())
    direct = [v for k, v in rep.by_kind.items() if k in E.DIRECT_KINDS]
    row = [rep.leaked, rep.identifiers, sum(v[1] for v in direct), sum(v[0] for v in direct), rep.protected_lost, rep.protected]
    print(f"{name}: leaked {row[0]} of {row[1]}, direct {row[2]} of {row[3]}, lost {row[4]} of {row[5]} ({time.time()-t0:.0f}s)", flush=True)
    total = [a + b for a, b in zip(total, row)]
print(f"ALL {sys.argv[1]} dropout {dropout}: leaked {total[0]} of {total[1]}, direct {total[2]} of {total[3]}, lost {total[4]} of {total[5]}")
