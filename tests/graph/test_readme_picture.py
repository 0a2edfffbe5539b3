"""The README's "How a review runs" picture names every node of the compiled graph, and no node it lacks."""

from __future__ import annotations

import re
from pathlib import Path

from consilium.orchestration.graph import build_graph

README = Path(__file__).resolve().parents[2] / "README.md"


def _picture() -> str:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## How a review runs"):]
    return section[section.index("```mermaid"):section.index("```", section.index("```mermaid") + 3)]


def test_the_readme_picture_names_every_graph_node() -> None:
    nodes = set(build_graph().compile().get_graph().nodes) - {"__start__", "__end__"}
    drawn = set(re.findall(r"(?m)(?:^|\s|&)\s*([a-z_]+)(?=[\[\s(&-]|$)", _picture()))
    assert nodes <= drawn, f"graph nodes missing from the README picture: {sorted(nodes - drawn)}"
    named_ids = set(re.findall(r"\b([a-z_]+)\[", _picture()))
    assert named_ids - {"before"} <= nodes, f"the picture draws nodes the graph lacks: {sorted(named_ids - nodes - {'before'})}"
