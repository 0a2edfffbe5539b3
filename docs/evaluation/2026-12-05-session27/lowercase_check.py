"""Every hand-written note set typed in lower case: leaked identifiers and lost clinical strings."""
import re, sys
from consilium.orchestration.privacy.evaluate import NOTE_SETS, _lost
from consilium.orchestration.privacy.deid import Deidentifier
sets = sys.argv[1:] or sorted(NOTE_SETS)
tot_ids = tot_leak = tot_prot = tot_lost = 0
for name in sets:
    if name == "heldout9": continue  # already lower case
    for rec in NOTE_SETS[name]():
        text = rec.text.lower()
        out = Deidentifier(seed=rec.id, day_first=None).deidentify(text)
        for p in rec.identifiers:
            if p.kind in ("DATE", "AGE"): continue
            toks = [t.lower() for t in p.tokens]
            tot_ids += 1
            if any(re.search(r"(?<![\w])" + re.escape(t) + r"(?![\w])", out) for t in toks if len(t) > 1):
                tot_leak += 1
        prot = [q.lower() for q in rec.protected]
        tot_prot += sum(text.count(q) for q in set(prot))
        tot_lost += len(_lost(prot, text, out))
print(f"lower-case: ids {tot_ids} leaked {tot_leak} ({100*tot_leak/tot_ids:.1f} %), protected {tot_prot} lost {tot_lost}")
