"""Checking and storing uploaded imaging and pathology files.

Every file is opened with the library that reads its format (pydicom, nibabel, Pillow) before it is
accepted, so a wrong file is reported next to its name at upload time rather than failing inside an
expert later. Names are reduced to a safe basename before anything is written: a browser-supplied
name, or a member name inside a zip, never chooses a directory.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
MAX_ZIP_MEMBERS = 4000
MAX_ZIP_BYTES = 2 * 1024**3
IMAGING_MODALITIES = ["auto", "CT", "MR", "CR", "DX", "XR", "US", "NM", "PT", "other"]


@dataclass
class Checked:
    """One uploaded file after checking: ``ok`` with a description, or the reason it was refused."""

    name: str
    ok: bool
    kind: str = ""  # dicom | dicom-zip | nifti | image
    detail: str = ""
    modality: str = ""
    series: str = ""
    source: Path | None = None
    members: list[str] = field(default_factory=list)  # DICOM members of a zip


def safe_name(name: str, *, default: str = "upload") -> str:
    """A basename safe to create in our own folder: no directories, no leading dots, plain characters."""
    base = PureWindowsPath(PurePosixPath(str(name).replace("\x00", "")).name).name
    base = re.sub(r"[^A-Za-z0-9._-]", "_", base).lstrip(".")
    base = re.sub(r"_{2,}", "_", base)[:120]
    return base if base.strip("._-") else default


def _dicom_info(path: Path) -> tuple[str, str, str]:
    """(modality, series uid, description) of a DICOM file; ValueError when it is not one with an image."""
    import pydicom
    from pydicom.errors import InvalidDicomError

    try:
        ds = pydicom.dcmread(path, stop_before_pixels=False, defer_size="1 KB")
    except InvalidDicomError:
        ds = pydicom.dcmread(path, force=True, defer_size="1 KB")
        if "SOPClassUID" not in ds and "Modality" not in ds:
            raise ValueError("not a DICOM file (no DICOM header found)") from None
    if "PixelData" not in ds:
        raise ValueError("DICOM file without image data (e.g. a report or structure set)")
    modality = str(ds.get("Modality", "") or "")
    size = f"{ds.get('Columns', '?')}×{ds.get('Rows', '?')}"
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    return modality, str(ds.get("SeriesInstanceUID", "") or ""), (
        f"DICOM {modality or '(modality not stated)'} {size}" + (f", {frames} frames" if frames > 1 else ""))


def _check_zip(path: Path, item: Checked) -> Checked:
    with zipfile.ZipFile(path) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir() and not i.filename.startswith("__MACOSX/")]
        if len(infos) > MAX_ZIP_MEMBERS:
            raise ValueError(f"zip holds {len(infos)} files; at most {MAX_ZIP_MEMBERS} are accepted")
        if sum(i.file_size for i in infos) > MAX_ZIP_BYTES:
            raise ValueError("zip expands to more than 2 GiB")
        modalities, series, skipped = set(), set(), []
        with tempfile.TemporaryDirectory() as tmp:
            for info in infos:
                member = Path(tmp) / "member"
                with zf.open(info) as src, open(member, "wb") as dst:
                    shutil.copyfileobj(src, dst)
                try:
                    modality, uid, _ = _dicom_info(member)
                except Exception:  # noqa: BLE001 - any unreadable member is reported as skipped
                    skipped.append(safe_name(info.filename))
                    continue
                item.members.append(info.filename)
                modalities.add(modality)
                series.add(uid)
    if not item.members:
        raise ValueError("the zip holds no readable DICOM image files")
    item.kind, item.modality = "dicom-zip", "/".join(sorted(m for m in modalities if m)) or ""
    item.series = next(iter(series)) if len(series) == 1 else ""
    item.detail = (f"zipped DICOM series: {len(item.members)} image file(s), modality {item.modality or 'not stated'}"
                   + (f", {len(series)} series" if len(series) > 1 else "")
                   + (f"; skipped {len(skipped)} non-DICOM file(s): {', '.join(skipped[:3])}" if skipped else ""))
    return item


def check_file(path: str | Path, *, name: str | None = None, pathology: bool = False) -> Checked:
    """Open an uploaded file to see what it is; never raises for a bad file."""
    path = Path(path)
    shown = safe_name(name or path.name)
    item = Checked(name=shown, ok=False, source=path)
    lower = shown.lower()
    try:
        if pathology or Path(lower).suffix in IMAGE_SUFFIXES:
            if Path(lower).suffix not in IMAGE_SUFFIXES:
                raise ValueError("pathology images must be PNG, JPEG or TIFF")
            from PIL import Image

            with Image.open(path) as img:
                img.verify()
            with Image.open(path) as img:
                item.detail = f"{img.format} image {img.width}×{img.height} ({img.mode})"
            item.kind = "image"
        elif lower.endswith(".zip"):
            if not zipfile.is_zipfile(path):
                raise ValueError("not a valid zip archive")
            _check_zip(path, item)
        elif lower.endswith((".nii", ".nii.gz")):
            import nibabel

            img = nibabel.load(str(path))
            shape = tuple(int(x) for x in img.shape)
            if len(shape) < 2:
                raise ValueError(f"NIfTI image with shape {shape} is not an image volume")
            item.kind, item.detail = "nifti", f"NIfTI volume {'×'.join(map(str, shape))}"
        else:
            item.modality, item.series, item.detail = _dicom_info(path)
            item.kind = "dicom"
    except ValueError as exc:
        item.detail = str(exc)
        return item
    except Exception as exc:  # noqa: BLE001 - readers raise many types for corrupt files; each becomes a message
        kind = "image" if pathology else "DICOM, zipped DICOM series, NIfTI or PNG/JPEG/TIFF"
        item.detail = f"could not be read as {kind} ({type(exc).__name__}: {str(exc)[:160]})"
        return item
    item.ok = True
    return item


def store(item: Checked, dest: Path) -> list[Path]:
    """Copy an accepted upload into ``dest`` under safe names; a zip is unpacked member by member."""
    dest.mkdir(parents=True, exist_ok=True)
    assert item.ok and item.source is not None

    def free(name: str) -> Path:
        target, n = dest / name, 1
        while target.exists():
            stem, dot, suffix = name.partition(".")
            target, n = dest / f"{stem}-{n}{dot}{suffix}", n + 1
        return target

    if item.kind != "dicom-zip":
        target = free(item.name)
        shutil.copyfile(item.source, target)
        return [target]
    paths = []
    with zipfile.ZipFile(item.source) as zf:
        for member in item.members:
            target = free(safe_name(member, default="slice.dcm"))
            with zf.open(member) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            paths.append(target)
    return paths


def describe(items: list[Checked]) -> str:
    """Markdown lines shown next to an upload box: one per file, accepted or refused with the reason."""
    from consilium.ui.views import md_text

    if not items:
        return ""
    lines = []
    for it in items:
        detail = md_text(it.detail)  # reader messages are shown as plain text
        lines.append(f"- ✓ `{it.name}` — {detail}" if it.ok else f"- ✗ `{it.name}` — **not accepted**: {detail}")
    refused = sum(not it.ok for it in items)
    if refused:
        lines.append(f"\n{refused} file(s) will be left out of the case; everything else you entered is kept.")
    return "\n".join(lines)
