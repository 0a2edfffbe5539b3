"""Read medical images into numpy arrays with their spacing, or fail with a typed error naming the file.

Formats: DICOM (one file, multi-frame, or a series folder sorted along the slice normal), NIfTI
(nibabel), PNG/JPEG/TIFF (Pillow). Grayscale volumes come back as ``(z, y, x)`` float32 arrays in
DICOM patient order (x towards the patient's left, y posterior, z superior, for axial slices with
the standard orientation); CT values are Hounsfield units after rescale slope/intercept; MONOCHROME1
images are inverted so that higher always means brighter. Compressed DICOM transfer syntaxes decode
when a pydicom pixel decoder plugin is installed (pylibjpeg, pylibjpeg-libjpeg, pylibjpeg-openjpeg);
otherwise :class:`MissingDecoderError` names the transfer syntax and what to install.

DICOM decoding lives in :mod:`consilium.experts.imaging.dicom` (re-exported here as ``load_dicom`` and
``load_dicom_series``). Large 2D images that should be read in bounded memory go through
:mod:`consilium.experts.imaging.tiles` instead.
"""

from __future__ import annotations

import gzip
import time

from pathlib import Path
from typing import Any

import numpy as np

from consilium.experts.base import require
from consilium.experts.imaging.formats import (  # noqa: F401  (re-exported: the readers' public names)
    DEFAULT_MAX_BYTES,
    CorruptFileError,
    ImageTooLargeError,
    ImagingError,
    LoadedImage,
    MislabelledFileError,
    MissingDecoderError,
    UnsupportedFormatError,
    detect_format,
    expand_files,
    sniff,
)


# (centre, width) in HU; radiopaedia's common presets.
WINDOWS: dict[str, tuple[float, float]] = {
    "lung": (-600.0, 1500.0),
    "mediastinum": (50.0, 350.0),
    "bone": (400.0, 1800.0),
    "brain": (40.0, 80.0),
}

def load_image(paths: list[Path] | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, series_uid: str | None = None) -> LoadedImage:
    """Load a study: one image file, several DICOM files of one series, or a folder of them."""
    files = expand_files([Path(paths)] if isinstance(paths, (str, Path)) else list(paths))
    if not files:
        raise ImagingError(f"{paths}: no image files found")
    from consilium.experts.imaging.dicom import load_dicom, load_dicom_series

    if len(files) > 1:
        return load_dicom_series(files, max_bytes=max_bytes, series_uid=series_uid)
    kind = detect_format(files[0])
    if kind == "dicom":
        return load_dicom(files[0], max_bytes=max_bytes)
    if kind == "nifti":
        return load_nifti(files[0], max_bytes=max_bytes)
    return load_raster(files[0], max_bytes=max_bytes)


# ------------------------------------------------------------------------------------ NIfTI and raster

def load_nifti(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedImage:
    """A NIfTI volume reoriented to the DICOM-like ``(z, y, x)`` order used here, with voxel spacing."""
    require("nibabel", "nibabel", needed_by="NIfTI reading")
    import nibabel as nib
    from nibabel.filebasedimages import ImageFileError

    path = Path(path)
    try:
        img: Any = nib.load(str(path))
    except (ImageFileError, OSError, EOFError, ValueError) as exc:
        raise CorruptFileError(f"{path}: NIfTI header cannot be read ({exc})") from exc
    shape = img.shape
    if int(np.prod(shape)) * 4 > max_bytes:
        raise ImageTooLargeError(f"{path}: shape {shape} exceeds the {max_bytes / 2**20:.0f} MiB limit as float32")
    notes: list[str] = []
    try:
        img = nib.as_closest_canonical(img)  # RAS+; flipped below to x->left, y->posterior like DICOM
        data = np.asarray(img.dataobj, dtype=np.float32)
    except (OSError, EOFError, ValueError, gzip.BadGzipFile) as exc:
        raise CorruptFileError(f"{path}: NIfTI data is truncated or invalid ({exc})") from exc
    if data.ndim == 4:
        notes.append(f"4D image: first of {data.shape[3]} volumes used")
        data = data[..., 0]
    if data.ndim == 2:
        data = data[..., np.newaxis]
    if data.ndim != 3:
        raise UnsupportedFormatError(f"{path}: {data.ndim}-dimensional NIfTI is not supported")
    zooms = [float(z) for z in img.header.get_zooms()[:3]]
    pixels = np.ascontiguousarray(data[::-1, ::-1, :].transpose(2, 1, 0))
    return LoadedImage(
        pixels=pixels, spacing=(zooms[2], zooms[1], zooms[0]), modality="", sources=[path],
        meta={"affine": img.affine.tolist(), "orientation": "RAS canonical, stored as (z, y, x) with x->L, y->P"}, notes=notes,
    )


def load_raster(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedImage:
    """A PNG, JPEG or TIFF decoded whole with Pillow: ``(y, x)`` grayscale or ``(y, x, 3)`` RGB."""
    require("PIL", "pillow", needed_by="PNG/JPEG/TIFF reading")
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    try:
        with Image.open(path) as im:
            w, h = im.size
            bands = len(im.getbands())
            if w * h * bands * 2 > max_bytes:
                raise ImageTooLargeError(
                    f"{path}: {w}x{h}x{bands} exceeds the {max_bytes / 2**20:.0f} MiB limit; read it with imaging_tiles"
                )
            im.load()
            if im.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
                pixels = np.asarray(im, dtype=np.float32)
            elif im.mode in ("L", "1"):
                pixels = np.asarray(im.convert("L"))
            else:
                pixels = np.asarray(im.convert("RGB"))
            dpi = im.info.get("dpi")
    except ImagingError:
        raise
    except Image.DecompressionBombError as exc:
        raise ImageTooLargeError(f"{path}: {exc}") from exc
    except UnidentifiedImageError as exc:
        raise CorruptFileError(f"{path}: not a readable PNG/JPEG/TIFF ({exc})") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise CorruptFileError(f"{path}: image data is truncated or invalid ({exc})") from exc
    return LoadedImage(pixels=pixels, spacing=None, modality="", sources=[path], meta={"dpi": dpi, "mode": im.mode})


# ------------------------------------------------------------------------------------------ display

def window(values: np.ndarray, preset: str | tuple[float, float] = "lung") -> np.ndarray:
    """Map values (HU) through a named or ``(centre, width)`` window to uint8."""
    if isinstance(preset, str):
        if preset not in WINDOWS:
            raise ValueError(f"unknown window {preset!r}; choose one of {sorted(WINDOWS)}")
        centre, width = WINDOWS[preset]
    else:
        centre, width = preset
    lo = centre - width / 2.0
    scaled = (np.asarray(values, dtype=np.float32) - np.float32(lo)) * np.float32(255.0 / width)
    return np.clip(scaled, 0, 255).astype(np.uint8)


def auto_window(values: np.ndarray, low_pct: float = 1.0, high_pct: float = 99.0) -> np.ndarray:
    """Percentile window to uint8, for images without calibrated units (radiographs, MR)."""
    sample = values[:: max(1, values.shape[0] // 512)] if values.ndim >= 2 else values
    lo, hi = np.percentile(sample, [low_pct, high_pct])
    return window(values, ((lo + hi) / 2.0, max(float(hi - lo), 1e-6)))


def benchmark_series_load(folder: Path, *, repeats: int = 1) -> dict[str, float]:
    """Time :func:`load_dicom_series` on a folder: best of ``repeats``, in slices per second."""
    from consilium.experts.imaging.dicom import load_dicom_series

    files = expand_files([Path(folder)])
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        image = load_dicom_series(files)
        best = min(best, time.perf_counter() - start)
    n = int(image.pixels.shape[0])
    return {"slices": n, "seconds": round(best, 3), "slices_per_second": round(n / best, 1)}


def __getattr__(name: str) -> Any:
    """Re-export the DICOM loaders without importing pydicom code at module import."""
    if name in ("load_dicom", "load_dicom_series"):
        from consilium.experts.imaging import dicom

        return getattr(dicom, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
