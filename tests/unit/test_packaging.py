"""A wheel install carries every module and data file the editable install finds (the package list
in pyproject.toml is explicit, so a new subpackage must be added to it), and runs from a clean venv."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

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


def _last_json(out: str) -> dict:
    return json.loads(out.strip().splitlines()[-1])


@pytest.mark.timeout(600)
def test_a_wheel_built_from_the_repo_installs_in_a_clean_venv_and_runs(tmp_path: Path) -> None:
    """Build the wheel, install it with its base dependencies only into a new venv (no access to this
    environment's packages or the source tree), and run the commands a user runs first, elsewhere."""
    setup = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    source = tmp_path / "src"  # a copy, so that the build's own folders never land in the checkout
    source.mkdir()
    for name in ["pyproject.toml", "README.md"]:
        shutil.copy2(REPO / name, source / name)
    for folder in setup["package-dir"].values():
        shutil.copytree(REPO / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    have_backend = all(importlib.util.find_spec(m) for m in ("setuptools", "wheel"))
    build = [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(tmp_path / "dist")]
    _run(build + (["--no-build-isolation"] if have_backend else []), cwd=tmp_path)
    [wheel] = (tmp_path / "dist").glob("consilium_cds-*.whl")

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=tmp_path)
    python, consilium = venv / "bin" / "python", venv / "bin" / "consilium"
    _run([str(python), "-m", "pip", "install", "-q", str(wheel)], cwd=tmp_path)

    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CONSILIUM_", "PYTHON", "VIRTUAL_ENV"))}
    env["HOME"] = str(work)  # the default data folder (~/.consilium) goes here, not into the user's home
    where = _run([str(python), "-c", "import consilium.orchestration as o; print(o.__file__)"], cwd=work, env=env)
    assert where.stdout.strip().startswith(str(venv)), where.stdout  # the wheel, not the checkout

    helped = _run([str(consilium), "--help"], cwd=work, env=env)
    assert "bench" in helped.stdout and "review" in helped.stdout
    overhead = _last_json(_run([str(consilium), "bench", "overhead", "--cases", "5"], cwd=work, env=env).stdout)
    assert overhead["bench"] == "overhead" and overhead["cases"] == 5 and overhead["mean_ms_per_case"] > 0
    fanout = _last_json(_run([str(consilium), "bench", "fanout"], cwd=work, env=env).stdout)
    assert fanout["bench"] == "fanout" and fanout["specialists"] == 3 and fanout["speedup"] > 1

    # The de-identification measurement carries its corpus; the embedded benchmark says what to pass.
    deid = _last_json(_run([str(python), "-m", "consilium.orchestration.privacy.evaluate", "-n", "5"], cwd=work, env=env).stdout)
    assert deid["records"] == 5 and deid["identifiers"] > 0
    missing = subprocess.run([str(consilium), "bench", "embedded", "--cases-file", "absent.jsonl"], cwd=work, env=env,
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2 and "--cases-file" in " ".join(missing.stdout.split()), missing.stdout + missing.stderr


def _run(cmd: list[str], *, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{' '.join(cmd)} exited {done.returncode}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done
