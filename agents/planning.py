"""The GP's plan as a task graph: validation, the rules that complete it, and which tasks are ready.

The model proposes which specialists to consult and in what order; code makes the plan safe to run:
tasks are de-duplicated, dependencies on unplanned or unknown tasks are dropped, specialists that the
case's own data demands (imaging -> radiology, specimens or labs -> pathology) are added, a surgical
plan always waits for planned radiology and pathology reports, and the result is checked to be a
directed acyclic graph (``networkx``). Every correction is written into ``Plan.notes``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from consilium.agents.schemas import SPECIALISTS, Plan, PlannedTask, TriageOutput
from consilium.orchestration.case.model import Case
from consilium.orchestration.errors import Defect

if TYPE_CHECKING:
    import networkx as nx

# A surgical plan needs staging (radiology) and tissue/lab results (pathology) when those are consulted.
REQUIRED_UPSTREAM: dict[str, tuple[str, ...]] = {"surgery": ("radiology", "pathology")}

# Lab results that make a panel worth a pathologist's reading: one or two values the GP reads as well as
# anyone (project threshold, not a clinical fact).
LAB_PANEL_MIN = 3

# A surgical question: read in the question and the presenting problem only. A history mentions
# cancers, masses and old operations that raise no surgical question today.
_SURGICAL_QUESTION = re.compile(
    r"surg|operat|resect|excis|laparoscop|laparotom|theatre|appendic|hernia|cholecyst|obstruct|perforat|abscess|"
    r"fractur|aneurysm|torsion|acute abdomen|peritonit|trauma|rupture|gangren|volvulus|intussuscep|"
    r"ischaemic (?:limb|bowel)|ischemic (?:limb|bowel)|amputat", re.I)
# The clinician asks for a specialty by name: its specialist is consulted even without material of its own.
_ASKS_FOR: dict[str, re.Pattern[str]] = {
    "radiology": re.compile(r"radiolog|imaging|\bscan|x-?ray|radiograph|\bct\b|\bmri\b|ultrasound", re.I),
    "pathology": re.compile(r"patholog|biopsy|histolog|cytolog|laborator|\blabs?\b|blood tests?", re.I),
    "surgery": re.compile(r"surg|operat", re.I),
}


class PlanError(Defect, ValueError):
    pass


def rule_requirements(case: Case) -> dict[str, str]:
    """Specialists with material of their own in the case, and what it is: image files for radiology,
    specimens or a laboratory panel for pathology. Material present is always read."""
    needs: dict[str, str] = {}
    studies = [s for s in case.imaging if s.files]
    if studies:
        files = sum(len(s.files) for s in studies)
        needs["radiology"] = f"case has {len(studies)} imaging stud(ies) with {files} image file(s)"
    if case.pathology:
        needs["pathology"] = f"case has {len(case.pathology)} pathology specimen(s)"
    elif len(case.labs) >= LAB_PANEL_MIN:
        needs["pathology"] = f"case has a panel of {len(case.labs)} laboratory results"
    return needs


def rule_suggestions(case: Case) -> dict[str, str]:
    """Every specialist that has something to work on, with what: its material, a surgical question, or
    the clinician asking for it by name. Nobody else is consulted."""
    sugg = rule_requirements(case)
    if _SURGICAL_QUESTION.search(f"{case.question}\n{case.presenting_complaint}"):
        sugg.setdefault("surgery", "the question or the presenting problem is possibly surgical")
    for role, asks in _ASKS_FOR.items():
        if asks.search(case.question):
            sugg.setdefault(role, "the question asks for this expertise")
    return sugg


def team_decision(case: Case) -> tuple[bool, str]:
    """Whether to convene specialists, and why; without one that has something to work on, the GP answers
    alone (with the case's computed scores and expert evidence), at one model call."""
    sugg = rule_suggestions(case)
    if sugg:
        return True, "convened: " + "; ".join(f"{role} ({why})" for role, why in sugg.items())
    absent = ["no image file", f"no specimen and fewer than {LAB_PANEL_MIN} laboratory results",
              "no surgical question", "no specialty asked for"]
    return False, "the GP answers alone: no specialist has anything of its own to work on (" + ", ".join(absent) + ")"


def _add_required_edges(tasks: dict[str, PlannedTask], notes: list[str], enabled: bool = True) -> None:
    if not enabled:
        return
    for tid, task in tasks.items():
        for up in REQUIRED_UPSTREAM.get(task.specialist, ()):
            if up in tasks and up not in task.depends_on:
                task.depends_on.append(up)
                notes.append(f"{tid} now waits for {up} (surgical plans need staging and pathology first)")


def task_graph(plan: Plan) -> nx.DiGraph:
    import networkx as nx  # imported by the first plan, not by every start: a tenth of a second (issue 16)

    g = nx.DiGraph()
    for t in plan.tasks:
        g.add_node(t.id, specialist=t.specialist)
    for t in plan.tasks:
        for dep in t.depends_on:
            g.add_edge(dep, t.id)
    return g


def validate(plan: Plan) -> Plan:
    ids = [t.id for t in plan.tasks]
    if len(ids) != len(set(ids)):
        raise PlanError(f"duplicate task ids in plan: {ids}")
    unknown = {d for t in plan.tasks for d in t.depends_on} - set(ids)
    if unknown:
        raise PlanError(f"plan depends on unplanned task(s) {sorted(unknown)}")
    import networkx as nx

    g = task_graph(plan)
    if not nx.is_directed_acyclic_graph(g):
        raise PlanError(f"plan has a dependency cycle: {nx.find_cycle(g)}")
    return plan


def build_plan(out: TriageOutput, case: Case, *, surgery_waits_for_workup: bool = True) -> Plan:
    """Turn the GP model's proposal into a valid plan, recording every correction."""
    notes: list[str] = []
    tasks: dict[str, PlannedTask] = {}
    eligible = rule_suggestions(case)
    for t in out.tasks:
        if t.specialist in tasks:
            notes.append(f"dropped a duplicate {t.specialist} task")
            continue
        if t.specialist not in eligible:
            notes.append(f"not consulted: {t.specialist} (nothing of its own to work on in this case)")
            continue
        tasks[t.specialist] = PlannedTask(id=t.specialist, specialist=t.specialist, reason=t.reason,
                                          question=t.question, depends_on=list(dict.fromkeys(t.depends_on)))
    for role, reason in rule_requirements(case).items():
        if role not in tasks:
            tasks[role] = PlannedTask(id=role, specialist=role, reason=reason, source="rule",
                                      question="Examine the files and report what they show.")
            notes.append(f"added {role}: {reason}")
    for tid, task in tasks.items():
        kept = [d for d in task.depends_on if d in tasks and d != tid]
        if len(kept) != len(task.depends_on):
            notes.append(f"{tid}: dropped dependencies on {sorted(set(task.depends_on) - set(kept))} (not planned)")
        task.depends_on = kept
    _add_required_edges(tasks, notes, surgery_waits_for_workup)
    import networkx as nx

    ordered = [tasks[s] for s in SPECIALISTS if s in tasks]
    g = task_graph(Plan(summary=out.summary, tasks=ordered))
    while not nx.is_directed_acyclic_graph(g):
        cycle = [edge[:2] for edge in nx.find_cycle(g)]
        # Break the cycle at an edge the model proposed, never at one the rules require.
        u, v = next(((a, b) for a, b in cycle if a not in REQUIRED_UPSTREAM.get(tasks[b].specialist, ())), cycle[0])
        tasks[v].depends_on.remove(u)
        notes.append(f"removed dependency {v} -> {u} to break a cycle")
        g.remove_edge(u, v)
    # Plan copies the notes list, so it is built only after the last correction is written.
    return validate(Plan(summary=out.summary, tasks=ordered, notes=notes))


# What each specialist is asked when the plan comes from the rules; the clinician's question follows.
_RULE_QUESTIONS = {
    "radiology": "Read the imaging: what does it show, and what can it not show?",
    "pathology": "Interpret the laboratory results and any specimen: what do they show?",
    "surgery": "Is an operation indicated, and if so which and how soon?",
}


def rules_plan(case: Case, note: str, *, fallback: bool = False) -> Plan:
    """The plan the rules give: every specialist with something to work on, asked about the clinician's
    question (nobody, and the GP answers alone)."""
    sugg = rule_suggestions(case)
    asked = f" The clinician asks: {case.question}" if case.question else ""
    tasks = {role: PlannedTask(id=role, specialist=role, reason=why, source="rule", question=_RULE_QUESTIONS[role] + asked)
             for role, why in sugg.items()}
    notes = [note]
    _add_required_edges(tasks, notes)
    convene, decision = team_decision(case)
    plan = Plan(summary="", tasks=[tasks[s] for s in SPECIALISTS if s in tasks], notes=notes, fallback=fallback,
                mode="team" if tasks else "alone", decision=decision)
    return validate(plan)


def fallback_plan(case: Case, reason: str) -> Plan:
    """The plan rules alone give, used when triage fails."""
    return rules_plan(case, f"triage failed ({reason}); plan built from rules", fallback=True)


def needs_judgement(case: Case) -> bool:
    """Whether whom to consult is a judgement for the GP model: only a possibly surgical problem that
    nobody asked a surgeon about is. Material is always read and a specialty asked for is always
    consulted, so otherwise the rules' plan is the plan, without a triage call."""
    sugg = rule_suggestions(case)
    return "surgery" in sugg and not _ASKS_FOR["surgery"].search(case.question)


def ready_tasks(plan: Plan, finished: set[str]) -> list[PlannedTask]:
    """Tasks not yet finished whose dependencies have all finished (succeeded or failed)."""
    return [t for t in plan.tasks if t.id not in finished and all(d in finished for d in t.depends_on)]
