"""Loading cases from files: the project's YAML/JSON format, JSONL, AgentClinic OSCE and MedQA records,
FHIR R4/R4B Bundles (read by :mod:`consilium.orchestration.case.fhir`).

A file can hold many cases. One malformed case never stops the others: :func:`load_cases` returns
the cases that loaded and, for each one that did not, a :class:`CaseLoadError` naming the file, the
line and the field that was wrong.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from consilium.orchestration.case import fhir
from consilium.orchestration.case.fhir_codes import fahrenheit_to_celsius
from consilium.orchestration.case.model import Case, Demographics, Expected, ImagingStudy, LabResult, PathologySpecimen, Vitals
from consilium.orchestration.errors import InputError, MissingDependency

MAX_CASE_FILE_BYTES = 50 * 1024 * 1024
FORMATS_READ = ("Consilium reads .yaml, .yml, .json and .jsonl files of Consilium cases (fields such as id, "
                "presenting_complaint, history, labs, imaging; see scenarios/*.yaml), AgentClinic OSCE records "
                "(OSCE_Examination), MedQA records (question, options, answer_idx) and FHIR R4/R4B Bundles")
_KNOWN_KEYS = frozenset(Case.model_fields) | {"OSCE_Examination", "answer_idx", "answer", "realidx", "meta_info", "resourceType"}
# Keys that many record formats share (a quiz's question and options, an id): alone they do not make a case.
_GENERIC_KEYS = frozenset({"id", "title", "question", "options", "answer", "source"})


@dataclass
class CaseLoadError:
    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass
class LoadResult:
    cases: list[Case] = field(default_factory=list)
    errors: list[CaseLoadError] = field(default_factory=list)
    # What the clinician should know about a case that did load (a FHIR resource ignored, a reference
    # that did not resolve).
    notices: list[CaseLoadError] = field(default_factory=list)


class CaseFormatError(InputError, ValueError):
    """A single case that cannot be built; the message names the field that was wrong."""


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        loc = ".".join(str(x) for x in err["loc"]) or "(case)"
        parts.append(f"field '{loc}': {err['msg']}")
    more = len(exc.errors()) - 5
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def case_from_record(record: Any, *, default_id: str, base_dir: Path) -> Case:
    """Build a Case from one decoded record of any supported format."""
    if not isinstance(record, dict):
        raise CaseFormatError(f"expected an object, got {type(record).__name__}")
    try:
        if "OSCE_Examination" in record:
            case = from_agentclinic(record["OSCE_Examination"], case_id=default_id)
        elif "question" in record and "options" in record and "answer_idx" in record:
            case = from_medqa(record, case_id=default_id)
        else:
            data = dict(record)
            data.setdefault("id", default_id)
            case = Case.model_validate(data)
    except ValidationError as exc:
        raise CaseFormatError(_describe(exc)) from None
    except (AttributeError, TypeError, KeyError) as exc:  # a converter met a value of the wrong shape
        fmt = "field 'OSCE_Examination' (AgentClinic)" if "OSCE_Examination" in record else "MedQA record"
        raise CaseFormatError(f"{fmt} has an unexpected structure: {type(exc).__name__}: {exc}") from None
    return case.resolve_files(base_dir)


def load_cases(path: str | Path) -> LoadResult:
    """Load every case in a .yaml/.yml/.json/.jsonl file; bad cases become errors, not exceptions."""
    path = Path(path)
    result = LoadResult()
    if not path.is_file():
        result.errors.append(CaseLoadError(str(path), None, "file not found"))
        return result
    if path.stat().st_size > MAX_CASE_FILE_BYTES:
        result.errors.append(CaseLoadError(str(path), None, f"file larger than {MAX_CASE_FILE_BYTES} bytes"))
        return result
    stem = re.sub(r"[^A-Za-z0-9._-]", "_", path.stem)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        result.errors.append(CaseLoadError(str(path), None, f"not UTF-8 text ({exc.reason} at byte {exc.start})"))
        return result
    if path.suffix == ".jsonl":
        records = list(_jsonl_records(text, path, result))
    elif path.suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            result.errors.append(CaseLoadError(str(path), exc.lineno, f"invalid JSON: {exc.msg}"))
            return result
        items = data.get("cases", data) if isinstance(data, dict) else data
        records = [(None, r) for r in (items if isinstance(items, list) else [items])]
    elif path.suffix in (".yaml", ".yml"):
        records = list(_yaml_records(text, path, result))
    else:
        result.errors.append(CaseLoadError(str(path), None, f"unsupported case file type '{path.suffix or '(none)'}'; "
                                           + FORMATS_READ))
        return result
    if (unknown := _unknown_format(records)) is not None:
        result.errors.append(CaseLoadError(str(path), None, unknown))
        return result
    multiple = len(records) > 1
    for index, (line, record) in enumerate(records, start=1):
        default_id = f"{stem}-{index:03d}" if multiple else stem
        try:
            if fhir.is_fhir_resource(record):
                imported = fhir.case_from_bundle(record, default_id=default_id, base_dir=path.parent)
                result.cases.append(imported.case)
                result.notices += [CaseLoadError(str(path), line, f"case {index}: {m}") for m in imported.messages()]
            else:
                result.cases.append(case_from_record(record, default_id=default_id, base_dir=path.parent))
        except (CaseFormatError, fhir.FhirBundleError, MissingDependency) as exc:  # the last: fhir.resources absent
            result.errors.append(CaseLoadError(str(path), line, f"case {index}: {exc}"))
    return result


def load_case(path: str | Path, *, on_notice: Callable[[str], None] | None = None) -> Case:
    """Load a file that must hold exactly one valid case; ``on_notice`` hears what the clinician should
    know about it (for a FHIR Bundle: the resources ignored, the references that did not resolve)."""
    res = load_cases(path)
    if res.errors:
        raise CaseFormatError("; ".join(str(e) for e in res.errors))
    if len(res.cases) != 1:
        raise CaseFormatError(f"{path}: expected one case, found {len(res.cases)}")
    for notice in res.notices if on_notice else []:
        on_notice(str(notice))
    return res.cases[0]


def _unknown_format(records: list[tuple[int | None, Any]]) -> str | None:
    """One message for a file none of whose records is in a format Consilium reads, instead of one error
    per record: every record is an object with a field no case format has, or not an object at all."""
    if not records:
        return None
    foreign: set[str] = set()
    for _, record in records:
        if not isinstance(record, dict):
            foreign.add(f"({type(record).__name__} records)")
            continue
        keys = {str(k) for k in record}
        extra = keys - _KNOWN_KEYS
        if not extra or keys & (_KNOWN_KEYS - _GENERIC_KEYS):
            return None  # a case format, perhaps with a wrong field: per-record errors name it
        foreign |= extra
    fields = ", ".join(sorted(foreign)[:6]) + (", ..." if len(foreign) > 6 else "")
    return f"not a case format Consilium reads ({len(records)} record(s) with fields it does not know: {fields}); " + FORMATS_READ


def _jsonl_records(text: str, path: Path, result: LoadResult):
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as exc:
            result.errors.append(CaseLoadError(str(path), lineno, f"invalid JSON: {exc.msg} (column {exc.colno})"))


def _yaml_records(text: str, path: Path, result: LoadResult):
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        result.errors.append(CaseLoadError(str(path), mark.line + 1 if mark else None, f"invalid YAML: {exc}"))
        return
    if isinstance(data, dict) and isinstance(data.get("cases"), list):
        items = data["cases"]
        seq = next(v for k, v in node.value if k.value == "cases")
    elif isinstance(data, list):
        items, seq = data, node
    else:
        yield 1, data
        return
    for item, item_node in zip(items, seq.value, strict=True):
        yield item_node.start_mark.line + 1, item


# --- AgentClinic OSCE and MedQA --------------------------------------------------------------------

_IMAGING_WORDS = re.compile(r"x-?ray|radiograph|\bct\b|mri|ultrasound|sonograph|echocardiogra|imaging|scan|mammogra|angiogra|pet\b", re.I)
_PATHOLOGY_WORDS = re.compile(r"biopsy|histolog|cytolog|patholog|smear|aspirat", re.I)
_MODALITIES = [("ct", "CT"), ("mri", "MR"), ("x-ray", "XR"), ("xray", "XR"), ("radiograph", "XR"),
               ("ultrasound", "US"), ("echocardiogra", "US"), ("mammogra", "MG"), ("pet", "PT"), ("angiogra", "XA")]
_LAB_VALUE = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)\s*([^\d\s(][^(]*?)?\s*(?:\((.*)\))?\s*$")


def _words(key: str) -> str:
    return key.replace("_", " ").strip()


def _flatten(obj: Any, prefix: str = "") -> list[tuple[str, str]]:
    if isinstance(obj, dict):
        out: list[tuple[str, str]] = []
        for k, v in obj.items():
            out += _flatten(v, f"{prefix} {_words(k)}".strip())
        return out
    if isinstance(obj, list):
        return [(prefix, "; ".join(str(x) for x in obj))]
    return [(prefix, str(obj))]


def _parse_demographics(text: str) -> Demographics:
    age = re.search(r"(\d+(?:\.\d+)?)\s*-?\s*(year|month|week|day)", text, re.I)
    years = None
    if age:
        n, unit = float(age.group(1)), age.group(2).lower()
        years = n if unit == "year" else n / {"month": 12, "week": 52, "day": 365}[unit]
    sex = "unknown"
    if re.search(r"\b(female|woman|girl)\b", text, re.I):
        sex = "female"
    elif re.search(r"\b(male|man|boy)\b", text, re.I):
        sex = "male"
    return Demographics(age_years=years, sex=sex, description=text)


def _parse_vitals(raw: dict[str, Any]) -> Vitals:
    v: dict[str, Any] = {"other": {}}
    for key, value in raw.items():
        text, k = str(value), key.lower()
        num = re.search(r"[-+]?\d+(?:\.\d+)?", text)
        if "temp" in k and num:
            t = float(num.group())
            v["temperature_c"] = t if t < 50 else fahrenheit_to_celsius(t)
        elif "blood_pressure" in k and (bp := re.search(r"(\d+)\s*/\s*(\d+)", text)):
            v["systolic_bp"], v["diastolic_bp"] = float(bp.group(1)), float(bp.group(2))
        elif "heart" in k or "pulse" in k:
            v["heart_rate"] = float(num.group()) if num else None
        elif "respiratory" in k:
            v["respiratory_rate"] = float(num.group()) if num else None
        elif "oxygen" in k or "spo2" in k or "saturation" in k:
            v["spo2"] = float(num.group()) if num else None
        else:
            v["other"][_words(key)] = text
    try:
        return Vitals.model_validate(v)
    except ValidationError:  # implausible parsed numbers: keep everything as recorded text
        return Vitals(other={_words(k): str(x) for k, x in raw.items()})


def _modality(name: str) -> str:
    low = name.lower()
    return next((code for word, code in _MODALITIES if word in low), "OT")


def _lab(name: str, text: str) -> LabResult:
    m = _LAB_VALUE.match(text)
    if m and m.group(2) is not None and len(m.group(2)) <= 20:
        return LabResult(name=name, value=float(m.group(1)), unit=m.group(2).strip(), reference_text=m.group(3) or "")
    return LabResult(name=name, value=text)


def from_agentclinic(osce: dict[str, Any], *, case_id: str) -> Case:
    """Convert one AgentClinic OSCE record; ``Correct_Diagnosis`` goes to ``expected`` only."""
    actor = osce.get("Patient_Actor") or {}
    symptoms = actor.get("Symptoms") or {}
    exam = dict(osce.get("Physical_Examination_Findings") or {})
    vitals = _parse_vitals(exam.pop("Vital_Signs", {}) or {})
    meds = actor.get("Current_Medications") or actor.get("Medications") or actor.get("Drug_History") or []
    case: dict[str, Any] = {
        "id": case_id,
        "source": "agentclinic",
        "demographics": _parse_demographics(str(actor.get("Demographics", ""))),
        "presenting_complaint": str(symptoms.get("Primary_Symptom", "")) if isinstance(symptoms, dict) else "",
        "history": str(actor.get("History", "")),
        "symptoms": [str(s) for s in (symptoms.get("Secondary_Symptoms") or [])] if isinstance(symptoms, dict) else [],
        "past_medical_history": str(actor.get("Past_Medical_History", "")),
        "social_history": str(actor.get("Social_History", "")),
        "family_history": str(actor.get("Family_History", "")),
        "review_of_systems": str(actor.get("Review_of_Systems", "")),
        "medications": [str(m) for m in meds] if isinstance(meds, list) else [str(meds)],
        "vitals": vitals,
        "examination": dict(_flatten(exam)),
        "question": str(osce.get("Objective_for_Doctor") or "What is the most likely diagnosis?"),
        "labs": [], "imaging": [], "pathology": [], "other_results": {},
    }
    for group, content in (osce.get("Test_Results") or {}).items():
        gname = _words(group)
        if _IMAGING_WORDS.search(gname):
            # "Imaging": {"Chest_CT": {...}} holds several studies; "X-Ray_Knee": {...} is one.
            studies = content.items() if gname.lower() == "imaging" and isinstance(content, dict) else [(group, content)]
            for name, body in studies:
                report = "; ".join(f"{k}: {v}" if k else v for k, v in _flatten(body))
                n = len(case["imaging"]) + 1
                case["imaging"].append(ImagingStudy(id=f"img{n}", modality=_modality(_words(name)),
                                                    description=_words(name), report=report))
        elif _PATHOLOGY_WORDS.search(gname):
            report = "; ".join(f"{k}: {v}" if k else v for k, v in _flatten(content))
            case["pathology"].append(PathologySpecimen(id=f"spec{len(case['pathology']) + 1}",
                                                       description=gname, report=report))
        elif re.search(r"blood|lab|serum|urin|panel|count|chemistry|metabolic|gas|csf|marker|serolog", gname, re.I) \
                and isinstance(content, dict):
            for name, value in _flatten(content):
                case["labs"].append(_lab(name, value))
        else:
            for name, value in _flatten(content, gname):
                case["other_results"][name] = value
    diagnosis = osce.get("Correct_Diagnosis")
    case["expected"] = Expected(diagnosis=str(diagnosis)) if diagnosis else None
    return Case.model_validate(case)


def from_medqa(record: dict[str, Any], *, case_id: str) -> Case:
    """A MedQA multiple-choice question as a case: the stem is the history, options are kept."""
    idx = record.get("realidx")
    options = {str(k): str(v) for k, v in (record.get("options") or {}).items()}
    stem = str(record["question"]).strip()
    ask = re.search(r"([^.?!\n]*\?)\s*$", stem)
    question = ask.group(1).strip() if ask else "Which option is correct?"
    demo = _parse_demographics(stem[:200])
    return Case.model_validate({
        "id": f"medqa-{idx}" if idx is not None else case_id,
        "source": "medqa",
        "demographics": demo.model_copy(update={"description": ""}),
        "history": stem[: ask.start()].strip() if ask else stem,
        "question": question,
        "options": options,
        "expected": Expected(diagnosis=str(record.get("answer", "")) or None, answer_idx=str(record["answer_idx"])),
    })
