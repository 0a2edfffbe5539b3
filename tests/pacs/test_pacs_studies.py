"""Studies named by UID, fetched from a real PACS (Orthanc + DICOMweb, see conftest.py) before the review:
fetched studies reach the imaging expert; every way a fetch fails gives one notice on that study and a
completed review; no UID, address or secret reaches a prompt."""

from __future__ import annotations

import json
import socket
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.data import get_testdata_file

from consilium.orchestration import Consilium, Settings
from consilium.orchestration.case.checks import prepare_case
from consilium.orchestration.case.model import Case
from consilium.orchestration.case.pacs import dicomweb_client_for, fetch_study, study_folder
from consilium.orchestration.models.chat import ScriptedModel
from tests.pacs.conftest import PASSWORD, USER, Pacs, free_port
from tests.scripted import canned, scripted_models

AUTH_ENV = "CONSILIUM_TEST_PACS_AUTH"


@pytest.fixture(autouse=True)
def _credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(AUTH_ENV, f"{USER}:{PASSWORD}")


def settings_for(tmp_path: Path, url: str | None, **pacs: object) -> Settings:
    section = {"url": url, "auth_env": AUTH_ENV, "timeout_s": 5, **pacs} if url else None
    return Settings(home=tmp_path / "home", pacs=section)


def pacs_case(study_uid: str, series_uid: str | None = None, modality: str = "auto") -> Case:
    study = {"id": "ct1", "modality": modality, "body_part": "chest", "study_uid": study_uid}
    if series_uid:
        study["series_uid"] = series_uid
    return Case(id="pacs-case", presenting_complaint="Breathlessness on exertion for two months",
                history="Ex-smoker, 40 pack-years.", imaging=[study],
                question="What does the chest CT show?")


def review(settings: Settings, case: Case):
    radiology, shared = ScriptedModel(canned), ScriptedModel(canned)
    models = scripted_models(radiology=radiology, gp=shared, pathology=shared, surgery=shared, consensus=shared)
    consilium = Consilium(settings, models=models, checkpoint_db=":memory:", knowledge=None)
    try:
        result = consilium.review(case)
    finally:
        consilium.close()
    sent = "\n".join(json.dumps(r.messages) for m in (radiology, shared) for r in m.requests)
    return result, radiology, sent


def assert_no_identifiers(sent: str, *texts: str) -> None:
    for text in texts:
        assert text not in sent, f"{text!r} reached a prompt"


@pytest.mark.parametrize("by_series", [False, True], ids=["study", "study+series"])
def test_a_study_fetched_by_uid_is_measured_by_the_imaging_expert(tmp_path: Path, pacs: Pacs, by_series: bool) -> None:
    study_uid, series_uid, _ = pacs.studies["CT_small.dcm"]
    settings = settings_for(tmp_path, pacs.url)
    result, radiology, sent = review(settings, pacs_case(study_uid, series_uid if by_series else None))
    assert result.complete and radiology.requests, "radiology read the fetched study"
    assert not any(k == "intake:files" for k in result.failures), result.failures
    evidence = result.evidence["ct_quant:ct1"]
    assert evidence["status"] == "ok", evidence.get("error")
    values = {m["name"]: m["value"] for m in evidence["measurements"]}
    assert 2.0 < values["right lung volume"] < 8.0  # what the expert measures on CT_small read from disk
    assert_no_identifiers(sent, study_uid, series_uid, pacs.url, "127.0.0.1", PASSWORD)
    # the cached instance: the same pixels as the file uploaded, owner-only, named by a hash
    (cached,) = study_folder(settings, study_uid).glob("*.dcm")
    assert stat.S_IMODE(cached.stat().st_mode) == 0o600
    assert stat.S_IMODE(cached.parent.stat().st_mode) == 0o700
    assert study_uid not in cached.name and series_uid not in cached.name
    original = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    np.testing.assert_array_equal(pydicom.dcmread(cached).pixel_array, original.pixel_array)


def test_the_modality_the_case_states_is_kept_and_auto_takes_the_images(tmp_path: Path, pacs: Pacs) -> None:
    study_uid, _, _ = pacs.studies["MR_small.dcm"]
    auto = prepare_case(pacs_case(study_uid), settings_for(tmp_path, pacs.url))
    stated = prepare_case(pacs_case(study_uid, modality="MR"), settings_for(tmp_path, pacs.url))
    assert auto.case.imaging[0].modality == "MR" and stated.case.imaging[0].modality == "MR"
    assert len(auto.case.imaging[0].files) == 1 and not auto.refused


def test_a_cached_study_is_not_fetched_again(tmp_path: Path, pacs: Pacs) -> None:
    study_uid, series_uid, _ = pacs.studies["CT_small.dcm"]
    settings = settings_for(tmp_path, pacs.url)
    client = dicomweb_client_for(settings.pacs)
    first = fetch_study(client, study_uid, None, settings.pacs, study_folder(settings, study_uid))

    class NoRetrieve:
        """The real client for QIDO; any WADO retrieval is a failure of the cache."""

        def search_for_instances(self, **kw):
            return client.search_for_instances(**kw)

        def iter_series(self, *args):
            raise AssertionError("a cached instance was fetched again")

    again = fetch_study(NoRetrieve(), study_uid, series_uid, settings.pacs, study_folder(settings, study_uid))
    assert again.files == first.files and again.modality == "CT"


def test_a_study_of_several_series_gives_its_largest_unless_one_is_named(tmp_path: Path, pacs: Pacs) -> None:
    study_uid, largest, _ = pacs.studies["two-series"]
    settings = settings_for(tmp_path, pacs.url)
    whole = prepare_case(pacs_case(study_uid), settings)
    assert len(whole.case.imaging[0].files) == 2 and not whole.refused
    assert ("imaging ct1: the study has 2 series; the one with the most images (2) was read "
            "(name its series_uid to read another)") in whole.notes
    assert all(study_uid not in n and largest not in n for n in whole.notes)
    _, other, _ = pacs.studies["two-series-scout"]
    named = prepare_case(pacs_case(study_uid, other), settings)
    assert len(named.case.imaging[0].files) == 1 and not named.notes and not named.refused


def _notice(result) -> str:
    failure = result.failures["intake:files"]
    assert failure.kind == "input_refused"
    assert any(m.task == "intake:files" for m in result.opinion.missing), "the opinion states it"
    return failure.reason


def test_a_missing_study_and_a_missing_series(tmp_path: Path, pacs: Pacs) -> None:
    missing = "1.2.826.0.1.3680043.99.1"
    result, _, sent = review(settings_for(tmp_path, pacs.url), pacs_case(missing))
    assert result.complete
    assert _notice(result) == ("reviewed without refused files: imaging ct1: its images were not fetched "
                               "from the PACS (the study was not found on the PACS)")
    assert_no_identifiers(sent, missing)
    study_uid, _, _ = pacs.studies["CT_small.dcm"]
    result, _, _ = review(settings_for(tmp_path, pacs.url), pacs_case(study_uid, missing))
    assert result.complete and "(the series was not found on the PACS)" in _notice(result)


def test_a_server_that_is_down(tmp_path: Path, pacs: Pacs) -> None:
    down = f"http://127.0.0.1:{free_port()}/dicom-web"  # a port nothing listens on: connection refused
    t0 = time.monotonic()
    result, _, sent = review(settings_for(tmp_path, down), pacs_case(pacs.studies["CT_small.dcm"][0]))
    assert result.complete and "(the PACS could not be reached)" in _notice(result)
    assert time.monotonic() - t0 < 30, "no retries with back-off"
    assert_no_identifiers(sent, down)


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A server on 127.0.0.1 that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/dicom-web"
    stop.set()
    thread.join(timeout=2)
    for conn in held:
        conn.close()
    listener.close()


def test_a_server_too_slow_to_answer(tmp_path: Path, pacs: Pacs, silent_server: str) -> None:
    t0 = time.monotonic()
    settings = settings_for(tmp_path, silent_server, timeout_s=0.5)
    result, _, _ = review(settings, pacs_case(pacs.studies["CT_small.dcm"][0]))
    assert result.complete and "(the PACS did not answer within 0.5 s)" in _notice(result)
    assert time.monotonic() - t0 < 30


def test_wrong_or_absent_credentials(tmp_path: Path, pacs: Pacs, monkeypatch: pytest.MonkeyPatch) -> None:
    study_uid = pacs.studies["CT_small.dcm"][0]
    monkeypatch.setenv(AUTH_ENV, f"{USER}:not-the-password")
    result, _, sent = review(settings_for(tmp_path, pacs.url), pacs_case(study_uid))
    assert result.complete and "(the PACS refused the credentials)" in _notice(result)
    assert_no_identifiers(sent, "not-the-password")
    monkeypatch.delenv(AUTH_ENV)
    result, _, _ = review(settings_for(tmp_path, pacs.url), pacs_case(study_uid))
    assert result.complete and "(the PACS credentials are not set)" in _notice(result)


def test_no_pacs_configured(tmp_path: Path, pacs: Pacs) -> None:
    result, radiology, _ = review(settings_for(tmp_path, None), pacs_case(pacs.studies["CT_small.dcm"][0]))
    assert result.complete and "(no PACS is configured)" in _notice(result)
    assert "ct_quant:ct1" not in result.evidence  # nothing to measure: the review went on without it


def test_a_study_over_the_size_cap(tmp_path: Path, pacs: Pacs) -> None:
    settings = settings_for(tmp_path, pacs.url, max_study_bytes=1000)
    intake = prepare_case(pacs_case(pacs.studies["CT_small.dcm"][0]), settings)
    assert [str(r) for r in intake.refused] == [
        "imaging ct1: its images were not fetched from the PACS (larger than the 1000 bytes limit per study)"]
    assert intake.case.imaging[0].files == [] and intake.case.imaging[0].modality == "unknown modality"


@pytest.fixture
def failing_server() -> Iterator[tuple[str, list[str]]]:
    """An HTTP server on 127.0.0.1 answering every request with 503 Service Unavailable; it logs each path."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen: list[str] = []

    class Unavailable(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server hook's name
            seen.append(self.path)
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Unavailable)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/dicom-web", seen
    server.shutdown()
    server.server_close()


def test_a_server_error_is_stated_once_without_retries(tmp_path: Path, pacs: Pacs,
                                                       failing_server: tuple[str, list[str]]) -> None:
    url, seen = failing_server
    t0 = time.monotonic()
    result, _, _ = review(settings_for(tmp_path, url), pacs_case(pacs.studies["CT_small.dcm"][0]))
    assert result.complete and "(the PACS answered with an error (HTTP 503))" in _notice(result)
    assert len(seen) == 1 and time.monotonic() - t0 < 30  # dicomweb-client would retry 503 five times


def test_an_unexpected_failure_of_one_study_leaves_the_others(tmp_path: Path, pacs: Pacs,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    from consilium.orchestration.case.pacs import fetch_studies

    class Broken:
        """A client with a defect of its own: the study fails alone and the log keeps the traceback."""

        def search_for_instances(self, **kw):
            raise KeyError("00080018")

    case = Case(id="two-studies", presenting_complaint="Cough", imaging=[
        {"id": "ct1", "modality": "CT", "study_uid": pacs.studies["CT_small.dcm"][0]},
        {"id": "cr1", "modality": "CR", "report": "Clear lungs."}])
    fetched, missed, _ = fetch_studies(case, settings_for(tmp_path, pacs.url), client_factory=lambda cfg: Broken())
    assert [str(m) for m in missed] == ["imaging ct1: its images were not fetched from the PACS (the study could "
                                        "not be fetched (an unexpected KeyError; see the log))"]
    assert [s.id for s in fetched.imaging] == ["ct1", "cr1"] and "Traceback" in caplog.text
