"""A wheel install carries every module and data file the editable install finds (the package list
in pyproject.toml is explicit, so a new subpackage must be added to it)."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_python_package_under_the_mapped_folders_is_listed() -> None:
    setup = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed, mapping = set(setup["packages"]), setup["package-dir"]
    found = set()
    for name, folder in mapping.items():
        for init in (REPO / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(REPO / folder)
            found.add(".".join([name, *rel.parts]))
    assert found, "no package found under the mapped folders"
    assert found - listed == set(), "subpackages a wheel would leave out: add them to [tool.setuptools] packages"
    data = setup["package-data"]["consilium.agents"]
    assert data == ["prompts/*.md"] and list((REPO / "agents" / "prompts").glob("*.md"))


def test_the_demo_scenarios_ship_as_package_data_and_are_found_through_the_package() -> None:
    from consilium.orchestration import demo_scenarios

    setup = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert setup["package-dir"]["consilium.scenarios"] == "scenarios" and "consilium.scenarios" in setup["packages"]
    assert setup["package-data"]["consilium.scenarios"] == ["*.yaml"]
    shipped = sorted(p.name for p in (REPO / "scenarios").glob("*.yaml"))
    assert shipped and all(name.startswith("demo_") for name in shipped)
    # found by import, not by a path relative to a source file (which an installed wheel does not have)
    assert sorted(p.name for p in demo_scenarios().glob("*.yaml")) == shipped
