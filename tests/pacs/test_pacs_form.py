"""The web app's case form names a study on the PACS by StudyInstanceUID (and SeriesInstanceUID): the run
handler, without a browser, on a real Orthanc (conftest.py), scripted models and the real experts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from consilium.orchestration import Consilium, Settings
from consilium.ui.app import ReviewHandlers
from consilium.ui.case_form import FormError, build_case, empty_form
from consilium.ui.layout import FORM_KEYS

from tests.pacs.conftest import PASSWORD, USER, Pacs
from tests.scripted import scripted_models
from tests.ui.conftest import page_handlers

AUTH_ENV = "CONSILIUM_TEST_PACS_AUTH"


@pytest.fixture
def handlers(tmp_path: Path, pacs: Pacs, monkeypatch: pytest.MonkeyPatch) -> Iterator[ReviewHandlers]:
    monkeypatch.setenv(AUTH_ENV, f"{USER}:{PASSWORD}")
    settings = Settings(home=tmp_path / "home", pacs={"url": pacs.url, "auth_env": AUTH_ENV, "timeout_s": 5})
    consilium = Consilium(settings, models=scripted_models(), checkpoint_db=":memory:", knowledge=None,
                          require_signoff=True)
    with page_handlers(consilium, tmp_path) as handlers:
        yield handlers


def run_form(h: ReviewHandlers, study_uid: str, series_uid: str = "") -> list[dict]:
    values = {**empty_form(), "id": "form-case", "presenting_complaint": "Breathlessness for two months",
              "question": "What does the chest CT show?"}
    args = [values[k] for k in FORM_KEYS] + [None, None, None, "auto", "chest", "", study_uid, series_uid]
    return list(h.run(*args))


def test_a_study_uid_typed_in_the_form_is_fetched_and_measured(handlers: ReviewHandlers, pacs: Pacs) -> None:
    study_uid, series_uid, _ = pacs.studies["CT_small.dcm"]
    updates = run_form(handlers, study_uid, series_uid)
    review_id = updates[0][handlers.page.current]
    result = handlers.consilium.get(review_id)
    assert result is not None and result.awaiting_signoff, "the review ran to the clinician's sign-off"
    assert "intake:files" not in result.failures
    evidence = result.evidence["ct_quant:pacs-img1"]
    assert evidence["status"] == "ok" and evidence["measurements"], evidence.get("error")


def test_a_uid_that_is_not_one_is_named_in_the_message(handlers: ReviewHandlers) -> None:
    (update,) = run_form(handlers, "1.2.840.abc")
    message = update[handlers.page.case_msg]
    assert "Cannot run the review" in message and "StudyInstanceUID" in message and "not a DICOM UID" in message
    assert handlers.consilium.list_reviews() == [], "nothing ran"


def test_form_rules_for_the_uids(tmp_path: Path) -> None:
    values = {**empty_form(), "presenting_complaint": "Cough"}
    kwargs = dict(imaging=[], pathology=[], modality="CT", body_part="", site="", upload_dir=tmp_path)
    with pytest.raises(FormError, match="SeriesInstanceUID: give the StudyInstanceUID"):
        build_case(values, None, series_uid="1.2.3", **kwargs)
    with pytest.raises(FormError, match="SeriesInstanceUID: not a DICOM UID"):
        build_case(values, None, study_uid="1.2.3", series_uid="1." + "2" * 70, **kwargs)
    case = build_case(values, None, study_uid=" 1.2.3 ", **kwargs)
    (study,) = case.imaging
    assert (study.id, study.modality, study.study_uid, study.series_uid) == ("pacs-img1", "CT", "1.2.3", None)
    assert study.files == []
    assert "1.2.3" not in case.render(include_files=True)  # a UID is an identifier: never in what a model reads
    assert build_case(values, None, **kwargs).imaging == []
