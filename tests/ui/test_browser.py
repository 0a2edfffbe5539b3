"""The web app in a real browser: pick a case, upload files, run it live, read the evidence, sign,
export, reopen after a reload and after a restart of the app."""

from __future__ import annotations

import base64
import json
import re
import time
from pathlib import Path

import pytest
from pydicom.data import get_testdata_file

from tests.ui.conftest import ARTIFACTS

pytestmark = pytest.mark.timeout(180)
NODES = ("triage", "radiology", "pathology", "surgery", "consensus", "answer")


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def tab(page, label: str) -> None:
    page.get_by_role("tab", name=label, exact=True).click()


def statuses(page) -> dict[str, str]:
    return page.eval_on_selector_all("#board tr[data-node]",
                                     "rows => Object.fromEntries(rows.map(r => [r.dataset.node, r.dataset.status]))")


def pick_case(page, file_name: str) -> None:
    page.locator("#scenario input").click()
    page.get_by_role("option", name=re.compile(re.escape(file_name))).click()


def test_review_sign_export_reopen(browser, page, start_app, tmp_path: Path) -> None:
    from fhir.resources.R4B.diagnosticreport import DiagnosticReport

    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(("http://127.0.0.1", "data:", "blob:")) else None)
    first = start_app()
    page.goto(first.url)

    # --- the case: a demo scenario, plus uploads (one refused, one accepted); nothing typed is lost
    pick_case(page, "demo_lung_nodule_ct.yaml")
    page.wait_for_function("document.querySelector('#case-id input, #case-id textarea').value === 'demo-lung-nodule-ct'")
    assert "Haemoglobin" in page.locator("#labs").inner_text()
    assert "ct1" in page.locator("#on-record").inner_text()
    page.locator("#history textarea").fill("Two months of dry cough; typed in the browser test.")
    junk = tmp_path / "notes.txt"
    junk.write_text("this is not an image")
    page.locator("#imaging-upload input[type=file]").set_input_files(
        [str(junk), get_testdata_file("CT_small.dcm")])
    msg = page.locator("#imaging-msg")
    msg.get_by_text("not accepted").wait_for()
    assert "notes.txt" in msg.inner_text() and "DICOM CT 128×128" in msg.inner_text()
    assert page.locator("#history textarea").input_value().endswith("typed in the browser test.")
    shot(page, "01_case")

    # --- run it and watch every node live
    page.locator("#run-review").click()
    seen: set[tuple[str, str]] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        seen |= set(statuses(page).items())
        if page.locator("#board [data-state=finished]").count():
            break
        time.sleep(0.05)
    final = statuses(page)
    assert all(final[n] == "done" for n in NODES), final
    assert final["signoff"] == "awaiting"
    assert {n for n, s in seen if s == "running"} & set(NODES), f"no node was ever seen running: {seen}"
    review_id = page.locator("#open-id input, #open-id textarea").input_value()
    assert review_id.startswith("r-") and "lung" not in review_id  # opaque: nothing of the case in it
    page.locator("#plan-graph img").wait_for()
    assert "waits for" in page.locator("#plan-table").inner_text()
    shot(page, "02_live_review")

    # --- a specialist's report beside its evidence; open an overlay
    tab(page, "3 · Specialists")
    report = page.locator("#report-radiology")
    assert "scripted" in report.inner_text()  # model id
    ev = page.locator("#evidence-radiology").inner_text()
    assert "ct_quant:ct1" in ev and "ct_quant:upload-img1" in ev and "emphysema" in ev
    gallery = page.locator("#gallery-radiology")
    thumbs = gallery.locator("button.thumbnail-item, .thumbnail-item")
    thumbs.first.wait_for()
    assert thumbs.count() >= 2
    thumbs.first.click()
    preview = gallery.locator(".preview img, img.preview, [data-testid=detailed-image]").first
    preview.wait_for()
    assert page.evaluate("img => img.naturalWidth", preview.element_handle()) > 100
    shot(page, "03_specialist_overlay")
    page.get_by_role("tab", name="Pathology", exact=True).click()
    assert "ihc_quant:core1" in page.locator("#evidence-pathology").inner_text()

    # --- the consensus
    tab(page, "4 · Opinion")
    cons = page.locator("#consensus")
    cons.locator("tr[data-rank]").first.wait_for()  # drawn just after the board shows the review finished
    assert cons.locator("tr[data-rank]").count() >= 3
    text = cons.inner_text()
    for expected in ("Ranked differential", "Next steps", "Overall confidence", "Red-flag screen", "Verification",
                     "doi:", "Not a final diagnosis"):
        assert expected in text, expected
    shot(page, "04_consensus")

    # --- sign: the name is required; then approve with an edit
    tab(page, "5 · Sign-off & export")
    assert page.locator("#signoff-status [data-decision=awaiting]").count() == 1
    page.locator("#sign").click()
    page.locator("#sign-msg").get_by_text("enter the clinician's name").wait_for()
    page.get_by_role("radio", name="Approve with edits").check()
    page.locator("#clinician input, #clinician textarea").fill("Dr Ada Test, respiratory consultant")
    page.locator("#comment textarea").fill("Agree; MDT to confirm staging.")
    page.locator("#edited-answer textarea").fill("Probable lung adenocarcinoma; stage with PET-CT before resection.")
    page.locator("#sign").click()
    page.locator("#signoff-status [data-decision=edited]").wait_for()
    assert "Dr Ada Test" in page.locator("#signoff-status").inner_text()
    stored = first.consilium.get(review_id)
    assert stored.signoff["decision"] == "edited" and stored.signoff["clinician"].startswith("Dr Ada Test")

    # --- export: four downloadable files with checked content
    links = page.locator("#exports a")
    links.nth(3).wait_for()
    downloads = {}
    for i in range(links.count()):
        with page.expect_download() as info:
            links.nth(i).click()
        dl = info.value
        data = Path(dl.path()).read_bytes()
        downloads[dl.suggested_filename] = data if dl.suggested_filename.endswith(".pdf") else data.decode("utf-8")
    shot(page, "05_signed_export")
    md = downloads[f"{review_id}.md"]
    assert md.startswith(f"# Consilium review {review_id}") and "## Ranked differential" in md
    assert "## Clinician sign-off" in md and "Dr Ada Test" in md and "stage with PET-CT" in md
    data = json.loads(downloads[f"{review_id}.json"])
    assert data["review_id"] == review_id and data["signoff"]["decision"] == "edited"
    assert data["opinion"]["differential"][0]["diagnosis"]
    bundle = json.loads(downloads[f"{review_id}.fhir.json"])
    assert bundle["resourceType"] == "Bundle" and downloads[f"{review_id}.mdt.pdf"].startswith(b"%PDF-")
    fhir_json = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "DiagnosticReport")
    assert "## Clinician sign-off" in base64.b64decode(fhir_json["presentedForm"][0]["data"]).decode()
    fhir = DiagnosticReport.model_validate(fhir_json)  # fhir.resources validates the resource
    assert fhir.status == "final" and fhir.resultsInterpreter[0].display.startswith("Dr Ada Test")
    assert fhir.identifier[0].value == review_id and "PET-CT" in fhir.conclusion

    # --- uploads were stored under safe names; the refused file was not stored
    stored_files = [p.name for p in (first.consilium.settings.home / "uploads").rglob("*") if p.is_file()]
    assert stored_files == ["CT_small.dcm"], stored_files

    # --- reload the page and reopen the review by id
    page.reload()
    page.locator("#open-id input, #open-id textarea").fill(review_id)
    page.locator("#open-review").click()
    page.locator("#open-msg").get_by_text(f"Opened review {review_id}").wait_for()
    assert page.locator("#consensus tr[data-rank]").count() >= 3  # a signed review opens on its consensus
    tab(page, "5 · Sign-off & export")
    page.locator("#signoff-status [data-decision=edited]").wait_for()
    shot(page, "06_reopened_after_reload")

    # --- restart the app on the same store and reopen it there
    first.close()
    second = start_app()
    page.goto(second.url)
    page.locator("#open-id input, #open-id textarea").fill(review_id)
    page.locator("#open-review").click()
    page.locator("#open-msg").get_by_text(f"Opened review {review_id}").wait_for()
    tab(page, "5 · Sign-off & export")
    page.locator("#signoff-status [data-decision=edited]").wait_for()
    assert "Dr Ada Test" in page.locator("#signoff-status").inner_text()
    page.locator("#exports a").nth(2).wait_for()
    tab(page, "3 · Specialists")
    page.locator("#gallery-radiology .thumbnail-item").first.wait_for()
    shot(page, "07_reopened_after_restart")

    page.locator("#open-id input, #open-id textarea").fill("no-such-review")
    page.locator("#open-review").click()
    page.locator("#open-msg").get_by_text("No stored review").wait_for()
    assert outside == [], f"the page fetched from other hosts: {outside}"


def test_new_case_with_labs_and_uploads(browser, page, start_app) -> None:
    from skimage import data as skdata

    running = start_app()
    page.goto(running.url)
    page.get_by_role("button", name="New blank case").click()
    page.locator("#case-msg").get_by_text("New case").wait_for()
    page.locator("#case-id input, #case-id textarea").fill("bad id!")
    page.locator("#presenting-complaint input, #presenting-complaint textarea").fill("Fever and productive cough")
    page.locator("#history textarea").fill("Three days of fever, rigors and green sputum.")
    for name, value in {"temperature_c": "38.9", "heart_rate": "112", "respiratory_rate": "26", "systolic_bp": "96"}.items():
        page.locator(f"#vital-{name} input").fill(value)

    # labs typed into the table: one row, cell by cell
    for col, value in enumerate(["CRP", "182", "mg/L", "", "5"]):
        if not value:
            continue
        cell = page.locator(f"#labs [data-testid=cell-0-{col}]")
        cell.dblclick()
        page.wait_for_timeout(250)  # let the cell editor take focus: on a loaded machine a first keystroke was lost
        page.keyboard.type(value)
        page.keyboard.press("Enter")
    page.wait_for_timeout(300)

    # pathology: a real IHC image under a hostile name, and a file of the wrong kind
    ihc = Path(skdata.__file__).parent / "ihc.png"
    page.locator("#pathology-upload input[type=file]").set_input_files([
        {"name": "../../evil ihc.png", "mimeType": "image/png", "buffer": ihc.read_bytes()},
        {"name": "CT_small.dcm", "mimeType": "application/dicom",
         "buffer": Path(get_testdata_file("CT_small.dcm")).read_bytes()},
    ])
    msg = page.locator("#pathology-msg")
    msg.get_by_text("not accepted").wait_for()
    assert "PNG image 512×512" in msg.inner_text() and "PNG, JPEG or TIFF" in msg.inner_text()

    # an invalid case id: a clear message, and nothing typed is lost
    page.locator("#run-review").click()
    page.locator("#case-msg").get_by_text("Cannot run the review").wait_for()
    assert "field 'id'" in page.locator("#case-msg").inner_text()
    assert page.locator("#history textarea").input_value() == "Three days of fever, rigors and green sputum."
    assert "CRP" in page.locator("#labs").inner_text()
    shot(page, "08_new_case_error")

    page.locator("#case-id input, #case-id textarea").fill("browser-new-case")
    page.locator("#run-review").click()
    page.locator("#board [data-state=finished]").wait_for(timeout=60_000)
    review_id = page.locator("#open-id input, #open-id textarea").input_value()
    stored = running.consilium.get(review_id)
    assert stored.awaiting_signoff
    uploads = running.consilium.settings.home / "uploads"
    names = [p.relative_to(uploads).parts[-1] for p in uploads.rglob("*") if p.is_file()]
    assert len(names) == 1 and names[0].endswith("evil_ihc.png") and ".." not in names[0], names
    assert all(uploads in p.resolve().parents for p in uploads.rglob("*"))
    tab(page, "3 · Specialists")
    page.get_by_role("tab", name="Pathology", exact=True).click()
    assert "ihc_quant:upload-path1" in page.locator("#evidence-pathology").inner_text()
    page.locator("#gallery-pathology .thumbnail-item").first.wait_for()
    # the lab typed in the table reached the case the specialists read
    labs_ev = next(ev for ev in stored.evidence.values() if ev["expert"] == "lab_panel")
    assert any(m["name"] == "CRP" and m["value"] == 182 for m in labs_ev["measurements"]), labs_ev["measurements"]
    shot(page, "09_new_case_pathology")
    # the vitals typed in the form reach the deterministic red-flag screen, shown first in the consensus
    tab(page, "4 · Opinion")
    flags = page.locator("#consensus .cs-redflags")
    flags.wait_for()
    assert "Sepsis" in flags.inner_text() and stored.red_flags
    shot(page, "10_consensus_red_flags")
