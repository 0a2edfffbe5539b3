"""Small pictures for the MDT document: a thumbnail of each imaging study and specimen of the case, read by the
project's own image readers, and the overlays the expert models drew. A picture that cannot be made is named
with the reason, and the document is still written."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from consilium.orchestration.case.model import Case
from consilium.orchestration.errors import ConsiliumError

THUMBNAIL_SIDE = 480  # pixels; the page shows them about 6 cm wide
MAX_PICTURES = 8  # an MDT page is for the meeting, not an image archive


@dataclass
class Picture:
    caption: str
    png: bytes | None = None
    problem: str = ""


def case_pictures(case: Case) -> list[Picture]:
    """One thumbnail per imaging study and pathology specimen with files (the middle slice of a volume)."""
    items = [(f"{s.modality} {s.body_part} [{s.id}]".replace("  ", " "), s.files) for s in case.imaging] + \
            [(f"pathology {s.site} [{s.id}]".replace("  ", " "), s.files) for s in case.pathology]
    return [_thumbnail(caption, files) for caption, files in items if files][:MAX_PICTURES]


def overlay_pictures(evidence: list[dict[str, Any]]) -> list[Picture]:
    """The overlays that expert models saved with their evidence (a PNG next to the review's evidence)."""
    out = []
    for e in evidence:
        if not e.get("overlay"):
            continue
        caption = f"{e.get('expert', 'expert')} on {e.get('target', '')}"
        try:
            out.append(Picture(caption, _png(_open_raster(Path(e["overlay"])))))
        except (OSError, ValueError) as exc:
            out.append(Picture(caption, problem=f"overlay could not be read ({type(exc).__name__})"))
    return out[:MAX_PICTURES]


def _thumbnail(caption: str, files: list[Path]) -> Picture:
    try:
        import numpy as np

        from consilium.experts.imaging.io import auto_window, load_image
    except ImportError:
        return Picture(caption, problem="no thumbnail: the imaging readers are not installed (the 'imaging' extra)")
    try:
        loaded = load_image(files)
        pixels = np.asarray(loaded.pixels)
        if (pixels.ndim == 3 and pixels.shape[-1] != 3) or pixels.ndim == 4:  # a volume: its middle slice
            pixels = pixels[pixels.shape[0] // 2]
        if pixels.ndim == 2 or pixels.dtype != np.uint8:
            pixels = auto_window(pixels.astype(np.float32))
        return Picture(caption, _png(pixels))
    except (ConsiliumError, OSError, ValueError) as exc:
        # the reason names the kind of problem; the file's path stays out of a document that is passed round
        return Picture(caption, problem=f"no thumbnail: {type(exc).__name__}")


def _open_raster(path: Path) -> Any:
    from PIL import Image

    with Image.open(path) as image:
        image.load()
        return image.convert("RGB")


def _png(pixels: Any) -> bytes:
    from PIL import Image

    image = pixels if isinstance(pixels, Image.Image) else Image.fromarray(pixels)
    image.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
