"""The web app's handlers (no browser) on a review whose run stopped mid-way, and on a sign-off clicked while
another is being recorded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from consilium.orchestration.api import Consilium
from consilium.orchestration.case.model import Case
from consilium.orchestration.settings import Settings
from tests.graph.test_lifecycle_robustness import CrashingSaver, ProcessDied
from tests.scripted import scripted_models
from tests.ui.conftest import page_handlers


@pytest.fixture
def case() -> Case:
    return Case(id="cap-ui", demographics={"age_years": 67, "sex": "female"},
                presenting_complaint="Productive cough and fever for three days",
                vitals={"temperature_c": 38.9, "heart_rate": 112, "respiratory_rate": 26, "spo2": 91},
                labs=[{"name": "CRP", "value": 182, "unit": "mg/L", "reference_high": 5}],
                imaging=[{"id": "cxr1", "modality": "CR", "body_part": "chest", "report": "Right lower lobe consolidation."}],
                question="What do the chest imaging and the blood tests show, and is there a lung abscess?")


def test_a_review_killed_before_its_sign_off_opens_as_stopped_and_cannot_be_signed(tmp_path: Path, case: Case) -> None:
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    consilium = Consilium(Settings(home=tmp_path / "home", checkpoint_every_step=True), models=scripted_models(),
                          experts=None, checkpointer=CrashingSaver(conn, "answer"), require_signoff=True,
                          knowledge=None)
    with pytest.raises(ProcessDied):
        consilium.review(case, review_id="r-ui")
    with page_handlers(consilium, tmp_path) as handlers:
        p = handlers.page
        opened = handlers.open_review("r-ui")
        assert "stopped before its end" in opened[p.open_msg]
        assert "not required" not in opened[p.board]  # the board does not say the opinion needs no sign-off
        refused = handlers.sign("r-ui", "Approve", "Dr A. Example", "", "")
        assert "Not signed" in refused[p.sign_msg] and "not waiting for sign-off" in refused[p.sign_msg]
    conn.close()


def _asks_for_sign_off(tmp_path: Path) -> Consilium:
    return Consilium(Settings(home=tmp_path / "home"), models=scripted_models(), experts=None,
                     checkpoint_db=":memory:", require_signoff=True, knowledge=None)


def test_a_second_sign_off_while_one_is_recorded_is_refused_on_the_page(tmp_path: Path, case: Case) -> None:
    consilium = _asks_for_sign_off(tmp_path)
    consilium.review(case, review_id="r-two")
    with page_handlers(consilium, tmp_path) as handlers:
        p = handlers.page
        consilium._running.claim("r-two")  # the first click's sign-off, still being recorded
        second = handlers.sign("r-two", "Approve", "Dr B. Example", "", "")
        assert "Not signed" in second[p.sign_msg] and "already running" in second[p.sign_msg]
        consilium._running.release("r-two")
        first = handlers.sign("r-two", "Approve", "Dr A. Example", "", "")
        assert "Signed" in first[p.sign_msg] and consilium.get("r-two").signoff["clinician"] == "Dr A. Example"


def test_a_review_finishing_after_another_was_opened_leaves_sign_off_on_the_one_shown(tmp_path: Path, case: Case) -> None:
    """Run B, open A while B runs, B ends: the page shows B's opinion, so a sign-off click must sign B, not A."""
    from consilium.ui.case_form import empty_form
    from consilium.ui.layout import FORM_KEYS

    consilium = _asks_for_sign_off(tmp_path)
    consilium.review(case, review_id="r-a")
    with page_handlers(consilium, tmp_path) as handlers:
        p = handlers.page
        values = {**empty_form(), "id": "form-case", "presenting_complaint": "Productive cough and fever",
                  "question": "What is the diagnosis?"}
        run = handlers.run(*[values[k] for k in FORM_KEYS], None, None, None, "auto", "chest", "", "", "")
        started = next(run)
        shown = handlers.open_review("r-a")  # the clinician opens A while B runs
        assert shown[p.current] == "r-a"
        current = shown[p.current]
        for update in run:  # Gradio applies each update to the page
            current = update.get(p.current, current)
        assert current == started[p.current] != "r-a"
        assert update[p.signoff] and consilium.get(current).awaiting_signoff
        handlers.sign(current, "Approve", "Dr A. Example", "", "")
        assert consilium.get("r-a").awaiting_signoff  # A, which the page no longer shows, is not signed


@pytest.mark.parametrize("every_step", [True, False], ids=["stored-each-step", "stored-at-the-end"])
def test_a_review_opened_while_it_runs_is_said_to_be_running_not_stopped(tmp_path: Path, case: Case,
                                                                         every_step: bool) -> None:
    import threading

    from consilium.orchestration.models.chat import ModelRequest
    from tests.scripted import canned

    answer_asked, go_on = threading.Event(), threading.Event()

    def slow_answer(request: ModelRequest) -> str:
        if (request.schema or {}).get("title", "").startswith("FinalAnswer"):
            answer_asked.set()
            assert go_on.wait(30)
        return canned(request)

    consilium = Consilium(Settings(home=tmp_path / "home", checkpoint_every_step=every_step),
                          models=scripted_models(slow_answer), experts=None, checkpoint_db=":memory:",
                          require_signoff=True, knowledge=None)
    with page_handlers(consilium, tmp_path) as handlers:
        p = handlers.page
        live = consilium.stream_live(case, review_id="r-live", tick_s=0.05)
        while not answer_asked.is_set():
            next(live)
        opened = handlers.open_review("r-live")
        assert "running" in opened[p.open_msg] and "stopped" not in opened[p.open_msg]
        if every_step:
            assert consilium.describe_stored("r-live").status == "running"
        else:  # nothing is stored before the run ends or pauses
            assert consilium.describe_stored("r-live") is None and "No stored review" not in opened[p.open_msg]
        go_on.set()
        for _ in live:
            pass
        assert consilium.describe_stored("r-live").status == "awaiting sign-off"


def test_a_review_made_under_another_deid_secret_is_not_opened_with_wrong_details(tmp_path: Path, case: Case) -> None:
    def app_reviewer(secret: str) -> Consilium:
        return Consilium(Settings(home=tmp_path / "home", deid_secret=secret), models=scripted_models(), experts=None,
                         require_signoff=True, knowledge=None)

    first = app_reviewer("secret-one")
    first.review(case, review_id="r-secret")
    first.close()
    with page_handlers(app_reviewer("secret-two"), tmp_path) as handlers:
        p = handlers.page
        opened = handlers.open_review("r-secret")
        assert "deid\\_secret" in opened[p.open_msg] and p.current not in opened  # markdown-escaped
        refused = handlers.sign("r-secret", "Approve", "Dr A. Example", "", "")
        assert "Not signed" in refused[p.sign_msg] and "deid\\_secret" in refused[p.sign_msg]
