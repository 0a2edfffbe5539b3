"""The adaptive review's sections of the page without a browser: the decision, scores, parts and next steps.

The score summaries below are written in the scores expert's own form (name and value, band, "Chosen
because ...", "Source: ..."), including one it could not compute and one that failed with a defect.
"""

from __future__ import annotations

from consilium.orchestration import Opinion, Plan, ReviewResult
from consilium.ui import board, opinion_sections, views
from consilium.ui.export import fhir_diagnostic_report

ALONE = ("the GP answers alone: no specialist has anything of its own to work on (no image file, no specimen and "
         "fewer than 3 laboratory results, no surgical question, no specialty asked for)")
CURB = {"id": "score:curb65", "status": "ok", "limitations": [],
        "summary": "CURB-65 = 2 of 5: CURB-65 score is 2. Moderate risk. Chosen because cough with a focal chest sign. "
                   "Source: Lim WS et al. Thorax 2003; open-medicine 0.12.0 calculate_curb65.",
        "measurements": [{"name": "CURB-65", "value": 2, "unit": "points", "flag": "",
                          "inputs": {"confusion": False, "age": 81, "bun": None}}]}
NEWS = {"id": "score:news2", "status": "ok", "limitations": ["not documented: supplemental oxygen (or room air)"],
        "summary": "NEWS2 at least 6 of 20 (at most 8; supplemental oxygen (or room air) not given): NEWS2 score is 6. "
                   "Medium risk. Chosen because acutely unwell adult. Source: RCP NEWS2, 2017; open-medicine 0.12.0.",
        "measurements": [{"name": "NEWS2", "value": 6, "unit": "points", "flag": "high", "inputs": {}}]}
WELLS = {"id": "score:wells_pe", "status": "ok", "limitations": ["not documented: heart rate", "not documented: <b>"],
         "summary": "Wells PE not computed: 2 of 7 inputs not documented (heart rate, <b>). Chosen because pleuritic "
                    "pain. Source: Wells PS et al. Thromb Haemost 2000.",
         "measurements": [{"name": "Wells PE", "value": None, "unit": "points", "inputs": {}}]}
BROKEN = {"id": "score:heart", "status": "failed", "error": "unexpected KeyError (a defect): 'age'", "limitations": [],
          "summary": "", "measurements": []}


def result(mode: str = "alone", *, parts=None, steps=None, computed=None) -> ReviewResult:
    team = mode == "team"
    plan = Plan(summary="", mode=mode, tasks=[], notes=["not consulted: surgery (nothing of its own to work on)"]
                if team else [], decision="convened: radiology (case has 1 image file(s))" if team else ALONE)
    if team:
        plan = Plan.model_validate({**plan.model_dump(), "tasks": [
            {"id": "radiology", "specialist": "radiology", "reason": "image", "question": "what?"}]})
    opinion = Opinion(differential=[], overall_confidence=0.0, confidence_basis="none",
                      computed=[CURB, NEWS, WELLS, BROKEN] if computed is None else computed)
    answer = {"answer": "Pneumonia.", "diagnosis": "Pneumonia", "option": "",
              "parts": parts if parts is not None else [
                  {"part": "diagnosis", "answer": "Pneumonia <script>", "missing": "", "evidence": ["score:curb65"]},
                  {"part": "disposition", "answer": "", "missing": "home situation not documented", "evidence": []}],
              "next_steps": steps if steps is not None else [
                  {"what": "Chest radiograph", "kind": "investigation", "who": "", "when": "today", "evidence": [],
                   "sources": [], "support": "no guideline passage found that supports this step"}]}
    return ReviewResult(review_id="r-1", case_id="c", plan=plan, opinion=opinion, answer=answer)


def test_decision_says_alone_or_whom_and_why() -> None:
    alone = opinion_sections.decision_html(result().plan)
    assert 'data-mode="alone"' in alone and "no specialist was convened" in alone
    assert "Why: no specialist has anything" in alone and "the GP answers alone:" not in alone  # no stutter
    team = opinion_sections.decision_html(result("team").plan)
    assert "convened radiology." in team and "Why: radiology (case has 1 image file(s))" in team
    assert "not consulted: surgery" in team
    assert "not consulted: surgery" not in opinion_sections.decision_html(result("team").plan, with_notes=False)
    assert "not decided yet" in opinion_sections.decision_html(None)


def test_scores_show_value_inputs_lacking_and_source_apart() -> None:
    html = opinion_sections.scores_html(result())
    curb = html.split('data-score="score:curb65"')[1].split("</tr>")[0]
    assert "<b>2</b> points" in curb and "2 of 5" in curb and "Moderate risk" in curb
    assert "Chosen because cough with a focal chest sign." in curb
    assert "confusion no; age 81; bun not documented" in curb and ">none<" in curb
    assert "Lim WS et al. Thorax 2003; open-medicine 0.12.0 calculate_curb65" in curb
    assert "CURB-65 = 2" not in curb  # the value is in its own column, not repeated in the result
    news = html.split('data-score="score:news2"')[1].split("</tr>")[0]
    assert "at least 6 of 20 (at most 8" in news and 'class="cs-lacking"' in news and "supplemental oxygen" in news
    wells = html.split('data-score="score:wells_pe"')[1].split("</tr>")[0]
    assert "not computed" in wells and "&lt;b&gt;" in wells and "<b>)" not in wells  # case text is escaped
    broken = html.split('data-score="score:heart"')[1].split("</tr>")[0]
    assert "not computed" in broken and "KeyError" in broken
    assert "No severity or risk score" in opinion_sections.scores_html(result(computed=[]))


def test_parts_mark_the_unanswered_one_and_steps_say_when_kind_what_who_source() -> None:
    html = opinion_sections.answer_html(result())
    assert 'data-part="diagnosis" data-answered="yes"' in html and "Pneumonia &lt;script&gt;" in html
    unanswered = html.split('data-part="disposition"')[1].split("</tr>")[0]
    assert 'data-answered="no" class="cs-unanswered"' in unanswered and "not answered" in unanswered
    assert "home situation not documented" in unanswered
    step = html.split('data-step="1"')[1].split("</tr>")[0]
    for expected in ("today", "investigation", "Chest radiograph", "—", "no guideline passage found"):
        assert expected in step, expected
    one_part = result(parts=[{"part": "answer", "answer": "x", "missing": "", "evidence": []}], steps=[])
    assert "data-part" not in opinion_sections.answer_html(one_part)  # a one-part question is the answer itself
    assert "data-step" not in opinion_sections.answer_html(one_part)


def test_alone_replaces_the_team_panels_with_one_line() -> None:
    alone = views.consensus_html(result())
    assert "cs-alone" in alone and "Ranked differential" not in alone and "Overall confidence" not in alone
    assert alone.index("cs-decision") < alone.index("cs-answer") < alone.index("cs-scores")
    team = views.consensus_html(result("team"))
    assert "cs-alone" not in team and "Ranked differential" in team and "Overall confidence" in team
    assert "the GP answered alone because no specialist" in views.report_html(result(), "pathology")
    assert "Surgery was not consulted (nothing of its own to work on)." in views.report_html(result("team"), "surgery")
    assert 'data-mode="alone"' in board.plan_table(result().plan) and "<table>" not in board.plan_table(result().plan)
    assert board.plan_picture(result().plan) is not None
    team_plan = board.plan_table(result("team").plan)
    assert "<tbody><tr><td><b>radiology</b>" in team_plan and 'data-mode="team"' in team_plan


def test_signed_report_names_the_parts_left_unanswered() -> None:
    signed = result().model_copy(update={"signoff": {"decision": "approved", "clinician": "Dr A",
                                                     "signed_at": "2026-12-03T07:00:00+00:00"}})
    conclusion = fhir_diagnostic_report(signed)["conclusion"]
    assert conclusion.endswith("Not answered: disposition (home situation not documented).")
    edited = signed.model_copy(update={"signoff": {**signed.signoff, "decision": "edited", "edited_answer": "Admit."}})
    assert "Not answered" not in fhir_diagnostic_report(edited)["conclusion"]  # the clinician's text is the answer
