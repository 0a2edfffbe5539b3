"""Browser-test fixtures: Debian's Chromium driven by Playwright, and the real app on loopback.

The app runs in this process (Gradio serves from its own thread) on scripted models with a small
latency, so each node's status is visible while it runs, and with the default expert registry, so the
imaging experts write real overlay images. Screenshots go to ``artifacts/ui/`` (git-ignored).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from consilium.orchestration.api import Consilium
from consilium.orchestration.settings import Settings

from tests.scripted import canned, scripted_models

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "ui"
SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class RunningApp:
    consilium: Consilium
    url: str
    app: object

    def close(self) -> None:
        self.app.close()
        self.consilium.close()


def _registry():
    """The default experts (real overlays from the CT, chest-radiograph and IHC experts)."""
    from consilium.experts.registry import default_registry

    return default_registry()


@contextmanager
def page_handlers(consilium: Consilium, folder: Path) -> Iterator[object]:
    """The web app's handlers over ``consilium``, on a page built without a running app or a browser; the
    reviewer is closed afterwards."""
    import gradio as gr
    from consilium.ui.app import ReviewHandlers
    from consilium.ui.layout import build_page

    with gr.Blocks():
        page = build_page([])
    try:
        yield ReviewHandlers(consilium, page, folder)
    finally:
        consilium.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):  # the test command installs it: in CI a missing browser is a failure
            raise RuntimeError("Debian's chromium is not installed; scripts/test.sh installs it")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium; scripts/test.sh does it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the test extra)")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def start_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., RunningApp]]:
    """Start the app on a free loopback port (demo cases from ``scenarios_dir``, models answering with
    ``responder``); every start shares one home, so a restart sees the same store."""
    from consilium.ui.app import launch

    home = tmp_path / "home"
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "gradio"))
    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")
    started: list[RunningApp] = []

    def start(scenarios_dir: Path = SCENARIOS, responder: Callable = canned) -> RunningApp:
        consilium = Consilium(Settings(home=home, consensus_uses_model=True),
                              models=scripted_models(responder, latency_s=0.3), experts=_registry(),
                              require_signoff=True)
        app, url = launch(port=free_port(), consilium=consilium, scenarios_dir=scenarios_dir, block=False, quiet=True)
        running = RunningApp(consilium, url, app)
        started.append(running)
        return running

    yield start
    for running in started:
        running.close()


@pytest.fixture
def page(browser) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()
