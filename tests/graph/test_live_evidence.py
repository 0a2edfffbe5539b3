"""Work shown as it happens: red flags, computed scores and expert evidence before any model call returns,
each specialist's report and each failure as it comes, drawn the same on the terminal and the web board."""

from __future__ import annotations

import html
import threading

from consilium.orchestration import ReviewBoard, board_view, load_case
from consilium.orchestration.models.chat import ScriptedModel
from consilium.ui.board import board_html
from rich.console import Console

from tests.scripted import canned, scripted_models


def _text(renderable) -> str:
    console = Console(width=400, record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def test_scores_reach_the_stream_while_the_triage_model_is_still_working(make_consilium, case) -> None:
    # The GP's triage call blocks until the consumer has seen the scores: were they only sent with the
    # node's end, the call would wait out its 20 s and say so.
    seen_scores = threading.Event()
    waited: list[bool] = []

    def gp(request) -> str:
        waited.append(seen_scores.wait(timeout=20))
        return canned(request)

    models = scripted_models(gp=ScriptedModel(gp))
    steps = []
    for event in make_consilium(models).stream(case):
        steps.append((event.node, event.kind, [e.id for e in event.evidence]))
        if event.node == "triage" and event.kind == "evidence":
            seen_scores.set()
    assert waited and waited[0], "the scores came only after the triage model call returned"
    assert steps[0][:2] == ("screen", "evidence")
    nodes_kinds = [s[:2] for s in steps]
    scores_at = nodes_kinds.index(("triage", "evidence"))
    assert nodes_kinds.index(("triage", "start")) < scores_at < nodes_kinds.index(("triage", "end"))
    assert {"score:curb65", "score:news2"} <= set(steps[scores_at][2])
    assert "end" not in [k for _, k, _ in steps[:scores_at]]  # nothing had ended: no model call had returned


def test_the_screen_event_carries_the_red_flags_before_any_node(make_consilium, case) -> None:
    first = next(iter(make_consilium(scripted_models()).stream(case)))
    assert first.kind == "evidence" and first.node == "screen"
    assert first.red_flags and {"name", "urgency", "criteria_met"} <= set(first.red_flags[0])


def test_expert_evidence_comes_before_its_specialists_report(tmp_path) -> None:
    """The pneumonia demo's real chest radiograph: the radiograph expert's output is streamed under
    radiology before radiology's model call, with the ids the report then cites as in its prompt."""
    from consilium.experts.registry import default_registry
    from consilium.orchestration.api import Consilium
    from consilium.orchestration.settings import Settings

    consilium = Consilium(Settings(home=tmp_path), models=scripted_models(), experts=default_registry(),
                          checkpoint_db=":memory:", knowledge=None)
    try:
        events = list(consilium.stream(load_case("scenarios/demo_pneumonia_cxr.yaml")))
    finally:
        consilium.close()
    steps = [(e.node, e.kind) for e in events]
    published = events[steps.index(("radiology", "evidence"))]
    ended = events[steps.index(("radiology", "end"))]
    assert steps.index(("radiology", "start")) < steps.index(("radiology", "evidence")) < steps.index(("radiology", "end"))
    assert [e.id for e in published.evidence] == ended.report.evidence_ids and published.evidence
    assert all(e.summary for e in published.evidence)


def test_boards_show_flags_scores_reports_and_failures_as_they_come_and_show_the_same(make_consilium, case) -> None:
    broken = scripted_models(surgery=ScriptedModel(lambda request: "not json"))
    board = ReviewBoard()
    checked = set()
    for event in make_consilium(broken).stream(case):
        board.apply(event)
        d = board.details()
        if event.node == "screen":
            assert d.red_flags and not d.scores and not d.reports
            checked.add("flags")
        if (event.node, event.kind) == ("triage", "evidence"):
            curb = next(row for row in d.scores if row[0] == "CURB-65")
            assert "CURB-65" in curb[1] and "not documented" in curb[2]  # value, and the inputs it lacked
            assert board.status["triage"] == "running"
            checked.add("scores")
        if (event.node, event.kind) == ("surgery", "end"):
            assert [r[0] for r in d.reports] == ["radiology", "pathology"]  # both arrived with their own ends
            assert d.reports[0][1] and float(d.reports[0][2]) > 0 and d.reports[0][3] != "-"
            assert [(f[0], f[1]) for f in d.failures] == [("surgery", "invalid_output")]  # as it happened
            terminal, web = _text(board_view(board)), board_html(board)
            for row in [*d.red_flags, *d.scores, *d.reports, *d.failures]:
                for cell in row:
                    assert html.escape(cell) in web, cell
                    assert cell.split()[0] in terminal, cell  # rich wraps long cells; their start is shown
            for part in ("red_flags", "scores", "reports", "failures"):
                assert f'data-part="{part}"' in web
            for title in ("Red flags", "Computed scores", "Specialist reports", "Failures"):
                assert title in terminal
            checked.add("reports")
    assert checked == {"flags", "scores", "reports"}
    assert board.finished and "Computed scores" not in _text(board_view(board))  # the result's view follows
    assert 'data-part="scores"' in board_html(board)  # the web board keeps them beside the opinion tabs


def test_a_reopened_review_draws_the_same_details_as_the_live_board(make_consilium, case) -> None:
    consilium = make_consilium(scripted_models())
    live = ReviewBoard()
    for event in consilium.stream(case, review_id="cap-details"):
        live.apply(event)
    reopened = ReviewBoard.from_result(consilium.get("cap-details"))
    a, b = live.details(), reopened.details()
    assert a.red_flags == b.red_flags and a.scores == b.scores and a.reports == b.reports
    assert a.failures == b.failures


def test_no_red_flag_is_shown_as_none_found_not_as_nothing(make_consilium, case) -> None:
    calm = type(case).model_validate({**case.model_dump(), "vitals": {}, "labs": []})
    board = ReviewBoard()
    first = next(iter(make_consilium(scripted_models()).stream(calm)))
    board.apply(first)
    assert board.details().red_flags == []
    assert "none found" in board_html(board) and "none found" in _text(board_view(board))


def test_reports_keep_the_plans_order_whichever_specialist_ends_first(make_consilium, case) -> None:
    # Radiology and pathology run in parallel, so their ends come in either order; the board's rows must
    # not swap from one run (or one redraw) to the next, and a reopened review lists them the same.
    events = list(make_consilium(scripted_models()).stream(case, review_id="order"))
    ends = [i for i, e in enumerate(events) if e.report is not None]
    assert len(ends) >= 2
    swapped = list(events)
    swapped[ends[0]], swapped[ends[1]] = events[ends[1]], events[ends[0]]
    planned = [t.id for t in next(e.plan for e in events if e.plan is not None).tasks]
    shown = []
    for order in (events, swapped):
        board = ReviewBoard()
        for event in order:
            if event.kind != "result":
                board.apply(event)
        shown.append([r[0] for r in board.details().reports])
    assert shown[0] == shown[1]
    tasks = [next(e.report.task for e in events if e.report is not None and e.report.specialist == s) for s in shown[0]]
    assert tasks == [t for t in planned if t in tasks]
