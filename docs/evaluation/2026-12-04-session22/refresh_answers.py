"""Brings a recording's stored answer up to date after an intended change of how the answer is written, when that is
the only difference: every model call served from the recording, no call unused, the same expert outputs, the same
opinion, plan and failures. Anything else is left as it is and printed.

``python docs/evaluation/2026-12-04-session22/refresh_answers.py RECORDING.json ...`` (session 22: a part the GP
leaves out now points to the scores computed for it, which changed the stored answer of 5 AgentClinic recordings)."""
import sys

from consilium.orchestration.audit.playback import replay_review
from consilium.orchestration.audit.recording import ReviewRecording, result_digest

for path in sys.argv[1:]:
    recording = ReviewRecording.load(path)
    check = replay_review(recording)
    if check.identical:
        continue
    new = result_digest(check.result)
    only_answer = (check.opinion_identical and not check.model_mismatches and not check.unused_calls
                   and not check.expert_differences and new["plan"] == recording.result.get("plan")
                   and new["failures"] == recording.result.get("failures"))
    if not only_answer:
        print(f"{path}: left as it is\n{check.explain()}")
        continue
    recording.result = new
    recording.save(path)
    print(f"{path}: stored answer refreshed")
