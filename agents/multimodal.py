"""Images for multimodal models: the windowed study images and expert overlays, as content parts.

When a role's model is marked multimodal, the specialist's prompt is followed by one labelled image
per study or specimen it reads: the expert's overlay where one exists (it is the windowed image with
the expert's marks), otherwise the study itself, windowed (CT by a preset chosen from the body part,
other modalities by percentiles) and middle slice for volumes. Images are PNG, at most
``MAX_SIDE`` pixels on their long side, in the order the evidence is listed.
"""

from __future__ import annotations

import base64
import io
import logging
from pathlib import Path
from typing import Any

from consilium.experts.base import Evidence, ExpertError
from consilium.orchestration.case.model import Case

log = logging.getLogger(__name__)

MAX_SIDE = 768
MAX_IMAGES = 4


def _png(pixels: Any) -> bytes:
    from PIL import Image

    img = Image.fromarray(pixels)
    img.thumbnail((MAX_SIDE, MAX_SIDE))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _overlay_png(path: Path) -> bytes:
    import numpy as np
    from PIL import Image

    with Image.open(path) as img:
        return _png(np.asarray(img.convert("RGB")))


def study_png(files: list[Path], modality: str, body_part: str = "") -> bytes:
    """Render one study or image file as a display PNG (windowed, middle slice)."""
    import numpy as np

    from consilium.experts.imaging.io import auto_window, load_image, window

    loaded = load_image(files)
    pixels = loaded.pixels
    if pixels.ndim >= 3 and pixels.shape[-1] != 3:  # (z, y, x): middle slice
        pixels = pixels[pixels.shape[0] // 2]
    elif pixels.ndim == 4:  # (z, y, x, 3)
        pixels = pixels[pixels.shape[0] // 2]
    if pixels.dtype != np.uint8:
        if modality.upper() == "CT":
            preset = "lung" if "chest" in body_part.lower() or "thorax" in body_part.lower() else (
                "brain" if "head" in body_part.lower() or "brain" in body_part.lower() else "mediastinum")
            pixels = window(pixels, preset)
        else:
            pixels = auto_window(pixels)
    return _png(pixels)


def image_parts(case: Case, specialist: str, evidence: list[Evidence]) -> tuple[list[dict[str, Any]], list[str]]:
    """Content parts (label text + image) for the specialist, and notes on images that could not be made."""
    overlays = {e.target: e for e in evidence if e.status == "ok" and e.overlay}
    items: list[tuple[str, str, list[Path], str, str]] = []
    if specialist == "radiology":
        items = [(s.id, f"{s.modality} {s.body_part}".strip(), s.files, s.modality, s.body_part)
                 for s in case.imaging if s.files]
    elif specialist == "pathology":
        items = [(p.id, f"pathology specimen {p.site}".strip(), p.files, "SM", "") for p in case.pathology if p.files]
    parts: list[dict[str, Any]] = []
    notes: list[str] = []
    for target, label, files, modality, body_part in items[:MAX_IMAGES]:
        try:
            if target in overlays:
                data = _overlay_png(Path(overlays[target].overlay))
                caption = f"Image of [{target}] {label}: overlay from [{overlays[target].id}]"
            else:
                data = study_png(files, modality, body_part)
                caption = f"Image of [{target}] {label}: windowed study image"
        except (ExpertError, OSError, ValueError) as exc:
            # The note goes into the prompt: the study id and the kind of problem, never the file's
            # path or name (case-derived text); the full message goes to the log.
            log.warning("no image for %s: %s", target, exc)
            problem = exc.problem if isinstance(exc, ExpertError) else "file could not be read"
            notes.append(f"no image for {target}: {problem}")
            continue
        parts.append({"type": "text", "text": caption})
        parts.append({"type": "image_url",
                      "image_url": {"url": "data:image/png;base64," + base64.b64encode(data).decode("ascii")}})
    if len(items) > MAX_IMAGES:
        notes.append(f"only the first {MAX_IMAGES} of {len(items)} studies were attached as images")
    return parts, notes
