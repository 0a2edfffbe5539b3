"""The web app in a real browser: a study typed in by StudyInstanceUID is fetched from the real Orthanc
(conftest.py) and measured; the board and the evidence show it like an upload."""

from __future__ import annotations

from pathlib import Path

import pytest

from consilium.orchestration import Consilium, Settings
from tests.pacs.conftest import PASSWORD, USER, Pacs, free_port, pacs  # noqa: F401 - the Orthanc fixture, shared
from tests.scripted import canned, scripted_models

# Here, beside the other browser tests, and not under tests/pacs: the browser fixture is session-wide, and a
# Playwright session opened early leaves its event loop running under every later test (asyncio.run fails).

pytestmark = pytest.mark.timeout(180)
AUTH_ENV = "CONSILIUM_TEST_PACS_AUTH"


def test_a_study_uid_typed_in_the_page(browser, page, pacs: Pacs, tmp_path: Path,  # noqa: F811
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from consilium.experts.registry import default_registry
    from consilium.ui.app import launch

    monkeypatch.setenv(AUTH_ENV, f"{USER}:{PASSWORD}")
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "gradio"))
    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")
    settings = Settings(home=tmp_path / "home", pacs={"url": pacs.url, "auth_env": AUTH_ENV, "timeout_s": 5})
    consilium = Consilium(settings, models=scripted_models(canned, latency_s=0.1), experts=default_registry(),
                          require_signoff=True)
    app, url = launch(port=free_port(), consilium=consilium, block=False, quiet=True)
    try:
        study_uid, series_uid, _ = pacs.studies["CT_small.dcm"]
        page.goto(url)
        page.get_by_role("button", name="New blank case").click()
        page.locator("#case-msg").get_by_text("New case").wait_for()
        page.locator("#presenting-complaint input, #presenting-complaint textarea").fill("Breathless for two months")
        page.locator("#study-uid input, #study-uid textarea").fill("1.2.abc")
        page.locator("#run-review").click()
        page.locator("#case-msg").get_by_text("Cannot run the review").wait_for()
        assert "StudyInstanceUID" in page.locator("#case-msg").inner_text()

        page.locator("#study-uid input, #study-uid textarea").fill(study_uid)
        page.locator("#series-uid input, #series-uid textarea").fill(series_uid)
        page.locator("#run-review").click()
        page.locator("#board [data-state=finished]").wait_for(timeout=60_000)
        review_id = page.locator("#open-id input, #open-id textarea").input_value()
        stored = consilium.get(review_id)
        assert stored.awaiting_signoff and "intake:files" not in stored.failures
        assert stored.evidence["ct_quant:pacs-img1"]["status"] == "ok"
        page.get_by_role("tab", name="3 · Specialists", exact=True).click()
        page.get_by_role("tab", name="Radiology", exact=True).click()
        assert "ct_quant:pacs-img1" in page.locator("#evidence-radiology").inner_text()
    finally:
        app.close()
        consilium.close()
