"""The Redis checkpoint saver with real graphs: interrupt/resume, failed branches, the review graph."""

from __future__ import annotations

import asyncio
import operator
from typing import Annotated, Any, TypedDict

import pytest
from consilium.orchestration.distributed import RedisCheckpointSaver, connect
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import END, START, StateGraph
from langgraph.types import Command, Send, interrupt

from tests.scripted import scripted_models


class Doc(TypedDict, total=False):
    text: str
    approved: str
    log: Annotated[list[str], operator.add]


def _approval_graph(saver: Any) -> Any:
    def draft(state: Doc) -> dict:
        return {"text": state["text"].upper(), "log": ["draft"]}

    def review(state: Doc) -> dict:
        decision = interrupt({"please review": state["text"]})
        return {"approved": decision, "log": ["review"]}

    g = StateGraph(Doc)
    g.add_node("draft", draft)
    g.add_node("review", review)
    g.add_edge(START, "draft")
    g.add_edge("draft", "review")
    g.add_edge("review", END)
    return g.compile(checkpointer=saver)


def test_interrupt_and_resume_from_another_process(redis_server) -> None:
    first = _approval_graph(RedisCheckpointSaver(connect(redis_server.url)))
    config = {"configurable": {"thread_id": "doc:1"}}  # a ':' in the id must not confuse the keys
    out = first.invoke({"text": "chest pain"}, config)
    assert "__interrupt__" in out and out["__interrupt__"][0].value == {"please review": "CHEST PAIN"}

    # a second "process": a new client and saver, the same server
    second = _approval_graph(RedisCheckpointSaver(connect(redis_server.url)))
    paused = second.get_state(config)
    assert paused.next == ("review",) and paused.values["text"] == "CHEST PAIN"
    assert paused.tasks[0].interrupts[0].value == {"please review": "CHEST PAIN"}
    done = second.invoke(Command(resume="yes, Dr B"), config)
    assert done["approved"] == "yes, Dr B" and done["log"] == ["draft", "review"]
    assert second.get_state(config).next == ()


def test_history_matches_langgraphs_in_memory_saver(redis_server) -> None:
    config = {"configurable": {"thread_id": "t"}}
    histories = []
    for saver in (InMemorySaver(), RedisCheckpointSaver(connect(redis_server.url))):
        graph = _approval_graph(saver)
        graph.invoke({"text": "a"}, config)
        graph.invoke(Command(resume="ok"), config)
        histories.append([(s.next, s.values, s.metadata["step"], s.metadata["source"])
                          for s in graph.get_state_history(config)])
    assert histories[0] == histories[1]
    saver = RedisCheckpointSaver(connect(redis_server.url))
    all_ids = [t.config["configurable"]["checkpoint_id"] for t in saver.list(config)]
    assert all_ids == sorted(all_ids, reverse=True) and len(all_ids) == len(histories[1])
    assert [t.config["configurable"]["checkpoint_id"] for t in saver.list(config, limit=2)] == all_ids[:2]
    before = {"configurable": {"thread_id": "t", "checkpoint_ns": "", "checkpoint_id": all_ids[1]}}
    assert [t.config["configurable"]["checkpoint_id"] for t in saver.list(config, before=before)] == all_ids[2:]
    inputs = list(saver.list(config, filter={"source": "input"}))
    assert inputs and all(t.metadata["source"] == "input" for t in inputs)
    assert saver.get_tuple({"configurable": {"thread_id": "t", "checkpoint_ns": "", "checkpoint_id": "nope"}}) is None


class Fan(TypedDict, total=False):
    items: list[str]
    done: Annotated[list[str], operator.add]


def test_a_failed_branch_resumes_without_rerunning_the_finished_one(redis_server) -> None:
    calls: list[str] = []
    broken = {"b": True}

    def fan(state: Fan) -> list[Send]:
        return [Send("work", {"items": [x]}) for x in state["items"]]

    def work(state: Fan) -> dict:
        item = state["items"][0]
        calls.append(item)
        if broken.get(item):
            raise RuntimeError(f"{item} failed")
        return {"done": [item]}

    g = StateGraph(Fan)
    g.add_node("work", work)
    g.add_conditional_edges(START, fan, ["work"])
    g.add_edge("work", END)
    graph = g.compile(checkpointer=RedisCheckpointSaver(connect(redis_server.url)))
    config = {"configurable": {"thread_id": "fan"}}
    with pytest.raises(RuntimeError, match="b failed"):
        graph.invoke({"items": ["a", "b"], "done": []}, config)
    assert sorted(calls) == ["a", "b"]

    broken.clear()
    resumed = _fresh(redis_server, g).invoke(None, config)
    assert sorted(resumed["done"]) == ["a", "b"]
    assert sorted(calls) == ["a", "b", "b"]  # 'a' finished before the failure: its write was kept


def _fresh(redis_server, g: StateGraph) -> Any:
    return g.compile(checkpointer=RedisCheckpointSaver(connect(redis_server.url)))


def test_review_graph_state_signoff_and_delete(make_consilium, client, case_factory) -> None:
    a = make_consilium(require_signoff=True)
    paused = a.review(case_factory("cap-1"), review_id="ward:7.cap-1")
    assert paused.awaiting_signoff and paused.answer is not None

    b = make_consilium(scripted_models(), require_signoff=True)  # another worker or the web app
    shown = b.get("ward:7.cap-1")
    assert shown.model_dump(exclude={"seconds"}) == paused.model_dump(exclude={"seconds"})
    signed = b.sign("ward:7.cap-1", {"decision": "approved", "clinician": "Dr A. Example"})
    assert signed.signoff["decision"] == "approved" and len(signed.audit) == len(paused.audit)
    assert a.get("ward:7.cap-1").signoff["decision"] == "approved"
    assert b.list_reviews() == ["ward:7.cap-1"]

    saver: RedisCheckpointSaver = b.checkpointer
    assert saver.thread_ids() == ["ward:7.cap-1"]
    saver.delete_thread("ward:7.cap-1")
    assert b.get("ward:7.cap-1") is None and saver.thread_ids() == []
    assert client.keys("consilium:lg:*") == []


def test_async_methods(redis_server) -> None:
    saver = RedisCheckpointSaver(connect(redis_server.url))
    graph = _approval_graph(saver)
    config = {"configurable": {"thread_id": "async"}}

    async def run() -> tuple[Any, list[Any]]:
        await graph.ainvoke({"text": "x"}, config)
        await graph.ainvoke(Command(resume="fine"), config)
        latest = await saver.aget_tuple(config)
        return latest, [t async for t in saver.alist(config)]

    latest, listed = asyncio.run(run())
    assert latest.checkpoint["channel_values"]["approved"] == "fine"
    assert listed[0].config == latest.config
    asyncio.run(saver.adelete_thread("async"))
    assert saver.get_tuple(config) is None
