"""Benchmarks of the imaging experts: speed and peak memory, each measured in a fresh subprocess.

Run ``python -m consilium.orchestration.benchmarks.imaging`` (``--quick`` for small sizes). Inputs are synthetic
phantoms written to a temporary folder by this (parent) process; each measurement runs in a child
process that reports its own peak resident set size (``ru_maxrss``) twice: after imports and input
loading (``base_mb``) and at the end (``peak_mb``), so ``peak_mb - base_mb`` is what the algorithm
itself added. The last line printed is one JSON object with every figure.

- ``ct_quant``: :func:`~consilium.experts.imaging.ct_quant.quantify_lungs` on a noisy chest phantom
  (default 512 x 512 x 200, float32 HU loaded from .npy), seconds and MB.
- ``pathology``: :class:`~consilium.experts.imaging.pathology.IhcQuantifier` over a tiled
  (512 px, zlib) RGB TIFF (default 10,000 x 10,000), tiles of 1024 px with 32 px overlap: tiles/s, MB.
- ``dicom_series``: :func:`~consilium.experts.imaging.dicom.load_dicom_series` on uncompressed CT slices
  and on JPEG 2000 lossless slices: slices/s, MB.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # kB on Linux


def _child(kind: str, args: dict[str, Any]) -> dict[str, Any]:
    """Run one measurement in this (child) process and return its figures."""
    if kind == "prepare":
        _prepare(Path(args["root"]), args)
        return {}
    if kind == "ct_quant":
        import numpy as np

        from consilium.experts.imaging.ct_quant import quantify_lungs

        volume = np.load(args["path"])
        base = _rss_mb()
        start = time.perf_counter()
        result = quantify_lungs(volume, tuple(args["spacing"]))
        seconds = time.perf_counter() - start
        both = result.regions["both lungs"]
        return {"shape": list(volume.shape), "seconds": round(seconds, 2), "base_mb": round(base), "peak_mb": round(_rss_mb()),
                "lung_ml": round(both["volume_ml"], 1), "laa950_pct": round(both["laa950_pct"], 3)}
    if kind == "pathology":
        from consilium.experts.imaging.tiles import TileReader
        from consilium.experts.imaging.pathology import IhcQuantifier

        quantifier = IhcQuantifier(tile=args["tile"], overlap=32)
        with TileReader(Path(args["path"])) as reader:
            base = _rss_mb()
            start = time.perf_counter()
            result = quantifier(reader)
            seconds = time.perf_counter() - start
            bound = quantifier.memory_bound(reader) / 2**20
        return {"shape": list(reader.shape), "tiles": result.tiles, "seconds": round(seconds, 2),
                "tiles_per_second": round(result.tiles / seconds, 2), "megapixels_per_second": round(result.image_px / 1e6 / seconds, 2),
                "base_mb": round(base), "peak_mb": round(_rss_mb()), "stated_bound_mb": round(bound), "nuclei": result.nuclei}
    if kind == "dicom_series":
        from consilium.experts.imaging.io import benchmark_series_load

        base = _rss_mb()
        figures = benchmark_series_load(Path(args["path"]))
        return {**figures, "base_mb": round(base), "peak_mb": round(_rss_mb())}
    raise ValueError(f"unknown benchmark {kind!r}")


def _in_subprocess(kind: str, args: dict[str, Any]) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "consilium.orchestration.benchmarks.imaging", "--child", kind, json.dumps(args)],
        capture_output=True, text=True, check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark {kind} failed (exit {proc.returncode}): {proc.stderr.strip()[-2000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _prepare(root: Path, args: dict[str, Any]) -> None:
    """Write the phantoms (run in its own child, so that the measuring children fork from a lean parent)."""
    import numpy as np
    from pydicom.uid import JPEG2000Lossless

    from consilium.experts.imaging.phantoms import ct_chest_phantom, tiled_tiff_from_tiles, write_dicom_series

    spacing = tuple(args["spacing"])
    volume, _ = ct_chest_phantom(tuple(args["ct_shape"]), spacing, emphysema_radius=20, noise_hu=20.0)
    np.save(root / "ct.npy", volume)
    write_dicom_series(volume[: args["series_slices"]], spacing, root / "series")
    write_dicom_series(volume[: args["j2k_slices"]], spacing, root / "series_j2k", transfer_syntax=JPEG2000Lossless)
    del volume
    tiled_tiff_from_tiles(root / "slide.tif", (args["slide_side"], args["slide_side"]))


def run_benchmarks(
    *,
    ct_shape: tuple[int, int, int] = (200, 512, 512),
    slide_side: int = 10_000,
    series_slices: int = 200,
    j2k_slices: int = 50,
    workdir: Path | None = None,
) -> dict[str, Any]:
    """Prepare phantoms, run every benchmark in a subprocess, print a table and a final JSON line.

    This process imports nothing heavy: Linux carries a parent's resident size into a child's
    ``ru_maxrss``, so a fat parent would inflate every child's peak.
    """
    spacing = (1.5, 0.7, 0.7)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        root = Path(tmp)
        _in_subprocess("prepare", {"root": str(root), "ct_shape": list(ct_shape), "spacing": spacing, "slide_side": slide_side,
                                   "series_slices": series_slices, "j2k_slices": j2k_slices})
        results = {
            "ct_quant": _in_subprocess("ct_quant", {"path": str(root / "ct.npy"), "spacing": spacing}),
            "pathology": _in_subprocess("pathology", {"path": str(root / "slide.tif"), "tile": 1024}),
            "dicom_series": _in_subprocess("dicom_series", {"path": str(root / "series")}),
            "dicom_series_j2k": _in_subprocess("dicom_series", {"path": str(root / "series_j2k")}),
        }
    _print_table(results)
    print(json.dumps(results, sort_keys=True))
    return results


def _print_table(results: dict[str, Any]) -> None:
    ct, path, ser, j2k = results["ct_quant"], results["pathology"], results["dicom_series"], results["dicom_series_j2k"]
    rows = [
        ("CT quant " + "x".join(map(str, ct["shape"])), f"{ct['seconds']} s", f"{ct['peak_mb']} MB (input+imports {ct['base_mb']})"),
        (f"IHC tiles {path['shape'][0]}x{path['shape'][1]} ({path['tiles']} tiles)",
         f"{path['tiles_per_second']} tiles/s ({path['seconds']} s)",
         f"{path['peak_mb']} MB (imports {path['base_mb']}, stated bound {path['stated_bound_mb']})"),
        (f"DICOM series {ser['slices']} slices, uncompressed", f"{ser['slices_per_second']} slices/s", f"{ser['peak_mb']} MB"),
        (f"DICOM series {j2k['slices']} slices, JPEG 2000", f"{j2k['slices_per_second']} slices/s", f"{j2k['peak_mb']} MB"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark':<{width}}  {'speed':<26}  peak RSS")
    for name, speed, memory in rows:
        print(f"{name:<{width}}  {speed:<26}  {memory}")


def main(argv: list[str] | None = None) -> None:
    """``--child KIND ARGS`` runs one measurement; ``--quick`` uses small sizes; no argument runs the full set."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--child"]:
        print(json.dumps(_child(argv[1], json.loads(argv[2]))))
    elif argv[:1] == ["--quick"]:
        run_benchmarks(ct_shape=(40, 256, 256), slide_side=2048, series_slices=40, j2k_slices=10)
    else:
        run_benchmarks()


if __name__ == "__main__":
    main()
