"""The case-review web app: a thin Gradio shell over :class:`~consilium.orchestration.api.Consilium`.

Pick or write a case, run the review and watch each node live, read every specialist's report beside
its expert evidence, read the consensus, sign it as the responsible clinician, export it, and reopen
any stored review by id. All review logic lives behind the Python API; this module only wires
inputs to API calls and results to views.
"""

from __future__ import annotations

import os
import queue
import threading
import uuid
from pathlib import Path
from typing import Any

import gradio as gr
from pydantic import ValidationError

from consilium.orchestration.api import Consilium, ReviewResult
from consilium.orchestration.case.model import Case
from consilium.orchestration.case.io import load_cases
from consilium.orchestration.settings import Settings, load_settings
from consilium.ui import board as board_view
from consilium.ui import views
from consilium.ui.auth import check_binding
from consilium.ui.case_form import LAB_HEADERS, SEXES, VITALS, FormError, build_case, case_to_form, empty_form, on_record
from consilium.ui.export import write_exports
from consilium.ui.style import CSS, theme
from consilium.ui.uploads import IMAGING_MODALITIES, check_file, describe, safe_name

DEFAULT_SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
DECISIONS = {"Approve": "approved", "Approve with edits": "edited", "Reject": "rejected"}
FORM_KEYS = ["id", "title", "age", "sex", "presenting_complaint", "history", "past_medical_history", "medications",
             "examination", *[name for name, _ in VITALS], "question", "labs"]


def scenario_choices(scenarios_dir: Path) -> list[tuple[str, str]]:
    """(label, "file#index") for every case in the scenario folder that loads."""
    choices = []
    for path in sorted(scenarios_dir.glob("*.y*ml")) + sorted(scenarios_dir.glob("*.json")):
        for i, case in enumerate(load_cases(path).cases):
            choices.append((f"{case.title or case.id}  ·  {path.name}", f"{path.name}#{i}"))
    return choices


def _checked(files: list[str] | None, *, pathology: bool) -> list:
    return [check_file(f, pathology=pathology) for f in (files or [])]


def build_app(consilium: Consilium, *, scenarios_dir: str | Path = DEFAULT_SCENARIOS) -> gr.Blocks:
    """The app's page for one :class:`Consilium` (which must pause every review for sign-off)."""
    if not consilium.require_signoff:
        raise ValueError("the web app needs Consilium(require_signoff=True): every opinion is signed by a clinician")
    scenarios_dir = Path(scenarios_dir)
    home = consilium.settings.home

    with gr.Blocks(title="Consilium case review", analytics_enabled=False) as app:
        gr.HTML('<div class="cs-header"><h1>Consilium · multidisciplinary case review</h1>'
                '<p class="cs-banner">Decision support for the responsible clinician: every opinion shows its '
                "evidence and limits, and is final only once you sign it. Patient data stays on this machine "
                "unless a model endpoint elsewhere is configured.</p></div>")
        with gr.Row():
            stored = gr.Dropdown(label="Stored reviews", choices=[], scale=2, elem_id="stored-reviews")
            open_id = gr.Textbox(label="Review id", placeholder="paste a review id", scale=2, elem_id="open-id")
            open_btn = gr.Button("Open review", scale=1, elem_id="open-review")
        open_msg = gr.Markdown(elem_id="open-msg")
        current = gr.State(None)
        base_case = gr.State(None)

        with gr.Tabs(selected="case") as tabs:
            with gr.Tab("1 · Case", id="case"):
                with gr.Row():
                    scenario = gr.Dropdown(label="Demo case from scenarios/", choices=scenario_choices(scenarios_dir),
                                           value=None, scale=3, elem_id="scenario")
                    load_btn = gr.Button("Load case", scale=1, elem_id="load-case")
                    new_btn = gr.Button("New blank case", scale=1)
                case_msg = gr.Markdown(elem_id="case-msg")
                with gr.Row():
                    with gr.Column(scale=3):
                        with gr.Row():
                            f_id = gr.Textbox(label="Case id", elem_id="case-id", scale=2)
                            f_title = gr.Textbox(label="Title", scale=3)
                            f_age = gr.Number(label="Age (years)", value=None, minimum=0, maximum=130, scale=1)
                            f_sex = gr.Dropdown(label="Sex", choices=SEXES, value="unknown", scale=1)
                        f_pc = gr.Textbox(label="Presenting complaint", elem_id="presenting-complaint")
                        f_hist = gr.Textbox(label="History", lines=5, elem_id="history")
                        with gr.Row():
                            f_pmh = gr.Textbox(label="Past medical history", lines=2)
                            f_meds = gr.Textbox(label="Medications (one per line)", lines=2)
                        f_exam = gr.Textbox(label="Examination (one 'site: finding' per line)", lines=3)
                        with gr.Row():
                            f_vitals = [gr.Number(label=label, value=None, min_width=90, elem_id=f"vital-{name}") for name, label in VITALS]
                        f_q = gr.Textbox(label="Question for the team", elem_id="question")
                        f_labs = gr.Dataframe(headers=LAB_HEADERS, datatype=["str", "str", "str", "str", "str"],
                                              column_count=len(LAB_HEADERS), row_count=1, type="array", interactive=True,
                                              label="Laboratory results (add rows with the + button)", elem_id="labs")
                    with gr.Column(scale=2):
                        record = gr.Markdown(on_record(None), elem_id="on-record")
                        img_files = gr.File(label="Imaging: DICOM, zipped DICOM series, NIfTI, PNG/JPEG",
                                            file_count="multiple", elem_id="imaging-upload")
                        img_msg = gr.Markdown(elem_id="imaging-msg")
                        with gr.Row():
                            modality = gr.Dropdown(label="Modality (when the file does not state it)",
                                                   choices=IMAGING_MODALITIES, value="auto")
                            body_part = gr.Textbox(label="Body part", placeholder="e.g. chest")
                        path_files = gr.File(label="Pathology images: PNG, JPEG, TIFF", file_count="multiple",
                                             elem_id="pathology-upload")
                        path_msg = gr.Markdown(elem_id="pathology-msg")
                        site = gr.Textbox(label="Specimen site", placeholder="e.g. right upper lobe core biopsy")
                run_btn = gr.Button("Run review", variant="primary", size="lg", elem_id="run-review")

            with gr.Tab("2 · Live review", id="live"):
                with gr.Row():
                    board = gr.HTML(board_view.NodeBoard().html(), elem_id="board")
                    plan_img = gr.Image(label="GP plan: task graph (green done · amber running · red failed · blue planned)", type="pil", interactive=False, elem_id="plan-graph",
                                        buttons=["fullscreen"], format="png")
                plan_html = gr.HTML(board_view.plan_table(None), elem_id="plan-table")

            with gr.Tab("3 · Specialists", id="specialists"):
                reports, galleries, evidence = {}, {}, {}
                with gr.Tabs():
                    for spec in views.AGENTS:
                        with gr.Tab(spec.title(), id=f"spec-{spec}"):
                            with gr.Row():
                                reports[spec] = gr.HTML(views.report_html(None, spec), elem_id=f"report-{spec}")
                                with gr.Column():
                                    galleries[spec] = gr.Gallery(label=f"{spec.title()} evidence overlays", columns=2,
                                                                 height=420, object_fit="contain", interactive=False,
                                                                 elem_id=f"gallery-{spec}", format="png")
                                    evidence[spec] = gr.HTML(elem_id=f"evidence-{spec}")
                with gr.Accordion("Other expert evidence (not cited in a report)", open=False):
                    other_gallery = gr.Gallery(columns=3, height=240, interactive=False, format="png")
                    other_evidence = gr.HTML()

            with gr.Tab("4 · Consensus", id="consensus"):
                consensus = gr.HTML(views.consensus_html(None), elem_id="consensus")

            with gr.Tab("5 · Sign-off & export", id="signoff"):
                signoff = gr.HTML(views.signoff_html(None), elem_id="signoff-status")
                with gr.Row():
                    decision = gr.Radio(label="Decision", choices=list(DECISIONS), value="Approve", elem_id="decision")
                    clinician = gr.Textbox(label="Clinician (name, role)", elem_id="clinician")
                comment = gr.Textbox(label="Comment", lines=2, elem_id="comment")
                edited = gr.Textbox(label="Edited answer (needed for 'Approve with edits')", lines=3, elem_id="edited-answer")
                sign_btn = gr.Button("Sign", variant="primary", interactive=False, elem_id="sign")
                sign_msg = gr.Markdown(elem_id="sign-msg")
                exports = gr.File(label="Signed opinion: Markdown, JSON, FHIR R4 DiagnosticReport", file_count="multiple",
                                  interactive=False, elem_id="exports")

        form = [f_id, f_title, f_age, f_sex, f_pc, f_hist, f_pmh, f_meds, f_exam, *f_vitals, f_q, f_labs]
        result_outputs = [board, plan_img, plan_html, *reports.values(), *galleries.values(), *evidence.values(),
                          other_gallery, other_evidence, consensus, signoff, exports, sign_btn]

        def show(result: ReviewResult | None, live: board_view.NodeBoard | None = None) -> dict:
            """Every result view for one review."""
            b = live or (board_view.NodeBoard.from_result(result) if result else board_view.NodeBoard())
            out: dict[Any, Any] = {board: b.html(), plan_img: board_view.plan_picture(b.plan, b.status),
                                   plan_html: board_view.plan_table(b.plan), consensus: views.consensus_html(result),
                                   signoff: views.signoff_html(result), exports: None,
                                   sign_btn: gr.update(interactive=bool(result and result.awaiting_signoff))}
            for spec in views.AGENTS:
                ev = views.evidence_for(result, spec) if result else []
                out[reports[spec]] = views.report_html(result, spec)
                out[galleries[spec]] = views.overlays(ev)
                out[evidence[spec]] = views.evidence_html(ev) if result else ""
            other = views.unattached_evidence(result) if result else []
            out[other_gallery], out[other_evidence] = views.overlays(other), (views.evidence_html(other) if other else "")
            if result is not None and result.signoff:  # only a signed opinion is exported
                out[exports] = [str(p) for p in write_exports(result, home / "exports" / safe_name(result.review_id))]
            return out

        def stored_update(selected: str | None = None) -> dict:
            return gr.update(choices=consilium.list_reviews(), value=selected)

        def load_scenario(choice: str | None):
            if not choice:
                return {case_msg: "Choose a demo case first."}
            name, _, index = choice.partition("#")
            loaded = load_cases(scenarios_dir / safe_name(name))
            if loaded.errors or not loaded.cases:
                return {case_msg: "Cannot load the case: " + views.md_text("; ".join(str(e) for e in loaded.errors))}
            case = loaded.cases[int(index or 0)]
            values = case_to_form(case)
            return {**dict(zip(form, [values[k] for k in FORM_KEYS], strict=True)), base_case: case.model_dump(mode="json"),
                    record: on_record(case), case_msg: f"Loaded **{case.title or case.id}** from `{safe_name(name)}`."}

        def new_case():
            values = empty_form()
            return {**dict(zip(form, [values[k] for k in FORM_KEYS], strict=True)), base_case: None,
                    record: on_record(None), case_msg: "New case: type the history, add labs and files, then run."}

        def run(*args):
            values = dict(zip(FORM_KEYS, args[:len(form)], strict=True))
            base, imgs, paths, mod, part, spec_site = args[len(form):]
            suffix = uuid.uuid4().hex[:8]
            upload_dir = home / "uploads" / f"{safe_name(str(values.get('id') or 'case'))}-{suffix}"
            img_checks, path_checks = _checked(imgs, pathology=False), _checked(paths, pathology=True)
            try:
                case = build_case(values, Case.model_validate(base) if base else None, imaging=img_checks,
                                  pathology=path_checks, modality=mod, body_part=part, site=spec_site,
                                  upload_dir=upload_dir)
            except (FormError, ValidationError) as exc:
                yield {case_msg: f'<span class="cs-msg-error">Cannot run the review: {views.md_text(exc)}</span>'}
                return
            review_id = f"{case.id}-{suffix}"
            live = board_view.NodeBoard(review_id)
            events: queue.Queue = queue.Queue()
            outcome: dict[str, Any] = {}

            def on_event(node: str, kind: str, info: dict) -> None:
                live.on_event(node, kind, info)
                events.put(node)

            def work() -> None:
                try:
                    outcome["result"] = consilium.review(case, review_id=review_id, on_event=on_event)
                except Exception as exc:  # noqa: BLE001 - shown on the page; the review id stays reopenable
                    outcome["error"] = f"{type(exc).__name__}: {exc}"
                finally:
                    events.put(None)

            skipped = sum(not c.ok for c in img_checks + path_checks)
            note = f" {skipped} unreadable upload(s) were left out." if skipped else ""
            yield {**show(None, live), tabs: gr.Tabs(selected="live"), current: review_id, open_id: review_id,
                   case_msg: f"Review `{review_id}` started.{note}", open_msg: ""}
            worker = threading.Thread(target=work, name=f"review-{review_id}", daemon=True)
            worker.start()
            while True:
                try:
                    item = events.get(timeout=0.5)
                except queue.Empty:
                    item = ""
                if item is None:
                    break
                update = {board: live.html()}
                if live.plan is not None and item:  # a node changed: redraw the task graph in its colours
                    update.update({plan_img: board_view.plan_picture(live.plan, live.status),
                                   plan_html: board_view.plan_table(live.plan)})
                yield update
            worker.join()
            result = outcome.get("result") or consilium.get(review_id)
            if result is not None:
                live.finish(result)
            if "error" in outcome:
                live.note = f"The review stopped: {outcome['error']}"
            yield {**show(result, live), stored: stored_update(review_id)}

        def open_review(review_id: str):
            review_id = (review_id or "").strip()
            result = consilium.get(review_id) if review_id else None
            if result is None:
                return {open_msg: f'<span class="cs-msg-error">No stored review with id "{safe_name(review_id, default="")}".</span>'}
            return {**show(result), current: review_id, open_msg: f"Opened review `{review_id}` (case `{result.case_id}`).",
                    tabs: gr.Tabs(selected="consensus" if result.signoff else "signoff" if result.awaiting_signoff else "live")}

        def sign(review_id: str | None, choice: str, name: str, note: str, edited_text: str):
            if not review_id:
                return {sign_msg: '<span class="cs-msg-error">Run or open a review first.</span>'}
            try:
                result = consilium.sign(review_id, {"decision": DECISIONS.get(choice, "approved"), "clinician": name or "",
                                                    "comment": note or "", "edited_answer": edited_text or None})
            except ValidationError as exc:
                field = ".".join(str(x) for x in exc.errors()[0]["loc"])
                msg = "enter the clinician's name" if field == "clinician" else views.md_text(f"{field}: {exc.errors()[0]['msg']}")
                return {sign_msg: f'<span class="cs-msg-error">Not signed: {msg}.</span>'}
            except (ValueError, KeyError) as exc:
                return {sign_msg: f'<span class="cs-msg-error">Not signed: {views.md_text(str(exc).strip(chr(39)))}.</span>'}
            return {**show(result), sign_msg: f"Signed: **{choice}** by {result.signoff['clinician']}."}

        load_btn.click(load_scenario, scenario, [*form, base_case, record, case_msg])
        scenario.change(load_scenario, scenario, [*form, base_case, record, case_msg])
        new_btn.click(new_case, None, [*form, base_case, record, case_msg])
        img_files.change(lambda f: describe(_checked(f, pathology=False)), img_files, img_msg)
        path_files.change(lambda f: describe(_checked(f, pathology=True)), path_files, path_msg)
        run_btn.click(run, [*form, base_case, img_files, path_files, modality, body_part, site],
                      [*result_outputs, tabs, current, open_id, case_msg, open_msg, stored], concurrency_limit=2)
        stored.change(lambda v: v or gr.skip(), stored, open_id)
        open_btn.click(open_review, open_id, [*result_outputs, current, open_msg, tabs])
        open_id.submit(open_review, open_id, [*result_outputs, current, open_msg, tabs])
        sign_btn.click(sign, [current, decision, clinician, comment, edited], [*result_outputs, sign_msg])
        app.load(lambda: stored_update(), None, stored)
    return app


def launch(host: str = "127.0.0.1", port: int = 7860, auth: Any = None, *, consilium: Consilium | None = None,
           settings: Settings | None = None, scenarios_dir: str | Path = DEFAULT_SCENARIOS, block: bool = True,
           quiet: bool = False) -> tuple[gr.Blocks, str]:
    """Serve the app; any address other than loopback needs ``auth`` (a Gradio login check or user list).

    Gradio's upload cache goes under the Consilium home, so uploaded patient files stay with the rest
    of its data. Returns the app and its local URL (useful with ``block=False``).
    """
    check_binding(host, auth)
    if consilium is None:
        consilium = Consilium(settings or load_settings(), require_signoff=True)
    home = consilium.settings.home
    os.environ.setdefault("GRADIO_TEMP_DIR", str(home / "ui-cache"))
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no version check or telemetry calls out
    for sub in ("evidence", "exports"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    app = build_app(consilium, scenarios_dir=scenarios_dir)
    app.queue(default_concurrency_limit=4)
    _, url, _ = app.launch(server_name=host, server_port=port, auth=auth, prevent_thread_lock=not block, quiet=quiet,
                           allowed_paths=[str(home / "evidence"), str(home / "exports")], ssr_mode=False,
                           footer_links=[], max_file_size="2gb", theme=theme(), css=CSS, show_error=False,
                           auth_message="Consilium: sign in as a registered clinician.")
    return app, url
