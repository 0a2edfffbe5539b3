"""The MONAI bundle runner on a real (tiny) bundle the test writes: workflow, outputs, labels, errors."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("monai")
pytest.importorskip("ignite")
nib = pytest.importorskip("nibabel")

from consilium.experts.imaging.monai_bundle import MonaiBundleExpert, read_labels  # noqa: E402
from consilium.experts.imaging.phantoms import ct_chest_phantom, write_dicom_series  # noqa: E402
from consilium.orchestration.case.model import Case, ImagingStudy  # noqa: E402
from tests.experts.bundle_helpers import LABELS, NETWORK, write_tiny_bundle  # noqa: E402


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tiny_bundle(tmp_path_factory.mktemp("bundles"))


def _volume(tmp_path: Path) -> tuple[Path, np.ndarray]:
    rng = np.random.default_rng(0)
    data = rng.normal(0, 1, (32, 32, 32)).astype(np.float32)
    data[8:20, 8:20, 8:20] += 3.0
    path = tmp_path / "vol.nii.gz"
    nib.save(nib.Nifti1Image(data, np.diag([1.5, 1.5, 2.0, 1.0])), str(path))
    return path, data


def _direct_inference(bundle: Path, data: np.ndarray) -> np.ndarray:
    """What the bundle must compute: ScaleIntensity to [0, 1], UNet, softmax, argmax."""
    from monai.networks.nets import UNet

    net = UNet(**NETWORK)
    net.load_state_dict(torch.load(bundle / "models" / "model.pt", weights_only=True))
    net.eval()
    scaled = (data - data.min()) / (data.max() - data.min())
    with torch.no_grad():
        logits = net(torch.from_numpy(scaled)[None, None])
    return logits.argmax(dim=1)[0].numpy()


def test_runner_output_matches_direct_inference(bundle: Path, tmp_path: Path) -> None:
    path, data = _volume(tmp_path)
    expert = MonaiBundleExpert(bundle)
    case = Case(id="b", imaging=[ImagingStudy(id="ct", modality="CT", files=[path])])
    evidence = expert.run(case, "ct", tmp_path / "out")
    assert evidence.status == "ok", evidence.error
    values = {m.name: m for m in evidence.measurements}
    seg_path = Path(str(values["segmentation file"].value))
    labels, spacing = read_labels(seg_path)
    assert labels.shape == data.shape
    assert spacing == pytest.approx((1.5, 1.5, 2.0))
    expected = _direct_inference(bundle, data)
    assert set(np.unique(labels)) <= {0, 1, 2}
    np.testing.assert_array_equal(labels, expected)
    voxel_ml = 1.5 * 1.5 * 2.0 / 1000
    for value, name in LABELS.items():
        if value == "0":
            continue
        m = values[f"{name} volume"]
        assert m.inputs["voxels"] == int((expected == int(value)).sum())
        assert m.value == pytest.approx(round(m.inputs["voxels"] * voxel_ml, 2))
    assert evidence.weights_sha256 == hashlib.sha256((bundle / "models" / "model.pt").read_bytes()).hexdigest()
    assert Path(evidence.overlay).is_file()
    rerun = expert.run(case, "ct", tmp_path / "out")  # a second run in the same folder must not reuse stale output
    assert rerun.status == "ok", rerun.error


def test_card_comes_from_bundle_metadata(bundle: Path) -> None:
    card = MonaiBundleExpert(bundle).card
    assert card.name == "monai:tiny_seg" and card.version == "0.0.1" and card.modality == ["CT"]
    assert "organ A" in card.outputs and card.limits == "tests only"


def test_dicom_series_input_is_converted_to_nifti(bundle: Path, tmp_path: Path) -> None:
    volume, _ = ct_chest_phantom((16, 32, 32), (2.0, 1.0, 1.0))
    write_dicom_series(volume, (2.0, 1.0, 1.0), tmp_path / "series")
    case = Case(id="b", imaging=[ImagingStudy(id="ct", modality="CT", files=[tmp_path / "series"])])
    evidence = MonaiBundleExpert(bundle).run(case, "ct", tmp_path / "out")
    assert evidence.status == "ok", evidence.error
    values = {m.name: m.value for m in evidence.measurements}
    assert values["segmentation shape"] == "32x32x16"  # NIfTI (x, y, z) of the (z, y, x) series


def test_missing_weights_fail_with_the_path(tmp_path: Path) -> None:
    bundle = write_tiny_bundle(tmp_path, weights=False)
    path, _ = _volume(tmp_path)
    case = Case(id="b", imaging=[ImagingStudy(id="ct", modality="CT", files=[path])])
    evidence = MonaiBundleExpert(bundle).run(case, "ct", tmp_path / "out")
    assert evidence.status == "failed" and "models/model.pt" in (evidence.error or "")


def test_broken_config_is_a_bundle_error(bundle: Path, tmp_path: Path) -> None:
    path, _ = _volume(tmp_path)
    case = Case(id="b", imaging=[ImagingStudy(id="ct", modality="CT", files=[path])])
    expert = MonaiBundleExpert(bundle, overrides={"network_def#out_channels": 5})  # weights no longer fit
    evidence = expert.run(case, "ct", tmp_path / "out")
    assert evidence.status == "failed" and "inference workflow failed" in (evidence.error or "")
