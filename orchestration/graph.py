"""The review as a LangGraph state machine.

    START -> triage -(Send, in parallel)-> radiology | pathology | surgery -> schedule -(Send)-> ...
                    \\-> consensus (then verification) -> answer (then the unsigned sign-off) -> END
                                                               \\-> signoff -> END   (when asked for)

``triage`` and ``schedule`` dispatch, with ``Send``, every task whose dependencies have finished:
triage the first wave, ``schedule`` (a join point that runs once after every wave) the next ones.
Tasks in one wave run concurrently; a task waits for the wave holding its dependencies. When nothing
is left, the consensus runs. ``signoff`` pauses the graph (``interrupt``) for the responsible clinician
when the caller asks for sign-off, and resumes from the checkpoint with the decision.

Every step of a graph costs a superstep (task bookkeeping, channel updates, a stream record), which was
a third of a review's time on instant models. So work that always follows in sequence, and that nobody
waits on in between, shares one step: the verification of the opinion runs inside the consensus step,
and when no sign-off is asked for, the answer step records the unsigned sign-off itself. The parts stay
apart as functions (:func:`in_sequence`), each contained on its own and timed under its own name.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any, Literal

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Command, Send

from consilium.agents.answer import final_answer
from consilium.agents.context import ReviewContext, ReviewState
from consilium.agents.nodes import SCORE_PREFIX, consensus, signoff, specialist_node, triage, verify_opinion
from consilium.agents.planning import ready_tasks
from consilium.agents.schemas import SPECIALISTS, Plan

Step = Callable[[Any, Runtime[ReviewContext]], dict[str, Any]]

# The state's reducers, read from its schema: one part's update is folded into the state the next part
# reads, and into the step's update, exactly as LangGraph folds separate steps' updates.
_REDUCERS: dict[str, Callable[[Any, Any], Any]] = {
    key: hint.__metadata__[0] for key, hint in typing.get_type_hints(ReviewState, include_extras=True).items()
    if hasattr(hint, "__metadata__")}


def _fold(state: dict[str, Any], update: dict[str, Any]) -> dict[str, Any]:
    return {**state, **{k: _REDUCERS[k](state.get(k), v) if k in _REDUCERS else v for k, v in update.items()}}


def in_sequence(name: str, *parts: Step) -> Step:
    """One graph step that runs ``parts`` in order: each reads the state with the earlier parts' updates,
    and the step's update is theirs folded together (the same state as one step per part would leave)."""
    def step(state: ReviewState, runtime: Runtime[ReviewContext]) -> dict[str, Any]:
        update: dict[str, Any] = {}
        for part in parts:
            update = _fold(update, part(_fold(state, update) if update else state, runtime))
        return update

    step.__name__ = name
    return step


def answer_then_unsigned(state: ReviewState, runtime: Runtime[ReviewContext]) -> dict[str, Any]:
    """The GP's answer; with no sign-off asked for, the unsigned sign-off is recorded in the same step
    (the sign-off node would only record it), so that the review ends here."""
    if runtime.context.require_signoff:
        return final_answer(state, runtime)
    return in_sequence("answer", final_answer, signoff)(state, runtime)


def after_answer(state: ReviewState) -> Literal["signoff", "__end__"]:
    return END if state.get("signoff") else "signoff"


def schedule(state: ReviewState, runtime: Runtime[ReviewContext]) -> dict:
    """Join point between waves; the routing happens in :func:`dispatch`."""
    return {}


def routed(node: Step, route: Callable[[dict[str, Any]], Any]) -> Step:
    """``node``, then ``route`` on the state its update leaves, as one ``Command(update, goto)``.

    A conditional edge would give the same route, but LangGraph reads it from a fresh copy of every
    channel with the node's writes applied; the node has the state and its update at hand, and folds
    them as the channels' reducers would (:func:`_fold`). That copy was a twentieth of a review's time
    on instant models."""
    def step(state: ReviewState, runtime: Runtime[ReviewContext]) -> Command:
        update = node(state, runtime)
        return Command(update=update, goto=route(_fold(state, update) if update else state))

    step.__name__ = getattr(node, "__name__", "step")
    return step


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
    # The routing nodes say where they lead (``destinations``) so that the drawn graph keeps its edges.
    g = StateGraph(ReviewState, context_schema=ReviewContext)
    g.add_node("triage", routed(triage, dispatch), destinations=(*SPECIALISTS, "consensus"))
    g.add_node("schedule", routed(schedule, dispatch), destinations=(*SPECIALISTS, "consensus"))
    for name in SPECIALISTS:
        g.add_node(name, specialist_node(name))
        g.add_edge(name, "schedule")
    g.add_node("consensus", in_sequence("consensus", consensus, verify_opinion))
    g.add_node("answer", routed(answer_then_unsigned, after_answer), destinations=("signoff", END))
    g.add_node("signoff", signoff)
    g.add_edge(START, "triage")
    g.add_edge("consensus", "answer")
    g.add_edge("signoff", END)
    return g
