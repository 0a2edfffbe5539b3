"""CPU time of the de-identifier, one pass per process (no text seen twice, so no process cache helps):
`deidentify_case` on the 540 corpus records and `scan_output` on every model reply recorded under
docs/evaluation/, after a warm-up on 40 records of another seed. Run from the repository root."""
import glob
import json
import time

from consilium.orchestration.privacy.deid import deidentify_case, scan_output
from consilium.orchestration.privacy.evaluate import SEED, build_full_corpus

records = build_full_corpus(540, SEED)
replies = []
for path in sorted(glob.glob("docs/evaluation/**/recordings/*.json", recursive=True)):
    for call in json.load(open(path)).get("calls") or []:
        response = call.get("response")
        if isinstance(response, dict) and response.get("text"):
            replies.append(response["text"])
for r in build_full_corpus(40, SEED + 1):
    deidentify_case(r.case, secret="x")
t = time.process_time()
for r in records:
    deidentify_case(r.case, secret="x")
per_record = (time.process_time() - t) / len(records) * 1000
t = time.process_time()
for text in replies:
    scan_output(text)
per_reply = (time.process_time() - t) / len(replies) * 1000
print(f"deidentify_case {per_record:.2f} ms per record; scan_output {per_reply:.2f} ms per recorded reply ({len(replies)})")
