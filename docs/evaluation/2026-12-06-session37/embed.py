import time, sys
from consilium.orchestration.privacy import learned_train as LT, evaluate as E
t=time.time(); n=0
for name in E.NOTE_SETS:
    for _n, rec, text, spans, prot, toks, labels in LT._views([name]):
        LT.token_vectors(text, toks); n+=1
    print(name, n, f"{time.time()-t:.0f}s", flush=True)
