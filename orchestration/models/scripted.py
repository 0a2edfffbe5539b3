"""Canned, schema-valid model answers chosen by the requested schema.

For unit tests and the orchestration benchmarks only: they exercise the graph, never medicine.
"""

from __future__ import annotations

import json
import re

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
    answer = {"answer": "Community-acquired pneumonia.", "diagnosis": "Community-acquired pneumonia",
              "option": "", "rationale": "team opinion"}
    if title == "FinalAnswer":
        return json.dumps(answer)
    if title == "FinalAnswerParts":  # answers the parts the prompt lists, in its order
        asked = re.search(r"The question asks \d+ things: ([^.]+)\.", request.messages[-1]["content"]
                          if isinstance(request.messages[-1]["content"], str) else "")
        parts = [p.strip().replace(" ", "_") for p in asked.group(1).split(",")] if asked else ["answer"]
        return json.dumps({**answer, "parts": [{"part": p, "answer": f"scripted {p}", "missing": "", "evidence": []}
                                              for p in parts],
                           "next_steps": [{"what": "Start empirical antibiotics", "kind": "treatment",
                                           "who": "ward doctor", "when": "within 1 hour", "evidence": []}]})
    raise ValueError(f"no canned answer for schema {title!r}")
