"""De-identified copies of a case collection, for sharing research data (``consilium deidentify``).

Each case goes through :func:`~consilium.orchestration.privacy.deid.deidentify_case`, the de-identifier that
reviews use, and then loses what that function leaves alone because a review needs it locally:

* the case id (often a file name: the patient's name or record number) becomes ``case-0001``, ``case-0002``...
  in input order;
* file references (a DICOM file named after the patient) become ``file-1.dcm``, ... keeping the suffix,
  which says the format; the files themselves are not copied;
* the DICOM UIDs a study is fetched from a PACS by are dropped: they identify the patient's study there;
* the date offset is drawn afresh for every case from the system's randomness, not seeded by the case id,
  so knowing an original id and the deployment secret does not undo the shift.

Nothing of the mapping back to the originals is kept: the de-identifier of each case is dropped once its
copy is made, and the summary holds counts only.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from consilium.orchestration.case.model import Case
from consilium.orchestration.privacy.deid import AGE_TEXTS, Deidentifier, deidentify_case

# Kinds counted beside the detector's own (NAME, MRN, PHONE, DATE, ...).
CASE_ID, FILE, AGE, DICOM_UID = "CASE_ID", "FILE", "AGE_OVER_89", "DICOM_UID"


@dataclass
class CollectionSummary:
    """What a de-identified collection removed: per kind, the distinct identifiers summed over cases."""

    cases: int = 0
    removed: Counter[str] = field(default_factory=Counter)

    def as_json(self) -> dict[str, Any]:
        return {"cases": self.cases, "removed_per_kind": dict(sorted(self.removed.items())),
                "note": "counts of distinct identifiers per case, summed over the cases; no originals are kept"}


def _opaque_files(data: dict[str, Any], counter: Counter[str]) -> None:
    for group in ("imaging", "pathology"):
        for item in data.get(group) or []:
            renamed = []
            for path in item.get("files") or []:
                counter[FILE] += 1
                suffix = "".join(PurePath(str(path)).suffixes[-2:])  # .nii.gz stays whole
                renamed.append(f"file-{counter[FILE]}{suffix}")
            item["files"] = renamed
            for uid in ("study_uid", "series_uid"):
                counter[DICOM_UID] += item.pop(uid, None) is not None


def deidentify_collection(cases: list[Case]) -> tuple[list[dict[str, Any]], CollectionSummary]:
    """De-identified copies of ``cases`` (as JSON-ready dicts, in order) and the per-kind counts."""
    summary = CollectionSummary()
    copies = []
    for number, case in enumerate(cases, 1):
        deid = Deidentifier(seed=None)  # a fresh random offset: see the module's notes
        safe, deid = deidentify_case(case, deidentifier=deid)
        found = Counter(kind for kind, _ in deid.originals())
        if set(AGE_TEXTS) & deid.shifted_texts() or (case.demographics.age_years or 0) > 89:
            found[AGE] += 1
        data = safe.model_dump(mode="json")
        data["id"] = f"case-{number:04d}"
        found[CASE_ID] += 1
        files = Counter[str]()
        _opaque_files(data, files)
        found[FILE] += files[FILE]
        found[DICOM_UID] += files[DICOM_UID]
        summary.removed.update(+found)
        summary.cases += 1
        copies.append(data)
    return copies, summary


__all__ = ["AGE", "CASE_ID", "DICOM_UID", "FILE", "CollectionSummary", "deidentify_collection"]
