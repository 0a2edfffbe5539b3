"""Where a review's time goes with instant models: the wall time of its parts, summed over 200 reviews in one process
(`python docs/evaluation/2026-12-05-session28/review_parts.py`; nothing else running). Parts run inside one another's
nodes, so they do not add up to the total."""
import tempfile, sys, time, statistics, collections, functools
from pathlib import Path
from consilium.orchestration.api import Consilium
from consilium.orchestration.benchmarks.common import bench_case
from consilium.orchestration.model_check import scripted_models
from consilium.orchestration.settings import Settings
import consilium.orchestration.privacy.guard as guard
import consilium.orchestration.privacy.deid as deid
acc = collections.Counter(); cnt = collections.Counter()
def timed(name, f):
    @functools.wraps(f)
    def w(*a, **k):
        t0 = time.perf_counter()
        try: return f(*a, **k)
        finally: acc[name] += time.perf_counter() - t0; cnt[name] += 1
    return w
guard.deidentify_case = timed("deidentify_case", guard.deidentify_case)
guard.write_text_atomic = timed("private write", guard.write_text_atomic)
guard._scrub_json = timed("scrub_json", guard._scrub_json)
orig_re = guard.PrivacyGuard.reidentify
guard.PrivacyGuard.reidentify = staticmethod(timed("guard.reidentify", orig_re))
import consilium.agents.grounding as gr
import consilium.agents.nodes as nodes
for mod, name in [(nodes, "ground_opinion"), (nodes, "detect_red_flags"), (nodes, "score_evidence")]:
    if hasattr(mod, name): setattr(mod, name, timed(name, getattr(mod, name)))
import consilium.orchestration.api as api
api.detect_red_flags = timed("red_flags", api.detect_red_flags)
api.find_injections = timed("injections", api.find_injections)
api.prepare_case = timed("prepare_case", api.prepare_case)
home = Path(tempfile.mkdtemp())
c = Consilium(Settings(home=home), models=scripted_models(0.0), experts=None)
c.review(bench_case(-1)); acc.clear(); cnt.clear()
n = 200; t0 = time.perf_counter()
for i in range(n): c.review(bench_case(i))
tot = (time.perf_counter() - t0) / n * 1000
print(f"total {tot:.2f} ms/review")
for k, v in acc.most_common(): print(f"{k:22s} {v/n*1000:6.2f} ms  ({cnt[k]/n:.1f} calls)")
