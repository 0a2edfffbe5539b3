"""Exports of a review for the clinician and the record: the signed Markdown and JSON, a FHIR R4B Bundle
(:mod:`.fhir_out`) and the MDT meeting document as PDF (:mod:`.mdt`).

Everything written from here holds the patient's identifiers (the review is re-identified for the clinician):
files are written 0600, in folders made 0700. :func:`write_review_exports` is what the web app and the
``consilium export`` command call.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from consilium.orchestration.export.fhir_out import fhir_bundle, validate_bundle
from consilium.orchestration.export.mdt import mdt_pdf, write_mdt_pdf
from consilium.orchestration.export.signed import (NOT_A_DIAGNOSIS, ExportError, clinician_signoff, final_answer,
                                                    require_signoff, signed_json, signed_markdown)
from consilium.orchestration.files import PRIVATE_FILE, private_folder, write_text_atomic

__all__ = ["NOT_A_DIAGNOSIS", "ExportError", "ReviewExport", "clinician_signoff", "export_source", "fhir_bundle",
           "final_answer",
           "mdt_pdf", "require_signoff", "signed_json", "signed_markdown", "validate_bundle", "write_fhir_bundle",
           "write_mdt_pdf"]


@dataclass
class ReviewExport:
    """What an export needs beyond the result: the case as given and the id the review stored for it."""

    case: Any = None  # consilium.orchestration.case.model.Case, or None when the original is not kept
    stored_case_id: str | None = None


def export_source(consilium: Any, review_id: str) -> ReviewExport:
    """The case as given for a stored review: the private original when the review was de-identified, else the
    case in the review's state; and the case id the review stored (a keyed hash when de-identified)."""
    from consilium.orchestration.case.model import Case

    stored = consilium.describe_stored(review_id)
    case = consilium.privacy.original(review_id) if consilium.privacy is not None else None
    if case is None:
        values = consilium.graph.get_state({"configurable": {"thread_id": review_id}}).values or {}
        if values.get("case"):  # as the models saw it: de-identified when the review was
            case = Case.model_validate(values["case"])
    return ReviewExport(case=case, stored_case_id=stored.case_id if stored is not None else None)


def write_fhir_bundle(result: Any, path: Path, *, source: ReviewExport | None = None,
                      source_bundle: dict[str, Any] | None = None) -> Path:
    """Build, validate, then write the FHIR Bundle of a review (0600)."""
    source = source or ReviewExport()
    bundle = fhir_bundle(result, source.case, stored_case_id=source.stored_case_id, source_bundle=source_bundle)
    private_folder(Path(path).parent)
    return write_text_atomic(path, json.dumps(bundle, indent=1, ensure_ascii=False), mode=PRIVATE_FILE)
