"""The figures of tests/safety/test_casing.py's two note-set tests, with the reader and with the rules alone (session 31).
Run from the repository root: .venv/bin/python docs/evaluation/2026-12-05-session31/casing.py"""
import sys
sys.path.insert(0, "tests/safety")
from consilium.orchestration.privacy.evaluate import body_lower_cased as _body_lowered, lower_cased as _lowered
from consilium.orchestration.privacy import learned
from consilium.orchestration.privacy.evaluate import NOTE_SETS, evaluate
records = [r for name in ("heldout6", "heldout7", "heldout8") for r in NOTE_SETS[name]()]
for label, make in (("below the first line", _body_lowered), ("throughout", _lowered)):
    for reader, model in (("rules + reader", learned.current()), ("rules alone", None)):
        with learned.using(model):
            rep = evaluate(make(records))
        print(f"lower case {label}, {reader}: {rep.leaked} of {rep.identifiers} leaked, {rep.protected_lost} of {rep.protected} lost", flush=True)
