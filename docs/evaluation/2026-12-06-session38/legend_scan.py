"""Where a legend gives initials for a name ("FJ = Fatmata Jalloh") in the note sets, and whether the initials are planted (session 38)."""
import re
from consilium.orchestration.privacy import evaluate as E
leg = re.compile(r"(?<![\w.])(?P<i>[A-Z]{2,4}|(?:[A-Z]\.){2,4})[ \t]*(?:=|:|–|—| - )[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Sr|Sister|Nurse|RN)\.?[ \t]+)?(?P<n>[A-Z][a-z]+(?:[ \t-]+[A-Z][a-z]+){1,3})")
tot=0
for name in E.NOTE_SETS:
    recs = E.NOTE_SETS[name]()
    c=0; ex=[]
    for r in recs:
        planted_initials = {t for p in r.identifiers if p.kind=="NAME" for t in p.tokens if re.fullmatch(r"[A-Z]{2,4}|(?:[A-Z]\.){2,4}", t)}
        for m in leg.finditer(r.text):
            i=m.group('i'); letters=re.sub(r'\.','',i); words=[w[0] for w in re.split(r'[ \t-]+',m.group('n'))]
            ok = letters[0]==words[0] and letters[-1] in words[1:]
            if ok:
                c+=1; ex.append((i, i in planted_initials, m.group(0)[:40]))
    if c: print(name, c, ex[:8])
    tot+=c
print(tot)
