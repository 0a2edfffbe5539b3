"""The default set of experts a review consults.

Building the registry is cheap: expert modules import only the standard library and pydantic at
module level, and each expert loads numpy, scipy, pydicom, scikit-image, torch or monai in
``setup()`` on first use, failing there with a message that says what to ``pip install``. MONAI
bundles are added per installation by passing their directories (see ``experts/BUNDLES.md``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from consilium.experts.base import Expert, ExpertRegistry
from consilium.experts.clinical.register import register_clinical_experts
from consilium.experts.imaging.ct_quant import CtQuantExpert
from consilium.experts.imaging.cxr import CxrLungFieldsExpert
from consilium.experts.imaging.monai_bundle import MonaiBundleExpert
from consilium.experts.imaging.pathology import IhcQuantExpert


def default_experts() -> list[Expert]:
    """One instance of every built-in expert; add new experts to this list."""
    return [
        CtQuantExpert(),
        CxrLungFieldsExpert(),
        IhcQuantExpert(),
    ]


def default_registry(bundle_dirs: Iterable[Path] = ()) -> ExpertRegistry:
    """A registry of the built-in experts plus one :class:`MonaiBundleExpert` per bundle directory."""
    registry = ExpertRegistry()
    for expert in default_experts():
        registry.register(expert)
    register_clinical_experts(registry)
    for bundle in bundle_dirs:
        registry.register(MonaiBundleExpert(Path(bundle)))
    return registry
