"""The CPU time a review with instant models spends inside the lower-case view (``cased_view``), counted directly over
200 reviews after 20 warm-up ones: ``python docs/evaluation/2026-12-04-session22/casing_share.py``."""
import tempfile
import time
from pathlib import Path

import consilium.orchestration.privacy.casing as C
import consilium.orchestration.privacy.deid as DD
import consilium.orchestration.privacy.detect as D
from consilium.orchestration.api import Consilium
from consilium.orchestration.benchmarks.common import bench_case
from consilium.orchestration.model_check import scripted_models
from consilium.orchestration.settings import Settings

spent, calls = [0.0], [0]


def timed(text):
    t = time.process_time()
    view = C.cased_view(text)
    spent[0] += time.process_time() - t
    calls[0] += 1
    return view


D.cased_view = DD.cased_view = timed
c = Consilium(Settings(home=Path(tempfile.mkdtemp())), models=scripted_models(0.0), experts=None)
for i in range(20):
    c.review(bench_case(-i - 1))
spent[0], calls[0] = 0.0, 0
t0 = time.process_time()
for i in range(200):
    c.review(bench_case(i))
total = time.process_time() - t0
print(f"{calls[0] / 200:.1f} calls per review; {spent[0] / 200 * 1000:.3f} ms per review inside cased_view, "
      f"of {total / 200 * 1000:.2f} ms ({spent[0] / total:.1%})")
