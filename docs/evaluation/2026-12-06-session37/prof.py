import time, cProfile, pstats
from consilium.orchestration.privacy import encoder, learned, evaluate as E
enc = encoder.shipped()
recs = E.NOTE_SETS["heldout30"]()[:20]
texts = [r.text for r in recs]
t = time.perf_counter()
n = 0
for x in texts:
    toks = learned.tokens(x); enc.token_vectors(x, toks); n += len(x)
print(f"{len(texts)} notes, {n} chars, {time.perf_counter()-t:.2f}s")
t = time.perf_counter()
for x in texts:
    for c in x.split(): enc.piece_ids(c)
print(f"pieces alone {time.perf_counter()-t:.2f}s")
cProfile.run("for x in texts: enc.token_vectors(x, learned.tokens(x))", "/tmp/prof.out")
pstats.Stats("/tmp/prof.out").sort_stats("tottime").print_stats(8)
