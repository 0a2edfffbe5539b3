"""Same spans before and after a change: ``python docs/evaluation/2026-12-04-session21/spans.py save FILE`` on the
old code, then ``... compare FILE`` on the new one (every text of texts.py, both candidate modes and detect())."""

import dataclasses
import pickle
import sys

sys.path.insert(0, "docs/evaluation/2026-12-04-session21")
from texts import texts  # noqa: E402

from consilium.orchestration.privacy import detect as D  # noqa: E402


def snapshot() -> dict[str, tuple[str, str, str]]:
    def shown(c):
        return repr(dataclasses.replace(c, weak_protect=list(c.weak_protect)))
    return {t: (shown(D._find_candidates(t, True)), shown(D._find_candidates(t, False)), repr(D.detect(t)))
            for t in texts()[0]}


if __name__ == "__main__":
    mode, path = sys.argv[1], sys.argv[2]
    now = snapshot()
    if mode == "save":
        pickle.dump(now, open(path, "wb"))
        print(len(now), "texts saved")
    else:
        old = pickle.load(open(path, "rb"))
        differ = [t for t in now if old.get(t) != now[t]]
        print(f"{len(differ)} of {len(now)} texts differ")
