"""The review as an event stream: order, payloads, the single node list, the board, id minting."""

from __future__ import annotations

import re

import pytest

from consilium.orchestration import REVIEW_NODES, ReviewBoard, board_table, check_models
from consilium.orchestration.events import in_worker_thread
from consilium.orchestration.graph import build_graph
from consilium.orchestration.models.chat import ScriptedModel
from consilium.orchestration.settings import ROLES, Settings
from consilium.ui.board import board_html
from tests.scripted import canned, scripted_models


def test_stream_gives_plan_then_each_report_then_the_result(make_consilium, case) -> None:
    events = list(make_consilium(scripted_models()).stream(case, review_id="cap-stream"))
    assert {e.review_id for e in events} == {"cap-stream"}
    assert (events[0].node, events[0].kind) == ("screen", "evidence")  # the red-flag screen, before any node
    events = [e for e in events if e.kind != "evidence"]  # their order is tests/graph/test_live_evidence.py's
    steps = [(e.node, e.kind) for e in events]
    assert steps[0] == ("triage", "start") and steps[-1] == ("review", "result")
    plan_at = steps.index(("triage", "end"))
    assert events[plan_at].plan is not None
    assert [t.id for t in events[plan_at].plan.tasks] == ["radiology", "pathology", "surgery"]
    for spec in ("radiology", "pathology", "surgery"):
        end = steps.index((spec, "end"))
        assert steps.index((spec, "start")) > plan_at  # the plan comes before any specialist runs
        assert events[end].report is not None and events[end].report.specialist == spec
        assert end < steps.index(("consensus", "start"))  # each report arrives as its specialist ends
    ended = [n for n, k in steps if k == "end"]
    assert ended[0] == "triage" and ended[3:] == ["surgery", "consensus", "answer"]
    assert all(e.seconds is not None and e.seconds >= 0 for e in events if e.kind == "end")
    result = events[-1].result
    assert result.complete and result.review_id == "cap-stream" and set(result.reports) == {"radiology", "pathology", "surgery"}
    assert result.opinion.differential[0].diagnosis == "Community-acquired pneumonia"


def test_a_report_is_streamed_when_its_specialist_finishes_not_when_the_wave_does(make_consilium, case) -> None:
    slow = scripted_models(radiology=ScriptedModel(canned, latency_s=0.6))
    steps = [(e.node, e.kind, e.report) for e in make_consilium(slow).stream(case)]
    ends = [(node, report) for node, kind, report in steps if kind == "end" and node in ("radiology", "pathology")]
    # the fast specialist's report comes first, with its own event, not bundled with the slow one's.
    # (LangGraph usually hands it over at once; in about 1 run in 7 under load both came within a
    # millisecond at the wave's end, so the order, not the arrival time, is what is asserted.)
    assert [node for node, _ in ends] == ["pathology", "radiology"] and all(report for _, report in ends)


def test_a_failed_specialist_streams_its_failure_and_the_board_shows_it(make_consilium, case) -> None:
    broken = scripted_models(radiology=ScriptedModel(lambda request: "not json"))
    board = ReviewBoard()
    events = []
    for event in make_consilium(broken).stream(case):
        board.apply(event)
        events.append(event)
    radiology = next(e for e in events if (e.node, e.kind) == ("radiology", "end"))
    assert radiology.report is None and radiology.failure.kind == "invalid_output"
    assert board.status["radiology"] == "failed" and board.status["pathology"] == "done"


def test_review_on_event_is_the_stream_seen_through_a_callback(make_consilium, case) -> None:
    consilium = make_consilium(scripted_models())
    # the callback gets LangGraph's task records: not the published evidence, which has none
    streamed = [(e.node, e.kind) for e in consilium.stream(case) if e.kind not in ("result", "evidence")]
    called: list[tuple[str, str]] = []
    result = consilium.review(case, on_event=lambda node, kind, info: called.append((node, kind)))
    assert result.complete
    # the two parallel specialists may swap places between runs, at their start and at their end (the last two
    # events of their wave, before surgery's six); everything else is in the same order
    assert sorted(called) == sorted(streamed) and called[:2] == streamed[:2] and called[-6:] == streamed[-6:]
    assert sorted(called[-8:-6]) == sorted(streamed[-8:-6])


def test_a_bad_review_id_is_refused_before_anything_runs(make_consilium, case) -> None:
    models = scripted_models()
    with pytest.raises(ValueError, match="review id 'bad id!'"):
        make_consilium(models).stream(case, review_id="bad id!")  # no iteration needed
    assert models["gp"].model.requests == []


def test_review_ids_are_minted_in_one_place_in_one_format(make_consilium, case) -> None:
    consilium = make_consilium(scripted_models())
    ids = {consilium.new_review_id(case) for _ in range(20)}
    assert len(ids) == 20 and all(re.fullmatch(r"r-[0-9a-f]{16}", i) for i in ids)  # nothing of the case in it
    assert re.fullmatch(r"r-[0-9a-f]{16}", consilium.review(case).review_id)


def test_the_boards_show_exactly_the_graphs_working_nodes() -> None:
    working = set(build_graph().nodes) - {"schedule"}  # schedule is the join point between waves
    names = [n.name for n in REVIEW_NODES]
    assert set(names) == working and len(names) == len(working)
    assert names[0] == "triage" and names[-1] == "signoff"
    board = ReviewBoard("r-1")
    assert [row.node for row in board.rows()] == names
    assert re.findall(r'data-node="([a-z]+)"', board_html(board)) == names
    table = board_table(board)
    assert table.row_count == len(names)
    assert list(table.columns[0].cells) == [n.label for n in REVIEW_NODES]  # signoff included


def test_the_board_follows_the_stream_to_the_end(make_consilium, case) -> None:
    board = ReviewBoard()
    for event in make_consilium(scripted_models(), require_signoff=True).stream(case):
        board.apply(event)
        if event.node == "radiology" and event.kind == "start":
            assert board.status["radiology"] == "running" and board.rows()[1].running_for is not None
    assert board.finished and board.plan is not None
    assert all(board.status[n] == "done" for n in ("triage", "radiology", "pathology", "surgery", "consensus",
                                                   "answer"))
    assert board.status["signoff"] == "awaiting"
    assert all(board.seconds[n] >= 0 for n in ("triage", "radiology", "consensus", "answer"))


def test_stream_live_ticks_while_a_node_runs_and_gives_the_same_events(make_consilium, case) -> None:
    slow = scripted_models(gp=ScriptedModel(canned, latency_s=0.25))
    items = list(make_consilium(slow).stream_live(case, review_id="cap-live", tick_s=0.05))
    events = [i for i in items if i is not None]
    assert len(items) > len(events), "no tick while the GP's model was working"
    assert events[-1].kind == "result" and events[-1].result.review_id == "cap-live"
    assert [(e.node, e.kind) for e in events if e.kind != "evidence"][:2] == [("triage", "start"), ("triage", "end")]
    assert (events[0].node, events[0].kind) == ("screen", "evidence")


def test_an_error_in_the_worker_thread_is_raised_to_the_consumer() -> None:
    def failing():
        yield 1
        raise KeyError("store gone")

    got = []
    with pytest.raises(KeyError, match="store gone"):
        for item in in_worker_thread(failing, tick_s=0.01):
            got.append(item)
    assert 1 in got


def test_check_models_reports_each_role_and_why_one_failed(tmp_path) -> None:
    models = scripted_models(surgery=ScriptedModel(lambda request: "I am not sure, sorry."))
    checks = check_models(Settings(home=tmp_path), models=models)
    assert [c.role for c in checks] == list(ROLES)
    assert [c.role for c in checks if not c.ok] == ["surgery"]
    assert next(c for c in checks if c.role == "surgery").detail.startswith("invalid_output: ")
    assert all(c.seconds >= 0 and c.detail == "" for c in checks if c.ok)


def test_cli_review_draws_every_graph_node_from_the_stream(make_consilium, case, monkeypatch, capsys, tmp_path) -> None:
    from consilium.orchestration.cli import common
    from consilium.orchestration.cli.main import main

    case_file = tmp_path / "case.json"
    case_file.write_text(case.model_dump_json())
    monkeypatch.setattr(common, "consilium_for", lambda args: make_consilium(scripted_models()))
    assert main(["--home", str(tmp_path / "home"), "review", str(case_file), "--json", str(tmp_path / "r.json")]) == 0
    out = capsys.readouterr().out
    board = out[:out.index("GP plan")]  # the live board comes first, then the rendered result
    for node in REVIEW_NODES:
        assert node.label in board, node
    assert re.search(r"Clinician sign-off\s*│\s*unsigned", board) and re.search(r"Consensus and verification\s*│\s*done", board)
