"""States a crash, Ctrl-C, a second click, a reused id, another deid_secret or a reviewer that asks for no sign-off
leave behind, and what the API, the CLI and the board then say and do.

The crash is real: a SQLite saver that raises on the checkpoint of the step in which a chosen channel was written
(the step's task writes are stored, its checkpoint is not, as when a process dies between the two). LangGraph's
snapshot then has no ``next`` node but still lists the step's tasks: a review in that state has not finished.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from consilium.orchestration import InputError
from consilium.orchestration.api import Consilium
from consilium.orchestration.events import ReviewBoard
from consilium.orchestration.models.chat import ModelRequest, ScriptedModel
from consilium.orchestration.settings import ROLES, Settings
from langgraph.checkpoint.sqlite import SqliteSaver

from tests.scripted import canned, scripted_models

MODEL_CALLS = 6  # triage, three specialists, the consensus narrative, the answer (tests/graph's case)


class ProcessDied(Exception):
    """Stands for the process being killed between a node's stored writes and its step's checkpoint."""


class CrashingSaver(SqliteSaver):
    """Stores writes and checkpoints in SQLite, and fails the checkpoint of the step in which ``after`` was written
    (the step's task writes are stored by then)."""

    def __init__(self, conn: sqlite3.Connection, after: str):
        super().__init__(conn)
        self.after, self.crashed = after, False

    def put(self, config, checkpoint, metadata, new_versions):
        if not self.crashed and self.after in new_versions and checkpoint["channel_values"].get(self.after) is not None:
            self.crashed = True
            raise ProcessDied(f"killed before the checkpoint that records {self.after!r}")
        return super().put(config, checkpoint, metadata, new_versions)


class CountingModel(ScriptedModel):
    def __init__(self) -> None:
        super().__init__(canned)
        self.calls = 0

    def complete(self, request: ModelRequest):
        self.calls += 1
        return super().complete(request)


def _consilium(tmp_path: Path, saver: SqliteSaver, model: ScriptedModel, *, require_signoff: bool = False) -> Consilium:
    settings = Settings(home=tmp_path / "home", checkpoint_every_step=True, consensus_uses_model=True)
    models = scripted_models(**{role: model for role in ROLES})
    return Consilium(settings, models=models, experts=None, checkpointer=saver, require_signoff=require_signoff)


@pytest.fixture
def crashed(tmp_path: Path, case):
    """A review killed after a chosen node's writes: (consilium, saver, model), the review id is ``r-crash``."""
    made: list[tuple[Consilium, sqlite3.Connection]] = []

    def crash(after: str, *, require_signoff: bool = False) -> tuple[Consilium, CrashingSaver, CountingModel]:
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        saver, model = CrashingSaver(conn, after), CountingModel()
        consilium = _consilium(tmp_path, saver, model, require_signoff=require_signoff)
        made.append((consilium, conn))
        with pytest.raises(ProcessDied):
            consilium.review(case, review_id="r-crash")
        return consilium, saver, model

    yield crash
    for consilium, conn in made:
        consilium.close()
        conn.close()


def test_a_review_killed_after_consensus_is_listed_as_interrupted_not_finished(crashed) -> None:
    consilium, _, model = crashed("opinion")
    stored = consilium.describe_stored("r-crash")
    assert stored is not None and stored.status == "interrupted"
    partial = consilium.get("r-crash")
    assert partial.opinion is not None and partial.answer is None and not partial.complete
    resumed = consilium.resume("r-crash")
    assert resumed.complete and resumed.answer is not None
    assert model.calls == MODEL_CALLS  # the checkpoint's work was not done again: only the answer was left
    assert consilium.describe_stored("r-crash").status == "finished"


def test_a_review_killed_after_its_answer_is_not_complete_until_resumed(crashed) -> None:
    consilium, _, model = crashed("answer")
    partial = consilium.get("r-crash")
    assert partial.answer is not None and not partial.complete
    assert consilium.describe_stored("r-crash").status == "interrupted"
    assert consilium.resume("r-crash").complete
    assert model.calls == MODEL_CALLS


def test_a_review_killed_before_its_sign_off_pause_is_neither_finished_nor_shown_as_needing_no_sign_off(crashed) -> None:
    consilium, _, model = crashed("answer", require_signoff=True)
    partial = consilium.get("r-crash")
    assert partial.answer is not None and not partial.awaiting_signoff
    assert not partial.complete  # it was shown complete, with no sign-off pending: an unsigned opinion as final
    assert consilium.describe_stored("r-crash").status == "interrupted"
    board = ReviewBoard.from_result(partial)
    assert board.status["signoff"] != "not required"
    with pytest.raises(ValueError, match="not waiting for sign-off"):
        consilium.sign("r-crash", {"decision": "approved", "clinician": "Dr A. Example"})
    paused = consilium.resume("r-crash")
    assert paused.awaiting_signoff and model.calls == MODEL_CALLS
    assert consilium.describe_stored("r-crash").status == "awaiting sign-off"
    signed = consilium.sign("r-crash", {"decision": "approved", "clinician": "Dr A. Example"})
    assert signed.complete and signed.signoff["decision"] == "approved"


def test_a_review_id_already_stored_is_refused_and_the_stored_review_is_untouched(make_consilium, case) -> None:
    consilium = make_consilium(scripted_models(), require_signoff=True)
    first = consilium.review(case, review_id="r-1")
    other = case.model_copy(update={"id": "other-2", "presenting_complaint": "Headache for a week"})
    with pytest.raises(InputError, match="r-1"):
        consilium.review(other, review_id="r-1")
    with pytest.raises(InputError, match="r-1"):
        consilium.stream(other, review_id="r-1")
    again = consilium.get("r-1")
    assert again.case_id == "cap-1" and len(again.audit) == len(first.audit)
    assert again.model_dump(exclude={"seconds"}) == first.model_dump(exclude={"seconds"})


def test_two_sign_offs_at_once_record_one_decision(make_consilium, case) -> None:
    consilium = make_consilium(scripted_models(), require_signoff=True)
    consilium.review(case, review_id="r-s")
    both_checked = threading.Barrier(2, timeout=2)
    real_get = consilium.get

    def get_then_wait(review_id: str):
        found = real_get(review_id)
        try:  # both clicks have read "awaiting sign-off" before either records its decision
            both_checked.wait()
        except threading.BrokenBarrierError:
            pass
        return found

    consilium.get = get_then_wait  # type: ignore[method-assign]
    outcomes: dict[str, Any] = {}

    def click(clinician: str) -> None:
        try:
            outcomes[clinician] = consilium.sign("r-s", {"decision": "approved", "clinician": clinician})
        except Exception as exc:  # noqa: BLE001 - the refusal is what is checked
            outcomes[clinician] = exc

    threads = [threading.Thread(target=click, args=(name,)) for name in ("Dr A", "Dr B")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    consilium.get = real_get  # type: ignore[method-assign]
    signed = [name for name, out in outcomes.items() if not isinstance(out, Exception)]
    refused = [out for out in outcomes.values() if isinstance(out, Exception)]
    assert len(signed) == 1 and len(refused) == 1, outcomes
    assert consilium.get("r-s").signoff["clinician"] == signed[0]


@pytest.fixture
def crashed_in_cli_home(tmp_path: Path, case, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The CLI's own home and SQLite file, holding ``r-crash`` killed after its consensus; the CLI's
    reviewer runs on scripted models."""
    from consilium.orchestration import load_settings
    from consilium.orchestration.cli import common

    for name in ("CONSILIUM_SETTINGS", "CONSILIUM_DEID_SECRET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CONSILIUM_HOME", str(tmp_path / "cli-home"))
    monkeypatch.setenv("COLUMNS", "200")
    settings = load_settings().model_copy(update={"checkpoint_every_step": True, "consensus_uses_model": True})
    settings.home.mkdir(parents=True)
    conn = sqlite3.connect(str(settings.checkpoint_db), check_same_thread=False)
    first = Consilium(settings, models=scripted_models(), experts=None, checkpointer=CrashingSaver(conn, "opinion"))
    with pytest.raises(ProcessDied):
        first.review(case, review_id="r-crash")
    first.close()
    conn.close()
    monkeypatch.setattr(common, "consilium_for", lambda args: Consilium(
        common.settings_for(args), models=scripted_models(), experts=None, knowledge=None))
    return settings.home


def test_the_cli_says_a_killed_review_stopped_refuses_to_export_it_and_resumes_it(
        crashed_in_cli_home: Path, tmp_path: Path, capsys) -> None:
    from consilium.orchestration.cli import main as cli

    assert cli.main(["show"]) == 0
    assert "interrupted" in capsys.readouterr().out
    assert cli.main(["show", "r-crash"]) == 0
    shown = capsys.readouterr().out
    assert "interrupted" in shown and "consilium resume r-crash" in shown
    fhir = tmp_path / "out" / "report.json"
    assert cli.main(["export", "r-crash", "--fhir", str(fhir)]) == 2  # a half-made opinion is no report
    assert "did not finish" in capsys.readouterr().out and not fhir.exists()

    assert cli.main(["resume", "r-crash"]) == 0
    assert "finished" in capsys.readouterr().out
    assert cli.main(["show"]) == 0
    assert "finished" in capsys.readouterr().out
    assert cli.main(["export", "r-crash", "--fhir", str(fhir)]) == 0 and fhir.is_file()


def _echoes_the_admission_date(request: ModelRequest) -> str:
    """The GP's answer quotes the date the case gave it (de-identified: shifted), as a real model would."""
    import json
    import re

    reply = canned(request)
    if (request.schema or {}).get("title", "").startswith("FinalAnswer"):
        prompt = " ".join(m["content"] for m in request.messages if isinstance(m["content"], str))
        date = re.search(r"\d{4}-\d{2}-\d{2}", prompt)
        reply = json.dumps({**json.loads(reply), "rationale": f"admitted {date.group(0) if date else 'on no date'}"})
    return reply


def test_a_review_read_back_under_another_deid_secret_is_refused_not_restored_with_wrong_dates(
        tmp_path: Path, case, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from consilium.orchestration import ConfigError

    dated = case.model_copy(update={"history": "Admitted on 2024-03-14 with cough; worse since."})
    def reviewer(secret: str) -> Consilium:
        return Consilium(Settings(home=tmp_path / "home", deid_secret=secret), models=scripted_models(
            _echoes_the_admission_date), experts=None, knowledge=None)  # the home's SQLite file, as the CLI's

    first = reviewer("secret-one")
    result = first.review(dated, review_id="r-dated")
    assert result.answer["rationale"] == "admitted 2024-03-14"  # re-identified: the patient's own date
    first.close()
    same = reviewer("secret-one")
    assert same.get("r-dated").answer["rationale"] == "admitted 2024-03-14"
    same.close()
    other = reviewer("secret-two")  # e.g. the CLI run without the app's CONSILIUM_DEID_SECRET
    try:
        with pytest.raises(ConfigError, match="deid_secret"):
            other.get("r-dated")
        assert other.describe_stored("r-dated").status == "finished"  # the listing, as stored, still works
    finally:
        other.close()
    from consilium.orchestration.cli import main as cli

    monkeypatch.delenv("CONSILIUM_SETTINGS", raising=False)
    monkeypatch.setenv("CONSILIUM_DEID_SECRET", "secret-two")
    assert cli.main(["--home", str(tmp_path / "home"), "show", "r-dated"]) == 2
    assert "deid_secret" in capsys.readouterr().out


def test_a_cli_review_stopped_with_ctrl_c_says_how_to_go_on_and_resumes(
        tmp_path: Path, case, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from consilium.orchestration.cli import common
    from consilium.orchestration.cli import main as cli

    stop = {"armed": True}

    def ctrl_c_at_consensus(request: ModelRequest) -> str:
        if stop["armed"] and (request.schema or {}).get("title") == "ConsensusOutput":
            raise KeyboardInterrupt
        return canned(request)

    for name in ("CONSILIUM_SETTINGS", "CONSILIUM_DEID_SECRET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CONSILIUM_HOME", str(tmp_path / "cli-home"))
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setattr(common, "consilium_for", lambda args: Consilium(
        common.settings_for(args).model_copy(update={"consensus_uses_model": True}),
        models=scripted_models(ctrl_c_at_consensus), experts=None, knowledge=None))
    case_file = tmp_path / "case.json"
    case_file.write_text(case.model_dump_json(), encoding="utf-8")
    assert cli.main(["review", str(case_file)]) == 130
    said = capsys.readouterr().out
    review_id = next(w.strip("`.") for w in said.split() if w.startswith("r-"))
    assert f"consilium resume {review_id}" in said
    stop["armed"] = False
    assert cli.main(["resume", review_id]) == 0
    assert "Status: finished" in capsys.readouterr().out


def test_a_resume_while_the_review_runs_waits_for_it_and_runs_no_step_twice(tmp_path: Path, case) -> None:
    held, go_on = threading.Event(), threading.Event()
    model = CountingModel()

    class HeldAtRadiology(CountingModel):
        def complete(self, request: ModelRequest):
            if request.role == "radiology":
                held.set()
                assert go_on.wait(30)
            return model.complete(request)

    consilium = Consilium(Settings(home=tmp_path / "home", checkpoint_every_step=True, consensus_uses_model=True),
                          models=scripted_models(**{role: HeldAtRadiology() for role in ROLES}), experts=None,
                          checkpoint_db=":memory:")
    try:
        live = consilium.stream_live(case, review_id="r-both", tick_s=0.05)
        while not held.is_set():
            next(live)
        resumed: dict[str, Any] = {}
        second = threading.Thread(target=lambda: resumed.update(result=consilium.resume("r-both")))
        second.start()
        second.join(timeout=0.3)
        assert second.is_alive()  # waiting for the first run, not running beside it
        go_on.set()
        first = next(e.result for e in live if e is not None and e.result is not None)
        for _ in live:  # to its end
            pass
        second.join(timeout=30)
        assert first.complete and resumed["result"].complete
        assert model.calls == MODEL_CALLS  # before: the resume ran the held step's specialists again
    finally:
        go_on.set()
        consilium.close()


def test_a_review_paused_for_sign_off_is_neither_signed_away_nor_resumed_past_it_by_a_reviewer_without_sign_off(
        make_consilium, case, tmp_path: Path) -> None:
    """The web app pauses every review; the CLI's and the worker's reviewers do not ask for sign-off."""
    db = tmp_path / "shared.sqlite"
    app = make_consilium(scripted_models(), db=db, require_signoff=True)
    app.review(case, review_id="r-a1")
    app.review(case, review_id="r-a2")
    cli_side = make_consilium(scripted_models(), db=db)
    still = cli_side.resume("r-a1")  # before: it ran the sign-off step, which recorded the review as unsigned
    assert still.awaiting_signoff and not still.signoff
    assert cli_side.describe_stored("r-a1").status == "awaiting sign-off"
    signed = cli_side.sign("r-a2", {"decision": "rejected", "clinician": "Dr A. Example", "comment": "wrong side"})
    assert signed.signoff["decision"] == "rejected" and signed.signoff["clinician"] == "Dr A. Example"


def test_a_stream_closed_or_dropped_before_its_first_event_frees_its_review_id(make_consilium, case) -> None:
    consilium = make_consilium(scripted_models())
    events = consilium.stream(case, review_id="r-never-read")
    assert consilium.is_running("r-never-read")
    events.close()  # a generator's finally would not run here: nothing was taken from it
    assert not consilium.is_running("r-never-read")
    dropped = consilium.stream(case, review_id="r-dropped")
    del dropped
    assert not consilium.is_running("r-dropped")
    assert consilium.review(case, review_id="r-dropped").complete  # the id is free, nothing was stored under it
