"""Recall on hand-written note sets with every note lower-cased (as some clinicians type): identifiers leaked, clinical
strings lost, leaks by kind. ``python docs/evaluation/2026-12-04-session22/lower_cased.py heldout6 heldout7 heldout8``"""
import dataclasses, sys
from collections import Counter
from consilium.orchestration.privacy import evaluate as E
tot = Counter(); kinds = Counter()
for name in sys.argv[1:]:
    recs = E.NOTE_SETS[name]()
    low = []
    for r in recs:
        planted = [dataclasses.replace(p, value=p.value.lower(), tokens=[t.lower() for t in p.tokens]) for p in r.identifiers]
        text = r.text.lower()
        low.append(dataclasses.replace(r, text=text, case=r.case.model_copy(update={"history": text}), identifiers=planted,
                                       protected=[p.lower() for p in r.protected]))
    rep = E.evaluate(low).summary()
    print(name, "ids", rep["identifiers"], "leaked", rep["leaked"], "recall", rep["recall_pct"], "direct", rep["direct_recall_pct"],
          "lost", rep["protected_lost"], "/", rep["protected"])
    tot["ids"] += rep["identifiers"]; tot["leaked"] += rep["leaked"]; tot["lost"] += rep["protected_lost"]; tot["prot"] += rep["protected"]
    for k, (n, l) in rep["by_kind"].items(): kinds[k] += l
print("all", dict(tot), "recall", round(100 * (1 - tot["leaked"] / tot["ids"]), 2), "leaked by kind", dict(kinds.most_common()))
