"""The encoder alone over HELD-OUT 39's 24 notes with each window setting (session 39), alternated, three rounds:
python docs/evaluation/2026-12-06-session39/encoder_windows_time.py"""
import time
from consilium.orchestration.privacy import encoder
from consilium.orchestration.privacy.evaluate import NOTE_SETS
texts = [r.text for r in NOTE_SETS["heldout39"]()]
enc = encoder.shipped(); enc.chunk_vectors("warm up")
settings = {"256, half overlap (shipped)": (256, 0.5), "510, no overlap": (510, 1.0), "510, a quarter overlap": (510, 0.75)}
times = {k: [] for k in settings}
for _ in range(3):
    for name, (window, step) in settings.items():
        encoder.WINDOW, encoder.STEP = window, step
        t = time.perf_counter()
        for text in texts:
            enc.chunk_vectors(text)
        times[name].append(time.perf_counter() - t)
for name, ts in times.items():
    print(f"{name}: min {min(ts):.2f} s, median {sorted(ts)[1]:.2f} s over {len(texts)} notes")
