"""The MDT document's words and tables, apart from their layout (:mod:`.mdt`): plain functions of the review
and the case, so that what the document says can be read and tested without a PDF."""

from __future__ import annotations

from typing import Any

from consilium.orchestration.case.model import Case
from consilium.orchestration.export.signed import DECISION_TEXT, clinician_signoff, final_answer, unanswered
from consilium.orchestration.result import ReviewResult

SPECIALISTS = ("radiology", "pathology", "surgery")
Rows = list[tuple[str, ...]]


def header_line(r: ReviewResult, case: Case | None) -> str:
    when = min((str(a.get("started_at", ""))[:16].replace("T", " ") for a in r.audit), default="")
    signed = clinician_signoff(r)
    status = (f"signed: {DECISION_TEXT[signed['decision']].lower()}" if signed
              else "awaiting sign-off" if r.awaiting_signoff else "not signed")
    parts = [f"Review {r.review_id}", f"case {r.case_id}", f"reviewed {when} UTC" if when else "", status,
             "models saw a de-identified copy" if r.deidentified else ""]
    if case is not None and case.title:
        parts.insert(0, case.title)
    return " · ".join(p for p in parts if p)


def patient_lines(case: Case) -> list[tuple[str, str]]:
    d = case.demographics
    who = d.description or ", ".join(x for x in (f"{d.age_years:g} years" if d.age_years is not None else "",
                                                  d.sex if d.sex != "unknown" else "") if x)
    # the case's own wording of its vital signs, as every model reads them
    vitals = next((line.removeprefix("Vitals: ") for line in case.render().splitlines() if line.startswith("Vitals: ")), "")
    abnormal = [lab for lab in case.labs if _out_of_range(lab)]
    labs = "; ".join(f"{lab.name} {lab.value:g} {lab.unit}".strip() if isinstance(lab.value, float)
                     else f"{lab.name} {lab.value} {lab.unit}".strip() for lab in (abnormal or case.labs)[:12])
    lines = [("Patient", who or "age and sex not given"), ("Presenting complaint", case.presenting_complaint),
             ("History", case.history), ("Past medical history", case.past_medical_history),
             ("Medications", "; ".join(case.medications)), ("Allergies", "; ".join(case.allergies) or "none recorded"),
             ("Vital signs", vitals), ("Examination", " ".join(f"{k}: {v}".rstrip(".") + "." for k, v in case.examination.items())),
             ("Laboratory, out of range" if abnormal else "Laboratory", labs),
             ("Other results", "; ".join(f"{k}: {v}" for k, v in case.other_results.items())),
             ("Imaging", "; ".join(f"[{s.id}] {s.modality} {s.body_part}".strip() + (f": {s.report}" if s.report else "")
                                   for s in case.imaging)),
             ("Pathology", "; ".join(f"[{s.id}] {s.site or s.description}".strip() + (f": {s.report}" if s.report else "")
                                     for s in case.pathology))]
    return [(label, text) for label, text in lines if text]


def question(r: ReviewResult, case: Case | None) -> str:
    return str((r.answer or {}).get("question") or (case.question if case is not None else "") or "not recorded")


def answer_lines(r: ReviewResult) -> list[tuple[str, str]]:
    if not r.answer:
        return [("Answer", "the review did not reach an answer")]
    lines = [("Answer" + (" (as edited by the clinician)" if clinician_signoff(r).get("decision") == "edited" else ""),
              final_answer(r)), ("Most likely", str(r.answer.get("diagnosis", "")) or "not named")]
    for p in r.answer.get("parts", []):
        lines.append((p.get("part", "").replace("_", " ").capitalize(), p.get("answer") or "not answered"))
    if r.plan and r.plan.decision:
        lines.append(("How the team was convened", r.plan.decision))
    return lines


def no_team_line(r: ReviewResult) -> str:
    why = f" {r.plan.decision}" if r.plan and r.plan.decision else ""
    return f"No specialist was convened: the GP answered alone.{why}"


def differential_table(r: ReviewResult) -> tuple[tuple[str, ...], Rows]:
    headings = ("#", "diagnosis", "score", *SPECIALISTS, "dissent")
    if r.opinion is None:
        return headings, []
    return headings, [(str(i), d.diagnosis, f"{d.score:.2f}", *(d.support.get(a, "-") for a in SPECIALISTS),
                       ", ".join(d.dissent) or "none") for i, d in enumerate(r.opinion.differential[:8], 1)]


def red_flag_table(r: ReviewResult) -> tuple[tuple[str, ...], Rows]:
    return ("urgency", "pattern", "criteria met", "recommendation"), [
        (str(f.get("urgency", "")), str(f.get("name", "")), "; ".join(dict.fromkeys(f.get("criteria_met", []))),
         str(f.get("recommendation", ""))) for f in r.red_flags]


def score_table(r: ReviewResult) -> tuple[tuple[str, ...], Rows]:
    from consilium.orchestration.export.fhir_out import computed_scores

    rows = []
    for e in computed_scores(r):
        m = (e.get("measurements") or [{}])[0]
        summary = str(e.get("summary", ""))
        result, _, rest = summary.partition(": ")
        found, _, source = rest.partition(" Source: ")
        rows.append((str(m.get("name") or e.get("id", "")), result.removeprefix(str(m.get("name", ""))).strip(),
                     found.split(" Chosen because")[0].strip() + (f" Source: {source}" if source else ""),
                     "; ".join(e.get("limitations", [])) or "-"))
    return ("score", "value", "meaning and source", "inputs lacking"), rows


def step_table(r: ReviewResult) -> tuple[tuple[str, ...], Rows]:
    rows = [(s.get("when", ""), s.get("kind", ""), s.get("what", ""), s.get("who", ""), _sources(s))
            for s in (r.answer or {}).get("next_steps", [])]
    named = {row[2].lower() for row in rows}
    rows += [("", "team", s["text"], ", ".join(s.get("from", [])), _sources(s))
             for s in (r.opinion.next_steps if r.opinion else []) if s.get("text", "").lower() not in named]
    return ("when", "kind", "what", "who", "source"), rows


def open_questions(r: ReviewResult) -> list[str]:
    op, out = r.opinion, []
    out += [f"Not answered: {part}" for part in unanswered(r)]
    if op is not None:
        out += [f"Uncertain: {u}" for u in op.uncertainties]
        out += [f"Would resolve it: {x}" for x in op.resolve_by]
        out += [f"Verification found a contradiction: {c}" for c in op.contradictions]
        out += [f"Missing or failed: {m.specialist} [{m.kind}]: {m.reason}" for m in op.missing]
    out += [f"The answer contradicts the case: {c}" for c in (r.answer or {}).get("contradictions", [])]
    out += [f"Instruction-like text in the case (treated as data): {w}" for w in r.warnings]
    return list(dict.fromkeys(out))


def measurement_rows(evidence: list[dict[str, Any]]) -> Rows:
    rows = []
    for e in evidence:
        if e.get("status") != "ok":
            rows.append((f"{e.get('expert', '')} on {e.get('target', '')}", "failed", "", str(e.get("problem") or "")))
            continue
        for m in e.get("measurements", []):
            value = m.get("value")
            shown = f"{value:g}" if isinstance(value, float) else str(value)
            rows.append((str(m.get("name", "")), f"{shown} {m.get('unit', '')}".strip(), str(m.get("flag", "")),
                         str(m.get("reference", ""))))
    return rows


def signoff_lines(s: dict[str, Any]) -> list[tuple[str, str]]:
    lines = [("Decision", DECISION_TEXT.get(s["decision"], s["decision"])), ("Clinician", s["clinician"]),
             ("Signed at", s.get("signed_at", ""))]
    if s.get("comment"):
        lines.append(("Comment", s["comment"]))
    return lines


def _sources(step: dict[str, Any]) -> str:
    return "; ".join(x.get("citation", "") for x in step.get("sources", [])) or str(step.get("support", ""))


def _out_of_range(lab: Any) -> bool:
    if not isinstance(lab.value, (int, float)):
        return False
    return ((lab.reference_low is not None and lab.value < lab.reference_low)
            or (lab.reference_high is not None and lab.value > lab.reference_high))
