"""Exports of a signed opinion: Markdown, JSON, and a FHIR R4 DiagnosticReport.

The FHIR resource is built with the maintained ``fhir.resources`` package (its ``R4B`` modules:
FHIR 4.3, whose DiagnosticReport has the same elements as R4 4.0.1) and validated by it before it is
written. Only a signed review is exported: the sign-off is what makes the opinion a report.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any

from consilium.orchestration import PRIVATE_FILE, InputError, ReviewResult, private_folder, render_markdown, write_text_atomic
from consilium.ui.uploads import safe_name

FHIR_STATUS = {"approved": "final", "edited": "final", "rejected": "cancelled"}
DECISION_TEXT = {"approved": "Approved", "edited": "Approved with edits", "rejected": "Rejected"}


class ExportError(InputError, ValueError):
    """The review cannot be exported yet; the message says why."""


def final_answer(result: ReviewResult) -> str:
    """The answer as signed: the clinician's edited text when they edited it."""
    s = result.signoff or {}
    if s.get("decision") == "edited" and s.get("edited_answer"):
        return str(s["edited_answer"])
    return str((result.answer or {}).get("answer", ""))


def signed_markdown(result: ReviewResult) -> str:
    s = _signoff(result)
    lines = [render_markdown(result).rstrip(), "", "## Clinician sign-off", "",
             f"- Decision: **{DECISION_TEXT.get(s['decision'], s['decision'])}**",
             f"- Clinician: {s['clinician']}", f"- Signed at: {s.get('signed_at', '')}"]
    if s.get("comment"):
        lines.append(f"- Comment: {s['comment']}")
    if s.get("decision") == "edited":
        lines += ["", "### Answer as edited by the clinician", "", str(s.get("edited_answer", ""))]
    return "\n".join(lines) + "\n"


def signed_json(result: ReviewResult) -> str:
    _signoff(result)
    return json.dumps({"format": "consilium-review/1", **result.model_dump(mode="json")}, indent=1, ensure_ascii=False)


def fhir_diagnostic_report(result: ReviewResult) -> dict[str, Any]:
    """The signed opinion as a validated FHIR DiagnosticReport (JSON-ready dict)."""
    from fhir.resources.R4B.diagnosticreport import DiagnosticReport

    s = _signoff(result)
    decision = s["decision"]
    diagnosis = str((result.answer or {}).get("diagnosis", ""))
    conclusion = final_answer(result)
    if diagnosis and decision != "edited":
        conclusion += f"\nMost likely: {diagnosis}."
    if decision != "edited" and (unanswered := _unanswered(result)):  # a report must not hide what it left open
        conclusion += "\nNot answered: " + "; ".join(unanswered) + "."
    if decision == "rejected":
        conclusion = f"Rejected by {s['clinician']}" + (f": {s['comment']}" if s.get("comment") else ".") + \
                     f"\nRejected opinion: {conclusion}"
    markdown = signed_markdown(result)
    data = {
        "resourceType": "DiagnosticReport",
        "id": _fhir_id(result.review_id),
        "identifier": [{"system": "urn:consilium:review-id", "value": result.review_id}],
        "status": FHIR_STATUS[decision],
        "category": [{"text": "Multidisciplinary clinical decision support opinion"}],
        "code": {"coding": [{"system": "http://loinc.org", "code": "11488-4", "display": "Consult note"}],
                 "text": "Consilium multidisciplinary review"},
        "subject": {"display": f"case {result.case_id}"},
        "issued": s.get("signed_at") or None,
        "performer": [{"display": "Consilium (decision support software)"}],
        "resultsInterpreter": [{"display": s["clinician"]}],
        "conclusion": conclusion,
        "presentedForm": [{"contentType": "text/markdown; charset=utf-8", "language": "en",
                           "title": f"Consilium review {result.review_id}",
                           "data": base64.b64encode(markdown.encode("utf-8")).decode("ascii")}],
    }
    resource = DiagnosticReport.model_validate({k: v for k, v in data.items() if v is not None})
    return json.loads(resource.model_dump_json(exclude_none=True))


def write_exports(result: ReviewResult, out_dir: Path) -> list[Path]:
    """Write the three exports for a signed review; returns their paths (Markdown, JSON, FHIR). They hold the
    patient's identifiers (the opinion is re-identified for the clinician): 0600, in a folder made 0700."""
    stem = safe_name(result.review_id, default="review")
    private_folder(out_dir)
    files = {
        out_dir / f"{stem}.md": signed_markdown(result),
        out_dir / f"{stem}.json": signed_json(result),
        out_dir / f"{stem}.fhir.json": json.dumps(fhir_diagnostic_report(result), indent=1, ensure_ascii=False),
    }
    for path, text in files.items():
        write_text_atomic(path, text, mode=PRIVATE_FILE)
    return list(files)


def _signoff(result: ReviewResult) -> dict[str, Any]:
    if not result.signoff:
        state = "is awaiting sign-off" if result.awaiting_signoff else "has no sign-off"
        raise ExportError(f"review '{result.review_id}' {state}; only a signed opinion is exported")
    return result.signoff


def _unanswered(result: ReviewResult) -> list[str]:
    """The parts of the question the answer left open, with what was missing."""
    return [f"{p.get('part', '').replace('_', ' ')} ({p.get('missing') or 'no answer given'})"
            for p in (result.answer or {}).get("parts", []) if not p.get("answer")]


def _fhir_id(review_id: str) -> str:
    """FHIR ids allow [A-Za-z0-9-.] up to 64 characters."""
    return (re.sub(r"[^A-Za-z0-9.-]", "-", review_id)[:64]) or "review"
