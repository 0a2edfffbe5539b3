"""The review as a LangGraph state machine.

    START -> triage -> schedule -(Send, in parallel)-> radiology | pathology | surgery -> schedule
                               \\-> consensus -> verify -> answer -> signoff -> END

``schedule`` is a join point: it runs once after every wave of specialists and dispatches, with
``Send``, every task whose dependencies have finished. Tasks in one wave run concurrently; a task
waits for the wave holding its dependencies. When nothing is left, the consensus runs. ``signoff``
pauses the graph (``interrupt``) for the responsible clinician when the caller asks for sign-off, and
resumes from the checkpoint with the decision.
"""

from __future__ import annotations

from typing import Literal

from langgraph.graph import END, START, StateGraph
from langgraph.types import Send

from consilium.agents.answer import final_answer
from consilium.agents.nodes import SCORE_PREFIX, consensus, signoff, specialist_node, triage, verify_opinion
from consilium.agents.planning import ready_tasks
from consilium.agents.schemas import SPECIALISTS, Plan
from consilium.agents.context import ReviewContext, ReviewState


def schedule(state: ReviewState) -> dict:
    """Join point between waves; the routing happens in :func:`dispatch`."""
    return {}


def dispatch(state: ReviewState) -> list[Send] | Literal["consensus"]:
    plan = Plan.model_validate(state["plan"])
    reports, failures = state.get("reports") or {}, state.get("failures") or {}
    finished = set(reports) | set(failures)
    ready = ready_tasks(plan, finished)
    if not ready:
        return "consensus"
    # The scores triage computed reach every specialist as evidence (their ids say "score:").
    computed = {k: v for k, v in (state.get("evidence") or {}).items() if k.startswith(SCORE_PREFIX)}
    return [
        Send(t.specialist, {
            "case": state["case"],
            "task": t.model_dump(),
            "upstream": {d: reports[d] for d in t.depends_on if d in reports},
            "upstream_failed": [d for d in t.depends_on if d in failures],
            "computed": computed,
        })
        for t in ready
    ]


def build_graph() -> StateGraph:
    g = StateGraph(ReviewState, context_schema=ReviewContext)
    g.add_node("triage", triage)
    g.add_node("schedule", schedule)
    for name in SPECIALISTS:
        g.add_node(name, specialist_node(name))
        g.add_edge(name, "schedule")
    g.add_node("consensus", consensus)
    g.add_node("answer", final_answer)
    g.add_edge(START, "triage")
    g.add_edge("triage", "schedule")
    g.add_conditional_edges("schedule", dispatch, [*SPECIALISTS, "consensus"])
    g.add_node("signoff", signoff)
    g.add_node("verify", verify_opinion)
    g.add_edge("consensus", "verify")
    g.add_edge("verify", "answer")
    g.add_edge("answer", "signoff")
    g.add_edge("signoff", END)
    return g
