"""Reviews are checkpointed in SQLite: readable by id, also from a new process on the same file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scripted import scripted_models

VOLATILE = {"seconds"}  # wall time of the run itself, not part of the stored state


def test_get_returns_the_stored_result(make_consilium, case) -> None:
    consilium = make_consilium(scripted_models())
    result = consilium.review(case, review_id="r-1")
    stored = consilium.get("r-1")
    assert stored is not None
    assert stored.model_dump(exclude=VOLATILE) == result.model_dump(exclude=VOLATILE)
    assert stored.complete and stored.opinion is not None and len(stored.audit) == 6
    assert consilium.list_reviews() == ["r-1"]


def test_unknown_id(make_consilium) -> None:
    consilium = make_consilium(scripted_models())
    assert consilium.get("no-such-review") is None
    with pytest.raises(KeyError, match="no review with id 'no-such-review'"):
        consilium.resume("no-such-review")


def test_result_survives_a_restart(make_consilium, case, tmp_path: Path) -> None:
    db = tmp_path / "state" / "checkpoints.sqlite"
    first = make_consilium(scripted_models(), db=db)
    result = first.review(case, review_id="r-restart")
    other = first.review(case, review_id="r-other")
    first.close()
    assert db.is_file()

    second = make_consilium(scripted_models(), db=db)  # a new process would build exactly this
    stored = second.get("r-restart")
    assert stored is not None
    assert stored.model_dump(exclude=VOLATILE) == result.model_dump(exclude=VOLATILE)
    assert second.get("r-other").answer == other.answer
    assert second.list_reviews() == ["r-other", "r-restart"]
    assert second.get("r-unknown") is None


def test_signoff_pause_survives_a_restart(make_consilium, case, tmp_path: Path) -> None:
    db = tmp_path / "checkpoints.sqlite"
    first = make_consilium(scripted_models(), db=db, require_signoff=True)
    paused = first.review(case, review_id="r-sign")
    assert paused.awaiting_signoff and paused.signoff is None and paused.answer is not None
    first.close()

    second = make_consilium(scripted_models(), db=db, require_signoff=True)
    assert second.get("r-sign").awaiting_signoff
    signed = second.sign("r-sign", {"decision": "approved", "clinician": "Dr A. Example"})
    assert not signed.awaiting_signoff and signed.signoff["decision"] == "approved"
    assert signed.signoff["signed_at"]
    assert len(signed.audit) == len(paused.audit)  # resuming did not re-run any model call
    with pytest.raises(ValueError, match="not waiting for sign-off"):
        second.sign("r-sign", {"decision": "approved", "clinician": "Dr A. Example"})


def test_the_result_of_a_run_is_the_stored_one_when_paused_signed_and_resumed(make_consilium, case) -> None:
    """A review's result is built from the state its run streamed (or, at a pause, the stored one): at a pause
    for sign-off, after the sign-off, and when a finished review is resumed, it equals what get() reads back."""
    consilium = make_consilium(scripted_models(), require_signoff=True)
    paused = consilium.review(case, review_id="r-p")
    assert paused.awaiting_signoff and paused.deidentified
    assert consilium.get("r-p").model_dump(exclude=VOLATILE) == paused.model_dump(exclude=VOLATILE)
    signed = consilium.sign("r-p", {"decision": "approved", "clinician": "Dr A. Example"})
    assert not signed.awaiting_signoff and signed.complete
    assert consilium.get("r-p").model_dump(exclude=VOLATILE) == signed.model_dump(exclude=VOLATILE)
    resumed = consilium.resume("r-p")  # nothing left to run
    assert resumed.model_dump(exclude=VOLATILE) == signed.model_dump(exclude=VOLATILE)
