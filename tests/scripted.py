"""Scripted models for unit tests: canned, schema-valid answers chosen by the requested schema."""

from __future__ import annotations

import json
from collections.abc import Callable

from consilium.orchestration.models import BoundModel, ModelRequest, ScriptedModel
from consilium.orchestration.settings import ROLES, RoleModel

DIFFERENTIALS = {
    "radiology": [("Community-acquired pneumonia", "high"), ("Pulmonary embolism", "low")],
    "pathology": [("Pneumonia, community acquired", "high"), ("Sepsis", "moderate")],
    "surgery": [("pneumonia", "moderate"), ("Empyema", "low")],
}


def canned(request: ModelRequest) -> str:
    title = (request.schema or {}).get("title", "")
    if title == "TriageOutput":
        return json.dumps({"summary": "Febrile cough.", "tasks": [
            {"specialist": "radiology", "reason": "chest imaging", "question": "Consolidation?", "depends_on": []},
            {"specialist": "pathology", "reason": "labs", "question": "Infection markers?", "depends_on": []},
            {"specialist": "surgery", "reason": "effusion?", "question": "Drain?", "depends_on": ["radiology"]},
        ]})
    if title in ("SpecialistOutput", "SurgeryOutput"):
        out = {
            "findings": [{"statement": f"{request.role} finding", "evidence": [f"[{request.role}:x]"]}],
            "differential": [{"diagnosis": d, "likelihood": lk, "rationale": f"{request.role} view"}
                             for d, lk in DIFFERENTIALS[request.role]],
            "recommendations": ["Start empirical antibiotics", f"{request.role} follow-up"],
            "confidence": 0.6, "limitations": ["scripted"],
        }
        if title == "SurgeryOutput":
            out["surgical_plan"] = {"indicated": False, "indication": "none", "approach": "", "risks": [], "alternatives": ["antibiotics"]}
        return json.dumps(out)
    if title == "ConsensusOutput":
        return json.dumps({"summary": "Pneumonia most likely.", "uncertainties": ["PE not excluded"], "resolve_by": ["CTPA if hypoxic"]})
    if title == "FinalAnswer":
        return json.dumps({"answer": "Community-acquired pneumonia.", "diagnosis": "Community-acquired pneumonia", "option": "", "rationale": "team"})
    raise AssertionError(f"unexpected schema {title!r}")


def scripted_models(responder: Callable[[ModelRequest], str] = canned, *, latency_s: float = 0.0,
                    timeout_s: float = 30.0, **per_role: ScriptedModel) -> dict[str, BoundModel]:
    shared = ScriptedModel(responder, latency_s=latency_s)
    cfg = RoleModel(backend="scripted", model="scripted", timeout_s=timeout_s)
    return {role: BoundModel(per_role.get(role, shared), cfg) for role in ROLES}
