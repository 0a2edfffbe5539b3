"""Quantitative chest CT: lung segmentation by attenuation, lung volume, emphysema index (LAA-950).

The lungs are the large low-attenuation (< -400 HU) connected components that do not touch the
in-plane edge of the field of view (air outside the body does); when the field of view is cut
through the body (a reconstruction cropped to the chest, as in pydicom's CT_small.dcm) edge-touching
components are kept unless their median is true air (< -980 HU). At most the two largest components
are kept, vessels and other small holes are filled slice by slice, and the mask is split into
patient-right and patient-left lung. Measurements follow the usual quantitative CT definitions:
LAA-950 (% of lung voxels below -950 HU), Perc15 (15th percentile of lung HU), mean lung attenuation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from consilium.experts.base import Evidence, Expert, ExpertCard, ExpertError, Measurement, find_imaging_study, require
from consilium.orchestration.digest import sha256_files

if TYPE_CHECKING:
    import numpy as np

    from consilium.orchestration.case.model import Case

CHEST_WORDS = ("chest", "thorax", "thoracic", "lung", "pulmonary")
LAA_THRESHOLD_HU = -950.0
EMPHYSEMA_INDEX_UPPER = 6.0  # % LAA-950 above which emphysema is commonly suspected (inspiratory CT)
RIGHT, LEFT, UNSPLIT = 1, 2, 3


@dataclass
class LungQuantification:
    """Per-voxel labels (0 none, 1 patient right, 2 patient left, 3 lung not split) and figures."""

    labels: np.ndarray
    regions: dict[str, dict[str, float]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def segment_lungs(
    hu: np.ndarray,
    spacing: tuple[float, float, float],
    *,
    air_hu: float = -400.0,
    min_ml: float = 1.0,
    min_fraction: float = 0.1,
    max_hole_mm2: float = 500.0,
) -> tuple[np.ndarray, list[str]]:
    """uint8 map of the (at most two) lung components of a ``(z, y, x)`` HU volume, largest = 1; and notes."""
    import numpy as np
    from scipy import ndimage as ndi

    notes: list[str] = []
    labels, n = ndi.label(hu < air_hu)
    if n == 0:
        return np.zeros(hu.shape, np.uint8), notes
    sizes = np.bincount(labels.ravel(), minlength=n + 1)
    edge = np.concatenate([f.ravel() for f in (labels[:, 0, :], labels[:, -1, :], labels[:, :, 0], labels[:, :, -1])])
    truncated = float(np.mean(edge == 0)) > 0.35  # much body tissue on the edge: field of view cuts the body
    voxel_ml = float(np.prod(spacing)) / 1000.0
    candidates = [int(i) for i in np.nonzero(sizes * voxel_ml >= min_ml)[0] if i != 0]
    on_edge = set(np.unique(edge).tolist()) - {0}
    keep = [i for i in candidates if i not in on_edge]
    edge_candidates = [i for i in candidates if i in on_edge]
    if truncated and edge_candidates:
        medians = np.atleast_1d(ndi.median(hu, labels, edge_candidates))
        kept = [i for i, m in zip(edge_candidates, medians, strict=True) if m >= -980.0]  # true air is outside air
        if kept:
            notes.append("field of view cuts through the body: lung regions touching the image edge were kept")
        keep += kept
    keep.sort(key=lambda i: -sizes[i])
    keep = [i for i in keep[:2] if sizes[i] >= min_fraction * sizes[keep[0]]] if keep else []
    lut = np.zeros(n + 1, np.uint8)
    for rank, i in enumerate(keep):
        lut[i] = rank + 1
    comps = lut[labels]
    del labels
    _fill_small_holes(comps, spacing, max_hole_mm2)
    return comps, notes


def _x_centroid(mask: np.ndarray) -> float:
    import numpy as np

    profile = mask.sum(axis=(0, 1), dtype=np.int64)
    return float((profile * np.arange(len(profile))).sum() / max(int(profile.sum()), 1))


def _fill_small_holes(comps: np.ndarray, spacing: tuple[float, float, float], max_hole_mm2: float) -> None:
    """Fill, in place, in-slice holes (vessels, airway walls) under ``max_hole_mm2``; never the mediastinum.

    Works on the lungs' bounding box (plus one voxel of margin) to keep the labelling small; a filled
    hole joins the component whose x centroid is nearer.
    """
    import numpy as np
    from scipy import ndimage as ndi

    lung = comps > 0
    if not lung.any():
        return
    zs = np.nonzero(lung.any(axis=(1, 2)))[0]
    ys = np.nonzero(lung.any(axis=(0, 2)))[0]
    xs = np.nonzero(lung.any(axis=(0, 1)))[0]
    box = (slice(zs[0], zs[-1] + 1), slice(max(ys[0] - 1, 0), ys[-1] + 2), slice(max(xs[0] - 1, 0), xs[-1] + 2))
    sub = lung[box]
    in_plane = np.zeros((3, 3, 3), bool)
    in_plane[1] = ndi.generate_binary_structure(2, 1)
    holes, n = ndi.label(~sub, structure=in_plane)
    if n == 0:
        return
    fill = np.bincount(holes.ravel(), minlength=n + 1) * (spacing[1] * spacing[2]) <= max_hole_mm2
    fill[0] = False
    edge = (holes[:, 0, :], holes[:, -1, :], holes[:, :, 0], holes[:, :, -1])
    fill[np.unique(np.concatenate([e.ravel() for e in edge]))] = False
    filled = fill[holes]
    view = comps[box]
    if comps.max() > 1:
        c1, c2 = _x_centroid(view == 1), _x_centroid(view == 2)
        columns = np.arange(view.shape[2])
        nearer = np.where(np.abs(columns - c1) <= np.abs(columns - c2), 1, 2).astype(np.uint8)
        view[filled] = np.broadcast_to(nearer, view.shape)[filled]
    else:
        view[filled] = 1


def split_lungs(comps: np.ndarray, x_towards_patient_left: bool = True) -> np.ndarray:
    """uint8 labels: RIGHT/LEFT for the patient's lungs, UNSPLIT when no clear midline gap exists."""
    import numpy as np

    first, second = (RIGHT, LEFT) if x_towards_patient_left else (LEFT, RIGHT)  # image left, image right
    labels = np.zeros(comps.shape, np.uint8)
    if comps.max() == 2:
        one_left = _x_centroid(comps == 1) < _x_centroid(comps == 2)
        labels[comps == 1] = first if one_left else second
        labels[comps == 2] = second if one_left else first
        return labels
    lung = comps > 0
    if not lung.any():
        return labels
    profile = lung.sum(axis=(0, 1))
    xs = np.nonzero(profile)[0]
    lo, hi = xs[0] + int(0.3 * (xs[-1] - xs[0])), xs[0] + int(0.7 * (xs[-1] - xs[0]))
    if hi > lo:
        cut = lo + int(np.argmin(profile[lo:hi]))
        if profile[cut] <= 0.02 * profile.max():
            labels[..., :cut][lung[..., :cut]] = first
            labels[..., cut:][lung[..., cut:]] = second
            return labels
    labels[lung] = UNSPLIT
    return labels


def quantify_lungs(hu: np.ndarray, spacing: tuple[float, float, float], *, x_towards_patient_left: bool = True) -> LungQuantification:
    """Segment, split and measure the lungs of a ``(z, y, x)`` HU volume with spacing in mm."""
    import numpy as np

    comps, notes = segment_lungs(hu, spacing)
    labels = split_lungs(comps, x_towards_patient_left)
    del comps
    voxel_ml = float(np.prod(spacing)) / 1000.0
    inside = labels > 0
    values = hu[inside]
    sides = labels[inside]
    regions: dict[str, dict[str, float]] = {}
    groups = [("both lungs", np.ones(values.shape, bool)), ("right lung", sides == RIGHT), ("left lung", sides == LEFT)]
    for name, select in groups:
        v = values[select] if name != "both lungs" else values
        if v.size == 0:
            continue
        regions[name] = {
            "volume_ml": float(v.size * voxel_ml),
            "mean_hu": float(v.mean(dtype=np.float64)),
            "laa950_pct": float(100.0 * np.count_nonzero(v < LAA_THRESHOLD_HU) / v.size),
            "perc15_hu": float(np.percentile(v, 15)),
            "voxels": float(v.size),
        }
    if np.any(sides == UNSPLIT):
        notes.append("lungs could not be separated into right and left")
    return LungQuantification(labels=labels, regions=regions, notes=notes)


def save_overlay(hu: np.ndarray, labels: np.ndarray, path: Path, *, min_side: int = 512) -> Path:
    """Lung-windowed slice through the middle of the lungs with right (green), left (blue), LAA-950 (red)."""
    import numpy as np
    from PIL import Image
    from scipy import ndimage as ndi

    from consilium.experts.imaging.io import window

    zs = np.nonzero(labels.any(axis=(1, 2)))[0]
    k = int(zs[len(zs) // 2]) if len(zs) else hu.shape[0] // 2
    grey = window(hu[k], "lung")
    rgb = np.stack([grey] * 3, axis=-1).astype(np.float32)
    lab = labels[k]
    for value, colour in ((RIGHT, (0, 200, 0)), (LEFT, (40, 120, 255)), (UNSPLIT, (230, 200, 0))):
        m = lab == value
        rgb[m] = 0.65 * rgb[m] + 0.35 * np.asarray(colour, np.float32)
        edge = m & ~ndi.binary_erosion(m)
        rgb[edge] = colour
    rgb[(lab > 0) & (hu[k] < LAA_THRESHOLD_HU)] = (255, 30, 30)
    image = Image.fromarray(rgb.astype(np.uint8))
    scale = max(1, int(np.ceil(min_side / max(image.size))))
    if scale > 1:
        image = image.resize((image.width * scale, image.height * scale), Image.Resampling.NEAREST)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path)
    return path


class CtQuantExpert(Expert):
    """Expert ``ct_quant``: lung volume and emphysema index on chest CT (classical, no learned weights)."""

    card = ExpertCard(
        name="ct_quant",
        version="0.1.0",
        modality=["CT"],
        body_part="chest",
        inputs="CT series in Hounsfield units: DICOM files or folder, or NIfTI",
        outputs="lung volume (mL) per lung, LAA-950 emphysema index (%), Perc15 and mean lung attenuation (HU), overlay PNG",
        intended_use="Quantify aerated lung and low-attenuation areas on inspiratory non-contrast chest CT for a radiologist to check.",
        limits=(
            "Threshold segmentation: consolidation, effusion or collapse are excluded from the lung mask; trachea and main "
            "bronchi may be included; LAA-950 depends on kernel, slice thickness, dose and inspiration; not validated on patients."
        ),
        roles=["radiology"],
    )

    def setup(self) -> None:
        for module, install in (("numpy", "numpy"), ("scipy.ndimage", "scipy"), ("pydicom", "pydicom"), ("PIL", "pillow")):
            require(module, install, needed_by="ct_quant")

    def targets(self, case: Case) -> list[str]:
        return [
            s.id for s in case.imaging
            if s.modality.strip().upper() == "CT" and s.files
            and (not s.body_part or any(w in s.body_part.lower() for w in CHEST_WORDS))
        ]

    def _run(self, case: Case, target: str, out_dir: Path) -> Evidence:
        from consilium.experts.imaging.io import expand_files, load_image

        study = find_imaging_study(case, target)
        files = expand_files(study.files)
        image = load_image(files)
        if image.modality and image.modality.upper() != "CT":
            raise ExpertError(f"{files[0]}: modality is {image.modality}, not CT; ct_quant needs Hounsfield units",
                              problem=f"modality {image.modality}, not CT")
        if image.pixels.ndim != 3:
            raise ExpertError(f"{files[0]}: expected a grayscale volume, got pixel array of shape {image.pixels.shape}",
                              problem="not a grayscale volume")
        if image.spacing is None:
            raise ExpertError(f"{files[0]}: no pixel spacing in the file, so volumes cannot be measured",
                              problem="no pixel spacing in the file")
        iop = image.meta.get("image_orientation") or []
        x_left = not (len(iop) == 6 and iop[0] < 0)
        orientation_known = len(iop) == 6 or "orientation" in image.meta  # NIfTI is reoriented on load
        result = quantify_lungs(image.pixels, image.spacing, x_towards_patient_left=x_left)
        overlay = save_overlay(image.pixels, result.labels, Path(out_dir) / f"ct_quant_{target}.png")
        return Evidence(
            id=f"ct_quant:{target}", expert=self.card.name, expert_version=self.card.version, target=target,
            input_files=[str(f) for f in files], input_sha256=sha256_files(files),
            summary=_summary(result, image.pixels.shape, image.spacing),
            measurements=_measurements(result), overlay=str(overlay),
            limitations=_limitations(image.pixels.shape, image.spacing, image.notes + result.notes, orientation_known),
        )


def _summary(result: LungQuantification, shape: tuple[int, ...], spacing: tuple[float, ...]) -> str:
    both = result.regions.get("both lungs")
    if both is None:
        return f"No aerated lung region found in {shape[0]} slice(s) (not a chest CT, or lungs outside the field of view)."
    return (
        f"Lungs segmented on {shape[0]} slice(s) ({shape[0] * spacing[0]:.0f} mm): {both['volume_ml']:.0f} mL, "
        f"emphysema index LAA-950 {both['laa950_pct']:.1f} %, mean {both['mean_hu']:.0f} HU, Perc15 {both['perc15_hu']:.0f} HU."
    )


def _measurements(result: LungQuantification) -> list[Measurement]:
    out: list[Measurement] = []
    if "both lungs" not in result.regions:
        return [Measurement(name="lung volume", value=0.0, unit="mL")]
    for region, values in result.regions.items():
        laa = values["laa950_pct"]
        out += [
            Measurement(name=f"{region} volume", value=round(values["volume_ml"], 1), unit="mL"),
            Measurement(
                name=f"{region} emphysema index (LAA-950)", value=round(laa, 2), unit="%",
                reference=f"< {EMPHYSEMA_INDEX_UPPER:g} % on inspiratory CT", flag="high" if laa >= EMPHYSEMA_INDEX_UPPER else "",
                inputs={"threshold_hu": LAA_THRESHOLD_HU, "voxels": int(values["voxels"])},
            ),
            Measurement(name=f"{region} mean attenuation", value=round(values["mean_hu"], 1), unit="HU"),
            Measurement(name=f"{region} Perc15", value=round(values["perc15_hu"], 1), unit="HU"),
        ]
    return out


def _limitations(shape: tuple[int, ...], spacing: tuple[float, ...], notes: list[str], orientation_known: bool) -> list[str]:
    out = list(notes)
    extent = shape[0] * spacing[0]
    if extent < 200:
        out.append(f"scan covers only {extent:.0f} mm in z ({shape[0]} slice(s)): volumes are of the imaged part, not whole lungs")
    if spacing[0] > 3:
        out.append(f"slices are {spacing[0]:g} mm thick: partial-volume averaging lowers LAA-950")
    if not orientation_known:
        out.append("slice orientation unknown: right/left assumes x runs towards the patient's left")
    out.append("threshold segmentation, not a diagnosis; consolidated or collapsed lung is not counted as lung")
    return out
