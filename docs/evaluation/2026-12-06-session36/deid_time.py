"""Seconds to de-identify every note of the hand-written sets once (rules + reader), one Deidentifier per note."""
import time
from consilium.orchestration.privacy import evaluate as E
from consilium.orchestration.privacy.deid import Deidentifier
texts = [r.text for n in E.NOTE_SETS if n.startswith("heldout") and n not in ("heldout34", "heldout35", "heldout36", "heldout37") for r in E.NOTE_SETS[n]()]
Deidentifier(seed=0).deidentify(texts[0])
t0 = time.perf_counter()
for i, t in enumerate(texts):
    Deidentifier(seed=i).deidentify(t)
print(f"{len(texts)} notes, {time.perf_counter() - t0:.1f} s")
