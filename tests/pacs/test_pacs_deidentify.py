"""A study named by DICOM UIDs leaves no UID in the de-identified copies made for sharing (`consilium
deidentify`): the UIDs identify the patient's study on the hospital's PACS."""

from __future__ import annotations

import json
from pathlib import Path

from consilium.orchestration.cli import main as cli

STUDY, SERIES = "1.2.826.0.1.3680043.8.498.1948031294", "1.2.826.0.1.3680043.8.498.1948031294.7"


def test_the_shared_copy_drops_the_uids_and_counts_them(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps({
        "id": "pacs-1", "presenting_complaint": "Breathlessness",
        "imaging": [{"id": "ct1", "modality": "CT", "study_uid": STUDY, "series_uid": SERIES},
                    {"id": "cr1", "modality": "CR", "study_uid": STUDY, "report": "Clear lungs."}]}) + "\n")
    out = tmp_path / "shared.jsonl"
    assert cli.main(["deidentify", str(cases), "--out", str(out)]) == 0
    text = out.read_text()
    assert STUDY not in text and "1948031294" not in text
    (copy,) = [json.loads(line) for line in text.splitlines()]
    assert [s["id"] for s in copy["imaging"]] == ["ct1", "cr1"] and copy["imaging"][1]["report"] == "Clear lungs."
    removed = json.loads((tmp_path / "shared.jsonl.summary.json").read_text())["removed_per_kind"]
    assert removed["DICOM_UID"] == 3
