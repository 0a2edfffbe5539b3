"""cxr_lung_fields on a radiograph phantom with known lung areas and on pydicom-data's RG1_UNCI."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("skimage")
pydicom = pytest.importorskip("pydicom")
from pydicom.data import get_testdata_file  # noqa: E402

from consilium.experts.imaging.cxr import CxrLungFieldsExpert, find_lung_fields  # noqa: E402
from tests.experts.cxr_phantom import cxr_phantom, write_cxr_dicom  # noqa: E402
from consilium.orchestration.case.model import Case, ImagingStudy  # noqa: E402


def _run(path: Path, out: Path, modality: str = "CR"):
    case = Case(id="cxr", imaging=[ImagingStudy(id="cxr1", modality=modality, body_part="chest", files=[path])])
    return CxrLungFieldsExpert().run(case, "cxr1", out)


def _values(evidence) -> dict:
    return {m.name: m.value for m in evidence.measurements}


@pytest.mark.parametrize("monochrome1", [True, False])
def test_phantom_lung_field_areas_in_cm2(tmp_path: Path, monochrome1: bool) -> None:
    image, truth = cxr_phantom()
    path = write_cxr_dicom(image, tmp_path / "cxr.dcm", pixel_spacing_mm=0.4, monochrome1=monochrome1)
    evidence = _run(path, tmp_path)
    assert evidence.status == "ok", evidence.error
    values = _values(evidence)
    px_cm2 = 0.4 * 0.4 / 100
    assert values["right lung field area"] == pytest.approx(truth["right_px"] * px_cm2, rel=0.05)
    assert values["left lung field area"] == pytest.approx(truth["left_px"] * px_cm2, rel=0.05)
    assert values["left/right lung field area ratio"] == pytest.approx(truth["ratio"], abs=0.03)
    assert any("ImagerPixelSpacing" in lim for lim in evidence.limitations)
    assert any("does not detect" in lim for lim in evidence.limitations)


def test_patient_orientation_decides_which_field_is_the_right_lung(tmp_path: Path) -> None:
    image, truth = cxr_phantom()
    mirrored = write_cxr_dicom(image[:, ::-1], tmp_path / "mirrored.dcm", pixel_spacing_mm=None, orientation=("R", "F"))
    values = _values(_run(mirrored, tmp_path))
    assert values["right lung field area"] == pytest.approx(truth["right_px"], rel=0.05)  # pixels: no spacing
    assert values["left lung field area"] == pytest.approx(truth["left_px"], rel=0.05)
    x0 = int(str(values["right lung field box (x0,y0,x1,y1)"]).split(",")[0])
    assert x0 > image.shape[1] // 2  # the patient's right lung is on the image right when rows run to the right


def test_rg1_unci_real_radiograph(tmp_path: Path) -> None:
    path = Path(get_testdata_file("RG1_UNCI.dcm"))
    evidence = _run(path, tmp_path)
    assert evidence.status == "ok", evidence.error
    values = _values(evidence)
    assert values["lung fields found"] == 2
    h, w = 1955, 1841
    right_box = [int(v) for v in str(values["right lung field box (x0,y0,x1,y1)"]).split(",")]
    left_box = [int(v) for v in str(values["left lung field box (x0,y0,x1,y1)"]).split(",")]
    assert right_box[2] <= w // 2 + 50 < left_box[0] + 100  # right lung on the image left (PatientOrientation L\\F)
    for box, name in ((right_box, "right"), (left_box, "left")):
        assert 0.05 * h * w < values[f"{name} lung field area"] < 0.25 * h * w
        assert box[1] < 0.2 * h and box[3] > 0.5 * h  # from near the apex to below mid-image
    assert 0.6 < values["left/right lung field area ratio"] < 1.6
    assert any("areas are in pixels" in lim for lim in evidence.limitations)
    assert Path(evidence.overlay).is_file()


def test_uniform_image_has_no_lung_field() -> None:
    fields = find_lung_fields(np.full((300, 300), 1000.0, np.float32))
    assert fields.areas_px == {}


def test_ct_file_is_refused(tmp_path: Path) -> None:
    evidence = _run(Path(get_testdata_file("CT_small.dcm")), tmp_path)
    assert evidence.status == "failed" and "not a radiograph" in (evidence.error or "")


def test_targets_are_chest_radiographs() -> None:
    f = [Path("x.dcm")]
    case = Case(id="c", imaging=[
        ImagingStudy(id="a", modality="CR", body_part="chest", files=f),
        ImagingStudy(id="b", modality="DX", files=f),
        ImagingStudy(id="c", modality="XR", body_part="knee", files=f),
        ImagingStudy(id="d", modality="CT", body_part="chest", files=f),
    ])
    assert CxrLungFieldsExpert().targets(case) == ["a", "b"]
