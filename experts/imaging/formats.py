"""What every image reader shares: the format of a file from its bytes, the errors, the loaded image.

:mod:`.io` (NIfTI, PNG/JPEG/TIFF, dispatch) and :mod:`.dicom` both build on this module.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from consilium.experts.base import ExpertError
from consilium.orchestration.errors import InputError, MissingDependency

DEFAULT_MAX_BYTES = 2 << 30  # refuse to decode more than 2 GiB of pixels for one image or series

_KIND_BY_SUFFIX = {
    ".dcm": "dicom", ".dicom": "dicom", ".ima": "dicom",
    ".nii": "nifti", ".nii.gz": "nifti",
    ".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".tif": "tiff", ".tiff": "tiff",
}


class ImagingError(ExpertError):
    """An image could not be read; the message names the file and the problem."""

    problem = "file could not be read"


class UnsupportedFormatError(ImagingError, InputError):
    """The file is not an image format this module reads."""

    problem = "file format not supported"


class MislabelledFileError(ImagingError, InputError):
    """The file's extension names one format and its content is another."""

    problem = "file content does not match its extension"


class CorruptFileError(ImagingError, InputError):
    """The file is truncated or its content is invalid for its format."""

    problem = "file could not be read (corrupt or truncated)"


class MissingDecoderError(ImagingError, MissingDependency):
    """A compressed DICOM transfer syntax has no installed decoder."""

    problem = "no installed decoder for the file's compression"


class ImageTooLargeError(ImagingError, InputError):
    """Decoding the image would exceed the memory limit it was read with."""

    problem = "image too large to decode within the memory limit"


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
        raise ImagingError(f"{path}: file not found", problem="file not found") from None
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
    if expected == "dicom" and found in (None, "tiff") and path.stat().st_size < 132:  # a preamble can look like TIFF
        raise CorruptFileError(f"{path}: only {path.stat().st_size} bytes, too short for a DICOM file")
    if found and expected and found != expected:
        raise MislabelledFileError(f"{path}: extension says {expected.upper()} but the content is {found.upper()}")
    if found:
        return found
    if expected in (None, "dicom"):
        return "dicom"  # DICOM without the 128-byte preamble; pydicom decides
    raise CorruptFileError(f"{path}: extension says {expected.upper()} but the file has no valid {expected.upper()} header")
