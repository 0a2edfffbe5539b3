"""Registration of the clinical (non-imaging) experts: the lab panel and the surgical risk scores."""

from __future__ import annotations

from consilium.experts.base import Expert, ExpertRegistry
from consilium.experts.clinical.labs import LabPanelExpert
from consilium.experts.clinical.surgical_risk import SurgicalRiskExpert


def register_clinical_experts(registry: ExpertRegistry) -> list[Expert]:
    """Register ``lab_panel`` (pathology) and ``surgical_risk`` (surgery); returns the experts registered.

    Both are deterministic and cheap: nothing heavy is loaded, and open-medicine is imported on first use.
    """
    experts: list[Expert] = [LabPanelExpert(), SurgicalRiskExpert()]
    for expert in experts:
        registry.register(expert)
    return experts
