"""Recall on hand-written note sets whose notes keep their first line as written and have the rest typed in lower case:
``python docs/evaluation/2026-12-04-session22/mixed_case.py heldout6 heldout7 heldout8``"""
import dataclasses, sys
from consilium.orchestration.privacy import evaluate as E
tot = {"ids": 0, "leaked": 0, "lost": 0, "prot": 0}
for name in sys.argv[1:]:
    out = []
    for r in E.NOTE_SETS[name]():
        head, sep, body = r.text.partition("\n")
        if not sep:
            continue
        text = head + sep + body.lower()
        fix = lambda t: t if t in head else t.lower()
        planted = [dataclasses.replace(p, value=fix(p.value), tokens=[fix(t) for t in p.tokens]) for p in r.identifiers]
        prot = [fix(p) for p in r.protected]
        if any(t not in text for p in planted for t in p.tokens) or any(p not in text for p in prot):
            continue
        out.append(dataclasses.replace(r, text=text, case=r.case.model_copy(update={"history": text}), identifiers=planted,
                                       protected=prot))
    rep = E.evaluate(out).summary()
    for k, v in (("ids", "identifiers"), ("leaked", "leaked"), ("lost", "protected_lost"), ("prot", "protected")):
        tot[k] += rep[v]
    print(name, len(out), "notes", rep["identifiers"], "ids", rep["leaked"], "leaked", rep["protected_lost"], "lost")
print("all", tot, "recall", round(100 * (1 - tot["leaked"] / tot["ids"]), 2))
