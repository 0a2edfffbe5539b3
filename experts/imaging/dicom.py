"""DICOM reading for :mod:`consilium.experts.imaging.io`: single files, multi-frame files and series.

Series are sorted along the slice normal (ImagePositionPatient projected on the cross product of the
ImageOrientationPatient vectors), falling back to InstanceNumber; the slice spacing is the median gap
between positions. Pixels get the modality LUT (rescale slope/intercept: Hounsfield units for CT)
and MONOCHROME1 inversion. Compressed transfer syntaxes are checked against pydicom's installed
decoder plugins before decoding, so a missing plugin is a :class:`MissingDecoderError` naming the
transfer syntax rather than a late failure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from consilium.experts.base import require
from consilium.experts.imaging.formats import (
    DEFAULT_MAX_BYTES,
    CorruptFileError,
    ImageTooLargeError,
    ImagingError,
    LoadedImage,
    MislabelledFileError,
    MissingDecoderError,
    UnsupportedFormatError,
    detect_format,
)

require("pydicom", "pydicom pylibjpeg pylibjpeg-libjpeg pylibjpeg-openjpeg", needed_by="DICOM reading")

def _corrupt_dicom(message: str) -> CorruptFileError:
    return CorruptFileError(message, problem="file could not be read (corrupt DICOM)")


def _read_dataset(path: Path, *, headers_only: bool = False) -> Any:
    from pydicom import dcmread
    from pydicom.errors import InvalidDicomError

    try:
        return dcmread(path, stop_before_pixels=headers_only)
    except InvalidDicomError as exc:
        raise UnsupportedFormatError(f"{path}: not a DICOM file ({exc})", problem="file could not be read (not DICOM)") from exc
    except (EOFError, OSError, ValueError, KeyError, TypeError) as exc:
        raise _corrupt_dicom(f"{path}: DICOM header cannot be parsed ({type(exc).__name__}: {exc})") from exc


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
        raise _corrupt_dicom(f"{path}: DICOM file has no pixel data ({exc})") from exc
    except Exception as exc:  # decoder plugins raise a variety of types for bad streams
        raise _corrupt_dicom(f"{path}: pixel data cannot be decoded ({type(exc).__name__}: {exc})") from exc
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
    for item in (ds, measures[0] if measures else None):
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
        raise _corrupt_dicom(f"{path}: DICOM file has no pixel data (SOP class {getattr(ds, 'SOPClassUID', '?')})")
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
        if frames > 1 or str(getattr(ds, "Modality", "")) in ("CT", "MR", "PT", "NM"):
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
        raise _corrupt_dicom(f"{files[0].parent}: slices have different sizes {sorted(shapes)}")
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
            shared = int(np.sum(np.abs(gaps) < 1e-3))
            raise _corrupt_dicom(f"{files[0].parent}: {shared} slices share a position (several phases or echoes?)")
        z: float | None = None
        if len(gaps):
            z = float(np.median(gaps))
            if np.max(np.abs(gaps - z)) > 0.1 * abs(z):
                notes.append(f"irregular slice spacing ({gaps.min():.2f}-{gaps.max():.2f} mm); median used")
    elif all(k[1] is not None for k in keys):
        order = sorted(range(len(headers)), key=lambda i: keys[i][1] or 0.0)
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
            raise _corrupt_dicom(
                f"{path}: decoded pixel shape {plane.shape} is not {(rows, cols)} (multi-frame or colour slice in a series?)"
            )
        volume[out_index] = plane
    return LoadedImage(
        pixels=volume, spacing=(abs(z), *in_plane) if in_plane else None, modality=str(getattr(first, "Modality", "") or ""),
        sources=[headers[i][0] for i in order], meta=_meta(first, syntax, colour=False, frames=len(order)), notes=notes,
    )
