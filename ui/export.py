"""The web app's exports of a signed opinion: Markdown, JSON, the FHIR R4B Bundle and the MDT document (PDF).

What each holds is the orchestration layer's business (``consilium.orchestration``'s export functions, which
the ``consilium export`` command uses too); this module only names the files and writes them for a signed
review, because the sign-off is what makes the opinion a report.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from consilium.orchestration import (PRIVATE_FILE, ExportError, ReviewResult, export_source, fhir_bundle,
                                     private_folder, require_signoff, signed_json, signed_markdown, write_mdt_pdf,
                                     write_text_atomic)
from consilium.ui.uploads import safe_name

__all__ = ["ExportError", "fhir_diagnostic_report", "signed_markdown", "write_exports"]


def fhir_diagnostic_report(result: ReviewResult) -> dict[str, Any]:
    """The DiagnosticReport of the review's FHIR Bundle (validated with the Bundle)."""
    require_signoff(result)
    bundle = fhir_bundle(result)
    return next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "DiagnosticReport")


def write_exports(result: ReviewResult, out_dir: Path, consilium: Any = None) -> list[Path]:
    """Write the four exports of a signed review; returns their paths (Markdown, JSON, FHIR Bundle, MDT PDF).
    With ``consilium`` (the app's reviewer) the FHIR Patient and the MDT document's patient summary and images
    come from the case as given. They hold the patient's identifiers: 0600, in a folder made 0700."""
    require_signoff(result)
    source = export_source(consilium, result.review_id) if consilium is not None else None
    case = source.case if source else None
    bundle = fhir_bundle(result, case, stored_case_id=source.stored_case_id if source else None)
    stem = safe_name(result.review_id, default="review")
    private_folder(out_dir)
    texts = {
        out_dir / f"{stem}.md": signed_markdown(result),
        out_dir / f"{stem}.json": signed_json(result),
        out_dir / f"{stem}.fhir.json": json.dumps(bundle, indent=1, ensure_ascii=False),
    }
    for path, text in texts.items():
        write_text_atomic(path, text, mode=PRIVATE_FILE)
    return [*texts, write_mdt_pdf(result, out_dir / f"{stem}.mdt.pdf", case)]
