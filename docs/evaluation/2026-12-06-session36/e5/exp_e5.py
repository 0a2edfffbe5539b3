"""Leave-group-out reader experiment with e5 contextual token vectors stacked into the CRF (session 36).
[E5_LAYERS=6] python exp_e5.py NAME [--groups A,B] [--hidden 128] [--ctx]  (after embed_all.py with the same E5_LAYERS)
A probe (MLP on each token's e5 vector) gives P(identifier); the CRF trains on out-of-fold probes (5 folds by set) and
reads the full probe (trained on all training sets) at evaluation."""
import argparse, json, time, hashlib, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from pathlib import Path
import numpy as np, torch
from consilium.orchestration.privacy import evaluate as E, learned
from consilium.orchestration.privacy import learned_train as LT
from consilium.orchestration.privacy.deid import Deidentifier

GROUPS = {"A": [f"heldout{k}" for k in range(26, 31)], "B": [f"heldout{k}" for k in range(31, 35)]}
EXCLUDE = {"heldout35", "heldout36"}
ap = argparse.ArgumentParser()
ap.add_argument("name"); ap.add_argument("--groups", default="A,B"); ap.add_argument("--hidden", type=int, default=128)
ap.add_argument("--epochs", type=int, default=8); ap.add_argument("--ctx", action="store_true")
a = ap.parse_args()
CACHE = os.path.join(HERE, f"cache{os.environ.get('E5_LAYERS', '12')}")

def _ctx(v):
    if not a.ctx:
        return v
    z = np.zeros((1, v.shape[1]), v.dtype)
    return np.concatenate([v, np.concatenate([z, v[:-1]]), np.concatenate([v[1:], z])], 1)

def vecs(text):
    return _ctx(_vecs(text))

def _vecs(text):
    p = f"{CACHE}/{hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()}.npy"
    if os.path.exists(p):
        return np.load(p).astype(np.float32)
    import e5feat
    v = e5feat.token_vectors(text, learned.tokens(text)); np.save(p, v.astype(np.float16)); return v

_view = {}
def view(rec):
    if rec.id not in _view:
        deid = Deidentifier(seed=rec.id, day_first=None); deid.learn(rec.text); deid.learn(rec.text)
        _view[rec.id] = deid.rule_view(rec.text)
    return _view[rec.id]

def set_xy(name):
    X, Y, ids = [], [], []
    for rec in E.NOTE_SETS[name]():
        text, spans, prot = view(rec)
        toks = learned.tokens(text)
        X.append(vecs(text)); Y.append(np.array([l != "O" for l in learned.labels(rec.text, toks, rec.identifiers)], np.float32))
        ids.append(rec.id)
    return X, Y, ids

def train_probe(Xs, Ys):
    torch.manual_seed(0)
    X = torch.from_numpy(np.concatenate(Xs)); Y = torch.from_numpy(np.concatenate(Ys))
    net = torch.nn.Sequential(torch.nn.Linear(384 * (3 if a.ctx else 1), a.hidden), torch.nn.GELU(), torch.nn.Linear(a.hidden, 1))
    opt = torch.optim.Adam(net.parameters(), lr=1e-3, weight_decay=1e-4)
    for ep in range(a.epochs):
        perm = torch.randperm(len(X))
        for i in range(0, len(X), 2048):
            b = perm[i:i + 2048]
            loss = torch.nn.functional.binary_cross_entropy_with_logits(net(X[b]).squeeze(1), Y[b])
            opt.zero_grad(); loss.backward(); opt.step()
    net.eval()
    return net

def prob(net, V):
    with torch.no_grad():
        return torch.sigmoid(net(torch.from_numpy(V)).squeeze(1)).numpy()

def e5feats(p):
    b = [min(int(x * 10), 9) for x in p]
    out = []
    for i in range(len(b)):
        f = [f"e5={b[i]}"]
        if i > 0: f.append(f"-1:e5={b[i-1]}")
        if i + 1 < len(b): f.append(f"1:e5={b[i+1]}")
        out.append(f)
    return out

PROBE = {"net": None}
_orig = learned._features
def patched(text, toks, flags, prot):
    out = _orig(text, toks, flags, prot)
    if PROBE["net"] is not None and toks:
        v = vecs(text)
        if len(v) != len(toks):
            import e5feat; v = _ctx(e5feat.token_vectors(text, toks))
        for f, g in zip(out, e5feats(prob(PROBE["net"], v))):
            f += g
    return out
learned._features = patched

tot = [0] * 6; res = {}
for g in a.groups.split(","):
    t0 = time.time()
    train_sets = [k for k in E.NOTE_SETS if k not in GROUPS[g] and k not in EXCLUDE]
    data = {s: set_xy(s) for s in train_sets}
    folds = [train_sets[i::5] for i in range(5)]
    oof = {}
    for f in folds:
        net = train_probe([x for s in train_sets if s not in f for x in data[s][0]], [y for s in train_sets if s not in f for y in data[s][1]])
        for s in f:
            for x, y, rid in zip(*data[s]):
                oof[rid] = prob(net, x)
    allp = np.concatenate([oof[r] for s in train_sets for r in data[s][2]]); ally = np.concatenate([y for s in train_sets for y in data[s][1]])
    print(f"{a.name} {g}: probe oof: mean p on identifiers {allp[ally==1].mean():.3f}, on others {allp[ally==0].mean():.3f}; "
          f"recall@0.5 {(allp[ally==1]>0.5).mean():.3f}, fp@0.5 {(allp[ally==0]>0.5).mean():.4f}", flush=True)
    PROBE["net"] = train_probe([x for s in train_sets for x in data[s][0]], [y for s in train_sets for y in data[s][1]])
    print(f"{a.name} {g}: probes {time.time()-t0:.0f}s", flush=True)
    import pycrfsuite
    tr = pycrfsuite.Trainer(verbose=False)
    for s in train_sets:
        for rec in E.NOTE_SETS[s]():
            text, spans, protected = view(rec)
            toks = learned.tokens(text)
            base = _orig(text, toks, learned._rule_kinds(toks, spans), learned._inside(toks, protected()))
            for fb, g2 in zip(base, e5feats(oof[rec.id])):
                fb += g2
            tr.append(base, learned.labels(rec.text, toks, rec.identifiers))
    tr.set_params(LT.PARAMS)
    Path("./models").mkdir(exist_ok=True)
    path = f"./models/{a.name}-{g}.crfsuite"; tr.train(path)
    torch.save(PROBE["net"], f"./models/{a.name}-{g}.probe")
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
