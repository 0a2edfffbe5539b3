"""Loading cases: the project's own formats, AgentClinic and MedQA records, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from consilium.orchestration.case.model import Case
from consilium.orchestration.case.io import CaseFormatError, case_from_record, load_case, load_cases

DATA = Path("/work/shared/data")
AGENTCLINIC = DATA / "agentclinic_medqa.jsonl"
MEDQA = DATA / "medqa_sample.jsonl"

needs_agentclinic = pytest.mark.skipif(not AGENTCLINIC.is_file(), reason=f"{AGENTCLINIC} not present")
needs_medqa = pytest.mark.skipif(not MEDQA.is_file(), reason=f"{MEDQA} not present")

CASE = {
    "id": "chest-pain-1",
    "demographics": {"age_years": 58, "sex": "M"},
    "presenting_complaint": "Crushing chest pain for 40 minutes",
    "vitals": {"heart_rate": 104, "systolic_bp": 150, "diastolic_bp": 90},
    "labs": [{"name": "troponin I", "value": 2.4, "unit": "ng/mL", "reference_high": 0.04}],
    "imaging": [{"id": "cxr1", "modality": "CR", "files": ["images/cxr.png"]}],
    "expected": {"diagnosis": "Anterior STEMI"},
}


# --- own format ------------------------------------------------------------------------------------

def test_yaml_single_case(tmp_path: Path) -> None:
    path = tmp_path / "chest.yaml"
    path.write_text(yaml.safe_dump(CASE), encoding="utf-8")
    case = load_case(path)
    assert case.id == "chest-pain-1"
    assert case.demographics.sex == "male"  # "M" normalised
    assert case.labs[0].flag == "high"
    assert "troponin I: 2.4 ng/mL (ref -0.04) [HIGH]" in case.render()


def test_json_file_with_cases_key(tmp_path: Path) -> None:
    path = tmp_path / "two.json"
    path.write_text(json.dumps({"cases": [CASE, {**CASE, "id": "chest-pain-2"}]}), encoding="utf-8")
    result = load_cases(path)
    assert result.errors == []
    assert [c.id for c in result.cases] == ["chest-pain-1", "chest-pain-2"]


def test_jsonl_gives_default_ids_by_position(tmp_path: Path) -> None:
    path = tmp_path / "ward round.jsonl"
    records = [{k: v for k, v in CASE.items() if k != "id"}] * 2
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = load_cases(path)
    assert result.errors == []
    assert [c.id for c in result.cases] == ["ward_round-001", "ward_round-002"]


def test_expected_is_never_rendered(tmp_path: Path) -> None:
    case = Case.model_validate({**CASE, "expected": {"diagnosis": "SENTINEL-DX-42", "answer_idx": "C"}})
    text = case.render(include_files=True)
    assert "SENTINEL-DX-42" not in text
    assert "STEMI" not in text


def test_relative_files_resolve_against_the_case_folder(tmp_path: Path) -> None:
    folder = tmp_path / "cases" / "sub"
    folder.mkdir(parents=True)
    absolute = tmp_path / "elsewhere" / "ct.dcm"
    data = {**CASE, "imaging": [{"id": "cxr1", "modality": "CR", "files": ["images/cxr.png", str(absolute)]}],
            "pathology": [{"id": "s1", "files": ["../slides/s1.png"]}]}
    path = folder / "case.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    case = load_case(path)
    assert case.imaging[0].files == [folder / "images" / "cxr.png", absolute]
    assert case.pathology[0].files == [folder / "../slides/s1.png"]
    assert case.missing_files() == [folder / "images" / "cxr.png", absolute, folder / "../slides/s1.png"]


# --- malformed input: an error per bad case, the rest still load -----------------------------------

def test_yaml_list_with_a_bad_item_in_the_middle(tmp_path: Path) -> None:
    path = tmp_path / "ward.yaml"
    path.write_text(
        "- id: good-1\n"
        "  presenting_complaint: cough\n"
        "- id: bad-2\n"                     # line 3
        "  vitals:\n"
        "    heart_rate: fast\n"
        "- id: good-3\n"
        "  presenting_complaint: fever\n",
        encoding="utf-8",
    )
    result = load_cases(path)
    assert [c.id for c in result.cases] == ["good-1", "good-3"]
    assert len(result.errors) == 1
    err = result.errors[0]
    assert err.line == 3
    assert "vitals.heart_rate" in err.message
    assert str(err).startswith(f"{path}:3: case 2:")


def test_yaml_cases_key_reports_item_lines(tmp_path: Path) -> None:
    path = tmp_path / "ward.yaml"
    path.write_text("cases:\n  - id: ok\n  - id: 'bad id with spaces'\n", encoding="utf-8")
    result = load_cases(path)
    assert [c.id for c in result.cases] == ["ok"]
    assert result.errors[0].line == 3 and "field 'id'" in result.errors[0].message


def test_jsonl_with_broken_line_and_wrong_types(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "ok-1"}),
        '{"id": "broken", ',                                   # line 2: not JSON
        json.dumps({"id": "ok-3"}),
        json.dumps({"id": "typed", "labs": [{"name": "Na", "value": [1, 2]}]}),  # line 4: wrong type
        "",
        json.dumps(["not", "an", "object"]),                   # line 6: wrong record type
        json.dumps({"id": "ok-7"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = load_cases(path)
    assert [c.id for c in result.cases] == ["ok-1", "ok-3", "ok-7"]
    by_line = {e.line: e.message for e in result.errors}
    assert set(by_line) == {2, 4, 6}
    assert "invalid JSON" in by_line[2]
    assert "field 'labs.0.value" in by_line[4]
    assert "expected an object, got list" in by_line[6]


def test_converter_shape_errors_do_not_stop_the_file(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "ok-1"}),
        json.dumps({"OSCE_Examination": "not an object"}),
        json.dumps({"question": "Which?", "options": ["A", "B"], "answer_idx": "A"}),
        json.dumps({"id": "ok-4"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    result = load_cases(path)
    assert [c.id for c in result.cases] == ["ok-1", "ok-4"]
    assert [e.line for e in result.errors] == [2, 3]
    assert "OSCE_Examination" in result.errors[0].message
    assert "MedQA" in result.errors[1].message


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("id: x\ndemographics: {age_years: 4\nsex: f\n", encoding="utf-8")
    result = load_cases(path)
    assert result.cases == []
    assert result.errors[0].line is not None and "invalid YAML" in result.errors[0].message


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    result = load_cases(path)
    assert result.cases == []
    assert [(e.file, e.message) for e in result.errors] == [(str(path), "file not found")]
    with pytest.raises(CaseFormatError, match="file not found"):
        load_case(path)


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "case.txt"
    path.write_text("id: x", encoding="utf-8")
    assert "unsupported case file type '.txt'" in load_cases(path).errors[0].message


def test_load_case_wants_exactly_one(tmp_path: Path) -> None:
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"id": "a"}, {"id": "b"}]), encoding="utf-8")
    with pytest.raises(CaseFormatError, match="expected one case, found 2"):
        load_case(path)


# --- AgentClinic and MedQA ------------------------------------------------------------------------

@needs_agentclinic
def test_agentclinic_file_loads_every_case() -> None:
    result = load_cases(AGENTCLINIC)
    assert result.errors == []
    assert len(result.cases) == 107
    records = [json.loads(line) for line in AGENTCLINIC.read_text(encoding="utf-8").splitlines() if line.strip()]
    for case, record in zip(result.cases, records, strict=True):
        assert case.source == "agentclinic"
        assert case.expected is not None
        assert case.expected.diagnosis == record["OSCE_Examination"]["Correct_Diagnosis"]


@needs_agentclinic
def test_agentclinic_diagnosis_only_in_expected() -> None:
    """Swap each record's diagnosis for a sentinel: it must reach ``expected`` and never the text."""
    for n, line in enumerate(AGENTCLINIC.read_text(encoding="utf-8").splitlines(), start=1):
        record = json.loads(line)
        sentinel = f"SENTINEL-DIAGNOSIS-{n}"
        record["OSCE_Examination"]["Correct_Diagnosis"] = sentinel
        case = case_from_record(record, default_id=f"ac-{n}", base_dir=AGENTCLINIC.parent)
        assert case.expected is not None and case.expected.diagnosis == sentinel
        assert "SENTINEL" not in case.render(include_files=True)
        assert "SENTINEL" not in case.model_dump_json(exclude={"expected"})


@needs_agentclinic
def test_agentclinic_fields_are_mapped() -> None:
    first = load_cases(AGENTCLINIC).cases[0]
    assert first.demographics.age_years == 35 and first.demographics.sex == "female"
    assert first.presenting_complaint == "Double vision"
    assert first.vitals.heart_rate == 72 and first.vitals.systolic_bp == 125
    assert first.examination  # flattened physical examination


@needs_medqa
def test_medqa_sample_loads_with_options() -> None:
    result = load_cases(MEDQA)
    assert result.errors == []
    assert len(result.cases) == 43
    records = [json.loads(line) for line in MEDQA.read_text(encoding="utf-8").splitlines() if line.strip()]
    for case, record in zip(result.cases, records, strict=True):
        assert case.source == "medqa"
        assert case.options == {k: str(v) for k, v in record["options"].items()}
        assert case.expected is not None and case.expected.answer_idx == record["answer_idx"]
        text = case.render()
        for letter, option in case.options.items():
            assert f"{letter}. {option}" in text
        assert case.question.endswith("?")
