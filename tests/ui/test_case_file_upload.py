"""The web app opens an uploaded case file: Consilium's own YAML, or a FHIR Bundle (issue 17). The handler,
without a browser, on the hand-written Bundles of tests/case/data/fhir."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from consilium.orchestration import Consilium, Settings
from consilium.ui.app import ReviewHandlers

from tests.scripted import scripted_models
from tests.ui.conftest import page_handlers

FHIR = Path(__file__).resolve().parents[1] / "case" / "data" / "fhir"
SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


@pytest.fixture
def handlers(tmp_path: Path) -> Iterator[ReviewHandlers]:
    consilium = Consilium(Settings(home=tmp_path / "home"), models=scripted_models(), checkpoint_db=":memory:",
                          knowledge=None)
    with page_handlers(consilium, tmp_path) as handlers:
        yield handlers


def upload(tmp_path: Path, source: Path, name: str) -> str:
    """The file as Gradio hands it over: a copy under a temporary folder, named as the user's file was."""
    target = tmp_path / "gradio-upload" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, target)
    return str(target)


def test_a_fhir_bundle_fills_the_form_and_keeps_the_rest_on_record(handlers: ReviewHandlers, tmp_path: Path) -> None:
    p = handlers.page
    update = handlers.open_case_file(upload(tmp_path, FHIR / "pneumonia_admission_r4.json", "Jane_Doe_1961.json"))
    message = update[p.case_msg]
    assert message.startswith("Loaded **"), message
    assert "Jane_Doe" not in message and "gradio-upload" not in message, "no path or file name is shown"
    assert "Jane" not in update[p.base_case]["id"], "the case id is not the file's name"
    case = update[p.base_case]
    assert case["labs"] and case["presenting_complaint"], "labs and the complaint came from the Bundle"
    form = dict(zip(p.form, [update[c] for c in p.form], strict=True))
    assert case["presenting_complaint"] in form.values()


def test_an_unresolved_reference_is_listed_as_a_notice(handlers: ReviewHandlers, tmp_path: Path) -> None:
    update = handlers.open_case_file(upload(tmp_path, FHIR / "unresolved_references.json", "bundle.json"))
    message = update[handlers.page.case_msg]
    assert message.startswith("Loaded **") and "\n- " in message, message


def test_an_invalid_bundle_is_refused_with_its_resource_named(handlers: ReviewHandlers, tmp_path: Path) -> None:
    update = handlers.open_case_file(upload(tmp_path, FHIR / "invalid_resources.json", "bundle.json"))
    message = update[handlers.page.case_msg]
    assert message.startswith("Cannot load the case:"), message
    assert handlers.page.base_case not in update, "the form is left as it was"


def test_a_yaml_case_file_and_no_file(handlers: ReviewHandlers, tmp_path: Path) -> None:
    update = handlers.open_case_file(upload(tmp_path, SCENARIOS / "demo_pneumonia_cxr.yaml", "case.yaml"))
    assert update[handlers.page.case_msg].startswith("Loaded **")
    assert handlers.open_case_file(None) == {handlers.page.case_msg: "Choose a case file first."}
