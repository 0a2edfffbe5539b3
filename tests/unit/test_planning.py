"""Triage output and the plan built from it: corrections, rules, cycles, waves, readiness."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from consilium.agents.planning import (
    PlanError,
    build_plan,
    fallback_plan,
    ready_tasks,
    rule_requirements,
    rule_suggestions,
    team_decision,
    validate,
)
from consilium.agents.schemas import Plan, PlannedTask, TriageOutput
from consilium.orchestration.case.model import Case

BARE = Case(id="bare", presenting_complaint="tiredness")
LABS = [{"name": "Hb", "value": 9.1, "unit": "g/dL"}, {"name": "WCC", "value": 14.2, "unit": "10^9/L"},
        {"name": "CRP", "value": 88, "unit": "mg/L"}]
WITH_DATA = Case(id="data", imaging=[{"id": "ct1", "modality": "CT", "files": ["a.dcm", "b.dcm"]}], labs=LABS)
# Every specialist has something to work on: image files, a lab panel, a surgical question.
ALL = WITH_DATA.model_copy(update={"id": "all", "question": "Does he need an operation?"})
# Images and a surgical question, no laboratory results: pathology has nothing of its own.
RAD_SURG = ALL.model_copy(update={"id": "rad-surg", "labs": []})


def triage(*tasks: tuple[str, list[str]]) -> TriageOutput:
    return TriageOutput.model_validate({"summary": "s", "tasks": [
        {"specialist": s, "reason": f"{s} reason", "question": f"{s}?", "depends_on": deps} for s, deps in tasks]})


def waves(plan: Plan) -> list[list[str]]:
    """The order the graph runs the plan in: it starts every ready task at once, as here."""
    finished: set[str] = set()
    out = []
    while ready := sorted(t.id for t in ready_tasks(plan, finished)):
        out.append(ready)
        finished |= set(ready)
    return out


def deps(plan: Plan) -> dict[str, list[str]]:
    return {t.id: t.depends_on for t in plan.tasks}


# --- the triage schema ------------------------------------------------------------------------------

@pytest.mark.parametrize("bad", [
    {"summary": "s", "tasks": [{"specialist": "cardiology", "reason": "r", "question": "q"}]},
    {"summary": "s", "tasks": [{"specialist": "radiology", "reason": "r", "question": "q",
                                "depends_on": ["radiology", "pathology", "surgery"]}]},
    {"summary": "s", "tasks": [{"specialist": "radiology", "reason": "r", "question": "q"}] * 4},
    {"summary": "s" * 801, "tasks": []},
    {"tasks": []},
])
def test_triage_schema_rejects(bad: dict) -> None:
    with pytest.raises(ValidationError):
        TriageOutput.model_validate(bad)


# --- build_plan -------------------------------------------------------------------------------------

def test_plan_keeps_a_clean_proposal() -> None:
    plan = build_plan(triage(("pathology", []), ("radiology", [])), ALL)
    assert [t.id for t in plan.tasks] == ["radiology", "pathology"]  # canonical order
    assert plan.notes == [] and not plan.fallback
    assert all(t.source == "model" for t in plan.tasks)


def test_duplicates_dropped_with_note() -> None:
    plan = build_plan(triage(("radiology", []), ("radiology", []), ("pathology", ["radiology", "radiology"])), ALL)
    assert [t.id for t in plan.tasks] == ["radiology", "pathology"]
    assert deps(plan)["pathology"] == ["radiology"]
    assert "dropped a duplicate radiology task" in plan.notes


def test_self_and_unplanned_dependencies_dropped_with_notes() -> None:
    plan = build_plan(triage(("radiology", ["radiology"]), ("pathology", ["surgery"])), ALL)
    assert deps(plan) == {"radiology": [], "pathology": []}
    assert any(n.startswith("radiology: dropped dependencies on ['radiology']") for n in plan.notes)
    assert any(n.startswith("pathology: dropped dependencies on ['surgery']") for n in plan.notes)


def test_rule_required_specialists_added() -> None:
    assert rule_requirements(WITH_DATA) == {"radiology": "case has 1 imaging stud(ies) with 2 image file(s)",
                                            "pathology": "case has a panel of 3 laboratory results"}
    plan = build_plan(triage(("surgery", [])), WITH_DATA)
    added = {t.id: t for t in plan.tasks if t.source == "rule"}
    assert set(added) == {"radiology", "pathology"} and [t.id for t in plan.tasks] == ["radiology", "pathology"]
    assert "added radiology: case has 1 imaging stud(ies) with 2 image file(s)" in plan.notes
    assert "added pathology: case has a panel of 3 laboratory results" in plan.notes
    # no surgical question and nobody asked for surgery: the model's proposal is dropped, and the plan says so
    assert "not consulted: surgery (nothing of its own to work on in this case)" in plan.notes


def test_specialists_are_consulted_only_with_material_of_their_own() -> None:
    report_only = Case(id="r", imaging=[{"id": "cxr", "modality": "XR", "report": "Right lower lobe consolidation."}],
                       labs=LABS[:2], history="Previous appendicectomy; mother had breast cancer.",
                       question="What is the most likely diagnosis?")
    assert rule_suggestions(report_only) == {}  # the GP reads a report and two values as well as anyone
    convene, why = team_decision(report_only)
    assert not convene and why.startswith("the GP answers alone: no specialist has anything of its own to work on")
    assert rule_suggestions(report_only.model_copy(update={"question": "What does the chest X-ray show?"})) == {
        "radiology": "the question asks for this expertise"}
    assert set(rule_suggestions(report_only.model_copy(update={"presenting_complaint": "suspected perforated ulcer"}))) == {"surgery"}
    assert set(rule_suggestions(report_only.model_copy(update={"pathology": [{"id": "s1", "report": "adenocarcinoma"}]}))) == {"pathology"}
    convene, why = team_decision(ALL)
    assert convene and "radiology" in why and "pathology" in why and "surgery" in why


def test_surgery_waits_for_radiology_and_pathology() -> None:
    plan = build_plan(triage(("radiology", []), ("pathology", []), ("surgery", [])), ALL)
    assert sorted(deps(plan)["surgery"]) == ["pathology", "radiology"]
    assert sum("surgery now waits for" in n for n in plan.notes) == 2
    assert waves(plan) == [["pathology", "radiology"], ["surgery"]]


def test_surgery_edges_only_to_planned_specialists() -> None:
    plan = build_plan(triage(("radiology", []), ("surgery", [])), RAD_SURG)
    assert deps(plan) == {"radiology": [], "surgery": ["radiology"]}


def test_surgery_edges_can_be_switched_off() -> None:
    plan = build_plan(triage(("radiology", []), ("surgery", [])), RAD_SURG, surgery_waits_for_workup=False)
    assert deps(plan) == {"radiology": [], "surgery": []}


def test_cycle_between_model_edges_is_broken_with_note() -> None:
    plan = build_plan(triage(("radiology", ["pathology"]), ("pathology", ["radiology"])), ALL)
    validate(plan)
    assert sum(len(d) for d in deps(plan).values()) == 1
    assert any("to break a cycle" in n for n in plan.notes)


def test_cycle_is_broken_at_the_model_edge_not_the_rule() -> None:
    """The model asks radiology to wait for surgery; the rule says surgery waits for radiology."""
    plan = build_plan(triage(("radiology", ["surgery"]), ("surgery", [])), RAD_SURG)
    assert deps(plan) == {"radiology": [], "surgery": ["radiology"]}
    assert "removed dependency radiology -> surgery to break a cycle" in plan.notes


def test_validate_raises() -> None:
    a = PlannedTask(id="radiology", specialist="radiology", reason="", question="", depends_on=["pathology"])
    b = PlannedTask(id="pathology", specialist="pathology", reason="", question="", depends_on=["radiology"])
    with pytest.raises(PlanError, match="dependency cycle"):
        validate(Plan(summary="", tasks=[a, b]))
    c = PlannedTask(id="surgery", specialist="surgery", reason="", question="", depends_on=["oncology"])
    with pytest.raises(PlanError, match=r"unplanned task\(s\) \['oncology'\]"):
        validate(Plan(summary="", tasks=[c]))
    with pytest.raises(PlanError, match="duplicate task ids"):
        validate(Plan(summary="", tasks=[c.model_copy(update={"depends_on": []})] * 2))


# --- fallback, waves, readiness --------------------------------------------------------------------

def test_fallback_plan_without_material_answers_alone() -> None:
    plan = fallback_plan(BARE, "model timed out")
    assert plan.fallback and plan.tasks == [] and plan.mode == "alone"
    assert plan.notes[0] == "triage failed (model timed out); plan built from rules"


def test_fallback_plan_follows_rules() -> None:
    case = WITH_DATA.model_copy(update={"presenting_complaint": "right iliac fossa pain, ?appendicitis"})
    plan = fallback_plan(case, "x")
    assert [t.id for t in plan.tasks] == ["radiology", "pathology", "surgery"]
    assert waves(plan) == [["pathology", "radiology"], ["surgery"]]


def test_waves_of_a_chain() -> None:
    plan = build_plan(triage(("radiology", []), ("pathology", ["radiology"]), ("surgery", [])), ALL)
    assert waves(plan) == [["radiology"], ["pathology"], ["surgery"]]


def test_ready_tasks_semantics() -> None:
    plan = build_plan(triage(("radiology", []), ("pathology", []), ("surgery", [])), ALL)
    ids = lambda finished: [t.id for t in ready_tasks(plan, finished)]  # noqa: E731
    assert ids(set()) == ["radiology", "pathology"]
    assert ids({"radiology"}) == ["pathology"]  # surgery still waits for pathology
    assert ids({"radiology", "pathology"}) == ["surgery"]  # finished includes failed tasks
    assert ids({"radiology", "pathology", "surgery"}) == []
    assert ids({"triage"}) == ["radiology", "pathology"]  # unrelated ids are ignored
