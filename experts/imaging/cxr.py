"""Lung-field localisation on a frontal chest radiograph by classical image processing.

Method: block-mean downsampling to about 512 pixels, percentile normalisation (MONOCHROME1 images
are already inverted on load, so lungs are dark), Gaussian smoothing, an Otsu threshold for dark
regions, removal of dark regions that touch the image edge (air outside the body, collimation), the
two largest remaining regions as lung fields, then closing and hole filling. It locates and measures
the projected lung fields; it does not and cannot detect disease.
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

RADIOGRAPH_MODALITIES = ("CR", "DX", "XR", "RG", "DR", "X-RAY", "XRAY", "RADIOGRAPH")
LIMITATIONS = [
    "locates lung fields only: it does not detect or exclude pneumonia, nodules, effusion, pneumothorax, oedema or any other disease",
    "dense consolidation, effusion or collapse is excluded from the field, so areas shrink where disease is; a small area is not a finding",
    "projected areas depend on inspiration, rotation, PA/AP projection and magnification; "
    "regions behind the heart and diaphragm are not counted",
]


@dataclass
class LungFields:
    """Lung-field mask at working resolution and measurements in original pixels."""

    mask: np.ndarray  # uint8 at working resolution: 0 none, 1 image-left field, 2 image-right field
    factor: int  # original pixels per working pixel along each axis
    areas_px: dict[str, float] = field(default_factory=dict)  # keyed "image-left"/"image-right"
    boxes: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)  # (x0, y0, x1, y1), original px
    work_image: np.ndarray | None = None  # normalised 0-1 image at working resolution


def find_lung_fields(image: np.ndarray, *, work_side: int = 512, min_area_fraction: float = 0.02) -> LungFields:
    """Locate up to two lung fields in a 2D radiograph where higher values are denser (brighter)."""
    import numpy as np
    from scipy import ndimage as ndi
    from skimage.filters import threshold_otsu

    f = max(1, int(np.ceil(max(image.shape) / work_side)))
    h, w = image.shape[0] // f * f, image.shape[1] // f * f
    small = image[:h, :w].astype(np.float32).reshape(h // f, f, w // f, f).mean(axis=(1, 3))
    lo, hi = np.percentile(small, [1, 99])
    norm = np.clip((small - lo) / max(float(hi - lo), 1e-6), 0, 1)
    smooth = ndi.gaussian_filter(norm, 0.004 * max(norm.shape))
    dark = smooth < threshold_otsu(smooth)
    labels, n = ndi.label(dark)
    sizes = np.bincount(labels.ravel(), minlength=n + 1)
    sizes[0] = 0
    edge = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
    sizes[edge] = 0
    order = [int(i) for i in np.argsort(sizes)[::-1][:2] if sizes[i] >= min_area_fraction * labels.size]
    mask = np.zeros(norm.shape, np.uint8)
    radius = max(1, int(0.015 * max(norm.shape)))
    disk = np.hypot(*np.mgrid[-radius:radius + 1, -radius:radius + 1]) <= radius
    centres = {i: ndi.center_of_mass(labels == i)[1] for i in order}
    for rank, i in enumerate(sorted(order, key=lambda j: centres[j])):
        region = ndi.binary_fill_holes(ndi.binary_closing(labels == i, structure=disk, iterations=1))
        mask[region & (mask == 0)] = rank + 1 if len(order) == 2 else (1 if centres[i] < norm.shape[1] / 2 else 2)
    result = LungFields(mask=mask, factor=f, work_image=norm)
    for value, name in ((1, "image-left"), (2, "image-right")):
        ys, xs = np.nonzero(mask == value)
        if len(ys):
            result.areas_px[name] = float(len(ys) * f * f)
            result.boxes[name] = (int(xs.min() * f), int(ys.min() * f), int((xs.max() + 1) * f), int((ys.max() + 1) * f))
    return result


def save_overlay(fields: LungFields, path: Path, labels: dict[str, str]) -> Path:
    """Working-resolution image with the fields tinted and boxed, named by patient side."""
    import numpy as np
    from PIL import Image, ImageDraw

    assert fields.work_image is not None
    grey = (fields.work_image * 255).astype(np.float32)
    rgb = np.stack([grey] * 3, axis=-1)
    colours = {"image-left": (0, 200, 0), "image-right": (40, 120, 255)}
    for value, name in ((1, "image-left"), (2, "image-right")):
        m = fields.mask == value
        rgb[m] = 0.6 * rgb[m] + 0.4 * np.asarray(colours[name], np.float32)
    image = Image.fromarray(rgb.astype(np.uint8))
    draw = ImageDraw.Draw(image)
    for name, (x0, y0, x1, y1) in fields.boxes.items():
        f = fields.factor
        draw.rectangle((x0 // f, y0 // f, x1 // f - 1, y1 // f - 1), outline=colours[name], width=2)
        draw.text((x0 // f + 4, y0 // f + 4), labels.get(name, name), fill=(255, 255, 0))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path)
    return path


class CxrLungFieldsExpert(Expert):
    """Expert ``cxr_lung_fields``: lung-field boxes, areas and left/right ratio on a frontal chest radiograph."""

    card = ExpertCard(
        name="cxr_lung_fields",
        version="0.1.0",
        modality=["CR", "DX", "XR"],
        body_part="chest",
        inputs="one frontal (PA/AP) chest radiograph: DICOM, PNG or JPEG",
        outputs="lung-field bounding boxes, areas (cm² when pixel spacing is known, else pixels), left/right area ratio, overlay PNG",
        intended_use="Show a radiologist where the aerated lung fields are and how large each projects; a geometric aid, not a reader.",
        limits="; ".join(LIMITATIONS),
        roles=["radiology"],
    )

    def setup(self) -> None:
        needs = (("numpy", "numpy"), ("scipy.ndimage", "scipy"), ("skimage", "scikit-image"), ("pydicom", "pydicom"), ("PIL", "pillow"))
        for module, install in needs:
            require(module, install, needed_by="cxr_lung_fields")

    def targets(self, case: Case) -> list[str]:
        return [
            s.id for s in case.imaging
            if s.files and s.modality.strip().upper() in RADIOGRAPH_MODALITIES
            and (not s.body_part or any(w in s.body_part.lower() for w in ("chest", "thorax", "lung")))
        ]

    def _run(self, case: Case, target: str, out_dir: Path) -> Evidence:
        import numpy as np

        from consilium.experts.imaging.io import expand_files, load_image

        study = find_imaging_study(case, target)
        files = expand_files(study.files)
        if len(files) != 1:
            raise ExpertError(f"study {target!r}: expected one radiograph file, got {len(files)}",
                              problem=f"expected one radiograph file, got {len(files)}")
        image = load_image(files)
        pixels = image.pixels
        if pixels.ndim in (3, 4) and pixels.shape[0] == 1 and image.meta.get("frames"):  # single-frame DICOM
            pixels = pixels[0]
        if pixels.ndim == 3 and pixels.shape[-1] == 3:
            pixels = pixels.astype(np.float32).mean(axis=-1)
        if pixels.ndim != 2:
            raise ExpertError(f"{files[0]}: expected one 2D radiograph, got pixel array of shape {image.pixels.shape}",
                              problem="not a single 2D radiograph")
        if image.modality and image.modality.upper() not in RADIOGRAPH_MODALITIES:
            raise ExpertError(f"{files[0]}: modality is {image.modality}, not a radiograph (CR/DX)",
                              problem=f"modality {image.modality}, not a radiograph")
        fields = find_lung_fields(pixels)
        side = _patient_sides(image.meta.get("patient_orientation") or [])
        mm = image.spacing[-2:] if image.spacing else None
        overlay = save_overlay(fields, Path(out_dir) / f"cxr_lung_fields_{target}.png", side)
        limitations = list(image.notes) + LIMITATIONS
        if mm is None:
            limitations.append("no pixel spacing in the file: areas are in pixels, not cm²")
        if not image.meta.get("patient_orientation"):
            limitations.append("patient orientation not recorded: image left is assumed to be the patient's right (standard PA display)")
        return Evidence(
            id=f"cxr_lung_fields:{target}", expert=self.card.name, expert_version=self.card.version, target=target,
            input_files=[str(f) for f in files], input_sha256=sha256_files(files),
            summary=_summary(fields, side, mm), measurements=_measurements(fields, side, mm), overlay=str(overlay),
            limitations=limitations,
        )


def _patient_sides(orientation: list[str]) -> dict[str, str]:
    """Map image-left/right to the patient's side from PatientOrientation (row direction first)."""
    row = orientation[0].upper() if orientation else "L"
    if row.startswith("R"):
        return {"image-left": "left lung", "image-right": "right lung"}
    return {"image-left": "right lung", "image-right": "left lung"}


def _area(px: float, mm: tuple[float, ...] | None) -> tuple[float, str]:
    return (round(px * mm[0] * mm[1] / 100.0, 1), "cm²") if mm else (round(px), "px")


def _measurements(fields: LungFields, side: dict[str, str], mm: tuple[float, ...] | None) -> list[Measurement]:
    out = [Measurement(name="lung fields found", value=len(fields.areas_px))]
    named = {side[k]: v for k, v in fields.areas_px.items()}
    for name in ("right lung", "left lung"):
        if name in named:
            value, unit = _area(named[name], mm)
            key = next(k for k, v in side.items() if v == name)
            x0, y0, x1, y1 = fields.boxes[key]
            out.append(Measurement(name=f"{name} field area", value=value, unit=unit))
            out.append(Measurement(name=f"{name} field box (x0,y0,x1,y1)", value=f"{x0},{y0},{x1},{y1}", unit="px"))
            if mm:
                out.append(Measurement(name=f"{name} field height", value=round((y1 - y0) * mm[0] / 10.0, 1), unit="cm"))
    if "right lung" in named and "left lung" in named:
        out.append(Measurement(
            name="left/right lung field area ratio", value=round(named["left lung"] / named["right lung"], 3),
            inputs={"left_px": named["left lung"], "right_px": named["right lung"]},
        ))
    return out


def _summary(fields: LungFields, side: dict[str, str], mm: tuple[float, ...] | None) -> str:
    if not fields.areas_px:
        return "No lung field found (not a frontal chest radiograph, inverted grey scale, or very dense lungs)."
    parts = []
    for key, px in sorted(fields.areas_px.items(), key=lambda kv: side[kv[0]], reverse=True):
        value, unit = _area(px, mm)
        parts.append(f"{side[key]} {value:g} {unit}")
    text = f"{len(fields.areas_px)} lung field(s) located: " + ", ".join(parts) + "."
    if len(fields.areas_px) == 2:
        named = {side[k]: v for k, v in fields.areas_px.items()}
        text += f" Left/right area ratio {named['left lung'] / named['right lung']:.2f}."
    return text + " Localisation only; no disease assessment."
