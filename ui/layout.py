"""The page: every component of the case-review app, laid out tab by tab, and nothing that acts on them.

:func:`build_page` must run inside a ``gr.Blocks`` context; it returns the components in a :class:`Page`
so that :mod:`consilium.ui.app` can wire them to the API. Each tab is its own function: Gradio places a
component in whatever layout block is open when it is made, so a function called inside ``gr.Tab``
fills that tab.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import gradio as gr

from consilium.orchestration import ReviewBoard
from consilium.ui import board as board_view
from consilium.ui import views
from consilium.ui.case_form import LAB_HEADERS, SEXES, VITALS, on_record
from consilium.ui.uploads import IMAGING_MODALITIES

DECISIONS = {"Approve": "approved", "Approve with edits": "edited", "Reject": "rejected"}
FORM_KEYS = ["id", "title", "age", "sex", "presenting_complaint", "history", "past_medical_history", "medications",
             "examination", *[name for name, _ in VITALS], "question", "labs"]
BANNER = ('<div class="cs-header"><h1>Consilium · multidisciplinary case review</h1>'
          '<p class="cs-banner">Decision support for the responsible clinician: every opinion shows its '
          "evidence and limits, and is final only once you sign it. Patient data stays on this machine "
          "unless a model endpoint elsewhere is configured.</p></div>")


class Page(SimpleNamespace):
    """The app's components by name (``page.run_btn``, ``page.reports["radiology"]``...)."""

    @property
    def form(self) -> list[Any]:
        """The case form's inputs, in :data:`FORM_KEYS` order."""
        return [self.f_id, self.f_title, self.f_age, self.f_sex, self.f_pc, self.f_hist, self.f_pmh, self.f_meds,
                self.f_exam, *self.f_vitals, self.f_q, self.f_labs]

    @property
    def result_views(self) -> list[Any]:
        """Everything that shows one review's result."""
        return [self.board, self.plan_img, self.plan_html, *self.reports.values(), *self.galleries.values(),
                *self.evidence.values(), self.other_gallery, self.other_evidence, self.consensus, self.signoff,
                self.exports, self.sign_btn]


def build_page(scenario_choices: list[tuple[str, str]]) -> Page:
    page = Page(reports={}, galleries={}, evidence={})
    gr.HTML(BANNER)
    _open_bar(page)
    with gr.Tabs(selected="case") as page.tabs:
        with gr.Tab("1 · Case", id="case"):
            _case_tab(page, scenario_choices)
        with gr.Tab("2 · Live review", id="live"):
            _live_tab(page)
        with gr.Tab("3 · Specialists", id="specialists"):
            _specialists_tab(page)
        with gr.Tab("4 · Opinion", id="consensus"):
            page.consensus = gr.HTML(views.consensus_html(None), elem_id="consensus")
        with gr.Tab("5 · Sign-off & export", id="signoff"):
            _signoff_tab(page)
    return page


def _open_bar(page: Page) -> None:
    with gr.Row():
        page.stored = gr.Dropdown(label="Stored reviews", choices=[], scale=2, elem_id="stored-reviews")
        page.open_id = gr.Textbox(label="Review id", placeholder="paste a review id", scale=2, elem_id="open-id")
        page.open_btn = gr.Button("Open review", scale=1, elem_id="open-review")
    page.open_msg = gr.Markdown(elem_id="open-msg")
    page.current = gr.State(None)
    page.base_case = gr.State(None)


def _case_tab(page: Page, scenario_choices: list[tuple[str, str]]) -> None:
    with gr.Row():
        page.scenario = gr.Dropdown(label="Demo case from scenarios/", choices=scenario_choices, value=None, scale=3,
                                    elem_id="scenario")
        page.load_btn = gr.Button("Load case", scale=1, elem_id="load-case")
        page.new_btn = gr.Button("New blank case", scale=1)
    page.case_file = gr.File(label="Or open a case file: YAML, JSON, JSONL, or a FHIR R4/R4B Bundle",
                             file_types=[".yaml", ".yml", ".json", ".jsonl"], elem_id="case-file")
    page.case_msg = gr.Markdown(elem_id="case-msg")
    with gr.Row():
        with gr.Column(scale=3):
            _case_fields(page)
        with gr.Column(scale=2):
            _case_files(page)
    page.run_btn = gr.Button("Run review", variant="primary", size="lg", elem_id="run-review")


def _case_fields(page: Page) -> None:
    with gr.Row():
        page.f_id = gr.Textbox(label="Case id", elem_id="case-id", scale=2)
        page.f_title = gr.Textbox(label="Title", scale=3)
        page.f_age = gr.Number(label="Age (years)", value=None, minimum=0, maximum=130, scale=1)
        page.f_sex = gr.Dropdown(label="Sex", choices=SEXES, value="unknown", scale=1)
    page.f_pc = gr.Textbox(label="Presenting complaint", elem_id="presenting-complaint")
    page.f_hist = gr.Textbox(label="History", lines=5, elem_id="history")
    with gr.Row():
        page.f_pmh = gr.Textbox(label="Past medical history", lines=2)
        page.f_meds = gr.Textbox(label="Medications (one per line)", lines=2)
    page.f_exam = gr.Textbox(label="Examination (one 'site: finding' per line)", lines=3)
    with gr.Row():
        page.f_vitals = [gr.Number(label=label, value=None, min_width=90, elem_id=f"vital-{name}")
                         for name, label in VITALS]
    page.f_q = gr.Textbox(label="Question for the team", elem_id="question")
    page.f_labs = gr.Dataframe(headers=LAB_HEADERS, datatype=["str"] * len(LAB_HEADERS), column_count=len(LAB_HEADERS),
                               row_count=1, type="array", interactive=True, elem_id="labs",
                               label="Laboratory results (add rows with the + button)")


def _case_files(page: Page) -> None:
    page.record = gr.Markdown(on_record(None), elem_id="on-record")
    page.img_files = gr.File(label="Imaging: DICOM, zipped DICOM series, NIfTI, PNG/JPEG", file_count="multiple",
                             elem_id="imaging-upload")
    page.img_msg = gr.Markdown(elem_id="imaging-msg")
    with gr.Row():
        page.modality = gr.Dropdown(label="Modality (when the file does not state it)", choices=IMAGING_MODALITIES,
                                    value="auto")
        page.body_part = gr.Textbox(label="Body part", placeholder="e.g. chest")
    with gr.Row():  # a study on the PACS in the settings, fetched when the review starts
        page.study_uid = gr.Textbox(label="Or a study on the PACS: StudyInstanceUID", scale=2, elem_id="study-uid",
                                    placeholder="e.g. 1.2.840.113619.2.55.3.604688119.969.1268071029.320")
        page.series_uid = gr.Textbox(label="SeriesInstanceUID (optional: one series of it)", scale=2,
                                     elem_id="series-uid")
    page.path_files = gr.File(label="Pathology images: PNG, JPEG, TIFF", file_count="multiple",
                              elem_id="pathology-upload")
    page.path_msg = gr.Markdown(elem_id="pathology-msg")
    page.site = gr.Textbox(label="Specimen site", placeholder="e.g. right upper lobe core biopsy")


def _live_tab(page: Page) -> None:
    with gr.Row():
        page.board = gr.HTML(board_view.board_html(ReviewBoard()), elem_id="board")
        page.plan_img = gr.Image(label="GP plan: task graph (green done · amber running · red failed · blue planned)",
                                 type="pil", interactive=False, elem_id="plan-graph", buttons=["fullscreen"],
                                 format="png")
    page.plan_html = gr.HTML(board_view.plan_table(None), elem_id="plan-table")


def _specialists_tab(page: Page) -> None:
    with gr.Tabs():
        for spec in views.AGENTS:
            with gr.Tab(spec.title(), id=f"spec-{spec}"):
                _specialist_panel(page, spec)
    with gr.Accordion("Other expert evidence (not cited in a report)", open=False):
        page.other_gallery = gr.Gallery(columns=3, height=240, interactive=False, format="png")
        page.other_evidence = gr.HTML()


def _specialist_panel(page: Page, spec: str) -> None:
    with gr.Row():
        page.reports[spec] = gr.HTML(views.report_html(None, spec), elem_id=f"report-{spec}")
        with gr.Column():
            page.galleries[spec] = gr.Gallery(label=f"{spec.title()} evidence overlays", columns=2, height=420,
                                              object_fit="contain", interactive=False, elem_id=f"gallery-{spec}",
                                              format="png")
            page.evidence[spec] = gr.HTML(elem_id=f"evidence-{spec}")


def _signoff_tab(page: Page) -> None:
    page.signoff = gr.HTML(views.signoff_html(None), elem_id="signoff-status")
    with gr.Row():
        page.decision = gr.Radio(label="Decision", choices=list(DECISIONS), value="Approve", elem_id="decision")
        page.clinician = gr.Textbox(label="Clinician (name, role)", elem_id="clinician")
    page.comment = gr.Textbox(label="Comment", lines=2, elem_id="comment")
    page.edited = gr.Textbox(label="Edited answer (needed for 'Approve with edits')", lines=3, elem_id="edited-answer")
    page.sign_btn = gr.Button("Sign", variant="primary", interactive=False, elem_id="sign")
    page.sign_msg = gr.Markdown(elem_id="sign-msg")
    page.exports = gr.File(label="Signed opinion: Markdown, JSON, FHIR R4 DiagnosticReport", file_count="multiple",
                           interactive=False, elem_id="exports")
