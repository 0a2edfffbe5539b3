"""ihc_quant on an IHC phantom with known nuclei and DAB area, tiled TIFFs, and skimage's IHC image."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

skimage = pytest.importorskip("skimage")
tifffile = pytest.importorskip("tifffile")
from PIL import Image  # noqa: E402

from consilium.experts.imaging.tiles import TileReader  # noqa: E402
from consilium.experts.imaging.pathology import IhcQuantExpert, IhcQuantifier, mpp_from_text  # noqa: E402
from consilium.experts.imaging.phantoms import ihc_phantom  # noqa: E402
from consilium.orchestration.case.model import Case, PathologySpecimen  # noqa: E402


def _values(evidence) -> dict:
    return {m.name: m.value for m in evidence.measurements}


@pytest.mark.parametrize("tile,overlap", [(1024, 0), (128, 24), (96, 24)])
def test_phantom_counts_are_exact_whatever_the_tiling(tile: int, overlap: int) -> None:
    rgb, truth = ihc_phantom(n_nuclei=60)
    with TileReader(rgb) as reader:
        result = IhcQuantifier(tile=tile, overlap=overlap)(reader)
    assert result.nuclei == truth["nuclei"]
    assert result.tissue_px == rgb.shape[0] * rgb.shape[1]
    assert result.dab_px / result.tissue_px == pytest.approx(truth["dab_fraction"], abs=0.005)
    assert abs(result.dab_nuclei - truth["nuclei_in_dab"]) <= 2


def test_small_tiles_without_overlap_double_count_cut_nuclei() -> None:
    rgb, truth = ihc_phantom(n_nuclei=60)
    with TileReader(rgb) as reader:
        result = IhcQuantifier(tile=50, overlap=0)(reader)  # phantom nuclei sit on a 64 px grid
    assert result.nuclei > truth["nuclei"]  # why the default reads tiles with an overlap margin


def test_16_bit_tiff_gives_the_same_counts_as_8_bit(tmp_path: Path) -> None:
    rgb, truth = ihc_phantom(n_nuclei=60)
    path = tmp_path / "sixteen.tif"
    tifffile.imwrite(path, rgb.astype(np.uint16) * 257, tile=(128, 128))
    with TileReader(path) as reader:
        result = IhcQuantifier(tile=128, overlap=24)(reader)
    assert result.nuclei == truth["nuclei"]
    assert result.dab_px / result.tissue_px == pytest.approx(truth["dab_fraction"], abs=0.005)


def test_blank_slide_has_no_tissue() -> None:
    with TileReader(np.full((256, 256, 3), 250, np.uint8)) as reader:
        result = IhcQuantifier()(reader)
    assert result.tissue_px == 0 and result.nuclei == 0


def test_tiled_tiff_with_resolution_gives_density_per_mm2(tmp_path: Path) -> None:
    rgb, _ = ihc_phantom((640, 640), n_nuclei=64)
    path = tmp_path / "slide.tif"
    tifffile.imwrite(path, rgb, tile=(128, 128), compression="zlib", resolution=(20000, 20000), resolutionunit="CENTIMETER")
    case = Case(id="p", pathology=[PathologySpecimen(id="s1", description="IHC", files=[path])])
    expert = IhcQuantExpert(IhcQuantifier(tile=256, overlap=24))
    evidence = expert.run(case, "s1", tmp_path / "out")
    assert evidence.status == "ok", evidence.error
    values = _values(evidence)
    assert values["microns per pixel"] == pytest.approx(0.5)
    area_mm2 = 640 * 640 * 0.25 / 1e6
    assert values["tissue area"] == pytest.approx(area_mm2, rel=1e-3)
    assert values["nuclei"] == 64
    assert values["nuclei density"] == pytest.approx(64 / area_mm2, rel=1e-3)
    assert values["tiles analysed"] == 9
    assert Path(evidence.overlay).is_file()


def test_skimage_immunohistochemistry_image(tmp_path: Path) -> None:
    path = tmp_path / "ihc.png"
    Image.fromarray(skimage.data.immunohistochemistry()).save(path)
    case = Case(id="p", pathology=[PathologySpecimen(id="ihc", description="colon IHC", files=[path])])
    evidence = IhcQuantExpert().run(case, "ihc", tmp_path)
    assert evidence.status == "ok", evidence.error
    values = _values(evidence)
    assert 60 < values["DAB-positive tissue"] < 90  # brown epithelium, blue stroma (checked by eye on the overlay)
    assert 300 < values["nuclei"] < 800
    assert values["microns per pixel"] is None
    assert any("per megapixel" in lim for lim in evidence.limitations)
    assert Image.open(evidence.overlay).size == (1024, 1024)


def test_specimen_without_images_is_not_a_target_and_fails_cleanly(tmp_path: Path) -> None:
    case = Case(id="p", pathology=[
        PathologySpecimen(id="txt", files=[Path("report.txt")]),
        PathologySpecimen(id="img", files=[Path("a.TIF")]),
    ])
    expert = IhcQuantExpert()
    assert expert.targets(case) == ["img"]
    failed = expert.run(case, "txt", tmp_path)
    assert failed.status == "failed" and "no PNG/JPEG/TIFF" in (failed.error or "")
    grey = tmp_path / "grey.png"
    Image.fromarray(np.zeros((64, 64), np.uint8)).save(grey)
    case = Case(id="p", pathology=[PathologySpecimen(id="g", files=[grey])])
    failed = expert.run(case, "g", tmp_path)
    assert failed.status == "failed" and "needs an RGB" in (failed.error or "")
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    case = Case(id="p", pathology=[PathologySpecimen(id="b", files=[broken])])
    failed = expert.run(case, "b", tmp_path)
    assert failed.status == "failed" and "broken.png" in (failed.error or "")


def test_microns_per_pixel_in_description() -> None:
    assert mpp_from_text("scanned at 40x, mpp=0.25") == 0.25
    assert mpp_from_text("0.5 µm/px") == 0.5
    assert mpp_from_text("no scale") is None
