"""Shares of a review's time by part, from py-spy's raw output of review_loop.py (samples holding the GIL; the
one-time loads of the embedding model and of late imports left out): `python where_time_goes.py spy.txt`."""
import collections
import sys


def part(names: list[str]) -> str:
    joined = " ".join(names)
    if "Consilium._result" in names or "PrivacyGuard.reidentify" in joined:
        return "re-identifying the result"
    if any(n.startswith("PrivacyGuard.scrubber") for n in names) or "_scrub_json" in names:
        return "scanning each model reply for identifiers"
    if "deidentify_case" in names:
        return "de-identifying the case"
    if "detect_red_flags" in names:
        return "red-flag screen"
    if "score_evidence" in names:
        return "severity scores (triage)"
    if "ground_opinion" in names or "ground_steps" in names:
        return "grounding next steps in guidelines"
    if "find_injections" in names:
        return "injection screen"
    if any(n.startswith("contained.<locals>.wrap.<locals>.run") for n in names):
        return "other node work"
    if "Consilium._start" in names:
        return "other intake"
    return "LangGraph steps, threads and checkpoint"


shares: collections.Counter[str] = collections.Counter()
for line in open(sys.argv[1]):
    stack, _, count = line.rstrip().rpartition(" ")
    names = [frame.split(" (")[0] for frame in stack.split(";")]
    if not any(n == "Consilium.review" or n.startswith("Thread._bootstrap") for n in names):
        continue  # start-up
    if any("MiniLMNumpy.__init__" in n or "MiniLMEncoder._load" in n or "_find_and_load" in n for n in names):
        continue
    shares[part(names)] += int(count)
total = sum(shares.values())
for name, count in shares.most_common():
    print(f"{count / total * 100:5.1f} %  {name}")
