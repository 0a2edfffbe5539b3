"""The lower-case view's cost: reviews with instant models, cased_view on and off, alternated in one process."""
import statistics, tempfile, time
from pathlib import Path
import consilium.orchestration.privacy.deid as DD
import consilium.orchestration.privacy.detect as D
from consilium.orchestration.api import Consilium
from consilium.orchestration.benchmarks.common import bench_case
from consilium.orchestration.model_check import scripted_models
from consilium.orchestration.settings import Settings
REAL = D.cased_view
def use(on):
    D.cased_view = DD.cased_view = REAL if on else (lambda text: None)
c = Consilium(Settings(home=Path(tempfile.mkdtemp())), models=scripted_models(0.0), experts=None)
for i in range(20): c.review(bench_case(-1 - i))
ms = {True: [], False: []}; n = 0
for block in range(16):
    on = block % 2 == 1
    use(on)
    t = time.process_time()
    for _ in range(20):
        c.review(bench_case(n)); n += 1
    ms[on].append((time.process_time() - t) / 20 * 1000)
print("off %.2f ms, on %.2f ms per review (CPU, medians of 8 blocks); paired ratio %.3f" % (
    statistics.median(ms[False]), statistics.median(ms[True]), statistics.median(b / a for a, b in zip(ms[False], ms[True]))))
