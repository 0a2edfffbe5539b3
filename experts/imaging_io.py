"""Read medical images into numpy arrays with their spacing, or fail with a typed error naming the file.

Formats: DICOM (one file, multi-frame, or a series folder sorted along the slice normal), NIfTI
(nibabel), PNG/JPEG/TIFF (Pillow). Grayscale volumes come back as ``(z, y, x)`` float32 arrays in
DICOM patient order (x towards the patient's left, y posterior, z superior, for axial slices with
the standard orientation); CT values are Hounsfield units after rescale slope/intercept; MONOCHROME1
images are inverted so that higher always means brighter. Compressed DICOM transfer syntaxes decode
when a pydicom pixel decoder plugin is installed (pylibjpeg, pylibjpeg-libjpeg, pylibjpeg-openjpeg);
otherwise :class:`MissingDecoderError` names the transfer syntax and what to install.

Large 2D images that should be read in bounded memory go through
:mod:`consilium.experts.imaging_tiles` instead.
"""

from __future__ import annotations

import gzip
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from consilium.experts.base import ExpertError

DEFAULT_MAX_BYTES = 2 << 30  # refuse to decode more than 2 GiB of pixels for one image or series

# (centre, width) in HU; radiopaedia's common presets.
WINDOWS: dict[str, tuple[float, float]] = {
    "lung": (-600.0, 1500.0),
    "mediastinum": (50.0, 350.0),
    "bone": (400.0, 1800.0),
    "brain": (40.0, 80.0),
}

_KIND_BY_SUFFIX = {
    ".dcm": "dicom", ".dicom": "dicom", ".ima": "dicom",
    ".nii": "nifti", ".nii.gz": "nifti",
    ".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".tif": "tiff", ".tiff": "tiff",
}


class ImagingError(ExpertError):
    """An image could not be read; the message names the file and the problem."""


class UnsupportedFormatError(ImagingError):
    """The file is not an image format this module reads."""


class MislabelledFileError(ImagingError):
    """The file's extension names one format and its content is another."""


class CorruptFileError(ImagingError):
    """The file is truncated or its content is invalid for its format."""


class MissingDecoderError(ImagingError):
    """A compressed DICOM transfer syntax has no installed decoder."""


class ImageTooLargeError(ImagingError):
    """Decoding the image would exceed the memory limit it was read with."""


@dataclass
class LoadedImage:
    """Pixels plus what is needed to measure them.

    ``pixels`` is ``(z, y, x)`` for grayscale DICOM/NIfTI (z = 1 for a single slice),
    ``(z, y, x, 3)`` for colour DICOM, ``(y, x)`` or ``(y, x, 3)`` for PNG/JPEG/TIFF.
    ``spacing`` is millimetres per spatial axis in the same order, or None when the file does not say.
    ``notes`` lists caveats (guessed slice spacing, detector-plane spacing) for an expert's limitations.
    """

    pixels: np.ndarray
    spacing: tuple[float, ...] | None
    modality: str
    sources: list[Path]
    meta: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def expand_files(paths: list[Path]) -> list[Path]:
    """Files named directly plus the non-hidden files directly inside any named folder, sorted."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out += sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith(".") and f.name != "DICOMDIR")
        else:
            out.append(p)
    return out


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return ".nii.gz" if name.endswith(".nii.gz") else path.suffix.lower()


def sniff(path: Path) -> str | None:
    """Format from the file's first bytes: dicom, nifti, png, jpeg, tiff, or None when unknown."""
    try:
        with open(path, "rb") as f:
            head = f.read(352)
    except FileNotFoundError:
        raise ImagingError(f"{path}: file not found") from None
    except OSError as exc:
        raise ImagingError(f"{path}: cannot be read ({exc})") from exc
    if not head:
        raise CorruptFileError(f"{path}: file is empty")
    if head.startswith(b"\x1f\x8b"):
        try:
            with gzip.open(path, "rb") as f:
                head = f.read(352)
        except (OSError, EOFError) as exc:
            raise CorruptFileError(f"{path}: gzip stream is broken ({exc})") from exc
    if len(head) >= 132 and head[128:132] == b"DICM":
        return "dicom"
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if head[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    if len(head) >= 348 and head[344:347] in (b"n+1", b"ni1"):
        return "nifti"
    if len(head) >= 8 and head[4:7] in (b"n+2", b"ni2"):
        return "nifti"
    return None


def detect_format(path: Path) -> str:
    """Format of ``path`` from its content, checked against its extension."""
    path = Path(path)
    found = sniff(path)
    expected = _KIND_BY_SUFFIX.get(_suffix(path))
    if found and expected and found != expected:
        raise MislabelledFileError(f"{path}: extension says {expected.upper()} but the content is {found.upper()}")
    if found:
        return found
    if expected in (None, "dicom"):
        return "dicom"  # DICOM without the 128-byte preamble; pydicom decides
    raise CorruptFileError(f"{path}: extension says {expected.upper()} but the file has no valid {expected.upper()} header")


def load_image(paths: list[Path] | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, series_uid: str | None = None) -> LoadedImage:
    """Load a study: one image file, several DICOM files of one series, or a folder of them."""
    files = expand_files([Path(paths)] if isinstance(paths, (str, Path)) else list(paths))
    if not files:
        raise ImagingError(f"{paths}: no image files found")
    if len(files) > 1:
        return load_dicom_series(files, max_bytes=max_bytes, series_uid=series_uid)
    kind = detect_format(files[0])
    if kind == "dicom":
        return load_dicom(files[0], max_bytes=max_bytes)
    if kind == "nifti":
        return load_nifti(files[0], max_bytes=max_bytes)
    return load_raster(files[0], max_bytes=max_bytes)


# ----------------------------------------------------------------------------------------------- DICOM

def _read_dataset(path: Path, *, headers_only: bool = False) -> Any:
    from pydicom import dcmread
    from pydicom.errors import InvalidDicomError

    try:
        return dcmread(path, stop_before_pixels=headers_only)
    except InvalidDicomError as exc:
        raise UnsupportedFormatError(f"{path}: not a DICOM file ({exc})") from exc
    except (EOFError, OSError, ValueError, KeyError, TypeError) as exc:
        raise CorruptFileError(f"{path}: DICOM header cannot be parsed ({type(exc).__name__}: {exc})") from exc


def _check_decodable(path: Path, ds: Any) -> str:
    """Name of the transfer syntax; raise MissingDecoderError when no installed plugin decodes it."""
    from pydicom.pixels import get_decoder

    meta = getattr(ds, "file_meta", None)
    uid = getattr(meta, "TransferSyntaxUID", None) if meta is not None else None
    if uid is None or not uid.is_compressed:
        return uid.name if uid is not None else "implicit VR little endian (assumed)"
    try:
        decoder = get_decoder(uid)
    except NotImplementedError:
        raise MissingDecoderError(f"{path}: transfer syntax {uid.name} ({uid}) has no pixel decoder in pydicom") from None
    if not decoder.is_available:
        raise MissingDecoderError(
            f"{path}: transfer syntax {uid.name} ({uid}) needs a decoder plugin; install one of: "
            + "; ".join(decoder.missing_dependencies) + " (or pip install pylibjpeg pylibjpeg-libjpeg pylibjpeg-openjpeg)"
        )
    return str(uid.name)


def _frame_bytes(ds: Any) -> int:
    frames = int(getattr(ds, "NumberOfFrames", 1) or 1)
    bits = int(getattr(ds, "BitsAllocated", 16) or 16)
    return int(ds.Rows) * int(ds.Columns) * int(getattr(ds, "SamplesPerPixel", 1)) * frames * max(bits, 8) // 8


def _dicom_pixels(path: Path, ds: Any) -> np.ndarray:
    """Decoded pixels as float32 (modality LUT applied, MONOCHROME1 inverted) or uint8 RGB."""
    from pydicom.pixels import apply_modality_lut

    try:
        raw = ds.pixel_array
    except AttributeError as exc:
        raise CorruptFileError(f"{path}: DICOM file has no pixel data ({exc})") from exc
    except Exception as exc:  # decoder plugins raise a variety of types for bad streams
        raise CorruptFileError(f"{path}: pixel data cannot be decoded ({type(exc).__name__}: {exc})") from exc
    if int(getattr(ds, "SamplesPerPixel", 1)) > 1:
        return np.asarray(raw, dtype=np.uint8) if raw.dtype == np.uint8 else raw
    slope, intercept = _rescale(ds)
    if slope is not None:
        pixels = raw.astype(np.float32) * np.float32(slope) + np.float32(intercept)
    else:
        pixels = np.asarray(apply_modality_lut(raw, ds), dtype=np.float32)
    if str(getattr(ds, "PhotometricInterpretation", "")) == "MONOCHROME1":
        bits = int(getattr(ds, "BitsStored", 16))
        lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if int(getattr(ds, "PixelRepresentation", 0)) else (0, (1 << bits) - 1)
        s, i = (slope, intercept) if slope is not None else (1.0, 0.0)
        pixels = np.float32(lo * s + i + hi * s + i) - pixels
    return pixels


def _rescale(ds: Any) -> tuple[float | None, float]:
    """Rescale slope/intercept from the top level or an enhanced multi-frame's shared groups."""
    if "RescaleSlope" in ds or "RescaleIntercept" in ds:
        return float(getattr(ds, "RescaleSlope", 1.0) or 1.0), float(getattr(ds, "RescaleIntercept", 0.0) or 0.0)
    shared = getattr(ds, "SharedFunctionalGroupsSequence", None)
    if shared:
        seq = getattr(shared[0], "PixelValueTransformationSequence", None)
        if seq:
            return float(seq[0].RescaleSlope), float(seq[0].RescaleIntercept)
    return None, 0.0


def _in_plane_spacing(ds: Any, notes: list[str]) -> tuple[float, float] | None:
    shared = getattr(ds, "SharedFunctionalGroupsSequence", None)
    measures = getattr(shared[0], "PixelMeasuresSequence", None) if shared else None
    for source, item in (("PixelSpacing", ds), ("PixelSpacing (shared functional group)", measures[0] if measures else None)):
        value = getattr(item, "PixelSpacing", None) if item is not None else None
        if value and len(value) == 2 and all(float(v) > 0 for v in value):
            return float(value[0]), float(value[1])
    value = getattr(ds, "ImagerPixelSpacing", None)
    if value and len(value) == 2 and all(float(v) > 0 for v in value):
        notes.append("pixel spacing is ImagerPixelSpacing at the detector plane (includes geometric magnification)")
        return float(value[0]), float(value[1])
    return None


def _slice_thickness(ds: Any, *, prefer_thickness: bool = False) -> float | None:
    """SpacingBetweenSlices, else SliceThickness (the other way round for a lone slice's slab)."""
    names = ("SliceThickness", "SpacingBetweenSlices") if prefer_thickness else ("SpacingBetweenSlices", "SliceThickness")
    for name in names:
        value = getattr(ds, name, None)
        if value not in (None, "") and float(value) > 0:
            return float(value)
    return None


def load_dicom(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedImage:
    """One DICOM file (single- or multi-frame) as a ``(frames, y, x)`` volume."""
    path = Path(path)
    ds = _read_dataset(path)
    if "PixelData" not in ds and "FloatPixelData" not in ds:
        raise CorruptFileError(f"{path}: DICOM file has no pixel data (SOP class {getattr(ds, 'SOPClassUID', '?')})")
    if _frame_bytes(ds) > max_bytes:
        raise ImageTooLargeError(f"{path}: {_frame_bytes(ds) / 2**20:.0f} MiB of pixels exceeds the {max_bytes / 2**20:.0f} MiB limit")
    syntax = _check_decodable(path, ds)
    pixels = _dicom_pixels(path, ds)
    frames = int(getattr(ds, "NumberOfFrames", 1) or 1)
    colour = int(getattr(ds, "SamplesPerPixel", 1)) > 1
    if frames == 1:
        pixels = pixels[np.newaxis]
    notes: list[str] = []
    in_plane = _in_plane_spacing(ds, notes)
    z = _slice_thickness(ds, prefer_thickness=frames == 1)
    if z is None:
        shared = getattr(ds, "SharedFunctionalGroupsSequence", None)
        measures = getattr(shared[0], "PixelMeasuresSequence", None) if shared else None
        z = _slice_thickness(measures[0]) if measures else None
    if in_plane and z is None:
        notes.append("slice thickness unknown: z spacing set to 1 mm")
        z = 1.0
    spacing = (z, *in_plane) if in_plane and z else None
    return LoadedImage(
        pixels=pixels, spacing=spacing, modality=str(getattr(ds, "Modality", "") or ""), sources=[path],
        meta=_meta(ds, syntax, colour=colour, frames=frames), notes=notes,
    )


def _meta(ds: Any, syntax: str, *, colour: bool, frames: int) -> dict[str, Any]:
    return {
        "transfer_syntax": syntax,
        "photometric": str(getattr(ds, "PhotometricInterpretation", "")),
        "colour": colour,
        "frames": frames,
        "body_part": str(getattr(ds, "BodyPartExamined", "") or ""),
        "view_position": str(getattr(ds, "ViewPosition", "") or ""),
        "patient_orientation": [str(v) for v in (getattr(ds, "PatientOrientation", None) or [])],
        "image_orientation": [float(v) for v in (getattr(ds, "ImageOrientationPatient", None) or [])],
        "series_uid": str(getattr(ds, "SeriesInstanceUID", "") or ""),
    }


def _slice_key(ds: Any) -> tuple[float | None, float | None]:
    """(position along the slice normal, instance number); either may be None."""
    pos, iop = getattr(ds, "ImagePositionPatient", None), getattr(ds, "ImageOrientationPatient", None)
    along = None
    if pos is not None and iop is not None and len(iop) == 6:
        normal = np.cross(np.asarray(iop[:3], float), np.asarray(iop[3:], float))
        along = float(np.dot(normal, np.asarray(pos, float)))
    number = getattr(ds, "InstanceNumber", None)
    return along, (float(number) if number not in (None, "") else None)


def load_dicom_series(
    files: list[Path], *, max_bytes: int = DEFAULT_MAX_BYTES, series_uid: str | None = None
) -> LoadedImage:
    """Single-frame DICOM files of one series stacked into ``(z, y, x)``, sorted along the slice normal.

    Headers are read first (without pixels) to sort and validate; pixels are then decoded straight
    into one preallocated float32 array, so peak memory is the volume plus one slice.
    """
    headers = []
    for f in files:
        if detect_format(f) != "dicom":
            raise MislabelledFileError(f"{f}: not a DICOM file, but it sits in a DICOM series")
        headers.append((f, _read_dataset(f, headers_only=True)))
    by_series: dict[str, list[tuple[Path, Any]]] = {}
    for f, ds in headers:
        by_series.setdefault(str(getattr(ds, "SeriesInstanceUID", "")), []).append((f, ds))
    if series_uid is not None:
        if series_uid not in by_series:
            raise ImagingError(f"{files[0].parent}: series {series_uid} not found among {sorted(by_series)}")
        headers = by_series[series_uid]
    elif len(by_series) > 1:
        raise ImagingError(f"{files[0].parent}: files belong to {len(by_series)} series {sorted(by_series)}; pass series_uid")
    shapes = {(int(ds.Rows), int(ds.Columns)) for _, ds in headers}
    if len(shapes) > 1:
        raise CorruptFileError(f"{files[0].parent}: slices have different sizes {sorted(shapes)}")
    rows, cols = shapes.pop()
    if rows * cols * 4 * len(headers) > max_bytes:
        raise ImageTooLargeError(f"{files[0].parent}: {len(headers)} slices of {rows}x{cols} exceed the {max_bytes / 2**20:.0f} MiB limit")
    keys = [_slice_key(ds) for _, ds in headers]
    notes: list[str] = []
    if all(k[0] is not None for k in keys):
        order = sorted(range(len(headers)), key=lambda i: (keys[i][0], keys[i][1] or 0.0))
        positions = np.asarray([keys[i][0] for i in order])
        gaps = np.diff(positions)
        if len(gaps) and np.any(np.abs(gaps) < 1e-3):
            raise CorruptFileError(f"{files[0].parent}: {int(np.sum(np.abs(gaps) < 1e-3))} slices share a position (several phases or echoes?)")
        z = float(np.median(gaps)) if len(gaps) else None
        if len(gaps) and np.max(np.abs(gaps - z)) > 0.1 * abs(z):
            notes.append(f"irregular slice spacing ({gaps.min():.2f}-{gaps.max():.2f} mm); median used")
    elif all(k[1] is not None for k in keys):
        order = sorted(range(len(headers)), key=lambda i: keys[i][1])
        z = None
        notes.append("slices sorted by InstanceNumber (no ImagePositionPatient)")
    else:
        order = list(range(len(headers)))
        z = None
        notes.append("slices kept in file-name order (no position or instance number)")
    first = headers[order[0]][1]
    in_plane = _in_plane_spacing(first, notes)
    if z is None:
        z = _slice_thickness(first)
        if z is None:
            notes.append("slice spacing unknown: set to 1 mm")
            z = 1.0
    volume = np.empty((len(order), rows, cols), dtype=np.float32)
    syntax = ""
    for out_index, i in enumerate(order):
        path = headers[i][0]
        ds = _read_dataset(path)
        syntax = _check_decodable(path, ds)
        plane = _dicom_pixels(path, ds)
        if plane.shape != (rows, cols):
            raise CorruptFileError(f"{path}: decoded pixel shape {plane.shape} is not {(rows, cols)} (multi-frame or colour slice in a series?)")
        volume[out_index] = plane
    return LoadedImage(
        pixels=volume, spacing=(abs(z), *in_plane) if in_plane else None, modality=str(getattr(first, "Modality", "") or ""),
        sources=[headers[i][0] for i in order], meta=_meta(first, syntax, colour=False, frames=len(order)), notes=notes,
    )


# ------------------------------------------------------------------------------------ NIfTI and raster

def load_nifti(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedImage:
    """A NIfTI volume reoriented to the DICOM-like ``(z, y, x)`` order used here, with voxel spacing."""
    import nibabel as nib
    from nibabel.filebasedimages import ImageFileError

    path = Path(path)
    try:
        img = nib.load(str(path))
    except (ImageFileError, OSError, EOFError, ValueError) as exc:
        raise CorruptFileError(f"{path}: NIfTI header cannot be read ({exc})") from exc
    shape = img.shape
    if int(np.prod(shape)) * 4 > max_bytes:
        raise ImageTooLargeError(f"{path}: shape {shape} exceeds the {max_bytes / 2**20:.0f} MiB limit as float32")
    notes: list[str] = []
    img = nib.as_closest_canonical(img)  # RAS+; flipped below to x->left, y->posterior like DICOM
    try:
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
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    try:
        with Image.open(path) as im:
            w, h = im.size
            bands = len(im.getbands())
            if w * h * bands * 2 > max_bytes:
                raise ImageTooLargeError(f"{path}: {w}x{h}x{bands} exceeds the {max_bytes / 2**20:.0f} MiB limit; read it with imaging_tiles")
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
    files = expand_files([Path(folder)])
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        image = load_dicom_series(files)
        best = min(best, time.perf_counter() - start)
    n = int(image.pixels.shape[0])
    return {"slices": n, "seconds": round(best, 3), "slices_per_second": round(n / best, 1)}
