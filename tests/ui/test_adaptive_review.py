"""The adaptive review in a real browser: the GP's decision, the computed scores, the question part by part
and the typed next steps, for a case the GP answers alone and for a team case with a five-part question.

Screenshots of both opinions go to ``artifacts/ui/``; with ``CONSILIUM_SCREENSHOTS=docs`` also to
``docs/screenshots/`` (committed: they show what the page looks like), so that a test run leaves the
tracked files alone.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.scripted import canned
from tests.ui.conftest import ARTIFACTS
from tests.ui.test_browser import pick_case, statuses, tab

pytestmark = pytest.mark.timeout(180)
CASES = Path(__file__).parent / "cases"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
FINISH_MS = 120_000
LEFT_OUT = "disposition"  # the part the scripted GP leaves unanswered in the team case


def leaves_a_part_out(request) -> str:
    """The canned answers, except that the GP's part-by-part answer omits one part the question asked."""
    reply = canned(request)
    if (request.schema or {}).get("title") != "FinalAnswerParts":
        return reply
    out = json.loads(reply)
    out["parts"] = [p for p in out["parts"] if p["part"] != LEFT_OUT]
    return json.dumps(out)


def run_case(page, file_name: str) -> None:
    pick_case(page, file_name)
    page.locator("#case-msg").get_by_text("Loaded").wait_for()
    page.locator("#run-review").click()
    try:  # scripted models answer at once; on a loaded machine the first grounding can take a while
        page.locator("#board [data-state=finished]").wait_for(timeout=FINISH_MS)
    except Exception as exc:  # noqa: BLE001 - Playwright's TimeoutError; say where the review stood
        raise AssertionError(f"the review did not finish in {FINISH_MS / 1000:.0f} s: nodes {statuses(page)}; "
                             f"{page.locator('#case-msg').inner_text()!r}") from exc


def screenshot(page, name: str) -> None:
    """The opinion tab, as a clinician sees it."""
    for folder in (SCREENSHOTS, ARTIFACTS) if os.environ.get("CONSILIUM_SCREENSHOTS") == "docs" else (ARTIFACTS,):
        folder.mkdir(parents=True, exist_ok=True)
        page.locator("#consensus").screenshot(path=str(folder / f"{name}.png"))


def test_alone_case_shows_decision_scores_parts_and_steps(browser, page, start_app) -> None:
    running = start_app(scenarios_dir=CASES)
    page.goto(running.url)
    run_case(page, "alone_pneumonia_clinic.yaml")
    review_id = page.locator("#open-id input, #open-id textarea").input_value()
    result = running.consilium.get(review_id)
    assert result.plan.mode == "alone" and result.llm_calls == 1  # what the page shows is what happened

    # the live tab says why nobody was convened, instead of an empty task table
    plan = page.locator("#plan-table .cs-decision[data-mode=alone]")
    plan.wait_for()
    assert "answered alone" in plan.inner_text() and "no image file" in plan.inner_text()

    tab(page, "4 · Opinion")
    cons = page.locator("#consensus")
    decision = cons.locator(".cs-decision[data-mode=alone]")
    decision.wait_for()  # the opinion is drawn just after the board shows the review finished
    assert "no specialist was convened" in decision.inner_text() and "no surgical question" in decision.inner_text()
    curb = cons.locator("tr[data-score='score:curb65']")
    assert curb.is_visible()
    curb_text = curb.inner_text()
    assert "CURB-65" in curb_text and "5 points" in curb_text and "Lim WS" in curb_text and "confusion yes" in curb_text
    news = cons.locator("tr[data-score='score:news2']").inner_text()
    assert "supplemental oxygen" in news  # the input it lacked, in its own column
    parts = cons.locator("tr[data-part]")
    assert [parts.nth(i).get_attribute("data-part") for i in range(parts.count())] == [
        "diagnosis", "severity", "next_steps"]
    assert parts.first.is_visible() and cons.locator("tr[data-answered=no]").count() == 0
    step = cons.locator("tr[data-step]").first
    assert step.is_visible()
    step_text = step.inner_text()
    for expected in ("within 1 hour", "treatment", "Start empirical antibiotics", "ward doctor", "bts_cap_2009"):
        assert expected in step_text, expected
    # alone: a plain line instead of an empty team differential
    assert cons.locator(".cs-alone").is_visible()
    assert cons.locator("tr[data-rank]").count() == 0 and "Ranked differential" not in cons.inner_text()
    assert "Overall confidence 0.00" not in cons.inner_text()
    screenshot(page, "adaptive_alone")

    tab(page, "3 · Specialists")
    assert "Radiology was not consulted: the GP answered alone" in page.locator("#report-radiology").inner_text()


def test_team_case_shows_each_part_and_marks_the_unanswered_one(browser, page, start_app) -> None:
    running = start_app(scenarios_dir=CASES, responder=leaves_a_part_out)
    page.goto(running.url)
    run_case(page, "team_pneumonia_cxr.yaml")

    tab(page, "4 · Opinion")
    cons = page.locator("#consensus")
    decision = cons.locator(".cs-decision[data-mode=team]")
    decision.wait_for()  # the opinion is drawn just after the board shows the review finished
    decision_text = decision.inner_text()
    assert "convened radiology, pathology" in decision_text and "image file" in decision_text
    assert cons.locator("tr[data-score='score:curb65']").is_visible()
    assert "3 points" in cons.locator("tr[data-score='score:curb65']").inner_text()
    parts = cons.locator("tr[data-part]")
    assert parts.count() == 5
    answered = cons.locator("tr[data-part=treatment][data-answered=yes]")
    assert answered.is_visible() and "scripted treatment" in answered.inner_text()
    unanswered = cons.locator(f"tr[data-part={LEFT_OUT}][data-answered=no]")
    assert unanswered.is_visible()
    assert "not answered" in unanswered.inner_text() and "not answered by the GP" in unanswered.inner_text()
    assert unanswered.evaluate("row => getComputedStyle(row.cells[0]).backgroundColor") != "rgba(0, 0, 0, 0)"
    step = cons.locator("tr[data-step]").first
    assert step.is_visible() and "within 1 hour" in step.inner_text() and "ward doctor" in step.inner_text()
    # a team case keeps its differential and its specialists' recommendations
    assert cons.locator("tr[data-rank]").count() >= 2 and cons.locator(".cs-alone").count() == 0
    assert "The specialists' recommendations" in cons.inner_text()
    screenshot(page, "adaptive_team")

    tab(page, "3 · Specialists")
    page.get_by_role("tab", name="Surgery", exact=True).click()
    assert "Surgery was not consulted" in page.locator("#report-surgery").inner_text()
