"""Per-script recall of left-out (geval/exp JSON) and one blind set's results: python scripts_breakdown.py EXP.json [BLIND.txt [SET]]"""
import json, re, sys, unicodedata, collections
from consilium.orchestration.privacy import evaluate as E

def script(text):
    c = collections.Counter()
    for ch in text:
        if ch.isalpha():
            n = unicodedata.name(ch, "?").split()[0]
            c[{"CJK": "Han", "HIRAGANA": "Kana", "KATAKANA": "Kana", "HANGUL": "Hangul"}.get(n, n.title())] += 1
    return c.most_common(1)[0][0] if c else "none"

d = json.load(open(sys.argv[1]))
leaks = {s: v[6] for s, v in d.items()}
if len(sys.argv) > 2:
    leaks[sys.argv[3] if len(sys.argv) > 3 else "heldout35"] = [l.split("leaks: ", 1)[1] for l in open(sys.argv[2]) if l.strip().startswith("leaks:")]
planted = collections.Counter(); leaked = collections.Counter(); notes = collections.Counter()
for s, ls in leaks.items():
    recs = E.NOTE_SETS[s]()
    bynote = collections.Counter(l.split()[0] for l in ls)
    for r in recs:
        sc = script(r.text); notes[sc] += 1
        planted[sc] += len(r.identifiers); leaked[sc] += bynote.get(r.id, 0)
for sc in planted:
    print(f"{sc:12} notes {notes[sc]:4} planted {planted[sc]:6} leaked {leaked[sc]:5} recall {1 - leaked[sc] / planted[sc]:.3f}")
