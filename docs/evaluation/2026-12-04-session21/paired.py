"""This session's changes against the code it started from, alternated in one process so that the machine's drift
hits both alike: ``python docs/evaluation/2026-12-04-session21/paired.py`` from the repository root.

"start" puts back, in memory, what the session changed in the de-identifier (the protected spans found eagerly,
the rules gated only on "any digit" and without the five new string gates) and in the verification (a pattern
built for every drug word). Prints the detector's CPU time per recorded reply and the review's per case."""

import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, "docs/evaluation/2026-12-04-session21")
from texts import texts  # noqa: E402

import consilium.agents.verification as V  # noqa: E402
from consilium.orchestration.api import Consilium  # noqa: E402
from consilium.orchestration.benchmarks.common import bench_case  # noqa: E402
from consilium.orchestration.model_check import scripted_models  # noqa: E402
from consilium.orchestration.privacy import detect as D  # noqa: E402
from consilium.orchestration.settings import Settings  # noqa: E402

NOW_RULES, NOW_SPANS, NOW_GIVEN, NOW_MENTIONS = list(D._GATED_RULES), D.ProtectedSpans, V._given, V._mentions
NEWLY_GATED = {"handle", "domain", "handle_label", "street_continental"}
START_RULES = [(k, r, p, pat, 0 if r == "phone_au" else min(digits, 1), 0, None if r in NEWLY_GATED else lit)
               for k, r, p, pat, digits, _value, lit in NOW_RULES]


class EagerSpans(list):
    def __init__(self, text, absolute):
        super().__init__(absolute + [(m.start(), m.end()) for p in D._PROTECT_WEAK for m in p.finditer(text)])


def start_mentions(text, words):
    low = text.lower()
    return next((w for w in words if re.search(rf"\b{re.escape(w)}", low)), None)


def start_given(text, words):
    low, found = text.lower(), []
    for w in words:
        for m in re.finditer(rf"\b{re.escape(w)}", low):
            clause = re.split(r"[.;:,()\n]|\b(?:but|then)\b", low[:m.start()])[-1]
            stops = list(V._WITHDRAWN.finditer(clause))
            between = clause[stops[-1].end():] if stops else ""
            if not stops or V._GIVEN.search(between) or len(between.split()) > V._GOVERNED_WORDS:
                found.append(w)
                break
    return found


def use(now: bool) -> None:
    D._GATED_RULES = NOW_RULES if now else START_RULES
    D.AGE_DIGITS, D.GENERIC_ID_DIGITS = (2, 5) if now else (1, 1)
    D.ProtectedSpans = NOW_SPANS if now else EagerSpans
    V._given, V._mentions = (NOW_GIVEN, NOW_MENTIONS) if now else (start_given, start_mentions)


def alternate(label: str, work, blocks: int, per_block: int) -> None:
    ms: dict[bool, list[float]] = {True: [], False: []}
    for block in range(blocks):
        now = block % 2 == 1
        use(now)
        t0 = time.process_time()
        work()
        ms[now].append((time.process_time() - t0) / per_block * 1000)
    ratio = statistics.median(b / a for a, b in zip(ms[False], ms[True]))
    print(f"{label}: start {statistics.median(ms[False]):.3f} ms, now {statistics.median(ms[True]):.3f} ms "
          f"(medians of {blocks // 2} blocks each); paired ratio {ratio:.3f}")


if __name__ == "__main__":
    replies = [t for t in texts()[1] if len(t) > 80][:400]
    alternate("detector, per recorded reply", lambda: [D._find_candidates(t, True) for t in replies], 12, len(replies))
    c = Consilium(Settings(home=Path(tempfile.mkdtemp())), models=scripted_models(0.0), experts=None)
    for i in range(20):
        c.review(bench_case(-1 - i))
    count = iter(range(10**9))
    alternate("review, per bench case (instant models)", lambda: [c.review(bench_case(next(count))) for _ in range(40)], 20, 40)
