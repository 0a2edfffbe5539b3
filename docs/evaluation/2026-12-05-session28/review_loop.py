"""Reviews with instant models in a loop, for a sampling profiler: `py-spy record --gil -r 1000 -f raw -o spy.txt --
python docs/evaluation/2026-12-05-session28/review_loop.py 1500`, then `python where_time_goes.py spy.txt`."""
import tempfile, sys, time
from pathlib import Path
from consilium.orchestration.api import Consilium
from consilium.orchestration.benchmarks.common import bench_case
from consilium.orchestration.model_check import scripted_models
from consilium.orchestration.settings import Settings
home = Path(tempfile.mkdtemp())
c = Consilium(Settings(home=home, deidentify=True), models=scripted_models(0.0), experts=None)
c.review(bench_case(-1))
n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
t0 = time.perf_counter()
for i in range(n):
    c.review(bench_case(i))
print((time.perf_counter() - t0) / n * 1000, "ms")
