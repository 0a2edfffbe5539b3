"""When, in one start of `consilium review CASE` on the embedded model, the model file starts and ends loading, the
API is imported, the review starts, its prompt's tokens are counted and its first model call comes (then it exits):
``T0=$(date +%s.%N) .venv/bin/python docs/evaluation/2026-12-04-session22/timeline.py scenarios/demo_pneumonia_cxr.yaml``"""
import os, sys, time, threading
T0 = float(os.environ["T0"])
marks = []
def mark(what): marks.append((what, time.time() - T0))
import consilium.orchestration.models.batched as B
import consilium.orchestration.models.chat as C
import consilium.orchestration.models.base as MB
orig_start = MB.start_loading
def start_loading(load, mid):
    def timed():
        mark("load start"); r = load(); mark("load end"); return r
    return orig_start(timed, mid)
MB.start_loading = start_loading
for mod in (B, C):
    if hasattr(mod, "start_loading"): mod.start_loading = start_loading
def stamp(orig):
    def complete(self, request):
        mark("first call")
        print(" ".join(f"{w}={t:.2f}" for w, t in marks), flush=True)
        os._exit(0)
    return complete
B.BatchedLlamaModel.complete = stamp(B.BatchedLlamaModel.complete)
C.LlamaCppModel.complete = stamp(C.LlamaCppModel.complete)
for mod in (B, C):
    for name in ("count_tokens",):
        cls = B.BatchedLlamaModel if mod is B else C.LlamaCppModel
        if hasattr(cls, name):
            o = getattr(cls, name)
            def ct(self, *a, _o=o, **k):
                mark("count_tokens"); r = _o(self, *a, **k); mark("counted"); return r
            setattr(cls, name, ct)
import consilium.orchestration.cli.main as M
mark("cli imported")
import consilium.orchestration.cli.common as CC
oc = CC.consilium_for
def cf(args):
    r = oc(args); mark("api imported"); return r
CC.consilium_for = cf
import importlib
def after_api():
    api = importlib.import_module("consilium.orchestration.api")
    o = api.Consilium._start
    def st(self, *a, **k):
        mark("review start"); r = o(self, *a, **k); mark("initial state"); return r
    api.Consilium._start = st
orig_cf = CC.consilium_for
def cf2(args):
    r = orig_cf(args); after_api(); return r
CC.consilium_for = cf2
sys.exit(M.main(["review", sys.argv[1]]))
