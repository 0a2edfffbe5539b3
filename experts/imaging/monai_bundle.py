"""Run a MONAI Model Zoo bundle as an expert: the case's study in, label volumes per label out.

A bundle directory holds ``configs/inference.json`` (or ``.yaml``), ``configs/metadata.json`` and
``models/model.pt``. The runner executes the bundle's own inference workflow with
:class:`monai.bundle.ConfigWorkflow`, overriding only what every Model Zoo inference config names the
same way: ``bundle_root``, ``datalist`` (a list of input file paths), ``output_dir`` and, for
in-process runs, ``dataloader#num_workers``. The study is handed over as NIfTI (converted from DICOM
when needed); the first image the bundle writes to ``output_dir`` is read back as a label volume and
each label is reported with its voxel count and volume in mL, named from the metadata's
``network_data_format.outputs.pred.channel_def``. See ``experts/BUNDLES.md``.

Bundle configs execute Python expressions: only run bundles from a source you trust.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consilium.experts.base import (
    Evidence,
    Expert,
    ExpertCard,
    ExpertError,
    Measurement,
    Role,
    find_imaging_study,
    require,
)
from consilium.orchestration.digest import sha256_files

if TYPE_CHECKING:
    import numpy as np

    from consilium.orchestration.case.model import Case

CONFIG_NAMES = ("inference.json", "inference.yaml", "inference.yml")
WEIGHT_NAMES = ("model.pt", "model.ts")


class BundleError(ExpertError):
    """A bundle directory is incomplete, or its workflow failed or wrote no output."""

    problem = "the MONAI bundle could not run on it"


def bundle_files(bundle_dir: Path) -> tuple[Path, Path | None, Path]:
    """(inference config, metadata or None, weights) of a bundle; :class:`BundleError` names what is missing."""
    bundle_dir = Path(bundle_dir)
    if not bundle_dir.is_dir():
        raise BundleError(f"{bundle_dir}: bundle directory not found")
    config = next((bundle_dir / "configs" / n for n in CONFIG_NAMES if (bundle_dir / "configs" / n).is_file()), None)
    if config is None:
        raise BundleError(f"{bundle_dir}: no configs/inference.json or configs/inference.yaml")
    weights = next((bundle_dir / "models" / n for n in WEIGHT_NAMES if (bundle_dir / "models" / n).is_file()), None)
    if weights is None:
        raise BundleError(f"{bundle_dir}: no models/model.pt (or model.ts); official bundles download weights separately")
    meta = bundle_dir / "configs" / "metadata.json"
    return config, (meta if meta.is_file() else None), weights


def read_metadata(bundle_dir: Path) -> dict[str, Any]:
    """``configs/metadata.json`` as a dict ({} when absent); a broken file is a :class:`BundleError`."""
    path = Path(bundle_dir) / "configs" / "metadata.json"
    if not path.is_file():
        return {}
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise BundleError(f"{path}: metadata is not valid JSON ({exc})") from exc


def channel_names(metadata: dict[str, Any]) -> dict[int, str]:
    """Label value -> name from ``network_data_format.outputs.pred.channel_def``."""
    outputs = metadata.get("network_data_format", {}).get("outputs", {})
    pred: Any = outputs.get("pred") or next(iter(outputs.values()), {})
    names = pred.get("channel_def", {}) if isinstance(pred, dict) else {}
    out: dict[int, str] = {}
    for key, name in names.items():
        try:
            out[int(key)] = str(name)
        except ValueError:
            continue
    return out


class MonaiBundleExpert(Expert):
    """An expert backed by one MONAI bundle directory; its card is built from the bundle's metadata."""

    def __init__(
        self,
        bundle_dir: Path,
        *,
        name: str | None = None,
        modality: list[str] | None = None,
        body_part: str = "",
        roles: list[Role] | None = None,
        overrides: dict[str, Any] | None = None,
        label_names: dict[int, str] | None = None,
    ) -> None:
        super().__init__()
        self.bundle_dir = Path(bundle_dir)
        meta = read_metadata(self.bundle_dir)
        self.label_names = label_names or channel_names(meta)
        self.overrides = dict(overrides or {})
        modalities = modality or [m for m in ("CT", "MR") if m in json.dumps(meta.get("network_data_format", {})).upper()] or ["CT"]
        self.card = ExpertCard(  # type: ignore[misc]  # per-instance card: one class serves every bundle
            name=name or f"monai:{self.bundle_dir.name}",
            version=str(meta.get("version", "0")),
            modality=modalities,
            body_part=body_part,
            inputs=f"{'/'.join(modalities)} volume (NIfTI, or DICOM converted to NIfTI)",
            outputs="label volume; voxels and mL per label" + (f" ({', '.join(self.label_names.values())})" if self.label_names else ""),
            intended_use=str(meta.get("description") or meta.get("name") or "MONAI bundle inference"),
            limits=str(meta.get("intended_use") or "see the bundle's README and metadata; research use unless stated otherwise"),
            roles=roles or ["radiology"],
        )

    def setup(self) -> None:
        require("torch", "torch==2.13.0", needed_by=self.card.name)
        require("monai", "monai", needed_by=self.card.name)
        require("nibabel", "nibabel", needed_by=self.card.name)
        config, _, weights = bundle_files(self.bundle_dir)
        text = config.read_text(encoding="utf-8", errors="replace")
        if "ignite" in text or "SupervisedEvaluator" in text:  # Model Zoo evaluators run on pytorch-ignite
            require("ignite", "pytorch-ignite", needed_by=self.card.name)
        self.card = self.card.model_copy(update={"weights_sha256": sha256_files([weights])})  # type: ignore[misc]

    def targets(self, case: Case) -> list[str]:
        wanted = {m.upper() for m in self.card.modality}
        part = self.card.body_part.lower()
        return [
            s.id for s in case.imaging
            if s.files and s.modality.strip().upper() in wanted and (not part or not s.body_part or part in s.body_part.lower())
        ]

    def _run(self, case: Case, target: str, out_dir: Path) -> Evidence:
        study = find_imaging_study(case, target)
        from consilium.experts.imaging.io import expand_files

        files = expand_files(study.files)
        work = Path(out_dir) / f"{self.card.name.replace(':', '_')}_{target}"
        image_path = as_nifti(files, work / "input")
        seg_path = self.infer(image_path, work / "output")
        labels, spacing = read_labels(seg_path)
        overlay = save_overlay(image_path, labels, work.with_suffix(".png"))
        return Evidence(
            id=f"{self.card.name}:{target}", expert=self.card.name, expert_version=self.card.version,
            weights_sha256=self.card.weights_sha256, target=target, input_files=[str(f) for f in files],
            input_sha256=sha256_files(files), summary=self._summary(labels, spacing),
            measurements=self._measurements(labels, spacing, seg_path), overlay=str(overlay),
            limitations=[f"output of bundle {self.bundle_dir.name} v{self.card.version}; valid only for the bundle's intended data"],
        )

    def infer(self, image: Path, output_dir: Path) -> Path:
        """Run the bundle's inference workflow on one NIfTI file; the path of the label image it wrote."""
        from monai.bundle import ConfigWorkflow

        config, meta, _ = bundle_files(self.bundle_dir)
        if output_dir.exists():
            shutil.rmtree(output_dir)  # our own per-target folder: a rerun must not find the last run's output
        output_dir.mkdir(parents=True)
        overrides = {
            "bundle_root": str(self.bundle_dir), "datalist": [str(image)], "output_dir": str(output_dir),
            "dataloader#num_workers": 0, **self.overrides,
        }
        try:
            workflow = ConfigWorkflow(
                config_file=str(config), meta_file=str(meta) if meta else None, logging_file=False,
                workflow_type="inference", **overrides,
            )
            workflow.initialize()
            workflow.run()
            workflow.finalize()
        except ExpertError:
            raise
        except Exception as exc:  # a bundle's config can fail in any component; report which bundle and why
            raise BundleError(f"{self.bundle_dir}: inference workflow failed ({type(exc).__name__}: {exc})") from exc
        written = sorted(p for p in output_dir.rglob("*") if p.is_file() and p.name.endswith((".nii", ".nii.gz", ".nrrd")))
        if not written:
            raise BundleError(f"{self.bundle_dir}: workflow ran but wrote no image to {output_dir} (does its SaveImaged use @output_dir?)")
        return written[0]

    def _measurements(self, labels: np.ndarray, spacing: tuple[float, ...], seg_path: Path) -> list[Measurement]:
        import numpy as np

        voxel_ml = float(np.prod(spacing)) / 1000.0
        counts = np.bincount(labels.ravel().astype(np.int64))
        out = [Measurement(name="segmentation shape", value="x".join(str(s) for s in labels.shape), unit="voxels"),
               Measurement(name="segmentation file", value=str(seg_path))]
        values = sorted(set(np.nonzero(counts)[0].tolist()) | set(self.label_names))
        for value in values:
            if value == 0:
                continue
            n = int(counts[value]) if value < len(counts) else 0
            name = self.label_names.get(value, f"label {value}")
            out.append(Measurement(name=f"{name} volume", value=round(n * voxel_ml, 2), unit="mL", inputs={"label": value, "voxels": n}))
        return out

    def _summary(self, labels: np.ndarray, spacing: tuple[float, ...]) -> str:
        import numpy as np

        counts = np.bincount(labels.ravel().astype(np.int64))
        found = [f"{self.label_names.get(v, f'label {v}')} {counts[v] * float(np.prod(spacing)) / 1000.0:.1f} mL"
                 for v in range(1, len(counts)) if counts[v]]
        return f"Bundle {self.bundle_dir.name}: " + (", ".join(found) if found else "no foreground label") + "."


def as_nifti(files: list[Path], folder: Path) -> Path:
    """The study as one NIfTI file: a NIfTI input is used as is, anything else is converted (RAS affine)."""
    import nibabel as nib
    import numpy as np

    from consilium.experts.imaging.io import detect_format, load_image

    if len(files) == 1 and detect_format(files[0]) == "nifti":
        return files[0]
    image = load_image(files)
    pixels = image.pixels
    if pixels.ndim != 3:
        raise ExpertError(f"{files[0]}: a bundle input must be a grayscale volume, got shape {pixels.shape}",
                          problem="not a grayscale volume")
    dz, dy, dx = image.spacing or (1.0, 1.0, 1.0)
    affine = np.diag([-dx, -dy, dz, 1.0])  # array (x->left, y->posterior, z->superior) in RAS world
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "image.nii.gz"
    nib.save(nib.Nifti1Image(np.ascontiguousarray(pixels.transpose(2, 1, 0)), affine), str(path))
    return path


def read_labels(path: Path) -> tuple[np.ndarray, tuple[float, ...]]:
    """Integer label array (channel dims squeezed) and voxel spacing in mm of a written segmentation."""
    import nibabel as nib
    import numpy as np

    try:
        img: Any = nib.load(str(path))
        data = np.asarray(img.dataobj)
    except Exception as exc:  # nibabel raises several types for unreadable files
        raise BundleError(f"{path}: bundle output cannot be read ({type(exc).__name__}: {exc})") from exc
    data = np.squeeze(data)
    if data.ndim == 4:  # one-hot or probabilities: label = argmax over channels
        data = np.argmax(data, axis=-1)
    if not np.allclose(data, np.round(data)):
        raise BundleError(f"{path}: bundle output is not a label image (non-integer values); is AsDiscreted in its postprocessing?")
    return data.astype(np.int32), tuple(float(z) for z in img.header.get_zooms()[:3])


def save_overlay(image_path: Path, labels: np.ndarray, path: Path) -> Path:
    """Middle axial slice (array axis 2) of the input with labels in colour; labels alone if the grids differ."""
    import nibabel as nib
    import numpy as np
    from PIL import Image

    from consilium.experts.imaging.io import auto_window

    k = labels.shape[2] // 2 if labels.ndim == 3 else 0
    lab = labels[:, :, k] if labels.ndim == 3 else labels
    source: Any = nib.load(str(image_path))
    base = np.asarray(source.dataobj, dtype=np.float32)
    grey = auto_window(base[:, :, k]) if base.shape[:3] == labels.shape else np.zeros(lab.shape, np.uint8)
    rgb = np.stack([grey] * 3, axis=-1).astype(np.float32)
    palette = np.array([[0, 0, 0], [230, 25, 75], [60, 180, 75], [255, 225, 25], [0, 130, 200], [245, 130, 48], [145, 30, 180]], np.float32)
    colours = palette[np.where(lab > 0, (lab - 1) % (len(palette) - 1) + 1, 0)]
    rgb = np.where(lab[..., None] > 0, 0.5 * rgb + 0.5 * colours, rgb)
    image = Image.fromarray(np.rot90(rgb.astype(np.uint8)))
    scale = max(1, 256 // max(image.size))
    image = image.resize((image.width * scale, image.height * scale), Image.Resampling.NEAREST)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path)
    return path
