"""The case form: a :class:`Case` shown as form values, and form values (plus uploads) made into a Case.

Fields the form does not show (social history, allergies, options, other results...) are kept from
the case that was loaded, so editing a scenario never drops what the file held. Any problem is a
:class:`FormError` whose message names the field, for the page to show; nothing typed is discarded.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from consilium.orchestration import Case
from consilium.orchestration import InputError
from consilium.ui.uploads import Checked, store

LAB_HEADERS = ["test", "value", "unit", "ref low", "ref high"]
VITALS = [("temperature_c", "Temp °C"), ("heart_rate", "HR /min"), ("respiratory_rate", "RR /min"),
          ("systolic_bp", "SBP mmHg"), ("diastolic_bp", "DBP mmHg"), ("spo2", "SpO₂ %")]
TEXT_FIELDS = ["id", "title", "presenting_complaint", "history", "past_medical_history", "medications",
               "examination", "question"]
SEXES = ["unknown", "female", "male", "other"]
DEFAULT_QUESTION = Case.model_fields["question"].default
UID_LABELS = {"study_uid": "StudyInstanceUID", "series_uid": "SeriesInstanceUID"}


class FormError(InputError, ValueError):
    """The form cannot become a case; the message says which field to fix."""


def empty_form() -> dict[str, Any]:
    return case_to_form(Case(id="new-case"))


def case_to_form(case: Case) -> dict[str, Any]:
    """Form values for every input, keyed by field name."""
    v = case.vitals
    return {
        "id": case.id, "title": case.title, "age": case.demographics.age_years, "sex": case.demographics.sex,
        "presenting_complaint": case.presenting_complaint, "history": case.history,
        "past_medical_history": case.past_medical_history, "medications": "\n".join(case.medications),
        "examination": "\n".join(f"{k}: {val}" for k, val in case.examination.items()),
        "question": case.question,
        **{name: getattr(v, name) for name, _ in VITALS},
        "labs": [[lab.name, _cell(lab.value), lab.unit, _cell(lab.reference_low), _cell(lab.reference_high)]
                 for lab in case.labs] or [["", "", "", "", ""]],
    }


def on_record(case: Case | None) -> str:
    """Markdown listing what the loaded case holds beyond the form: kept as is when the review runs."""
    if case is None:
        return "New case: nothing on record yet. Add imaging and pathology files below."
    lines = []
    for s in case.imaging:
        missing = sum(not Path(p).exists() for p in s.files)
        lines.append(f"- Imaging `{s.id}`: {s.modality} {s.body_part}, {len(s.files)} file(s)"
                     + (f" (**{missing} missing**)" if missing else "") + (" + report" if s.report else "")
                     + (" + a study fetched from the PACS when the review starts" if s.study_uid else ""))
    for p in case.pathology:
        lines.append(f"- Pathology `{p.id}`: {p.site or 'specimen'}, {len(p.files)} image(s)" + (" + report" if p.report else ""))
    kept = [label for label, value in [("social history", case.social_history), ("family history", case.family_history),
                                       ("allergies", case.allergies), ("other results", case.other_results),
                                       ("review of systems", case.review_of_systems), ("answer options", case.options),
                                       ("symptoms", case.symptoms)] if value]
    if kept:
        lines.append(f"- Also kept from the case file: {', '.join(kept)}")
    return "**On record for this case**\n\n" + ("\n".join(lines) if lines else "- no files")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _number(text: Any, where: str) -> float | None:
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return None
    s = str(text).strip()
    if not s:
        return None
    try:
        return float(s)
    except ValueError:
        raise FormError(f"{where}: '{s}' is not a number") from None


def parse_labs(rows: Any) -> list[dict[str, Any]]:
    """Lab table rows -> LabResult data; blank rows are skipped, a half-filled row is an error."""
    if rows is None:
        return []
    if hasattr(rows, "values") and hasattr(rows, "columns"):  # a pandas DataFrame
        rows = rows.values.tolist()
    labs = []
    for i, row in enumerate(rows, start=1):
        cells = [("" if c is None or (isinstance(c, float) and math.isnan(c)) else str(c).strip()) for c in row]
        cells += [""] * (len(LAB_HEADERS) - len(cells))
        name, value, unit, low, high = cells[:5]
        if not any(cells):
            continue
        if not name or not value:
            raise FormError(f"labs row {i}: both the test name and its value are needed")
        try:
            parsed: float | str = float(value)
        except ValueError:
            parsed = value
        labs.append({"name": name, "value": parsed, "unit": unit,
                     "reference_low": _number(low, f"labs row {i}, ref low"),
                     "reference_high": _number(high, f"labs row {i}, ref high")})
    return labs


def _lines(text: str) -> list[str]:
    return [x.strip() for x in re.split(r"[\n;]", text or "") if x.strip()]


def _examination(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _lines(text):
        site, sep, finding = line.partition(":")
        key = site.strip() if sep and finding.strip() else "General"
        value = finding.strip() if sep and finding.strip() else line
        out[key] = f"{out[key]}; {value}" if key in out else value
    return out


def build_case(values: dict[str, Any], base: Case | None, *, imaging: list[Checked], pathology: list[Checked],
               modality: str, body_part: str, site: str, upload_dir: Path, study_uid: str = "",
               series_uid: str = "") -> Case:
    """The case to review: ``base`` (a loaded scenario, or none) updated with the form, accepted uploads and
    a study named by its StudyInstanceUID (and SeriesInstanceUID), fetched from the PACS when the review starts."""
    data = base.model_dump(mode="json") if base is not None else {}
    demographics = dict(data.get("demographics") or {})
    demographics["age_years"] = _number(values.get("age"), "age")
    demographics["sex"] = values.get("sex") or "unknown"
    vitals = dict(data.get("vitals") or {})
    for name, label in VITALS:
        vitals[name] = _number(values.get(name), f"vitals, {label}")
    data.update({
        "id": (values.get("id") or "").strip() or "new-case", "title": values.get("title") or "",
        "demographics": demographics, "vitals": vitals,
        "presenting_complaint": values.get("presenting_complaint") or "", "history": values.get("history") or "",
        "past_medical_history": values.get("past_medical_history") or "",
        "medications": _lines(values.get("medications") or ""),
        "examination": _examination(values.get("examination") or ""),
        "question": (values.get("question") or "").strip() or DEFAULT_QUESTION,
        "labs": parse_labs(values.get("labs")),
    })
    data["imaging"] = list(data.get("imaging") or []) + _pacs_study(study_uid, series_uid, modality, body_part)
    _validate(data)  # before any upload is copied: a form error leaves no files behind
    data["imaging"] += _imaging_studies(imaging, modality, body_part, upload_dir)
    data["pathology"] = list(data.get("pathology") or []) + _specimens(pathology, site, upload_dir)
    # The uploads' folder, and the folder the loaded scenario's files were confined to, stay readable.
    return _validate(data).with_file_roots(*(base.file_roots if base is not None else ()), upload_dir)


def _validate(data: dict[str, Any]) -> Case:
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "case"
        if first["type"] == "string_pattern_mismatch":
            raise FormError(f"field '{where}': use only letters, digits, '.', '_' and '-' (no spaces)") from None
        raise FormError(f"field '{where}': {first['msg']}") from None


def _pacs_study(study_uid: str, series_uid: str, modality: str, body_part: str) -> list[dict]:
    study_uid, series_uid = (study_uid or "").strip(), (series_uid or "").strip()
    if not study_uid:
        if series_uid:
            raise FormError("SeriesInstanceUID: give the StudyInstanceUID of the study it belongs to as well")
        return []
    study = {"id": "pacs-img1", "modality": modality or "auto", "body_part": body_part or "", "study_uid": study_uid,
             **({"series_uid": series_uid} if series_uid else {}),
             "description": "study from the PACS" + (", one series" if series_uid else "")}
    try:  # the case model's rule, with the form's name for the field
        Case.model_validate({"id": "uid-check", "imaging": [study]})
    except ValidationError as exc:
        first = exc.errors()[0]
        label = UID_LABELS.get(str(first["loc"][-1]), "PACS study")
        raise FormError(f"{label}: {first['msg'].removeprefix('Value error, ')}") from None
    return [study]


def _imaging_studies(items: list[Checked], modality: str, body_part: str, upload_dir: Path) -> list[dict]:
    groups: dict[str, list[Checked]] = {}
    for n, it in enumerate(x for x in items if x.ok):
        # single DICOM files of one series form one study; every other upload is its own study
        key = f"series:{it.series}" if it.kind == "dicom" and it.series else f"item:{n}"
        groups.setdefault(key, []).append(it)
    studies = []
    for n, group in enumerate(groups.values(), start=1):
        sid = f"upload-img{n}"
        files = [str(p) for it in group for p in store(it, upload_dir / sid)]
        stated = group[0].modality.split("/")[0]
        default = {"nifti": "MR", "image": "XR"}.get(group[0].kind, "CT")
        chosen = stated or (modality if modality and modality != "auto" else default)
        studies.append({"id": sid, "modality": chosen, "body_part": body_part or "",
                        # a file's name is the uploader's text (often the patient's): the study is named by its id
                        "files": files, "description": f"uploaded {group[0].kind or 'image'}, {len(files)} file(s)"})
    return studies


def _specimens(items: list[Checked], site: str, upload_dir: Path) -> list[dict]:
    out = []
    for n, it in enumerate((x for x in items if x.ok), start=1):
        sid = f"upload-path{n}"
        out.append({"id": sid, "site": site or "", "files": [str(p) for p in store(it, upload_dir / sid)],
                    "description": "uploaded image"})
    return out
