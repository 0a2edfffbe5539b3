"""The web app's live board in a real browser: red flags and computed scores show while the first model calls
are still working, expert evidence while its specialist runs, then each specialist's report as it finishes."""

from __future__ import annotations

import time

import pytest

from tests.scripted import canned
from tests.ui.test_browser import pick_case, statuses

pytestmark = pytest.mark.timeout(240)
SLOW_S = 1.5  # each model call: long enough that a poll sees what came before it returned


def slow(request) -> str:
    time.sleep(SLOW_S)
    return canned(request)


def parts(page) -> dict[str, int]:
    return page.eval_on_selector_all("#board [data-part]",
                                     "els => Object.fromEntries(els.map(e => [e.dataset.part, +e.dataset.count]))")


def test_flags_scores_and_evidence_show_before_the_reports_and_reports_before_the_end(browser, page, start_app) -> None:
    app = start_app(responder=slow)
    page.goto(app.url)
    pick_case(page, "demo_pneumonia_cxr.yaml")
    page.wait_for_function("document.querySelector('#case-id input, #case-id textarea').value === 'demo-pneumonia-cxr'")
    page.locator("#run-review").click()

    page.locator('#board [data-part="scores"]').wait_for(timeout=60_000)
    first, at_first = parts(page), statuses(page)
    assert first.get("red_flags", 0) >= 1 and first["scores"] >= 1, first  # the demo's sepsis signs; CURB-65 and others
    assert "reports" not in first, f"a report was shown before the scores: {first}"
    assert not any(at_first[n] == "done" for n in ("radiology", "pathology", "answer")), at_first
    assert "CURB-65" in page.locator('#board [data-part="scores"]').inner_text()

    seen: list[tuple[dict[str, int], dict[str, str]]] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not page.locator("#board [data-state=finished]").count():
        seen.append((parts(page), statuses(page)))
        time.sleep(0.1)
    assert page.locator("#board [data-state=finished]").count(), f"the review did not finish: {statuses(page)}"
    # the radiograph expert's evidence came while radiology was still at work
    assert any(p.get("evidence") and s["radiology"] == "running" for p, s in seen), seen[-1]
    # a report was on the board while the GP's answer was still to come
    assert any(p.get("reports") and s["answer"] != "done" for p, s in seen), seen[-1]
    reports = page.locator('#board [data-part="reports"]').inner_text()
    assert "radiology" in reports and "pathology" in reports and "Community-acquired pneumonia" in reports
