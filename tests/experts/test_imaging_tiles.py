"""Tile-by-tile reading of large 2D images: exact pixels, exact partition, and bounded memory."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import numpy as np
import pytest

tifffile = pytest.importorskip("tifffile")

from consilium.experts.imaging.io import CorruptFileError, ImageTooLargeError, MissingDecoderError  # noqa: E402
from consilium.experts.imaging.tiles import TileReader  # noqa: E402


def _image(h: int = 700, w: int = 900) -> np.ndarray:
    return (np.arange(h * w * 3, dtype=np.uint32) % 251).astype(np.uint8).reshape(h, w, 3)


def _layouts(tmp_path: Path, a: np.ndarray) -> dict[str, Path]:
    from PIL import Image

    paths = {"tiled": tmp_path / "tiled.tif", "strips": tmp_path / "strips.tif", "raw": tmp_path / "raw.tif", "png": tmp_path / "a.png"}
    tifffile.imwrite(paths["tiled"], a, tile=(128, 128), compression="zlib")
    tifffile.imwrite(paths["strips"], a, rowsperstrip=50, compression="zlib")
    tifffile.imwrite(paths["raw"], a)
    Image.fromarray(a).save(paths["png"])
    return paths


@pytest.mark.parametrize("layout,mode", [("tiled", "segments"), ("strips", "segments"), ("raw", "contiguous"), ("png", "whole")])
def test_regions_and_tiles_reproduce_the_image(tmp_path: Path, layout: str, mode: str) -> None:
    a = _image()
    path = _layouts(tmp_path, a)[layout]
    with TileReader(path) as reader:
        assert reader.mode == mode and reader.shape == a.shape
        np.testing.assert_array_equal(reader.read_region(101, 203, 333, 444), a[101:434, 203:647])
        rebuilt = np.zeros_like(a)
        owned = np.zeros(a.shape[:2], np.int32)
        for tile in reader.tiles(200, overlap=16):
            core = tile.pixels[tile.core]
            y, x = tile.core_origin
            rebuilt[y:y + core.shape[0], x:x + core.shape[1]] = core
            owned[y:y + core.shape[0], x:x + core.shape[1]] += 1
            np.testing.assert_array_equal(tile.pixels, a[tile.y:tile.y + tile.pixels.shape[0], tile.x:tile.x + tile.pixels.shape[1]])
        np.testing.assert_array_equal(rebuilt, a)
        assert owned.min() == 1 and owned.max() == 1  # cores partition the image exactly


def test_big_endian_16_bit_tiff_is_read_in_native_values(tmp_path: Path) -> None:
    a = _image(64, 80).astype(np.uint16) * 257
    path = tmp_path / "be.tif"
    tifffile.imwrite(path, a.astype(">u2"), byteorder=">")
    with TileReader(path) as reader:
        np.testing.assert_array_equal(reader.read_region(0, 0, 64, 80), a)


def test_tiled_tiff_is_read_in_bounded_memory(tmp_path: Path) -> None:
    side, tile = 3072, 512
    path = tmp_path / "large.tif"
    block = _image(tile, tile)
    tifffile.imwrite(path, (block for _ in range((side // tile) ** 2)), shape=(side, side, 3), dtype=np.uint8,
                     tile=(tile, tile), compression="zlib")
    full_bytes = side * side * 3
    with TileReader(path, cache_bytes=4 << 20) as reader:
        bound = reader.memory_bound(tile, overlap=16)
        assert bound < full_bytes / 3
        tracemalloc.start()
        checksum = 0
        for t in reader.tiles(tile, overlap=16):
            checksum += int(t.pixels[t.core].sum(dtype=np.int64))
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert checksum == int(block.sum(dtype=np.int64)) * (side // tile) ** 2
    print(f"tracemalloc peak {peak / 2**20:.2f} MiB, bound {bound / 2**20:.2f} MiB")
    assert peak < bound, f"peak {peak / 2**20:.1f} MiB above the stated bound {bound / 2**20:.1f} MiB"


def test_truncated_tiled_tiff_raises_a_corrupt_file_error(tmp_path: Path) -> None:
    path = tmp_path / "cut.tif"
    tifffile.imwrite(path, _image(512, 512), tile=(128, 128))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFileError, match="cut.tif"), TileReader(path) as reader:
        for _ in reader.tiles(256):
            pass


def test_tiff_codec_without_imagecodecs_falls_back_or_says_what_to_install(tmp_path: Path) -> None:
    try:
        import imagecodecs  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("imagecodecs is installed: tifffile decodes JPEG tiles itself")
    from PIL import Image

    a = _image(300, 400)
    path = tmp_path / "jpeg.tif"
    Image.fromarray(a).save(path, compression="jpeg")
    with TileReader(path) as reader:
        assert reader.mode == "whole" and reader.shape == a.shape  # Pillow decoded it
        assert np.abs(reader.read_region(0, 0, 300, 400).astype(int) - a).mean() < 40  # lossy, but the same image
    with pytest.raises(MissingDecoderError, match="pip install imagecodecs"):
        TileReader(path, max_full_decode_bytes=1000)


def test_png_too_large_to_decode_whole_is_refused(tmp_path: Path) -> None:
    from PIL import Image

    path = tmp_path / "big.png"
    Image.fromarray(_image(300, 300)).save(path)
    with pytest.raises(ImageTooLargeError, match="big.png"):
        TileReader(path, max_full_decode_bytes=100_000)


def test_microns_per_pixel_from_resolution_tags(tmp_path: Path) -> None:
    good, dpi72 = tmp_path / "mpp.tif", tmp_path / "dpi.tif"
    tifffile.imwrite(good, _image(32, 32), resolution=(20000, 20000), resolutionunit="CENTIMETER")
    tifffile.imwrite(dpi72, _image(32, 32), resolution=(72, 72), resolutionunit="INCH")
    with TileReader(good) as reader:
        assert reader.microns_per_pixel == pytest.approx(0.5)
    with TileReader(dpi72) as reader:
        assert reader.microns_per_pixel is None  # 353 µm/px is a screen default, not a microscope


def test_thumbnail_is_a_block_mean(tmp_path: Path) -> None:
    a = np.zeros((400, 400, 3), np.uint8)
    a[:200] = 200
    with TileReader(a) as reader:
        thumb = reader.thumbnail(max_side=100, tile=128)
    assert thumb.shape == (100, 100, 3)
    assert thumb[:50].min() == 200 and thumb[50:].max() == 0
