"""Time de-identification of HELD-OUT 39's 24 notes: rules alone, rules + reader (encoder live), and the encoder alone."""
import sys, time
from consilium.orchestration.privacy import learned, encoder
from consilium.orchestration.privacy.deid import Deidentifier
from consilium.orchestration.privacy.evaluate import NOTE_SETS
recs = NOTE_SETS[sys.argv[1] if len(sys.argv) > 1 else "heldout39"]()
enc = encoder.shipped(); enc.chunk_vectors("warm up")
model = learned.current()
def run(m):
    t = time.perf_counter()
    with learned.using(m):
        for r in recs:
            d = Deidentifier(seed=r.id, day_first=None); d.learn(r.text); d.learn_read(r.text); d.deidentify(r.text)
    return time.perf_counter() - t
def enc_only():
    t = time.perf_counter()
    for r in recs: enc.chunk_vectors(r.text)
    return time.perf_counter() - t
chars = sum(len(r.text) for r in recs)
for i in range(2):
    a, b, c = run(None), run(model), enc_only()
    print(f"run {i}: {len(recs)} notes, {chars} chars: rules alone {a:.2f} s, rules + reader {b:.2f} s, encoder alone {c:.2f} s")
