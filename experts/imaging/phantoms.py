"""Synthetic images with known answers, for tests and benchmarks of the imaging experts.

No labelled chest CT, chest radiograph or whole-slide image ships in an installable package, so the
experts are checked against phantoms whose true lung volume, emphysema fraction, lung-field areas,
nuclei count and DAB-positive fraction are known by construction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np


def ct_chest_phantom(
    shape: tuple[int, int, int] = (40, 256, 256),
    spacing: tuple[float, float, float] = (2.5, 1.0, 1.0),
    *,
    emphysema_radius: int = 12,
    noise_hu: float = 0.0,
    seed: int = 0,
) -> tuple[np.ndarray, dict[str, Any]]:
    """A chest-like HU volume ``(z, y, x)``: air, an elliptic body, two lungs with a vessel and an emphysema bulla.

    The lungs are elliptic cylinders (-850 HU) spanning every slice but the first and last two (fewer when thin), each
    with a 40 HU vessel (a hole the segmentation must fill); the patient-left lung (higher x) holds a
    spherical -990 HU bulla. ``truth`` gives exact voxel counts and the resulting volumes.
    """
    z, h, w = shape
    yy, xx = np.mgrid[:h, :w].astype(np.float32)
    cy, cx = h / 2, w / 2
    body = ((yy - cy) / (0.42 * h)) ** 2 + ((xx - cx) / (0.46 * w)) ** 2 <= 1
    lungs = []
    for side in (-1, 1):  # -1: image left = patient right
        lx = cx + side * 0.2 * w
        lungs.append(((yy - cy) / (0.3 * h)) ** 2 + ((xx - lx) / (0.13 * w)) ** 2 <= 1)
    vessels = [(yy - cy) ** 2 + (xx - (cx + s * 0.2 * w)) ** 2 <= (0.02 * w) ** 2 for s in (-1, 1)]
    plane = np.full((h, w), -1000.0, np.float32)
    plane[body] = 40.0
    for lung, vessel in zip(lungs, vessels, strict=True):
        plane[lung] = -850.0
        plane[vessel & lung] = 40.0
    volume = np.repeat(plane[np.newaxis], z, axis=0)
    pad = max(0, min(2, (z - 1) // 3))  # body-only slices at each end (two, fewer for thin phantoms)
    z0, z1 = pad, z - pad
    volume[:z0] = np.where(body, 40.0, -1000.0)
    volume[z1:] = np.where(body, 40.0, -1000.0)
    zz, yy3, xx3 = np.ogrid[:z, :h, :w]
    centre = ((z0 + z1) / 2, cy - 0.12 * h, cx + 0.2 * w)  # upper part of the left lung, clear of the vessel
    distance2 = ((zz - centre[0]) * spacing[0]) ** 2 + ((yy3 - centre[1]) * spacing[1]) ** 2 + ((xx3 - centre[2]) * spacing[2]) ** 2
    bulla = distance2 <= (emphysema_radius * spacing[1]) ** 2
    bulla &= lungs[1][np.newaxis] & ~vessels[1][np.newaxis]
    bulla[:z0] = False
    bulla[z1:] = False
    volume[bulla] = -990.0
    if noise_hu:
        rng = np.random.default_rng(seed)
        for k in range(z):  # slice by slice: no float64 copy of the whole volume
            volume[k] += rng.standard_normal((h, w), dtype=np.float32) * np.float32(noise_hu)
    voxel_ml = float(np.prod(spacing)) / 1000.0
    n_slices = z1 - z0
    per_lung = [int(lung.sum()) * n_slices for lung in lungs]
    truth = {
        "lung_voxels": sum(per_lung),
        "lung_volume_ml": sum(per_lung) * voxel_ml,
        "right_lung_volume_ml": per_lung[0] * voxel_ml,
        "left_lung_volume_ml": per_lung[1] * voxel_ml,
        "emphysema_voxels": int(bulla.sum()),
        "emphysema_index_pct": 100.0 * int(bulla.sum()) / max(sum(per_lung), 1),
        "voxel_ml": voxel_ml,
    }
    return volume, truth


def write_dicom_series(
    volume: np.ndarray,
    spacing: tuple[float, float, float],
    folder: Path,
    *,
    modality: str = "CT",
    transfer_syntax: str | None = None,
    shuffle_names: bool = True,
) -> list[Path]:
    """Write a ``(z, y, x)`` HU volume as single-frame CT DICOM files (int16, intercept -1024).

    File names are shuffled against slice order (unless ``shuffle_names`` is False) so that a loader
    must sort by ImagePositionPatient. ``transfer_syntax`` (a UID) compresses with pydicom's encoders.
    """
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    study, series, frame = generate_uid(), generate_uid(), generate_uid()
    n = volume.shape[0]
    order = np.random.default_rng(1).permutation(n) if shuffle_names else np.arange(n)
    paths = []
    stored = np.clip(np.rint(volume + 1024.0), -32768, 32767).astype(np.int16)
    for k in range(n):
        meta = FileMetaDataset()
        meta.MediaStorageSOPClassUID = CTImageStorage
        meta.MediaStorageSOPInstanceUID = generate_uid()
        meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds = Dataset()
        ds.file_meta = meta
        ds.SOPClassUID, ds.SOPInstanceUID = CTImageStorage, meta.MediaStorageSOPInstanceUID
        ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.FrameOfReferenceUID = study, series, frame
        ds.Modality, ds.PatientID, ds.PatientName = modality, "PHANTOM", "Phantom^CT"
        ds.StudyDate = ds.ContentDate = dt.date(2026, 1, 1).strftime("%Y%m%d")
        ds.BodyPartExamined = "CHEST"
        ds.InstanceNumber = k + 1
        ds.ImagePositionPatient = [0.0, 0.0, float(k * spacing[0])]
        ds.ImageOrientationPatient = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
        ds.PixelSpacing = [float(spacing[1]), float(spacing[2])]
        ds.SliceThickness = float(spacing[0])
        ds.Rows, ds.Columns = volume.shape[1:]
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 1
        ds.RescaleIntercept, ds.RescaleSlope, ds.RescaleType = -1024, 1, "HU"
        ds.PixelData = stored[k].tobytes()
        if transfer_syntax is not None:
            ds.compress(transfer_syntax)
        path = folder / f"slice_{order[k]:04d}.dcm"
        ds.save_as(path, enforce_file_format=True)
        paths.append(path)
    return paths


def ihc_phantom(
    size: tuple[int, int] = (512, 512), *, n_nuclei: int = 60, radius: int = 6, dab_fraction: float = 0.3, seed: int = 0
) -> tuple[np.ndarray, dict[str, Any]]:
    """An RGB IHC-like image made by Beer-Lambert mixing of skimage's H and DAB stain vectors.

    Tissue covers the whole field (weak hematoxylin counterstain); ``n_nuclei`` non-overlapping
    hematoxylin discs sit on a grid with jitter; a left-hand band of width ``dab_fraction`` carries DAB.
    """
    from skimage.color import rgb_from_hed

    h, w = size
    rng = np.random.default_rng(seed)
    conc = np.zeros((h, w, 3), np.float32)  # H, E, DAB in optical density units
    conc[..., 0] = 0.15  # counterstain: summed OD ~0.25, above the tissue threshold
    band = round(dab_fraction * w)
    conc[:, :band, 2] = 0.5
    yy, xx = np.mgrid[:h, :w]
    cols = int(np.ceil(np.sqrt(n_nuclei * w / h)))
    rows = int(np.ceil(n_nuclei / cols))
    cells = [(r, c) for r in range(rows) for c in range(cols)][:n_nuclei]
    centres = []
    for r, c in cells:
        cy = (r + 0.5) * h / rows + rng.uniform(-0.15, 0.15) * h / rows
        cx = (c + 0.5) * w / cols + rng.uniform(-0.15, 0.15) * w / cols
        centres.append((cy, cx))
        disc = (yy - cy) ** 2 + (xx - cx) ** 2 <= radius**2
        conc[disc, 0] = 0.6
    od = conc @ rgb_from_hed.astype(np.float32)
    rgb = np.clip(255.0 * 10.0 ** (-od), 0, 255).round().astype(np.uint8)
    in_band = sum(1 for _, cx in centres if cx < band)
    return rgb, {"nuclei": n_nuclei, "dab_fraction": band / w, "centres": centres, "nuclei_in_dab": in_band}


def tiled_tiff_from_tiles(path: Path, shape: tuple[int, int], tile: int = 512, *, compression: str | None = "zlib", seed: int = 0) -> Path:
    """Write a large RGB tiled TIFF tile by tile (memory: one tile), from a repeated IHC phantom."""
    import tifffile

    h, w = shape
    base, _ = ihc_phantom((tile, tile), n_nuclei=16, radius=7, dab_fraction=0.4, seed=seed)

    def tiles() -> Iterator[np.ndarray]:
        for _y in range(0, h, tile):
            for _x in range(0, w, tile):
                yield base

    tifffile.imwrite(str(path), tiles(), shape=(h, w, 3), dtype=np.uint8, tile=(tile, tile), compression=compression, photometric="rgb")
    return Path(path)
