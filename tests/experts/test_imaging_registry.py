"""The default registry is lazy, routes each study or specimen to its specialist, and a missing package is a failed evidence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

import pytest

from consilium.experts.base import Evidence, Expert, ExpertCard, require
from consilium.experts.registry import default_registry
from consilium.orchestration.case.model import Case, ImagingStudy, PathologySpecimen
from tests.fresh_python import last_line_of

pydicom = pytest.importorskip("pydicom")
from pydicom.data import get_testdata_file  # noqa: E402

IMAGING_EXPERTS = {"ct_quant", "cxr_lung_fields", "ihc_quant"}


def test_building_the_registry_imports_no_heavy_package() -> None:
    code = (
        "import sys, json; from consilium.experts.registry import default_registry; r = default_registry(); "
        "print(json.dumps({'names': [c.name for c in r.cards()], 'heavy': [m for m in "
        "('numpy', 'scipy', 'torch', 'monai', 'pydicom', 'skimage', 'nibabel', 'PIL', 'tifffile') if m in sys.modules]}))"
    )
    report = json.loads(last_line_of(code))
    assert set(report["names"]) >= IMAGING_EXPERTS
    assert report["heavy"] == []


def _case() -> Case:
    return Case(
        id="imaging-case",
        imaging=[
            ImagingStudy(id="ct1", modality="CT", body_part="chest", files=[Path(get_testdata_file("CT_small.dcm"))]),
            ImagingStudy(id="ct2", modality="CT", files=[Path(get_testdata_file("CT_small.dcm"))]),
            ImagingStudy(id="cxr1", modality="CR", files=[Path(get_testdata_file("RG1_UNCI.dcm"))]),
        ],
        pathology=[PathologySpecimen(id="s1", files=[Path("slide.tif")])],
    )


def test_registry_routes_studies_to_specialists() -> None:
    registry = default_registry()
    radiology = {(e.card.name, t) for e, t in registry.for_case(_case(), "radiology")}
    pathology = {(e.card.name, t) for e, t in registry.for_case(_case(), "pathology")}
    assert {("ct_quant", "ct1"), ("ct_quant", "ct2"), ("cxr_lung_fields", "cxr1")} <= radiology
    assert ("ihc_quant", "s1") in pathology and not any(name == "ihc_quant" for name, _ in radiology)


class _NeedsMissingPackage(Expert):
    card: ClassVar[ExpertCard] = ExpertCard(
        name="needs_missing", version="0", inputs="-", outputs="-", intended_use="-", limits="-", roles=["radiology"]
    )

    def setup(self) -> None:
        require("consilium_no_such_package", "consilium-no-such-package", needed_by="needs_missing")

    def targets(self, case: Case) -> list[str]:
        return ["ct1"]

    def _run(self, case: Case, target: str, out_dir: Path) -> Evidence:  # pragma: no cover - setup fails first
        raise AssertionError("setup should have failed")


def test_missing_package_becomes_failed_evidence_saying_what_to_install(tmp_path: Path) -> None:
    evidence = _NeedsMissingPackage().run(_case(), "ct1", tmp_path)
    assert evidence.status == "failed"
    assert "pip install consilium-no-such-package" in (evidence.error or "")
