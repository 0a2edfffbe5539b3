"""Reviews with instant models, the cyclic garbage collector on, off, or at a 10,000-allocation threshold, alternated in
blocks in one process: ``python docs/evaluation/2026-12-04-session22/gc_during_reviews.py``."""
import gc, statistics, sys, tempfile, time
from pathlib import Path
from consilium.orchestration.api import Consilium
from consilium.orchestration.benchmarks.common import bench_case
from consilium.orchestration.model_check import scripted_models
from consilium.orchestration.settings import Settings
c = Consilium(Settings(home=Path(tempfile.mkdtemp())), models=scripted_models(0.0), experts=None)
for i in range(20): c.review(bench_case(-1 - i))
res = {k: [] for k in ("on", "off", "t10k")}
n = 0
for block in range(12):
    for mode in ("on", "off", "t10k"):
        if mode == "off": gc.disable()
        elif mode == "t10k": gc.enable(); gc.set_threshold(10000, 10, 10)
        else: gc.enable(); gc.set_threshold(700, 10, 10)
        t = time.perf_counter()
        for i in range(15):
            c.review(bench_case(n)); n += 1
        res[mode].append((time.perf_counter() - t) / 15 * 1000)
    gc.enable(); gc.set_threshold(700, 10, 10); gc.collect()
for k, v in res.items(): print(k, round(statistics.median(v), 2), "ms")
print("paired off/on", round(statistics.median(b / a for a, b in zip(res["on"], res["off"])), 3),
      "t10k/on", round(statistics.median(b / a for a, b in zip(res["on"], res["t10k"])), 3))
