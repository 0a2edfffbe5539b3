"""The texts the de-identifier is checked and timed on: every note of every labelled set, the generated corpus, and
the prompts and replies of every recording under docs/evaluation (each reply whole, as its string values joined,
and value by value). Run from the repository root."""

import glob
import json

from consilium.orchestration.privacy.evaluate import NOTE_SETS, build_full_corpus


def _leaves(value, out):
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        for v in value.values():
            _leaves(v, out)
    elif isinstance(value, list):
        for v in value:
            _leaves(v, out)


def texts() -> tuple[list[str], list[str]]:
    """(every text, the recorded replies alone)."""
    found = [r.text for make in NOTE_SETS.values() for r in make()] + [r.text for r in build_full_corpus()]
    replies: list[str] = []
    for path in sorted(glob.glob("docs/evaluation/**/recordings/*.json", recursive=True)):
        for call in json.load(open(path)).get("calls", []):
            reply = call.get("response")
            if isinstance(reply, dict):
                reply = reply.get("text") or reply.get("content") or json.dumps(reply)
            if isinstance(reply, str):
                replies.append(reply)
                try:
                    values: list[str] = []
                    _leaves(json.loads(reply), values)
                    replies += ["\n\n".join(values), *values]
                except ValueError:
                    pass
            found += [m["content"] for m in call.get("request", {}).get("messages", []) if isinstance(m.get("content"), str)]
    return list(dict.fromkeys(found + replies)), list(dict.fromkeys(replies))
