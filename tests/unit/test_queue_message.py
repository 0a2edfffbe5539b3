"""The queue's nesting checks, which run before any parser sees a message (no Redis needed)."""

from __future__ import annotations

import json

from consilium.orchestration.distributed.message import json_text_depth
from consilium.orchestration.distributed.queue import MAX_JSON_DEPTH, object_depth


def test_text_depth_counts_arrays_and_objects_but_not_brackets_inside_strings() -> None:
    assert json_text_depth('{"id": "c1", "history": "x"}') == 1
    assert json_text_depth('{"labs": [{"name": "CRP"}]}') == 3
    assert json_text_depth('{"history": "[[[[{{{{ \\" [[[[ "}') == 1  # an escaped quote does not end the string
    assert json_text_depth('"[[[["') == 0


def test_text_depth_stops_early_on_a_deep_text() -> None:
    deep = "[" * 1_000_000 + "]" * 1_000_000
    assert json_text_depth(deep) == MAX_JSON_DEPTH + 1
    assert json_text_depth(deep, limit=10**7) == 1_000_000


def test_object_depth_agrees_with_the_text_depth() -> None:
    case = {"id": "c1", "labs": [{"name": "CRP", "value": 5}], "imaging": [{"files": ["a.dcm"]}]}
    assert object_depth(case) == json_text_depth(json.dumps(case)) == 4  # imaging, list, study, files
    deep: list = []
    for _ in range(100_000):
        deep = [deep]
    assert object_depth(deep) == MAX_JSON_DEPTH + 1
