"""Image loading on real files shipped by pydicom, pydicom-data and nibabel, and on broken ones."""

from __future__ import annotations

import gzip
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

pydicom = pytest.importorskip("pydicom")
from pydicom.data import get_testdata_file  # noqa: E402

from consilium.experts.imaging import io  # noqa: E402
from consilium.experts.base import ExpertError  # noqa: E402
from consilium.experts.imaging.phantoms import ct_chest_phantom, write_dicom_series  # noqa: E402

CT_SMALL = Path(get_testdata_file("CT_small.dcm"))
J2K = Path(get_testdata_file("693_J2KI.dcm"))
NIBABEL_DATA = Path(__import__("nibabel").__file__).parent / "tests" / "data"


def test_ct_small_is_rescaled_to_hounsfield_units_with_spacing() -> None:
    image = io.load_image(CT_SMALL)
    raw = pydicom.dcmread(CT_SMALL)
    assert image.pixels.shape == (1, 128, 128) and image.pixels.dtype == np.float32
    assert image.modality == "CT"
    assert image.spacing == pytest.approx((5.0, 0.661468, 0.661468))
    expected = raw.pixel_array.astype(np.float32) * float(raw.RescaleSlope) + float(raw.RescaleIntercept)
    np.testing.assert_array_equal(image.pixels[0], expected)
    assert float(raw.RescaleIntercept) == -1024.0


def test_jpeg2000_ct_decodes_to_plausible_hounsfield_units() -> None:
    image = io.load_image(J2K)
    assert "JPEG 2000" in image.meta["transfer_syntax"]
    assert image.pixels.shape == (1, 512, 512)
    slice_ = image.pixels[0]
    assert -1100 < np.median(slice_[250:260, 20:40]) < -900  # air beside the head
    assert 0 < np.median(slice_[240:270, 240:270]) < 80  # brain


def test_monochrome1_radiograph_is_inverted() -> None:
    path = Path(get_testdata_file("RG1_UNCI.dcm"))
    image = io.load_image(path)
    raw = pydicom.dcmread(path)
    assert raw.PhotometricInterpretation == "MONOCHROME1" and int(raw.BitsStored) == 15
    np.testing.assert_array_equal(image.pixels[0], (2**15 - 1) - raw.pixel_array.astype(np.float32))
    assert image.spacing is None  # the file's PixelSpacing is 0\0
    assert image.meta["patient_orientation"] == ["L", "F"]


def test_multiframe_file_becomes_a_volume() -> None:
    image = io.load_image(Path(get_testdata_file("emri_small.dcm")))
    assert image.pixels.shape == (10, 64, 64)


def test_series_is_sorted_by_position_not_file_name(tmp_path: Path) -> None:
    volume, _ = ct_chest_phantom((12, 48, 48), (2.5, 0.8, 0.8))
    write_dicom_series(volume, (2.5, 0.8, 0.8), tmp_path, shuffle_names=True)
    image = io.load_image(tmp_path)
    np.testing.assert_array_equal(image.pixels, np.rint(volume))
    assert image.spacing == pytest.approx((2.5, 0.8, 0.8))
    assert image.notes == []


def test_jpeg2000_series_round_trips_losslessly(tmp_path: Path) -> None:
    from pydicom.uid import JPEG2000Lossless

    volume, _ = ct_chest_phantom((4, 32, 32), (2.0, 1.0, 1.0))
    write_dicom_series(volume, (2.0, 1.0, 1.0), tmp_path, transfer_syntax=JPEG2000Lossless)
    image = io.load_image(sorted(tmp_path.iterdir()))
    np.testing.assert_array_equal(image.pixels, np.rint(volume))


def test_series_with_two_series_uids_is_refused(tmp_path: Path) -> None:
    volume, _ = ct_chest_phantom((3, 16, 16), (2.0, 1.0, 1.0))
    write_dicom_series(volume, (2.0, 1.0, 1.0), tmp_path / "a")
    write_dicom_series(volume, (2.0, 1.0, 1.0), tmp_path / "b")
    files = sorted((tmp_path / "a").iterdir()) + sorted((tmp_path / "b").iterdir())
    with pytest.raises(io.ImagingError, match="2 series"):
        io.load_image(files)


def test_transfer_syntax_without_any_decoder_is_named(tmp_path: Path) -> None:
    from pydicom.uid import MPEG2MPML

    from pydicom.encaps import encapsulate

    ds = pydicom.dcmread(CT_SMALL)
    ds.file_meta.TransferSyntaxUID = MPEG2MPML
    ds.PixelData = encapsulate([ds.PixelData])
    ds["PixelData"].VR = "OB"
    path = tmp_path / "mpeg.dcm"
    ds.save_as(path)
    with pytest.raises(io.MissingDecoderError, match="MPEG2") as err:
        io.load_image(path)
    assert str(path) in str(err.value)


def test_missing_decoder_plugin_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import pydicom.pixels

    class Unavailable:
        is_available = False
        missing_dependencies = ("pylibjpeg - requires pylibjpeg-openjpeg",)

    monkeypatch.setattr(pydicom.pixels, "get_decoder", lambda uid: Unavailable())
    with pytest.raises(io.MissingDecoderError) as err:
        io.load_image(J2K)
    message = str(err.value)
    assert "JPEG 2000" in message and "pylibjpeg-openjpeg" in message and str(J2K) in message


@pytest.mark.parametrize("cut", [0.5, -1000])
def test_truncated_dicom_is_a_corrupt_file(tmp_path: Path, cut: float) -> None:
    data = CT_SMALL.read_bytes()
    path = tmp_path / "truncated.dcm"
    path.write_bytes(data[: int(len(data) * cut) if cut > 0 else len(data) + int(cut)])
    with pytest.raises(io.CorruptFileError, match="truncated.dcm"):
        io.load_image(path)


def test_mislabelled_files_are_refused(tmp_path: Path) -> None:
    from PIL import Image

    png_as_dicom = tmp_path / "scan.dcm"
    Image.fromarray(np.zeros((8, 8), np.uint8)).save(png_as_dicom, format="PNG")
    with pytest.raises(io.MislabelledFileError, match="extension says DICOM but the content is PNG"):
        io.load_image(png_as_dicom)
    dicom_as_png = tmp_path / "scan.png"
    shutil.copy(CT_SMALL, dicom_as_png)
    with pytest.raises(io.MislabelledFileError, match="scan.png"):
        io.load_image(dicom_as_png)


def test_text_and_empty_files_give_typed_errors(tmp_path: Path) -> None:
    text = tmp_path / "notes.dcm"
    text.write_text("not an image " * 50)
    with pytest.raises(io.UnsupportedFormatError, match="notes.dcm: not a DICOM file"):
        io.load_image(text)
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(io.CorruptFileError, match="empty"):
        io.load_image(empty)
    with pytest.raises(io.ImagingError, match="not found"):
        io.load_image(tmp_path / "missing.dcm")


def test_every_imaging_error_is_an_expert_error() -> None:
    for cls in (io.UnsupportedFormatError, io.MislabelledFileError, io.CorruptFileError, io.MissingDecoderError, io.ImageTooLargeError):
        assert issubclass(cls, ExpertError)


def test_oversized_images_are_refused_before_decoding(tmp_path: Path) -> None:
    from PIL import Image

    with pytest.raises(io.ImageTooLargeError, match="RG1_UNCI.dcm"):
        io.load_image(Path(get_testdata_file("RG1_UNCI.dcm")), max_bytes=1 << 20)
    big = tmp_path / "big.png"
    Image.fromarray(np.zeros((600, 600), np.uint8)).save(big)
    with pytest.raises(io.ImageTooLargeError, match="big.png"):
        io.load_image(big, max_bytes=100_000)


def test_truncated_png_and_jpeg_load(tmp_path: Path) -> None:
    from PIL import Image

    rng = np.random.default_rng(0)
    png = tmp_path / "cut.png"
    Image.fromarray(rng.integers(0, 255, (200, 200, 3), dtype=np.uint8)).save(png)
    png.write_bytes(png.read_bytes()[:5000])
    with pytest.raises(io.CorruptFileError, match="cut.png"):
        io.load_image(png)
    jpeg = tmp_path / "ok.jpg"
    Image.fromarray(rng.integers(0, 255, (40, 30, 3), dtype=np.uint8)).save(jpeg)
    assert io.load_image(jpeg).pixels.shape == (40, 30, 3)


def test_nifti_volumes_keep_their_spacing(tmp_path: Path) -> None:
    anatomical = io.load_image(NIBABEL_DATA / "anatomical.nii")
    assert anatomical.pixels.ndim == 3 and anatomical.spacing is not None
    assert all(s > 0 for s in anatomical.spacing)
    four_d = io.load_image(NIBABEL_DATA / "example4d.nii.gz")
    assert four_d.pixels.shape == (24, 96, 128)  # (z, y, x) of the first volume
    assert four_d.spacing == pytest.approx((2.2, 2.0, 2.0), abs=1e-3)
    assert any("4D" in n for n in four_d.notes)
    broken = tmp_path / "broken.nii.gz"
    raw = gzip.decompress((NIBABEL_DATA / "example4d.nii.gz").read_bytes())
    broken.write_bytes(gzip.compress(raw[: len(raw) // 3]))
    with pytest.raises(io.CorruptFileError, match="broken.nii.gz"):
        io.load_image(broken)


def test_nifti_orientation_matches_dicom_convention(tmp_path: Path) -> None:
    import nibabel as nib

    data = np.zeros((10, 8, 6), np.float32)
    data[0, 0, 0] = 1.0
    affine = np.diag([1.0, 1.0, 2.0, 1.0])  # RAS+: voxel (0, 0, 0) is the patient's left-posterior-inferior corner
    path = tmp_path / "ras.nii.gz"
    nib.save(nib.Nifti1Image(data, affine), str(path))
    image = io.load_image(path)
    assert image.pixels.shape == (6, 8, 10)
    # (z, y, x) with z -> superior, y -> posterior, x -> patient left: inferior = 0, posterior = 7, left = 9.
    z, y, x = np.argwhere(image.pixels == 1.0)[0]
    assert (z, y, x) == (0, 7, 9)
    assert image.spacing == pytest.approx((2.0, 1.0, 1.0))


def test_window_presets_map_hounsfield_units_to_uint8() -> None:
    hu = np.array([-1350.0, -600.0, 150.0, 1000.0])
    lung = io.window(hu, "lung")
    assert lung.dtype == np.uint8 and lung[0] == 0 and lung[2] == 255 and 120 <= lung[1] <= 130
    brain = io.window(np.array([0.0, 40.0, 80.0]), "brain")
    assert list(brain) == [0, 127, 255]
    with pytest.raises(ValueError, match="unknown window"):
        io.window(hu, "liver")


def test_series_benchmark_reports_slices_per_second(tmp_path: Path) -> None:
    volume, _ = ct_chest_phantom((5, 32, 32), (2.0, 1.0, 1.0))
    write_dicom_series(volume, (2.0, 1.0, 1.0), tmp_path)
    figures = io.benchmark_series_load(tmp_path)
    assert figures["slices"] == 5 and figures["slices_per_second"] > 0
    assert os.path.isdir(tmp_path)
