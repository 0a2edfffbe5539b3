"""Every match (span, groups) of privacy patterns over the span check's texts, some lower- and upper-cased:
`python pattern_matches.py OUT.pkl module.NAME [module.NAME:lines ...]`, run once on the old code (PYTHONPATH to a
worktree) and once on the new; then `python pattern_matches_compare.py OLD.pkl NEW.pkl`. TEXTS: a pickle whose keys are
the texts (the span check of session 27 writes one)."""
import os
import sys, pickle, importlib, time
texts = list(pickle.load(open(os.environ.get("TEXTS", "/work/tmp/s28/spans_start.pkl"), "rb")).keys())
texts += [t.lower() for t in texts[:3000]] + [t.upper() for t in texts[:1000]]
out = {}
for name in sys.argv[2:]:
    lines = name.endswith(":lines")
    mod, attr = name.removesuffix(":lines").rsplit(".", 1)
    p = getattr(importlib.import_module("consilium.orchestration.privacy." + mod), attr)
    t0 = time.perf_counter()
    if lines:
        out[name] = [[(m.span(), m.groups()) if (m := p.match(l)) else None for l in t.split("\n")] for t in texts]
    else:
        out[name] = [[(m.span(), m.groups()) for m in p.finditer(t)] for t in texts]
    print(f"{name:30s} {time.perf_counter() - t0:6.3f} s", file=sys.stderr)
pickle.dump(out, open(sys.argv[1], "wb"))
