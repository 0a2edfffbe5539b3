"""Reader experiments of session 35: train the CRF without a group of note sets (A: HELD-OUT 26-30, B: HELD-OUT 31-34;
HELD-OUT 35 never), measure the group with the rules + that model. Run from this folder with the repository's
interpreter: python exp.py NAME [--c1 X] [--c2 Y] [--dropout D] [--dropkinds NAME,LOCATION] [--swap K] [--groups A,B].
--dropout: share of the rules' spans left out of a second reading of each note (learned_train.RULE_DROPOUT);
--dropkinds: leave out only spans of these kinds; --swap K: K more readings of each note with its planted Latin names,
places and facilities swapped for others of the training notes. Models are kept in ./models/NAME-GROUP.crfsuite
(geval.py measures them again with the code of the moment); results in ./exp-NAME.json."""
import argparse, json, os, random, re, time
from dataclasses import replace
from pathlib import Path
from consilium.orchestration.privacy import evaluate as E, learned
from consilium.orchestration.privacy import learned_train as LT
from consilium.orchestration.privacy.deid import Deidentifier

GROUPS = {"A": [f"heldout{k}" for k in range(26, 31)], "B": [f"heldout{k}" for k in range(31, 35)]}
# sets never trained on (session 36 ran it with EXP_EXCLUDE=heldout35,heldout36: its baseline without vectors)
EXCLUDE = set(os.environ.get("EXP_EXCLUDE", "heldout35").split(","))
ap = argparse.ArgumentParser()
ap.add_argument("name"); ap.add_argument("--c1", type=float, default=0.1); ap.add_argument("--c2", type=float, default=0.05)
ap.add_argument("--dropout", type=float, default=0.0); ap.add_argument("--swap", type=int, default=0)
ap.add_argument("--groups", default="A,B"); ap.add_argument("--dropkinds", default=""); ap.add_argument("--iters", type=int, default=150)
a = ap.parse_args()
LT.PARAMS = dict(LT.PARAMS, c1=a.c1, c2=a.c2, max_iterations=a.iters)
WORD = re.compile(r"^[A-Z][a-z'\-]{2,}$")
SWAP_KINDS = {"NAME", "LOCATION", "HOSPITAL"}

def swapped(rec, pool, rng):
    text = rec.text; mapping = {}
    for p in rec.identifiers:
        if p.kind in SWAP_KINDS:
            for t in p.tokens:
                if WORD.match(t) and t not in mapping:
                    mapping[t] = rng.choice(pool[p.kind])
    if not mapping:
        return None
    pat = re.compile(r"(?<![\w])(" + "|".join(sorted(map(re.escape, mapping), key=len, reverse=True)) + r")(?![\w])")
    text = pat.sub(lambda m: mapping[m.group(1)], text)
    ids = [replace(p, tokens=[mapping.get(t, pat.sub(lambda m: mapping[m.group(1)], t)) for t in p.tokens]) for p in rec.identifiers]
    return replace(rec, text=text, identifiers=ids)

def data(names):
    recs = [r for n in names for r in E.NOTE_SETS[n]()]
    pool = {k: sorted({t for r in recs for p in r.identifiers if p.kind == k for t in p.tokens if WORD.match(t)}) for k in SWAP_KINDS}
    for rec in recs:
        variants = [rec]
        rng = random.Random(rec.id)
        for _ in range(a.swap):
            s = swapped(rec, pool, rng)
            if s is not None:
                variants.append(s)
        for v in variants:
            deid = Deidentifier(seed=v.id, day_first=None)
            deid.learn(v.text); deid.learn(v.text)
            text, spans, protected = deid.rule_view(v.text)
            toks = learned.tokens(text)
            labels = learned.labels(v.text, toks, v.identifiers)
            yield learned.features(text, toks, spans, protected()), labels
            if a.dropout and spans:
                kept = [s for s in spans if (a.dropkinds and s.kind not in a.dropkinds.split(',')) or rng.random() >= a.dropout]
                yield learned.features(text, toks, kept, protected()), labels

def train(names, out):
    import pycrfsuite
    tr = pycrfsuite.Trainer(verbose=False)
    for x, y in data(names):
        tr.append(x, y)
    tr.set_params(LT.PARAMS); tr.train(str(out))

tot = [0] * 6; res = {}
for g in a.groups.split(","):
    t0 = time.time()
    Path("./models").mkdir(exist_ok=True)
    path = Path(f"./models/{a.name}-{g}.crfsuite")
    if not path.exists():  # (a model already trained for this name is reused)
        train([k for k in E.NOTE_SETS if k not in GROUPS[g] and k not in EXCLUDE], path)
    model = learned.TokenModel(path)
    for name in GROUPS[g]:
        with learned.using(model):
            rep = E.evaluate(E.NOTE_SETS[name]())
        direct = [v for k, v in rep.by_kind.items() if k in E.DIRECT_KINDS]
        row = [rep.leaked, rep.identifiers, sum(v[1] for v in direct), sum(v[0] for v in direct), rep.protected_lost, rep.protected]
        res[name] = row + [rep.examples["leaks"], rep.examples["lost"]]
        tot = [x + y for x, y in zip(tot, row)]
        print(f"{a.name} {name}: leaked {row[0]}/{row[1]} direct {row[2]}/{row[3]} lost {row[4]}/{row[5]}", flush=True)
    print(f"{a.name} group {g} {time.time()-t0:.0f}s", flush=True)
print(f"{a.name} ALL: leaked {tot[0]}/{tot[1]} direct {tot[2]}/{tot[3]} lost {tot[4]}/{tot[5]}", flush=True)
json.dump(res, open(f"./exp-{a.name}.json", "w"), indent=0)
