"""`consilium deidentify CASES --out FILE` on real files with planted identifiers: de-identified JSONL out,
per-kind counts printed and in the summary, never over its input, no mapping back to the originals."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from consilium.orchestration.cli import main as cli

# Identifiers planted in the case files, and clinical text that must come through unchanged.
PLANTED = ["Margaret Thornbury", "Thornbury", "8812345", "07700 900123", "m.thornbury@example.org",
           "14 Larkspur Lane", "OX4 2JD", "12/03/2024", "Thornbury_Margaret"]
CLINICAL = ["central chest pain", "Troponin T", "aspirin 75 mg", "penicillin"]
CASE_YAML = """\
demographics: {age_years: 93, sex: female}
presenting_complaint: Chest pain
history: >-
  Mrs Margaret Thornbury (MRN 8812345, tel 07700 900123, m.thornbury@example.org) of 14 Larkspur Lane,
  Oxford OX4 2JD had central chest pain on 12/03/2024 radiating to the left arm.
medications: [aspirin 75 mg]
allergies: [penicillin]
labs:
  - {name: Troponin T, value: 85, unit: ng/L, reference_high: 14}
imaging:
  - {id: cxr, modality: CR, files: [Thornbury_Margaret_cxr.dcm]}
question: What is the diagnosis?
"""


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "Thornbury_Margaret.yaml"
    path.write_text(CASE_YAML)
    return path


def test_deidentify_writes_copies_without_identifiers_and_counts_them(case_file: Path, tmp_path: Path, capsys) -> None:
    second = tmp_path / "more.jsonl"  # another format, two records, one of them malformed
    second.write_text(json.dumps({"id": "Thornbury-2", "history": "Seen by Dr Alan Whitcombe, 07700 900123."})
                      + "\n" + json.dumps({"id": "bad id!", "history": "x"}) + "\n")
    out = tmp_path / "shared" / "cases.jsonl"
    out.parent.mkdir()
    assert cli.main(["deidentify", str(case_file), str(second), "--out", str(out)]) == 1  # one record skipped
    printed = capsys.readouterr().out
    text = out.read_text()
    copies = [json.loads(line) for line in text.splitlines()]
    assert [c["id"] for c in copies] == ["case-0001", "case-0002"]
    for ident in PLANTED + ["Alan Whitcombe", "Whitcombe"]:
        assert ident not in text, f"{ident!r} is in the shared copy"
    for clinical in CLINICAL:
        assert clinical in text
    assert copies[0]["demographics"]["age_years"] == 90 and copies[0]["imaging"][0]["files"] == ["file-1.dcm"]

    summary = json.loads((tmp_path / "shared" / "cases.jsonl.summary.json").read_text())
    removed = summary["removed_per_kind"]
    assert summary["cases"] == 2 and summary["records_skipped"] == 1
    assert removed["CASE_ID"] == 2 and removed["FILE"] == 1 and removed["AGE_OVER_89"] == 1
    assert removed["NAME"] >= 2 and removed["PHONE"] == 2 and removed["EMAIL"] == 1 and removed["DATE"] == 1
    for kind, n in removed.items():  # the printed table has the same counts
        assert kind in printed and str(n) in printed
    assert "0600" in printed and "can miss" in printed
    # No mapping back: no original in the summary either, and both files are the owner's only.
    assert not any(ident in json.dumps(summary) for ident in PLANTED)
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in out.parent.iterdir())


def test_deidentify_refuses_to_write_over_its_input(case_file: Path, tmp_path: Path, capsys) -> None:
    before = case_file.read_text()
    assert cli.main(["deidentify", str(case_file), "--out", str(case_file)]) == 2
    assert "it is the input" in capsys.readouterr().out and case_file.read_text() == before
    link = tmp_path / "link.yaml"
    link.symlink_to(case_file)  # the same file under another name
    assert cli.main(["deidentify", str(case_file), "--out", str(link)]) == 2
    assert case_file.read_text() == before


def test_deidentify_of_nothing_readable_writes_nothing(tmp_path: Path, capsys) -> None:
    unknown = tmp_path / "records.csv"
    unknown.write_text("a,b\n1,2\n")
    out = tmp_path / "out.jsonl"
    assert cli.main(["deidentify", str(unknown), "--out", str(out)]) == 2
    assert "No case was read" in capsys.readouterr().out and not out.exists()
