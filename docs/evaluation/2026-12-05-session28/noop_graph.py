"""LangGraph's own cost for a review's shape: the same nodes, sends, reducers, SQLite checkpointer and durability,
with nodes that do nothing (`python docs/evaluation/2026-12-05-session28/noop_graph.py`)."""
import time, sqlite3, tempfile, operator
from typing import Annotated, Any, TypedDict
from langgraph.graph import StateGraph, START, END
from langgraph.types import Send, Command
from langgraph.checkpoint.sqlite import SqliteSaver
def merge(a, b): return {**(a or {}), **(b or {})}
class S(TypedDict, total=False):
    case: dict; plan: dict; reports: Annotated[dict, merge]; audit: Annotated[list, operator.add]; opinion: dict; answer: dict; signoff: dict
    red_flags: list; warnings: list; failures: Annotated[dict, merge]; evidence: Annotated[dict, merge]; timings: Annotated[dict, merge]
def triage(s): return Command(update={"plan": {"x": 1}}, goto=[Send("radiology", {"case": s["case"]}), Send("pathology", {"case": s["case"]})])
def spec(name):
    def f(s): return {"reports": {name: {"a": 1}}, "audit": [{"x": 1}]}
    return f
def schedule(s):
    r = s.get("reports") or {}
    if "surgery" not in r: return Command(goto=[Send("surgery", {"case": s["case"]})])
    return Command(goto="consensus")
g = StateGraph(S)
g.add_node("triage", triage, destinations=("radiology", "pathology", "surgery"))
g.add_node("schedule", schedule, destinations=("surgery", "consensus"))
for n in ("radiology", "pathology", "surgery"):
    g.add_node(n, spec(n)); g.add_edge(n, "schedule")
g.add_node("consensus", lambda s: {"opinion": {"a": 1}})
g.add_node("answer", lambda s: {"answer": {"a": 1}, "signoff": {"d": 1}})
g.add_edge(START, "triage"); g.add_edge("consensus", "answer"); g.add_edge("answer", END)
conn = sqlite3.connect(tempfile.mktemp(), check_same_thread=False)
conn.execute("PRAGMA journal_mode=WAL"); conn.execute("PRAGMA synchronous=NORMAL")
graph = g.compile(checkpointer=SqliteSaver(conn))
case = {"history": "x" * 100, "labs": [{"name": "CRP"}]}
for i in range(20): list(graph.stream({"case": case}, {"configurable": {"thread_id": f"w{i}"}}, stream_mode=["values"], durability="exit"))
n = 300; t0 = time.perf_counter()
for i in range(n):
    out = list(graph.stream({"case": case}, {"configurable": {"thread_id": f"t{i}"}}, stream_mode=["values"], durability="exit"))
print(f"no-op graph, same shape: {(time.perf_counter()-t0)/n*1000:.2f} ms per run", len(out))
