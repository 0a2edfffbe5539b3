"""Canned, schema-valid model answers chosen by the requested schema.

For unit tests and the orchestration benchmarks only: they exercise the graph, never medicine.
"""

from __future__ import annotations

import json

from consilium.orchestration.models.chat import ModelRequest

DIFFERENTIALS = {
    "radiology": [("Community-acquired pneumonia", "high"), ("Pulmonary embolism", "low")],
    "pathology": [("Pneumonia, community acquired", "high"), ("Sepsis", "moderate")],
    "surgery": [("pneumonia", "moderate"), ("Empyema", "low")],
}


def canned_response(request: ModelRequest) -> str:
    title = (request.schema or {}).get("title", "")
    if title == "TriageOutput":
        return json.dumps({"summary": "Febrile cough.", "tasks": [
            {"specialist": s, "reason": f"{s} input", "question": f"{s} view?", "depends_on": []}
            for s in ("radiology", "pathology", "surgery")]})
    if title in ("SpecialistOutput", "SurgeryOutput"):
        out: dict = {
            "findings": [{"statement": f"{request.role} finding", "evidence": [f"[{request.role}:x]"]}],
            "differential": [{"diagnosis": d, "likelihood": lk, "rationale": f"{request.role} view"}
                             for d, lk in DIFFERENTIALS[request.role]],
            "recommendations": ["Start empirical antibiotics", f"{request.role} follow-up"],
            "confidence": 0.6, "limitations": ["scripted answer"],
        }
        if title == "SurgeryOutput":
            out["surgical_plan"] = {"indicated": False, "indication": "not indicated", "approach": "",
                                    "risks": [], "alternatives": ["antibiotics"]}
        return json.dumps(out)
    if title == "ConsensusOutput":
        return json.dumps({"summary": "Pneumonia most likely.", "uncertainties": ["PE not excluded"],
                           "resolve_by": ["CT pulmonary angiogram if hypoxic"]})
    if title == "FinalAnswer":
        return json.dumps({"answer": "Community-acquired pneumonia.", "diagnosis": "Community-acquired pneumonia",
                           "option": "", "rationale": "team opinion"})
    raise ValueError(f"no canned answer for schema {title!r}")
