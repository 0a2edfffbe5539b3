"""The web app in a real browser opens a FHIR Bundle (issue 17): the form fills from it, the Bundle's notes
are listed and the review runs on it. (A Bundle that is not valid is refused with its resource named:
tests/ui/test_case_file_upload.py, on the handler.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import ARTIFACTS

pytestmark = pytest.mark.timeout(180)
FHIR = Path(__file__).resolve().parents[1] / "case" / "data" / "fhir"


def test_a_fhir_bundle_opened_in_the_browser_is_reviewed(browser, page, start_app) -> None:
    running = start_app()
    page.goto(running.url)
    bundle = (FHIR / "pneumonia_admission_r4.json").read_bytes()
    page.locator("#case-file input[type=file]").set_input_files(
        [{"name": "Jane Doe 1961-03-02.json", "mimeType": "application/json", "buffer": bundle}])
    msg = page.locator("#case-msg")
    msg.get_by_text("Loaded").wait_for(timeout=30_000)
    text = msg.inner_text()
    assert "ignored" in text and "Jane" not in text, text  # the Bundle's notes; never the file's name
    complaint = page.locator("#presenting-complaint input, #presenting-complaint textarea").input_value()
    assert complaint.strip(), "the presenting complaint came from the Bundle"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "20_fhir_bundle_opened.png"), full_page=True)

    page.locator("#run-review").click()
    page.locator("#board [data-state=finished]").wait_for(timeout=90_000)
    review_id = page.locator("#open-id input, #open-id textarea").input_value()
    stored = running.consilium.get(review_id)
    assert stored is not None and stored.complete, stored.failures if stored else "no review"
