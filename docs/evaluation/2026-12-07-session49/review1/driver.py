"""Run every snippet of snippets.json through the de-identifier (rules only) and write results to argv[1].
Run once with the new package (cwd /work/main) and once with the old (PYTHONPATH=/tmp/basepkg, cwd /tmp).
argv[2], if given, is the folder of snippets.json (another session's review; by default this one's)."""
import json, os, sys
os.environ["RULES"] = "1"
from consilium.orchestration.privacy.deid import Deidentifier
from consilium.orchestration.privacy import learned
import consilium.orchestration.privacy as pkg
snips = json.load(open(os.path.join(sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__)),
                                    "snippets.json")))
out = {"pkg": os.path.dirname(pkg.__file__), "results": []}
with learned.using(None):
    for s in snips:
        t = s["text"]
        d = Deidentifier(seed=1)
        d.learn(t); d.learn(t)
        res = d.deidentify(t)
        text, spans, _ = d.rule_view(t)
        out["results"].append({"id": s["id"], "out": res,
                               "spans": [[sp.kind, sp.rule, text[sp.start:sp.end]] for sp in spans]})
json.dump(out, open(sys.argv[1], "w"), ensure_ascii=False, indent=0)
print("done", len(snips), out["pkg"])
