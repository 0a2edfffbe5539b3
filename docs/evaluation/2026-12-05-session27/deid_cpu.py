"""CPU time of de-identification: deidentify_case on the 540-record corpus, and HELD-OUT 20-22 notes. Run from the
repository root; for the session's start, the same with PYTHONPATH pointing at a worktree of bde6d0d (session 27)."""
import time
from consilium.orchestration.privacy.evaluate import NOTE_SETS
from consilium.orchestration.privacy.deid import Deidentifier, deidentify_case
from consilium.orchestration.privacy.corpora.deid_corpus_more import build_full_corpus
from consilium.orchestration.privacy.corpora.deid_corpus import SEED
recs = build_full_corpus(540, SEED)
Deidentifier(seed="w").deidentify(recs[0].text)
t0 = time.process_time()
for r in recs: deidentify_case(r.case, seed=r.id)
t1 = time.process_time()
texts = [r.text for n in ("heldout20", "heldout21", "heldout22") for r in NOTE_SETS[n]()]
t2 = time.process_time()
for i, t in enumerate(texts): Deidentifier(seed=str(i)).deidentify(t)
t3 = time.process_time()
print(f"deidentify_case {1000*(t1-t0)/len(recs):.2f} ms/record; notes {1000*(t3-t2)/len(texts):.2f} ms/note")
