"""Score llm_detector_probe.py output: the set's leaks and lost clinical strings with the rules alone and with the model's
strings also redacted. python llm_detector_score.py SET OUT.jsonl [unknown]. Measured in session 27 on the rules of bde6d0d."""
import json, sys, re
from consilium.orchestration.privacy.evaluate import NOTE_SETS, leaked_parts, _lost, DIRECT_KINDS
from consilium.orchestration.privacy.deid import Deidentifier
set_name, path = sys.argv[1], sys.argv[2]
filt = sys.argv[3] if len(sys.argv) > 3 else "none"
res = {json.loads(l)["id"]: json.loads(l) for l in open(path)}
recs = [r for r in NOTE_SETS[set_name]() if r.id in res]
tot = leak0 = leak1 = prot = lost0 = lost1 = 0; dtot = dl0 = dl1 = 0
from consilium.orchestration.privacy import vocabulary as V
def known(w):
    try: return V.known(w)
    except Exception: return False
for rec in recs:
    out = Deidentifier(seed=rec.id, day_first=None).deidentify(rec.text)
    new = out
    for s in sorted(set(res[rec.id]["ids"]), key=len, reverse=True):
        s = s.strip()
        if len(s) < 2 or "[" in s or s not in out: continue
        if filt == "unknown":
            words = re.findall(r"\w+", s)
            if all(known(w) for w in words if not w.isdigit()) and not any(w.isdigit() for w in words): 
                print("  skip-known", rec.id, repr(s)); continue
        new = re.sub(r"(?<!\w)" + re.escape(s) + r"(?!\w)", "[X]", new)
    for p in rec.identifiers:
        a, b = bool(leaked_parts(p, out)), bool(leaked_parts(p, new))
        tot += 1; leak0 += a; leak1 += b
        if p.kind in DIRECT_KINDS: dtot += 1; dl0 += a; dl1 += b
        if a and not b: print("  caught", rec.id, p.kind, repr(p.value))
        if a and b: print("  still", rec.id, p.kind, repr(p.value))
    l0, l1 = _lost(rec.protected, rec.text, out), _lost(rec.protected, rec.text, new)
    prot += sum(rec.text.count(p) for p in set(rec.protected)); lost0 += len(l0); lost1 += len(l1)
    for x in set(l1) - set(l0): print("  LOST", rec.id, repr(x))
print(f"records {len(recs)} ids {tot} leaked rules {leak0} -> +llm {leak1}; direct {dtot} {dl0}->{dl1}; protected {prot} lost {lost0} -> {lost1}")
