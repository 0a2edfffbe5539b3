"""Read a large 2D image tile by tile in bounded memory.

:class:`TileReader` serves rectangular regions of one image plane without decoding the whole image:

- **TIFF, uncompressed and contiguous** (one block): each region row is read with ``os.pread``; memory
  is the region only.
- **TIFF, tiled or striped, any codec tifffile decodes** (zlib, LZW, JPEG, ...; the usual layout of
  whole-slide and microscope images): the stored segments a region touches are decoded one by one
  and kept in a small LRU cache, so memory is the region plus ``cache_bytes`` plus a few segments'
  decode buffers (see :meth:`TileReader.memory_bound`; checked with tracemalloc in the tests).
  The first page is read: the full resolution level of a pyramidal TIFF.
- **TIFF whose codec tifffile lacks** (JPEG, LZW, ... without the optional ``imagecodecs`` package):
  decoded whole by Pillow when small enough, else :class:`MissingDecoderError` saying what to install.
- **PNG and JPEG** (and TIFF layouts tifffile cannot split, e.g. planar): Pillow cannot decode a
  region of these, so they are decoded whole, and refused with :class:`ImageTooLargeError` above
  ``max_full_decode_bytes``; convert such images to tiled TIFF.

Tiles are yielded row-major with an optional ``overlap`` margin so that objects cut by a tile edge
can be counted once, by the tile whose core holds their centre.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from consilium.experts.base import require
from consilium.experts.imaging.io import CorruptFileError, MissingDecoderError, detect_format, load_raster

DEFAULT_CACHE_BYTES = 96 << 20
DEFAULT_FULL_DECODE_BYTES = 512 << 20


@dataclass
class Tile:
    """A region ``pixels`` read at ``(y, x)`` with margins; ``core`` is the part this tile owns."""

    y: int
    x: int
    pixels: np.ndarray
    core: tuple[slice, slice]  # slices into ``pixels`` of the non-overlapping core
    core_origin: tuple[int, int]  # image coordinates of the core's top-left corner


class TileReader:
    """Random-access region reads and a tile iterator over one large image; use as a context manager."""

    def __init__(
        self,
        path: Path | np.ndarray,
        *,
        cache_bytes: int = DEFAULT_CACHE_BYTES,
        max_full_decode_bytes: int = DEFAULT_FULL_DECODE_BYTES,
    ) -> None:
        self.path = path if isinstance(path, np.ndarray) else Path(path)
        self.cache_bytes = cache_bytes
        self._cache: OrderedDict[int, np.ndarray] = OrderedDict()
        self._cached = 0
        self._tif: Any = None
        self._fd: int | None = None
        self._array: np.ndarray | None = None
        self.microns_per_pixel: float | None = None
        if isinstance(path, np.ndarray):
            self._array = path if path.ndim == 3 else path[..., np.newaxis]
            self.mode = "array"
        elif detect_format(self.path) == "tiff" and self._open_tiff(max_full_decode_bytes):
            pass
        else:
            self._open_whole(max_full_decode_bytes)
        if self._array is not None:
            self.shape = self._array.shape
            self.dtype = self._array.dtype

    # -- opening -----------------------------------------------------------------------------------
    def _open_tiff(self, max_full_decode_bytes: int) -> bool:
        """Set up region reads from the first TIFF page; False when it is to be decoded whole instead."""
        require("tifffile", "tifffile", needed_by="tiled TIFF reading")
        import tifffile

        try:
            self._tif = tifffile.TiffFile(str(self.path))
            page = self._tif.pages[0]
            shaped = page.shaped  # (separate samples, depth, length, width, contig samples)
        except (tifffile.TiffFileError, OSError, ValueError, IndexError) as exc:
            self.close()
            raise CorruptFileError(f"{self.path}: TIFF structure is invalid ({exc})") from exc
        if shaped[0] != 1 or shaped[1] != 1:
            self.close()
            return False  # planar or 3D TIFF: decoded whole instead
        self._page = page
        self.shape = (int(shaped[2]), int(shaped[3]), int(shaped[4]))
        self.dtype = np.dtype(page.dtype)
        self.microns_per_pixel = _tiff_mpp(page)
        expected = self.shape[0] * self.shape[1] * self.shape[2] * self.dtype.itemsize
        if page.is_contiguous and page.compression == 1 and sum(page.databytecounts) == expected:
            self.mode = "contiguous"
            self._offset = int(page.dataoffsets[0])
            self._file_dtype = self.dtype.newbyteorder(self._tif.byteorder)
            self._fd = os.open(str(self.path), os.O_RDONLY)
        else:
            self.mode = "segments"
            self._seg_h = int(page.tilelength) if page.is_tiled else int(min(page.rowsperstrip, self.shape[0]))
            self._seg_w = int(page.tilewidth) if page.is_tiled else self.shape[1]
            self._grid_w = -(-self.shape[1] // self._seg_w)
            try:
                self._segment(0)  # probe the codec once, before any tile is promised
            except MissingDecoderError:
                self.close()
                if expected > max_full_decode_bytes:
                    raise
                return False  # small enough for Pillow, which has its own TIFF codecs
            except CorruptFileError:
                self.close()
                raise
        return True

    def _open_whole(self, max_bytes: int) -> None:
        image = load_raster(self.path, max_bytes=max_bytes)  # typed errors for broken or oversized files
        pixels = image.pixels
        self._array = pixels if pixels.ndim == 3 else pixels[..., np.newaxis]
        self.mode = "whole"

    def close(self) -> None:
        """Release the file handles and the segment cache."""
        if self._tif is not None:
            self._tif.close()
            self._tif = None
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self._cache.clear()
        self._cached = 0

    def __enter__(self) -> TileReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -----------------------------------------------------------------------------------
    def memory_bound(self, tile: int, overlap: int = 0) -> int:
        """Upper bound in bytes of pixel memory held while iterating ``tiles(tile, overlap)``."""
        h, w, c = self.shape
        itemsize = self.dtype.itemsize
        region = (tile + 2 * overlap) ** 2 * c * itemsize
        if self.mode in ("whole", "array"):
            return h * w * c * itemsize + region
        if self.mode == "contiguous":
            return region
        largest_segment = self._seg_h * self._seg_w * c * itemsize
        # cache + one decode's transients (measured ~2.8 segments with zlib: compressed, inflated, decoded) + margin
        return region + max(self.cache_bytes, largest_segment) + 5 * largest_segment

    def read_region(self, y: int, x: int, height: int, width: int) -> np.ndarray:
        """Pixels ``[y:y+height, x:x+width]`` as ``(height, width, channels)``, clipped to the image."""
        h, w, c = self.shape
        y0, x0, y1, x1 = max(0, y), max(0, x), min(h, y + height), min(w, x + width)
        if y1 <= y0 or x1 <= x0:
            raise ValueError(f"region ({y}, {x}, {height}, {width}) lies outside the image {h}x{w}")
        if self._array is not None:
            return self._array[y0:y1, x0:x1]
        out = np.empty((y1 - y0, x1 - x0, c), dtype=self.dtype)
        if self.mode == "contiguous":
            self._read_contiguous(out, y0, x0)
        else:
            self._read_segments(out, y0, x0)
        return out

    def _read_contiguous(self, out: np.ndarray, y0: int, x0: int) -> None:
        assert self._fd is not None
        _, w, c = self.shape
        row_bytes, pixel_bytes = w * c * self.dtype.itemsize, c * self.dtype.itemsize
        length = out.shape[1] * pixel_bytes
        for r in range(out.shape[0]):
            data = os.pread(self._fd, length, self._offset + (y0 + r) * row_bytes + x0 * pixel_bytes)
            if len(data) != length:
                raise CorruptFileError(f"{self.path}: TIFF is truncated at row {y0 + r}")
            out[r] = np.frombuffer(data, dtype=self._file_dtype).reshape(out.shape[1], c)

    def _read_segments(self, out: np.ndarray, y0: int, x0: int) -> None:
        y1, x1 = y0 + out.shape[0], x0 + out.shape[1]
        for gy in range(y0 // self._seg_h, -(-y1 // self._seg_h)):
            for gx in range(x0 // self._seg_w, -(-x1 // self._seg_w)):
                seg = self._segment(gy * self._grid_w + gx)
                sy, sx = gy * self._seg_h, gx * self._seg_w
                ay, ax = max(y0, sy), max(x0, sx)
                by, bx = min(y1, sy + seg.shape[0]), min(x1, sx + seg.shape[1])
                out[ay - y0:by - y0, ax - x0:bx - x0] = seg[ay - sy:by - sy, ax - sx:bx - sx]

    def _segment(self, index: int) -> np.ndarray:
        if index in self._cache:
            self._cache.move_to_end(index)
            return self._cache[index]
        page = self._page
        if index >= len(page.dataoffsets):
            raise CorruptFileError(f"{self.path}: TIFF segment {index} is missing")
        count = int(page.databytecounts[index])
        fh = self._tif.filehandle
        fh.seek(int(page.dataoffsets[index]))
        data = fh.read(count) if count else None
        if data is not None and len(data) != count:
            raise CorruptFileError(f"{self.path}: TIFF is truncated in segment {index}")
        try:
            seg, _, _ = page.decode(data, index, jpegtables=page.jpegtables)
        except ValueError as exc:
            if "imagecodecs" not in str(exc):
                raise CorruptFileError(f"{self.path}: TIFF segment {index} cannot be decoded ({exc})") from exc
            raise MissingDecoderError(
                f"{self.path}: TIFF compression {getattr(page.compression, 'name', page.compression)} needs a codec tifffile "
                "does not bundle; install it with: pip install imagecodecs"
            ) from exc
        except Exception as exc:  # codecs raise their own error types for corrupt streams
            raise CorruptFileError(f"{self.path}: TIFF segment {index} cannot be decoded ({type(exc).__name__}: {exc})") from exc
        if seg is None:  # sparse TIFF: missing segment reads as zeros
            seg = np.zeros((1, self._seg_h, self._seg_w, self.shape[2]), dtype=self.dtype)
        seg = seg[0]
        while self._cache and self._cached + seg.nbytes > self.cache_bytes:  # evict first: never above the budget
            _, old = self._cache.popitem(last=False)
            self._cached -= old.nbytes
        self._cache[index] = seg
        self._cached += seg.nbytes
        return seg

    def tiles(self, size: int = 1024, overlap: int = 0) -> Iterator[Tile]:
        """Row-major tiles of ``size`` pixels (edge tiles smaller), each with ``overlap`` pixels of context."""
        if size <= 0 or overlap < 0:
            raise ValueError("tile size must be positive and overlap non-negative")
        h, w, _ = self.shape
        for y in range(0, h, size):
            for x in range(0, w, size):
                ry, rx = max(0, y - overlap), max(0, x - overlap)
                pixels = self.read_region(ry, rx, min(h, y + size + overlap) - ry, min(w, x + size + overlap) - rx)
                core = (slice(y - ry, y - ry + min(size, h - y)), slice(x - rx, x - rx + min(size, w - x)))
                yield Tile(y=ry, x=rx, pixels=pixels, core=core, core_origin=(y, x))

    def thumbnail(self, max_side: int = 1024, tile: int = 2048) -> np.ndarray:
        """A downsampled copy built tile by tile (block means), at most ``max_side`` on its longer side."""
        h, w, c = self.shape
        step = max(1, -(-max(h, w) // max_side))
        tile = max(step, tile // step * step)
        out = np.zeros((-(-h // step), -(-w // step), c), dtype=np.float32)
        for t in self.tiles(tile):
            core = t.pixels[t.core].astype(np.float32)
            ch, cw = core.shape[0] // step * step, core.shape[1] // step * step
            if ch and cw:
                block = core[:ch, :cw].reshape(ch // step, step, cw // step, step, c).mean(axis=(1, 3))
                oy, ox = t.core_origin[0] // step, t.core_origin[1] // step
                out[oy:oy + block.shape[0], ox:ox + block.shape[1]] = block
        return out.astype(self.dtype) if np.issubdtype(self.dtype, np.integer) else out


def _tiff_mpp(page: Any) -> float | None:
    """Microns per pixel from an Aperio description or the resolution tags, if plausible (0.05-20)."""
    description = str(getattr(page, "description", "") or "")
    for part in description.split("|"):
        key, _, value = part.partition("=")
        if key.strip().upper() == "MPP":
            try:
                return _plausible_mpp(float(value))
            except ValueError:
                break
    tags = page.tags
    if "XResolution" in tags and "ResolutionUnit" in tags:
        num, den = tags["XResolution"].value
        unit = int(tags["ResolutionUnit"].value)
        per_micron = {2: 25400.0, 3: 10000.0}.get(unit)
        if per_micron and num:
            return _plausible_mpp(per_micron * den / num)
    return None


def _plausible_mpp(mpp: float) -> float | None:
    """Reject values such as 72 dpi defaults that are not a microscope's sampling."""
    return mpp if 0.05 <= mpp <= 20.0 else None

