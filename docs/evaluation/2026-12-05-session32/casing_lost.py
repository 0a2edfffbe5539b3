import sys, json
sys.path.insert(0, "tests/safety")
from consilium.orchestration.privacy.evaluate import body_lower_cased as _body_lowered, lower_cased as _lowered
from consilium.orchestration.privacy import learned
from consilium.orchestration.privacy.evaluate import NOTE_SETS, evaluate
records = [r for name in ("heldout6", "heldout7", "heldout8") for r in NOTE_SETS[name]()]
out = {}
for label, make in (("body", _body_lowered), ("all", _lowered)):
    rep = evaluate(make(records))
    out[label] = rep.examples["lost"]
json.dump(out, open(sys.argv[1], "w"))
