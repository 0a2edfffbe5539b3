"""A synthetic PA chest radiograph with known lung-field areas, for the CXR expert's tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np


def cxr_phantom(shape: tuple[int, int] = (1000, 900)) -> tuple[np.ndarray, dict[str, Any]]:
    """A PA chest-radiograph-like image (bright = dense): dark background, body, two dark lung fields.

    The patient-right lung (image left) is larger than the left, as in life. Returns the image
    (float32, 0-4095) and the true lung-field areas in pixels.
    """
    h, w = shape
    yy, xx = np.mgrid[:h, :w].astype(np.float32)
    image = np.full((h, w), 300.0, np.float32)  # direct exposure
    body = ((yy - 0.55 * h) / (0.52 * h)) ** 2 + ((xx - 0.5 * w) / (0.42 * w)) ** 2 <= 1
    image[body] = 2600.0
    right = ((yy - 0.45 * h) / (0.3 * h)) ** 2 + ((xx - 0.31 * w) / (0.13 * w)) ** 2 <= 1
    left = ((yy - 0.47 * h) / (0.27 * h)) ** 2 + ((xx - 0.69 * w) / (0.12 * w)) ** 2 <= 1
    image[right | left] = 1100.0
    image += np.random.default_rng(0).normal(0, 40, image.shape).astype(np.float32)
    return image, {"right_px": int(right.sum()), "left_px": int(left.sum()), "ratio": float(left.sum() / right.sum())}


def write_cxr_dicom(
    image: np.ndarray, path: Path, *, pixel_spacing_mm: float | None, monochrome1: bool = True, orientation: tuple[str, str] = ("L", "F")
) -> Path:
    """Save a radiograph as a CR DICOM (uint16, optionally MONOCHROME1 i.e. stored inverted).

    ``orientation`` is PatientOrientation: the patient directions of the rows and the columns.
    """
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import ComputedRadiographyImageStorage, ExplicitVRLittleEndian, generate_uid

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = ComputedRadiographyImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = ComputedRadiographyImageStorage, meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
    ds.Modality, ds.PatientID, ds.BodyPartExamined, ds.ViewPosition = "CR", "PHANTOM", "CHEST", "PA"
    ds.PatientOrientation = list(orientation)
    if pixel_spacing_mm:
        ds.ImagerPixelSpacing = [pixel_spacing_mm, pixel_spacing_mm]
    ds.Rows, ds.Columns = image.shape
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME1" if monochrome1 else "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    stored = np.clip(np.rint(image), 0, 4095).astype(np.uint16)
    ds.PixelData = (4095 - stored if monochrome1 else stored).tobytes()
    ds.save_as(path, enforce_file_format=True)
    return Path(path)
