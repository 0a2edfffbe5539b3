"""ct_quant against phantoms with known answers, and on pydicom's real CT files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("scipy")
pydicom = pytest.importorskip("pydicom")
from PIL import Image  # noqa: E402
from pydicom.data import get_testdata_file  # noqa: E402

from consilium.experts.imaging.ct_quant import CtQuantExpert, quantify_lungs  # noqa: E402
from consilium.experts.imaging.phantoms import ct_chest_phantom, write_dicom_series  # noqa: E402
from consilium.orchestration.case.model import Case, ImagingStudy  # noqa: E402

SPACING = (2.5, 1.0, 1.0)


def _case(*studies: ImagingStudy) -> Case:
    return Case(id="ct-case", imaging=list(studies))


def test_phantom_volumes_and_emphysema_index_are_exact() -> None:
    volume, truth = ct_chest_phantom(spacing=SPACING)
    result = quantify_lungs(volume, SPACING)
    both, right, left = (result.regions[k] for k in ("both lungs", "right lung", "left lung"))
    assert both["volume_ml"] == pytest.approx(truth["lung_volume_ml"])  # vessels filled, outside air excluded
    assert right["volume_ml"] == pytest.approx(truth["right_lung_volume_ml"])
    assert left["volume_ml"] == pytest.approx(truth["left_lung_volume_ml"])
    assert both["laa950_pct"] == pytest.approx(truth["emphysema_index_pct"])
    assert right["laa950_pct"] == 0.0 and left["laa950_pct"] > 0  # the bulla sits in the patient's left lung
    assert both["perc15_hu"] == pytest.approx(-850.0)


def test_laterality_follows_the_x_direction() -> None:
    volume, _ = ct_chest_phantom(spacing=SPACING)
    flipped = quantify_lungs(volume, SPACING, x_towards_patient_left=False)
    assert flipped.regions["right lung"]["laa950_pct"] > 0 and flipped.regions["left lung"]["laa950_pct"] == 0.0


def test_noise_leaves_volumes_and_emphysema_index_close() -> None:
    volume, truth = ct_chest_phantom(spacing=SPACING, noise_hu=25.0, seed=3)
    both = quantify_lungs(volume, SPACING).regions["both lungs"]
    assert both["volume_ml"] == pytest.approx(truth["lung_volume_ml"], rel=1e-3)
    assert both["laa950_pct"] == pytest.approx(truth["emphysema_index_pct"], abs=0.05)


def test_field_of_view_cut_through_the_lungs_keeps_them() -> None:
    volume, _ = ct_chest_phantom(spacing=SPACING)
    full = quantify_lungs(volume, SPACING)
    crop = (slice(None), slice(40, 216), slice(60, 196))  # cuts through both lungs at the x edges
    cropped = quantify_lungs(np.ascontiguousarray(volume[crop]), SPACING)
    expected_voxels = int(np.count_nonzero(full.labels[crop]))
    assert cropped.regions["both lungs"]["voxels"] == expected_voxels
    assert any("field of view" in n for n in cropped.notes)


def test_air_only_and_soft_tissue_only_volumes_have_no_lungs() -> None:
    assert quantify_lungs(np.full((4, 64, 64), -1000.0, np.float32), SPACING).regions == {}
    assert quantify_lungs(np.full((4, 64, 64), 40.0, np.float32), SPACING).regions == {}


def test_expert_on_a_dicom_series_phantom(tmp_path: Path) -> None:
    volume, truth = ct_chest_phantom((20, 128, 128), SPACING)
    write_dicom_series(volume, SPACING, tmp_path / "series")
    case = _case(ImagingStudy(id="ct1", modality="CT", body_part="CHEST", files=[tmp_path / "series"]))
    evidence = CtQuantExpert().run(case, "ct1", tmp_path / "out")
    assert evidence.status == "ok", evidence.error
    values = {m.name: m.value for m in evidence.measurements}
    assert values["both lungs volume"] == pytest.approx(truth["lung_volume_ml"], abs=0.1)
    assert values["left lung volume"] == pytest.approx(truth["left_lung_volume_ml"], abs=0.1)
    assert values["both lungs emphysema index (LAA-950)"] == pytest.approx(truth["emphysema_index_pct"], abs=0.01)
    assert evidence.input_sha256 and len(evidence.input_files) == 20
    assert Path(evidence.overlay).is_file()


def test_expert_on_ct_small_finds_both_lungs_in_the_cropped_slice(tmp_path: Path) -> None:
    case = _case(ImagingStudy(id="ct1", modality="CT", body_part="chest", files=[Path(get_testdata_file("CT_small.dcm"))]))
    evidence = CtQuantExpert().run(case, "ct1", tmp_path)
    assert evidence.status == "ok", evidence.error
    values = {m.name: m.value for m in evidence.measurements}
    assert 2.0 < values["right lung volume"] < 8.0 and 2.0 < values["left lung volume"] < 8.0  # 1 slice of 5 mm
    assert -900 < values["both lungs mean attenuation"] < -600
    assert any("1 slice" in lim for lim in evidence.limitations)
    overlay = Image.open(evidence.overlay)
    assert overlay.size == (512, 512)
    pixels = np.asarray(overlay.convert("RGB")).astype(int)
    green = (pixels[..., 1] > pixels[..., 0] + 40) & (pixels[..., 1] > pixels[..., 2] + 40)
    assert green[:, :256].sum() > 10 * green[:, 256:].sum()  # patient right lung drawn on the image left


def test_expert_on_the_jpeg2000_head_ct_reports_no_lung(tmp_path: Path) -> None:
    case = _case(ImagingStudy(id="head", modality="CT", files=[Path(get_testdata_file("693_J2KI.dcm"))]))
    evidence = CtQuantExpert().run(case, "head", tmp_path)
    assert evidence.status == "ok", evidence.error
    assert "No aerated lung" in evidence.summary
    assert evidence.measurements[0].value == 0.0


def test_expert_refuses_non_ct_and_unknown_targets(tmp_path: Path) -> None:
    case = _case(ImagingStudy(id="mr", modality="CT", files=[Path(get_testdata_file("MR_small.dcm"))]))
    failed = CtQuantExpert().run(case, "mr", tmp_path)
    assert failed.status == "failed" and "modality is MR" in (failed.error or "")
    missing = CtQuantExpert().run(case, "nope", tmp_path)
    assert missing.status == "failed" and "'nope'" in (missing.error or "") and "mr" in (missing.error or "")


def test_targets_are_chest_ct_studies_with_files() -> None:
    f = [Path("x.dcm")]
    case = _case(
        ImagingStudy(id="a", modality="CT", body_part="Chest", files=f),
        ImagingStudy(id="b", modality="ct", files=f),
        ImagingStudy(id="c", modality="CT", body_part="head", files=f),
        ImagingStudy(id="d", modality="MR", body_part="chest", files=f),
        ImagingStudy(id="e", modality="CT", body_part="chest"),
    )
    assert CtQuantExpert().targets(case) == ["a", "b"]
