"""The GP answers alone when no specialist has anything of its own to work on; the question is answered
part by part; computed scores reach the prompts and the opinion."""

from __future__ import annotations

import json

from consilium.agents.prompting import template
from consilium.orchestration.case.model import Case
from consilium.orchestration.models.chat import ScriptedModel
from consilium.orchestration.models.scripted import canned_response
from tests.scripted import scripted_models

MCQ = Case(id="mcq-1", history="A 24-year-old woman has had fever and dysuria for two days. Temperature 38.1 C.",
           question="Which of the following is the most likely causal organism?",
           options={"A": "Escherichia coli", "B": "Staphylococcus aureus", "C": "Candida albicans"})


def test_a_case_without_material_is_answered_alone_in_one_call(make_consilium) -> None:
    gp = ScriptedModel(canned_response)
    result = make_consilium(scripted_models(gp=gp)).review(MCQ)
    assert result.complete and result.plan.mode == "alone" and result.plan.tasks == []
    assert result.plan.decision.startswith("the GP answers alone: no specialist has anything of its own")
    assert [a["task"] for a in result.audit] == ["answer"] and len(gp.requests) == 1
    assert result.reports == {} and result.opinion.confidence_basis.startswith("no specialist was convened")
    # without computed evidence the GP's prompt is exactly the single call's: the review costs nothing more
    sent = gp.requests[0].messages[0]["content"]
    single = template("single").substitute(case=sent.split("\n\nYou are an experienced physician.")[0],
                                           options_rule="Options are given: choose exactly one and put its letter in the field option.")
    assert sent == single
    assert result.answer["parts"] == [{"part": "diagnosis", "answer": "Community-acquired pneumonia.", "missing": "",
                                       "evidence": []}]


def test_computed_scores_reach_the_gp_and_the_opinion(make_consilium) -> None:
    gp = ScriptedModel(canned_response)
    case = Case(id="cap-alone", demographics={"age_years": 79, "sex": "male"},
                presenting_complaint="Cough and fever; community-acquired pneumonia suspected",
                history="New confusion since this morning.",
                vitals={"respiratory_rate": 32, "systolic_bp": 85, "diastolic_bp": 50, "heart_rate": 118,
                        "temperature_c": 38.9, "spo2": 90},
                labs=[{"name": "Urea", "value": 9.8, "unit": "mmol/L"}],
                question="What is the most likely diagnosis, how severe is it, and what should be done next?")
    result = make_consilium(scripted_models(gp=gp)).review(case)
    assert result.plan.mode == "alone"
    ids = [e["id"] for e in result.opinion.computed]
    assert "score:curb65" in ids
    prompt = gp.requests[0].messages[0]["content"]
    assert "[score:curb65]" in prompt and "The question asks 3 things: diagnosis, severity, next steps." in prompt
    assert [p["part"] for p in result.answer["parts"]] == ["diagnosis", "severity", "next_steps"]
    step = result.answer["next_steps"][0]
    assert step["kind"] == "treatment" and step["when"] == "within 1 hour" and step["who"]
    assert step["support"]  # cited, or says that no guideline passage supports it


def test_a_part_the_gp_leaves_out_is_shown_unanswered(make_consilium) -> None:
    def forgetful(request) -> str:
        out = json.loads(canned_response(request))
        if "parts" in out:
            out["parts"] = out["parts"][:1]
        return json.dumps(out)

    case = MCQ.model_copy(update={"options": {}, "question": "What is the diagnosis and should she be admitted?"})
    result = make_consilium(scripted_models(forgetful)).review(case)
    parts = {p["part"]: p for p in result.answer["parts"]}
    disposition = parts["disposition"]
    assert parts["diagnosis"]["answer"] and disposition["answer"] == ""
    assert disposition["missing"].startswith("not answered by the GP")
    # the risk score computed from the case is pointed to, as computed, not written in as the GP's answer
    assert disposition["evidence"] == ["score:qsofa"] and "computed from the case: qSOFA" in disposition["missing"]


def test_a_specialist_the_gp_asks_for_without_material_is_not_consulted(make_consilium) -> None:
    def wants_everyone(request) -> str:
        if (request.schema or {}).get("title") == "TriageOutput":
            return json.dumps({"summary": "s", "tasks": [
                {"specialist": s, "reason": "r", "question": "q", "depends_on": []}
                for s in ("radiology", "pathology", "surgery")]})
        return canned_response(request)

    case = MCQ.model_copy(update={"options": {}, "question": "Could this be a perinephric abscess?"})
    result = make_consilium(scripted_models(wants_everyone)).review(case)
    assert [t.id for t in result.plan.tasks] == ["surgery"]  # a possibly surgical problem: the GP model judged it
    assert "not consulted: radiology (nothing of its own to work on in this case)" in result.plan.notes


def test_material_and_requests_alone_plan_the_team_without_a_triage_call(make_consilium, case) -> None:
    asked = case.model_copy(update={"question": "What do the chest imaging and the blood tests show?"})
    result = make_consilium(scripted_models(canned_response)).review(asked)
    assert [t.id for t in result.plan.tasks] == ["radiology", "pathology"] and "triage" not in [a["task"] for a in result.audit]
    assert result.plan.notes == ["planned by rules: each specialist consulted has material of its own or was asked for"]
    assert result.plan.tasks[0].question.endswith("The clinician asks: What do the chest imaging and the blood tests show?")


def test_a_part_that_cites_nothing_or_missing_evidence_is_marked_unsupported(make_consilium) -> None:
    def citing(request) -> str:
        out = json.loads(canned_response(request))
        if "parts" in out:
            out["parts"][0]["evidence"] = ["[score:none_such]"]
            out["parts"][1]["evidence"] = ["vitals: RR 32"]
        return json.dumps(out)

    case = MCQ.model_copy(update={"options": {}, "question": "What is the diagnosis, how severe is it, and what next?"})
    parts = make_consilium(scripted_models(citing)).review(case).answer["parts"]
    assert parts[0]["support"] == "unsupported: cites evidence that does not exist (score:none_such)"
    assert "support" not in parts[1]  # a case field it names
    assert parts[2]["support"] == "unsupported: cites neither the case nor any evidence"


def test_the_views_of_a_case_answered_alone_say_so_and_draw_no_empty_differential(make_consilium) -> None:
    from rich.console import Console

    from consilium.orchestration.render import render_markdown, render_terminal
    result = make_consilium(scripted_models()).review(MCQ)
    md = render_markdown(result)
    assert "the GP answered alone" in md and "## Ranked differential" not in md
    assert "GP decision: the GP answers alone" in md
    console = Console(record=True, width=120)
    render_terminal(result, console)
    text = console.export_text()
    assert "the GP answered alone" in text and "Ranked differential" not in text


def test_a_part_the_gp_leaves_out_points_to_the_scores_computed_for_it() -> None:
    """The pneumonia demo asks how severe; a GP that does not say is shown unanswered, with CURB-65 and qSOFA beside
    it (their values and ids), not written in as its answer. A diagnostic score is no severity."""
    from consilium.agents.answer import _answered_parts
    from consilium.agents.schemas import FinalAnswerParts

    out = FinalAnswerParts.model_validate({"answer": "Pneumonia", "diagnosis": "Pneumonia", "rationale": "r",
                                           "parts": [{"part": "diagnosis", "answer": "Pneumonia",
                                                      "evidence": ["case:history"]}], "next_steps": []})
    evidence = {"score:curb65": {"status": "ok", "summary": "CURB-65 = 3 of 5: CURB-65 score is 3. High risk."},
                "score:qsofa": {"status": "ok", "summary": "qSOFA = 2 of 3: qSOFA score is 2."},
                "score:wells_pe": {"status": "ok", "summary": "Wells (PE) = 1.5: PE unlikely."},
                "score:news2": {"status": "error", "summary": ""}}
    parts = {p["part"]: p for p in _answered_parts(out, ["diagnosis", "severity"], evidence)}
    severity = parts["severity"]
    assert severity["answer"] == "" and severity["missing"].startswith("not answered by the GP")
    assert "CURB-65 = 3 of 5" in severity["missing"] and "qSOFA = 2 of 3" in severity["missing"]
    assert severity["evidence"] == ["score:curb65", "score:qsofa"]  # no diagnostic score, no failed one
    assert parts["diagnosis"]["answer"] == "Pneumonia"
    assert _answered_parts(out, ["diagnosis", "severity"], {})[1] == {
        "part": "severity", "answer": "", "missing": "not answered by the GP", "evidence": []}
