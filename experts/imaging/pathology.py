"""IHC quantification on brightfield images: H/DAB colour deconvolution, DAB-positive fraction, nuclei.

Each tile is deconvolved with :func:`skimage.color.rgb2hed` (Ruifrok-Johnston stain vectors) and the
stain amounts converted to optical density (OD, base 10). Tissue is pixels with summed OD above
``tissue_od``; DAB-positive tissue has DAB OD above ``dab_od``. Nuclei are hematoxylin blobs: smoothed
H OD above an absolute and a local-contrast threshold, split by a distance-transform watershed, and
counted by the tile whose core holds their centroid, so tiles read with an overlap margin count each
nucleus once. Images are read through :class:`~consilium.experts.imaging.tiles.TileReader`, so a
large tiled TIFF is processed in bounded memory (see :meth:`IhcQuantifier.memory_bound`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from consilium.experts.base import Evidence, Expert, ExpertCard, ExpertError, Measurement, find_specimen, require
from consilium.orchestration.digest import sha256_files

if TYPE_CHECKING:
    import numpy as np

    from consilium.experts.imaging.tiles import TileReader
    from consilium.orchestration.case.model import Case

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".svs")
OD_PER_HED_UNIT = 6.0  # skimage divides natural-log OD by ln(1e-6); x6 gives base-10 optical density
_MPP = re.compile(r"(?:mpp\s*[=:]?\s*(\d+(?:\.\d+)?))|(?:(\d+(?:\.\d+)?)\s*(?:µm|um|microns?)\s*(?:/|per)\s*(?:px|pixel))", re.I)
LIMITATIONS = [
    "fixed optical-density thresholds and standard H-DAB stain vectors: stain batch, scanner and section thickness shift the results",
    "nuclei are found on the hematoxylin channel: strongly DAB-stained nuclei can be missed and clustered nuclei split or merged",
    "'nuclei with DAB signal' means DAB over the nucleus area: for membranous or cytoplasmic markers it reflects "
    "the surrounding stain, not nuclear positivity",
    "no tissue-type or tumour-region selection: fractions are over all tissue in the image, and no diagnosis or score "
    "(e.g. HER2, Ki-67 cut-offs) is made",
]


@dataclass
class IhcResult:
    """Counts over all tiles plus a small overview for the overlay."""

    image_px: int = 0
    tissue_px: int = 0
    dab_px: int = 0
    dab_od_sum: float = 0.0
    nuclei: int = 0
    dab_nuclei: int = 0
    tiles: int = 0
    overview: np.ndarray | None = None  # RGB uint8, downsampled
    overview_dab: np.ndarray | None = None  # bool, same grid
    overview_step: int = 1
    centroids: list[tuple[int, int, bool]] = field(default_factory=list)  # (y, x, dab-positive), capped


class IhcQuantifier:
    """Configured once; ``quantifier(reader)`` analyses every tile of an image."""

    def __init__(
        self,
        *,
        tile: int = 1024,
        overlap: int = 32,
        tissue_od: float = 0.2,
        dab_od: float = 0.15,
        nucleus_od: float = 0.12,
        nucleus_contrast_od: float = 0.02,
        min_nucleus_px: int = 25,
        peak_distance_px: int = 4,
        overview_side: int = 1024,
        max_centroids: int = 200_000,
    ) -> None:
        self.tile, self.overlap = tile, overlap
        self.tissue_od, self.dab_od = tissue_od, dab_od
        self.nucleus_od, self.nucleus_contrast_od = nucleus_od, nucleus_contrast_od
        self.min_nucleus_px, self.peak_distance_px = min_nucleus_px, peak_distance_px
        self.overview_side, self.max_centroids = overview_side, max_centroids

    def memory_bound(self, reader: TileReader) -> int:
        """Bytes of pixel and working memory: the reader's bound, about 60 float32 planes of one tile, the overview."""
        side = self.tile + 2 * self.overlap
        overview = self.overview_side**2 * 4
        return reader.memory_bound(self.tile, self.overlap) + 60 * side * side * 4 + overview + self.max_centroids * 80

    def analyse_tile(self, rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Masks and nuclei of one RGB tile: (tissue, dab, dab_od, centroids (n, 2) float, nucleus mean DAB OD (n,))."""
        import numpy as np
        from scipy import ndimage as ndi
        from skimage.color import rgb2hed
        from skimage.segmentation import watershed

        rgb = as_uint8(rgb[..., :3])
        hed = rgb2hed(rgb.astype(np.float32) / 255.0).astype(np.float32) * OD_PER_HED_UNIT
        h_od, dab_od = hed[..., 0], hed[..., 2]
        od_sum = -np.log10(np.maximum(rgb, 1).astype(np.float32) / 255.0).sum(axis=-1)
        tissue = od_sum > self.tissue_od
        dab = tissue & (dab_od > self.dab_od)
        smooth = ndi.gaussian_filter(h_od, 1.0)
        local = ndi.uniform_filter(smooth, 25)
        nuclei = tissue & (smooth > self.nucleus_od) & (smooth - local > self.nucleus_contrast_od)
        nuclei = ndi.binary_opening(nuclei)
        gaps, n_gaps = ndi.label(~nuclei)  # fill small holes; cheaper than binary_fill_holes on big tiles
        nuclei |= (np.bincount(gaps.ravel(), minlength=n_gaps + 1) < 4 * self.min_nucleus_px)[gaps] & (gaps > 0)
        labels, n = ndi.label(nuclei)
        empty = np.zeros((0, 2)), np.zeros(0)
        if n == 0:
            return tissue, dab, dab_od, *empty
        sizes = np.bincount(labels.ravel(), minlength=n + 1)
        nuclei = (sizes >= self.min_nucleus_px)[labels] & (labels > 0)
        dist = ndi.gaussian_filter(ndi.distance_transform_edt(nuclei).astype(np.float32), 1.0)
        size = 2 * self.peak_distance_px + 1
        peaks = nuclei & (dist == ndi.maximum_filter(dist, size=size)) & (dist > 1.0)
        markers, n = ndi.label(peaks, structure=np.ones((3, 3)))
        if n == 0:
            return tissue, dab, dab_od, *empty
        cells = watershed(-dist, markers, mask=nuclei)
        flat = cells.ravel()
        count = np.bincount(flat, minlength=n + 1)[1:].astype(np.float64)
        yy, xx = np.indices(cells.shape, dtype=np.float32)
        cy = np.bincount(flat, weights=yy.ravel(), minlength=n + 1)[1:]
        cx = np.bincount(flat, weights=xx.ravel(), minlength=n + 1)[1:]
        mean_dab = np.bincount(flat, weights=dab_od.ravel(), minlength=n + 1)[1:]
        ok = count > 0
        centroids = np.stack([cy[ok] / count[ok], cx[ok] / count[ok]], axis=1)
        return tissue, dab, dab_od, centroids, mean_dab[ok] / count[ok]

    def __call__(self, reader: TileReader) -> IhcResult:
        import numpy as np

        h, w, _ = reader.shape
        step = max(1, -(-max(h, w) // self.overview_side))
        result = IhcResult(image_px=h * w, overview_step=step)
        result.overview = np.zeros((-(-h // step), -(-w // step), 3), np.uint8)
        result.overview_dab = np.zeros(result.overview.shape[:2], bool)
        for tile in reader.tiles(self.tile, self.overlap):
            tissue, dab, dab_od, centroids, mean_dab = self.analyse_tile(tile.pixels)
            core = tile.core
            result.tiles += 1
            result.tissue_px += int(np.count_nonzero(tissue[core]))
            result.dab_px += int(np.count_nonzero(dab[core]))
            result.dab_od_sum += float(dab_od[core][dab[core]].sum(dtype=np.float64))
            inside = (
                (centroids[:, 0] >= core[0].start) & (centroids[:, 0] < core[0].stop)
                & (centroids[:, 1] >= core[1].start) & (centroids[:, 1] < core[1].stop)
            ) if len(centroids) else np.zeros(0, bool)
            positive = mean_dab[inside] > self.dab_od
            result.nuclei += int(inside.sum())
            result.dab_nuclei += int(positive.sum())
            room = self.max_centroids - len(result.centroids)
            if room > 0:
                for (y, x), pos in list(zip(centroids[inside], positive, strict=True))[:room]:
                    result.centroids.append((int(y) + tile.y, int(x) + tile.x, bool(pos)))
            self._paint_overview(result, tile.pixels[core], dab[core], tile.core_origin, step)
        return result

    @staticmethod
    def _paint_overview(result: IhcResult, rgb: np.ndarray, dab: np.ndarray, origin: tuple[int, int], step: int) -> None:
        """Subsample one tile core onto the overview grid (every ``step``-th pixel from the grid origin)."""
        assert result.overview is not None and result.overview_dab is not None
        oy, ox = -(-origin[0] // step), -(-origin[1] // step)
        sy, sx = oy * step - origin[0], ox * step - origin[1]
        sub, sub_dab = as_uint8(rgb[sy::step, sx::step, :3]), dab[sy::step, sx::step]
        result.overview[oy:oy + sub.shape[0], ox:ox + sub.shape[1]] = sub
        result.overview_dab[oy:oy + sub.shape[0], ox:ox + sub.shape[1]] = sub_dab


def as_uint8(rgb: np.ndarray) -> np.ndarray:
    """8-bit RGB by the dtype's full range (never per tile, so every tile is scaled alike); floats are taken as 0-1."""
    import numpy as np

    if rgb.dtype == np.uint8:
        return rgb
    if np.issubdtype(rgb.dtype, np.integer):
        return (rgb.astype(np.float32) * (255.0 / np.iinfo(rgb.dtype).max)).round().astype(np.uint8)
    return (np.clip(rgb.astype(np.float32), 0.0, 1.0) * 255.0).round().astype(np.uint8)


def save_overlay(result: IhcResult, path: Path, *, min_side: int = 1024) -> Path:
    """Overview with DAB-positive tissue outlined in yellow and nuclei dotted (blue negative, red DAB-positive)."""
    from PIL import Image, ImageDraw
    from scipy import ndimage as ndi

    assert result.overview is not None and result.overview_dab is not None
    rgb = result.overview.copy()
    edge = result.overview_dab & ~ndi.binary_erosion(result.overview_dab)
    rgb[edge] = (255, 230, 0)
    scale = max(1, min_side // max(rgb.shape[:2]))
    image = Image.fromarray(rgb).resize((rgb.shape[1] * scale, rgb.shape[0] * scale), Image.Resampling.NEAREST)
    draw = ImageDraw.Draw(image)
    factor = scale / result.overview_step
    r = max(1, scale)
    for y, x, positive in result.centroids:
        cx, cy = x * factor, y * factor
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(220, 0, 0) if positive else (0, 60, 255))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path)
    return path


def mpp_from_text(text: str) -> float | None:
    """Microns per pixel written in a specimen description, e.g. ``mpp=0.25`` or ``0.5 µm/px``."""
    m = _MPP.search(text or "")
    return float(m.group(1) or m.group(2)) if m else None


class IhcQuantExpert(Expert):
    """Expert ``ihc_quant``: DAB-positive fraction and nuclei density on brightfield H-DAB images."""

    card = ExpertCard(
        name="ihc_quant",
        version="0.1.0",
        modality=["SM"],
        body_part="",
        inputs="brightfield H-DAB immunohistochemistry image(s): PNG/JPEG, or tiled TIFF for large images",
        outputs=(
            "DAB-positive % of tissue, nuclei count and density (per mm² with a known pixel size, else per megapixel), "
            "% of nuclei with DAB signal, overlay PNG"
        ),
        intended_use="Give a pathologist reproducible stain-area and nuclei figures to check against the slide.",
        limits="; ".join(LIMITATIONS),
        roles=["pathology"],
    )

    def __init__(self, quantifier: IhcQuantifier | None = None, *, microns_per_pixel: float | None = None) -> None:
        super().__init__()
        self.quantifier = quantifier or IhcQuantifier()
        self.microns_per_pixel = microns_per_pixel

    def setup(self) -> None:
        needs = (("numpy", "numpy"), ("scipy.ndimage", "scipy"), ("skimage", "scikit-image"), ("tifffile", "tifffile"), ("PIL", "pillow"))
        for module, install in needs:
            require(module, install, needed_by="ihc_quant")

    def targets(self, case: Case) -> list[str]:
        return [s.id for s in case.pathology if any(Path(f).name.lower().endswith(IMAGE_SUFFIXES) for f in s.files)]

    def _run(self, case: Case, target: str, out_dir: Path) -> Evidence:
        from consilium.experts.imaging.tiles import TileReader

        specimen = find_specimen(case, target)
        files = [Path(f) for f in specimen.files if Path(f).name.lower().endswith(IMAGE_SUFFIXES)]
        if not files:
            raise ExpertError(f"specimen {target!r}: no PNG/JPEG/TIFF image among {[str(f) for f in specimen.files]}",
                              problem="no PNG/JPEG/TIFF image")
        total, mpps, overlay = IhcResult(), set(), None
        for path in files:
            with TileReader(path) as reader:
                if reader.shape[2] < 3:
                    raise ExpertError(f"{path}: {reader.shape[2]}-channel image; ihc_quant needs an RGB brightfield image",
                                      problem="not an RGB brightfield image")
                result = self.quantifier(reader)
                mpps.add(reader.microns_per_pixel or self.microns_per_pixel or mpp_from_text(specimen.description))
            if overlay is None:
                overlay = save_overlay(result, Path(out_dir) / f"ihc_quant_{target}.png")
            for name in ("image_px", "tissue_px", "dab_px", "dab_od_sum", "nuclei", "dab_nuclei", "tiles"):
                setattr(total, name, getattr(total, name) + getattr(result, name))
        mpp = mpps.pop() if len(mpps) == 1 else None
        limitations = list(LIMITATIONS)
        if mpp is None:
            limitations.append("pixel size unknown (or differing between images): densities are per megapixel, not per mm²")
        return Evidence(
            id=f"ihc_quant:{target}", expert=self.card.name, expert_version=self.card.version, target=target,
            input_files=[str(f) for f in files], input_sha256=sha256_files(files),
            summary=_summary(total, mpp), measurements=_measurements(total, mpp, self.quantifier.dab_od),
            overlay=str(overlay), limitations=limitations,
        )


def _densities(result: IhcResult, mpp: float | None) -> tuple[float, str, float]:
    """(tissue area, its unit, nuclei per that unit)."""
    area = result.tissue_px * (mpp**2 / 1e6 if mpp else 1e-6)
    return area, ("mm²" if mpp else "Mpx"), (result.nuclei / area if area else 0.0)


def _measurements(result: IhcResult, mpp: float | None, dab_od: float) -> list[Measurement]:
    area, unit, density = _densities(result, mpp)
    tissue = max(result.tissue_px, 1)
    return [
        Measurement(name="DAB-positive tissue", value=round(100.0 * result.dab_px / tissue, 2), unit="%",
                    inputs={"dab_od_threshold": dab_od, "tissue_px": result.tissue_px, "dab_px": result.dab_px}),
        Measurement(name="mean DAB optical density in positive tissue",
                    value=round(result.dab_od_sum / max(result.dab_px, 1), 3), unit="OD"),
        Measurement(name="tissue area", value=round(area, 4), unit=unit),
        Measurement(name="nuclei", value=result.nuclei),
        Measurement(name="nuclei density", value=round(density, 1), unit=f"per {unit} of tissue"),
        Measurement(name="nuclei with DAB signal", value=round(100.0 * result.dab_nuclei / max(result.nuclei, 1), 2), unit="%",
                    inputs={"rule": "mean DAB OD over the nucleus above the DAB threshold"}),
        Measurement(name="microns per pixel", value=mpp, unit="µm"),
        Measurement(name="tiles analysed", value=result.tiles),
    ]


def _summary(result: IhcResult, mpp: float | None) -> str:
    if result.tissue_px == 0:
        return "No tissue found (blank or overexposed image)."
    _, unit, density = _densities(result, mpp)
    return (
        f"DAB-positive {100.0 * result.dab_px / result.tissue_px:.1f} % of tissue; {result.nuclei} nuclei "
        f"({density:.0f} per {unit} of tissue), {100.0 * result.dab_nuclei / max(result.nuclei, 1):.0f} % with DAB signal."
    )
