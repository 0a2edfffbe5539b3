"""The GP's plan as a task graph: validation, the rules that complete it, and which tasks are ready.

The model proposes which specialists to consult and in what order; code makes the plan safe to run:
tasks are de-duplicated, dependencies on unplanned or unknown tasks are dropped, specialists that the
case's own data demands (imaging -> radiology, specimens or labs -> pathology) are added, a surgical
plan always waits for planned radiology and pathology reports, and the result is checked to be a
directed acyclic graph (``networkx``). Every correction is written into ``Plan.notes``.
"""

from __future__ import annotations

import re

import networkx as nx

from consilium.agents.schemas import SPECIALISTS, Plan, PlannedTask, TriageOutput
from consilium.orchestration.case.model import Case
from consilium.orchestration.errors import Defect

# A surgical plan needs staging (radiology) and tissue/lab results (pathology) when those are consulted.
REQUIRED_UPSTREAM: dict[str, tuple[str, ...]] = {"surgery": ("radiology", "pathology")}

_SURGICAL_CUES = re.compile(
    r"surg|operat|resect|excis|laparoscop|appendic|hernia|cholecyst|obstruct|perforat|abscess|fractur|"
    r"tumou?r|mass|carcinoma|cancer|aneurysm|torsion|ischemi|ischaemi|trauma|rupture", re.I)


class PlanError(Defect, ValueError):
    pass


def rule_requirements(case: Case) -> dict[str, str]:
    """Specialists the case's own data demands, with the reason: data present is always read."""
    needs: dict[str, str] = {}
    if case.imaging:
        files = sum(len(s.files) for s in case.imaging)
        needs["radiology"] = f"case has {len(case.imaging)} imaging stud(ies)" + (f", {files} file(s)" if files else "")
    if case.pathology:
        needs["pathology"] = f"case has {len(case.pathology)} pathology specimen(s)"
    elif case.labs:
        needs["pathology"] = f"case has {len(case.labs)} laboratory result(s)"
    return needs


def rule_suggestions(case: Case) -> dict[str, str]:
    """What rules alone would consult; used as the fallback plan and as a hint to the GP."""
    sugg = rule_requirements(case)
    text = " ".join([case.presenting_complaint, case.history, case.question, *case.examination.values()])
    if _SURGICAL_CUES.search(text):
        sugg["surgery"] = "history or question raises a possibly surgical problem"
    return sugg


def _add_required_edges(tasks: dict[str, PlannedTask], notes: list[str], enabled: bool = True) -> None:
    if not enabled:
        return
    for tid, task in tasks.items():
        for up in REQUIRED_UPSTREAM.get(task.specialist, ()):
            if up in tasks and up not in task.depends_on:
                task.depends_on.append(up)
                notes.append(f"{tid} now waits for {up} (surgical plans need staging and pathology first)")


def task_graph(plan: Plan) -> nx.DiGraph:
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
    g = task_graph(plan)
    if not nx.is_directed_acyclic_graph(g):
        raise PlanError(f"plan has a dependency cycle: {nx.find_cycle(g)}")
    return plan


def build_plan(out: TriageOutput, case: Case, *, surgery_waits_for_workup: bool = True) -> Plan:
    """Turn the GP model's proposal into a valid plan, recording every correction."""
    notes: list[str] = []
    tasks: dict[str, PlannedTask] = {}
    for t in out.tasks:
        if t.specialist in tasks:
            notes.append(f"dropped a duplicate {t.specialist} task")
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


def fallback_plan(case: Case, reason: str) -> Plan:
    """The plan rules alone give, used when triage fails; never empty."""
    sugg = rule_suggestions(case) or {"radiology": "no triage available", "pathology": "no triage available"}
    tasks = {role: PlannedTask(id=role, specialist=role, reason=why, source="rule",
                               question="Give your specialist assessment of this case.")
             for role, why in sugg.items()}
    notes = [f"triage failed ({reason}); plan built from rules"]
    _add_required_edges(tasks, notes)
    plan = Plan(summary="", tasks=[tasks[s] for s in SPECIALISTS if s in tasks], notes=notes, fallback=True)
    return validate(plan)


def ready_tasks(plan: Plan, finished: set[str]) -> list[PlannedTask]:
    """Tasks not yet finished whose dependencies have all finished (succeeded or failed)."""
    return [t for t in plan.tasks if t.id not in finished and all(d in finished for d in t.depends_on)]
