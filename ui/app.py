"""The case-review web app: a thin Gradio shell over :class:`consilium.orchestration.Consilium`.

Pick or write a case, run the review and watch each node live, read every specialist's report beside
its expert evidence, read the consensus, sign it as the responsible clinician, export it, and reopen
any stored review by id. The page is laid out in :mod:`consilium.ui.layout`; here each handler turns
inputs into one call of the public API and its answer into views. Running the review, its event stream
and the node board's state all live behind the API.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr
from pydantic import ValidationError

from consilium.orchestration import (Case, ConfigError, Consilium, InputError, ReviewBoard, ReviewResult, Settings,
                                     demo_scenarios, load_cases, load_settings)
from consilium.ui import views
from consilium.ui.auth import check_binding
from consilium.ui.board import board_html, plan_picture, plan_table
from consilium.ui.case_form import FormError, build_case, case_to_form, empty_form, on_record
from consilium.ui.export import write_exports
from consilium.ui.layout import DECISIONS, FORM_KEYS, Page, build_page
from consilium.ui.style import CSS, theme
from consilium.ui.uploads import check_file, describe, safe_name

LIVE_TICK_S = 0.5  # how often the board's running clocks are redrawn while no node changes


def scenario_choices(scenarios_dir: Path) -> list[tuple[str, str]]:
    """(label, "file#index") for every case in the scenario folder that loads."""
    choices = []
    for path in sorted(scenarios_dir.glob("*.y*ml")) + sorted(scenarios_dir.glob("*.json")):
        for i, case in enumerate(load_cases(path).cases):
            choices.append((f"{case.title or case.id}  ·  {path.name}", f"{path.name}#{i}"))
    return choices


def _checked(files: list[str] | None, *, pathology: bool) -> list:
    return [check_file(f, pathology=pathology) for f in (files or [])]


def _where(problem: object) -> str:
    """A load problem without the uploaded file's path (the line, if any, and the message)."""
    line, message = getattr(problem, "line", None), getattr(problem, "message", str(problem))
    return f"line {line}: {message}" if line else message


def _error(text: object) -> str:
    return f'<span class="cs-msg-error">{text}</span>'


class ReviewHandlers:
    """The page's event handlers, each a function of its inputs returning updates for named components."""

    def __init__(self, consilium: Consilium, page: Page, scenarios_dir: Path) -> None:
        self.consilium, self.page, self.scenarios_dir = consilium, page, scenarios_dir
        self.home = consilium.settings.home

    def views_for(self, result: ReviewResult | None, board: ReviewBoard | None = None) -> dict[Any, Any]:
        """Every result view for one review (the live board when there is one)."""
        p = self.page
        board = board or (ReviewBoard.from_result(result) if result else ReviewBoard())
        out: dict[Any, Any] = {p.board: board_html(board), p.plan_img: plan_picture(board.plan, board.status),
                               p.plan_html: plan_table(board.plan), p.consensus: views.consensus_html(result),
                               p.signoff: views.signoff_html(result), p.exports: None,
                               p.sign_btn: gr.update(interactive=bool(result and result.awaiting_signoff))}
        for spec in views.AGENTS:
            evidence = views.evidence_for(result, spec) if result else []
            out[p.reports[spec]] = views.report_html(result, spec)
            out[p.galleries[spec]] = views.overlays(evidence)
            out[p.evidence[spec]] = views.evidence_html(evidence) if result else ""
        other = views.unattached_evidence(result) if result else []
        out[p.other_gallery], out[p.other_evidence] = views.overlays(other), (views.evidence_html(other) if other else "")
        if result is not None and result.signoff:  # only a signed opinion is exported
            out[p.exports] = [str(f) for f in write_exports(result, self.home / "exports" / safe_name(result.review_id),
                                                             consilium=self.consilium)]
        return out

    def stored_update(self, selected: str | None = None) -> dict:
        return gr.update(choices=self.consilium.list_reviews(), value=selected)

    def _form_update(self, values: dict[str, Any]) -> dict[Any, Any]:
        return dict(zip(self.page.form, [values[k] for k in FORM_KEYS], strict=True))

    def load_scenario(self, choice: str | None) -> dict[Any, Any]:
        p = self.page
        if not choice:
            return {p.case_msg: "Choose a demo case first."}
        name, _, index = choice.partition("#")
        loaded = load_cases(self.scenarios_dir / safe_name(name))
        if loaded.errors or not loaded.cases:
            return {p.case_msg: "Cannot load the case: " + views.md_text("; ".join(str(e) for e in loaded.errors))}
        case = loaded.cases[int(index or 0)]
        return {**self._form_update(case_to_form(case)), p.base_case: case.model_dump(mode="json"),
                p.record: on_record(case), p.case_msg: f"Loaded **{case.title or case.id}** from `{safe_name(name)}`."}

    def open_case_file(self, upload: Any) -> dict[Any, Any]:
        """A case file the clinician uploads: Consilium's YAML/JSON, or a FHIR Bundle, whose notices (resources
        not used, references that do not resolve) are listed. Neither the messages nor the case id carry the
        file's name or path: an upload is often named after the patient."""
        p = self.page
        if upload is None:
            return {p.case_msg: "Choose a case file first."}
        source = Path(getattr(upload, "name", upload))
        with tempfile.TemporaryDirectory(prefix="consilium-upload-") as folder:  # the case id must not be the file's name
            staged = Path(folder) / f"uploaded-case{source.suffix.lower()}"
            shutil.copyfile(source, staged)
            loaded = load_cases(staged)
        if loaded.errors or not loaded.cases:
            problems = "; ".join(_where(e) for e in loaded.errors) or "the file holds no case"
            return {p.case_msg: "Cannot load the case: " + views.md_text(problems)}
        case = loaded.cases[0]
        more = f" (the first of its {len(loaded.cases)} cases)" if len(loaded.cases) > 1 else ""
        notes = "".join(f"\n- {views.md_text(_where(n))}" for n in loaded.notices)
        return {**self._form_update(case_to_form(case)), p.base_case: case.model_dump(mode="json"),
                p.record: on_record(case), p.case_msg: f"Loaded **{case.title or case.id}**{more} from the uploaded file.{notes}"}

    def new_case(self) -> dict[Any, Any]:
        p = self.page
        return {**self._form_update(empty_form()), p.base_case: None, p.record: on_record(None),
                p.case_msg: "New case: type the history, add labs and files, then run."}

    def _case_from(self, args: tuple) -> tuple[Case | None, str]:
        """The case the form describes, with a note on left-out uploads; or None and what to fix."""
        n = len(self.page.form)
        values = dict(zip(FORM_KEYS, args[:n], strict=True))
        base, imgs, paths, modality, body_part, site, study_uid, series_uid = args[n:]
        # each run copies its uploads into a folder of its own
        # (named by a random token: the case id may be the patient's name)
        upload_dir = self.home / "uploads" / f"upload-{uuid.uuid4().hex[:16]}"
        img_checks, path_checks = _checked(imgs, pathology=False), _checked(paths, pathology=True)
        try:
            case = build_case(values, Case.model_validate(base) if base else None, imaging=img_checks,
                              pathology=path_checks, modality=modality, body_part=body_part, site=site,
                              upload_dir=upload_dir, study_uid=study_uid, series_uid=series_uid)
        except (FormError, ValidationError) as exc:
            return None, _error(f"Cannot run the review: {views.md_text(exc)}")
        skipped = sum(not c.ok for c in img_checks + path_checks)
        return case, (f" {skipped} unreadable upload(s) were left out." if skipped else "")

    def run(self, *args: Any) -> Iterator[dict[Any, Any]]:
        """Start a review of the form's case and redraw the board as it goes; then show the result."""
        p = self.page
        case, note = self._case_from(args)
        if case is None:
            yield {p.case_msg: note}
            return
        board = ReviewBoard(self.consilium.new_review_id(case))
        yield {**self.views_for(None, board), p.tabs: gr.Tabs(selected="live"), p.current: board.review_id,
               p.open_id: board.review_id, p.case_msg: f"Review `{board.review_id}` started.{note}", p.open_msg: ""}
        result = yield from self._follow(case, board)
        if result is not None and not board.finished:
            board.finish(result)
        # The page now shows this review's opinion: the sign-off goes to it too, also when another review was
        # opened while this one ran (otherwise Sign would sign that one with this one on the screen).
        yield {**self.views_for(result, board), p.stored: self.stored_update(board.review_id),
               p.current: board.review_id, p.open_id: board.review_id}

    def _follow(self, case: Case, board: ReviewBoard) -> Iterator[dict[Any, Any]]:
        """Board updates while the review runs; returns its result (from the store if the run stopped)."""
        p, result = self.page, None
        try:
            for event in self.consilium.stream_live(case, review_id=board.review_id, tick_s=LIVE_TICK_S):
                update = {}
                if event is not None:
                    board.apply(event)
                    result = event.result or result
                    if board.plan is not None and event.kind != "evidence":  # a node changed: redraw the task graph
                        update = {p.plan_img: plan_picture(board.plan, board.status), p.plan_html: plan_table(board.plan)}
                yield {p.board: board_html(board), **update}
        except Exception as exc:  # noqa: BLE001 - shown on the page; the review id stays reopenable
            board.note = f"The review stopped: {type(exc).__name__}: {exc}"
        return result or self.consilium.get(board.review_id)

    def open_review(self, review_id: str) -> dict[Any, Any]:
        p = self.page
        review_id = (review_id or "").strip()
        try:
            result = self.consilium.get(review_id) if review_id else None
        except ConfigError as exc:  # made under another deid_secret: its details cannot be restored
            return {p.open_msg: _error(views.md_text(str(exc)))}
        if result is None and review_id and self.consilium.is_running(review_id):
            return {p.open_msg: f"Review `{review_id}` is running; it is stored when it ends or pauses for sign-off."}
        if result is None:
            return {p.open_msg: _error(f'No stored review with id "{safe_name(review_id, default="")}".')}
        tab = "consensus" if result.signoff else "signoff" if result.awaiting_signoff else "live"
        opened = f"Opened review `{review_id}` (case `{result.case_id}`)."
        if self.consilium.is_running(review_id):
            opened += " It is running: what is shown is what it has done so far."
        elif not (result.complete or result.awaiting_signoff):  # its process stopped mid-way: not the last word
            opened += (" Its run stopped before its end: what is shown is partial and cannot be signed; "
                       f"`consilium resume {review_id}` goes on from its last checkpoint.")
        return {**self.views_for(result), p.current: review_id, p.tabs: gr.Tabs(selected=tab), p.open_msg: opened}

    def sign(self, review_id: str | None, choice: str, name: str, note: str, edited_text: str) -> dict[Any, Any]:
        p = self.page
        if not review_id:
            return {p.sign_msg: _error("Run or open a review first.")}
        decision = {"decision": DECISIONS.get(choice, "approved"), "clinician": name or "", "comment": note or "",
                    "edited_answer": edited_text or None}
        try:
            result = self.consilium.sign(review_id, decision)
        except ValidationError as exc:
            field = ".".join(str(x) for x in exc.errors()[0]["loc"])
            msg = "enter the clinician's name" if field == "clinician" else views.md_text(f"{field}: {exc.errors()[0]['msg']}")
            return {p.sign_msg: _error(f"Not signed: {msg}.")}
        except (ValueError, KeyError, InputError, ConfigError) as exc:  # InputError: a sign-off is being recorded
            return {p.sign_msg: _error(f"Not signed: {views.md_text(str(exc).strip(chr(39)))}.")}
        return {**self.views_for(result), p.sign_msg: f"Signed: **{choice}** by {result.signoff['clinician']}."}


def _wire(app: gr.Blocks, p: Page, h: ReviewHandlers) -> None:
    """Connect each control to its handler."""
    case_outputs = [*p.form, p.base_case, p.record, p.case_msg]
    p.load_btn.click(h.load_scenario, p.scenario, case_outputs)
    p.scenario.change(h.load_scenario, p.scenario, case_outputs)
    p.case_file.upload(h.open_case_file, p.case_file, case_outputs)
    p.new_btn.click(h.new_case, None, case_outputs)
    p.img_files.change(lambda f: describe(_checked(f, pathology=False)), p.img_files, p.img_msg)
    p.path_files.change(lambda f: describe(_checked(f, pathology=True)), p.path_files, p.path_msg)
    p.run_btn.click(h.run, [*p.form, p.base_case, p.img_files, p.path_files, p.modality, p.body_part, p.site,
                            p.study_uid, p.series_uid],
                    [*p.result_views, p.tabs, p.current, p.open_id, p.case_msg, p.open_msg, p.stored],
                    concurrency_limit=2)
    p.stored.change(lambda v: v or gr.skip(), p.stored, p.open_id)
    open_outputs = [*p.result_views, p.current, p.open_msg, p.tabs]
    p.open_btn.click(h.open_review, p.open_id, open_outputs)
    p.open_id.submit(h.open_review, p.open_id, open_outputs)
    p.sign_btn.click(h.sign, [p.current, p.decision, p.clinician, p.comment, p.edited], [*p.result_views, p.sign_msg])
    app.load(lambda: h.stored_update(), None, p.stored)


def build_app(consilium: Consilium, *, scenarios_dir: str | Path | None = None) -> gr.Blocks:
    """The app's page for one :class:`Consilium` (which must pause every review for sign-off); the demo cases
    come from ``scenarios_dir``, the packaged ones by default."""
    if not consilium.require_signoff:
        raise ValueError("the web app needs Consilium(require_signoff=True): every opinion is signed by a clinician")
    scenarios = Path(scenarios_dir) if scenarios_dir else demo_scenarios()
    with gr.Blocks(title="Consilium case review", analytics_enabled=False) as app:
        page = build_page(scenario_choices(scenarios))
        _wire(app, page, ReviewHandlers(consilium, page, scenarios))
    return app


def launch(host: str = "127.0.0.1", port: int = 7860, auth: Any = None, *, consilium: Consilium | None = None,
           settings: Settings | None = None, scenarios_dir: str | Path | None = None, block: bool = True,
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
