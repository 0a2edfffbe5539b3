"""What every export of a review shares: the sign-off it carries, the answer as signed, the conclusion.

A review is exported for the clinician, re-identified: every file written from here holds the patient's
identifiers and is written 0600 by its caller.
"""

from __future__ import annotations

import json
from typing import Any

from consilium.orchestration.errors import InputError
from consilium.orchestration.render import render_markdown
from consilium.orchestration.result import ReviewResult

DECISION_TEXT = {"approved": "Approved", "edited": "Approved with edits", "rejected": "Rejected"}
NOT_A_DIAGNOSIS = ("Reference for clinician review, not a diagnosis: decision support produced by software; the "
                   "responsible clinician reviews the evidence and its limits and decides.")


class ExportError(InputError, ValueError):
    """The review cannot be exported as asked; the message says why."""


def clinician_signoff(result: ReviewResult) -> dict[str, Any]:
    """The clinician's decision on the opinion, or {} when no clinician has signed it: a review run without a
    sign-off step ends with ``{"decision": "unsigned", ...}``, which is a note, not a signature."""
    s = result.signoff or {}
    return s if s.get("decision") in DECISION_TEXT else {}


def require_signoff(result: ReviewResult) -> dict[str, Any]:
    """The sign-off, or :class:`ExportError` saying why there is none (for exports that are the signed report)."""
    if not (s := clinician_signoff(result)):
        state = ("is awaiting sign-off" if result.awaiting_signoff
                 else "was not signed" if result.signoff else "has no sign-off")
        raise ExportError(f"review '{result.review_id}' {state}; only a signed opinion is exported")
    return s


def final_answer(result: ReviewResult) -> str:
    """The answer as signed: the clinician's edited text when they edited it."""
    s = clinician_signoff(result)
    if s.get("decision") == "edited" and s.get("edited_answer"):
        return str(s["edited_answer"])
    return str((result.answer or {}).get("answer", ""))


def unanswered(result: ReviewResult) -> list[str]:
    """The parts of the question the answer left open, with what was missing."""
    return [f"{p.get('part', '').replace('_', ' ')} ({p.get('missing') or 'no answer given'})"
            for p in (result.answer or {}).get("parts", []) if not p.get("answer")]


def conclusion(result: ReviewResult) -> str:
    """The report's conclusion: the answer as signed, the diagnosis, what it left open, a rejection first."""
    s = clinician_signoff(result)
    decision = s.get("decision")
    text = final_answer(result)
    diagnosis = str((result.answer or {}).get("diagnosis", ""))
    if diagnosis and decision != "edited":
        text += f"\nMost likely: {diagnosis}."
    if decision != "edited" and (left_open := unanswered(result)):  # a report must not hide what it left open
        text += "\nNot answered: " + "; ".join(left_open) + "."
    if decision == "rejected":
        text = (f"Rejected by {s['clinician']}" + (f": {s['comment']}" if s.get("comment") else ".")
                + f"\nRejected opinion: {text}")
    if not decision:
        text = f"Not yet signed by a clinician.\n{text}"
    return text.strip()


def signed_markdown(result: ReviewResult) -> str:
    s = require_signoff(result)
    lines = [render_markdown(result).rstrip(), "", "## Clinician sign-off", "",
             f"- Decision: **{DECISION_TEXT.get(s['decision'], s['decision'])}**",
             f"- Clinician: {s['clinician']}", f"- Signed at: {s.get('signed_at', '')}"]
    if s.get("comment"):
        lines.append(f"- Comment: {s['comment']}")
    if s.get("decision") == "edited":
        lines += ["", "### Answer as edited by the clinician", "", str(s.get("edited_answer", ""))]
    return "\n".join(lines) + "\n"


def signed_json(result: ReviewResult) -> str:
    require_signoff(result)
    return json.dumps({"format": "consilium-review/1", **result.model_dump(mode="json")}, indent=1, ensure_ascii=False)
