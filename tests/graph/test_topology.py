"""The graph's topology against a reviewed snapshot, so that any change of shape shows up in review.

To accept an intended change, regenerate the snapshot and review the diff:

    UPDATE_SNAPSHOTS=1 pytest tests/graph/test_topology.py
"""

from __future__ import annotations

import os
from pathlib import Path

from consilium.orchestration.graph import build_graph

SNAPSHOT = Path(__file__).parent / "snapshots" / "topology.mmd"


def test_topology_matches_snapshot() -> None:
    mermaid = build_graph().compile().get_graph().draw_mermaid()
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
        SNAPSHOT.write_text(mermaid, encoding="utf-8")
    assert SNAPSHOT.is_file(), f"no snapshot at {SNAPSHOT}; create it with UPDATE_SNAPSHOTS=1 pytest {__file__}"
    expected = SNAPSHOT.read_text(encoding="utf-8")
    assert mermaid == expected, (
        "the review graph's topology changed; if that is intended, run "
        f"`UPDATE_SNAPSHOTS=1 pytest {__file__}` and review the diff of {SNAPSHOT}")


def test_every_specialist_returns_to_the_join_point() -> None:
    graph = build_graph().compile().get_graph()
    edges = {(e.source, e.target, e.conditional) for e in graph.edges}
    for specialist in ("radiology", "pathology", "surgery"):
        assert (specialist, "schedule", False) in edges
        assert ("schedule", specialist, True) in edges
    assert ("schedule", "consensus", True) in edges
