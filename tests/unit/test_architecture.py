"""The layout's rules, checked by machine: imports run one way, and no modules import each other."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import networkx as nx

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("consilium.agents", "consilium.tools", "consilium.experts", "consilium.orchestration", "consilium.ui")


def test_the_layer_contract_holds() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert lint, "import-linter is part of the test extra"
    done = subprocess.run([lint, "--config", str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_no_import_cycle_between_modules_at_module_level_or_inside_functions() -> None:
    graph = grimp.build_graph(*PACKAGES)  # grimp records imports inside functions too
    edges = nx.DiGraph()
    for module in graph.modules:
        edges.add_node(module)
        for imported in graph.find_modules_directly_imported_by(module):
            edges.add_edge(module, imported)
    # A package's __init__ re-exporting its own modules is not a cycle between modules.
    for module, imported in list(edges.edges):
        if imported.startswith(module + "."):
            edges.remove_edge(module, imported)
    cycles = list(nx.simple_cycles(edges))
    assert cycles == [], "import cycles: " + "; ".join(" -> ".join(c + c[:1]) for c in cycles[:10])


def test_no_folder_holds_more_than_a_fifth_of_the_package_lines_directly() -> None:
    """Issue 13's rule: a reader finds each concept by its folder, so no one folder (its own files, not
    its subfolders) holds more than 20% of the package's Python lines."""
    folders = ("agents", "tools", "experts", "orchestration", "ui", "scenarios")
    per_folder: dict[Path, int] = {}
    for top in folders:
        for path in (ROOT / top).rglob("*.py"):
            per_folder[path.parent] = per_folder.get(path.parent, 0) + len(path.read_text(encoding="utf-8").splitlines())
    total = sum(per_folder.values())
    assert total > 10_000, f"only {total} lines found under {folders}: the walk is looking in the wrong place"
    too_big = {str(f.relative_to(ROOT)): f"{n / total:.1%}" for f, n in per_folder.items() if n > 0.20 * total}
    assert too_big == {}, f"folders over 20% of {total} package lines: {too_big}"
