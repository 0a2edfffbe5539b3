"""The imaging benchmark harness runs end to end at toy sizes and ends with one JSON line of figures."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("skimage")
pytest.importorskip("pylibjpeg")

from consilium.orchestration.benchmarks.imaging import run_benchmarks


def test_run_benchmarks_prints_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    results = run_benchmarks(ct_shape=(12, 96, 96), slide_side=700, series_slices=6, j2k_slices=3)
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("benchmark")
    assert json.loads(lines[-1]) == results
    assert results["ct_quant"]["shape"] == [12, 96, 96] and results["ct_quant"]["lung_ml"] > 0
    assert results["pathology"]["tiles"] == 1 and results["pathology"]["tiles_per_second"] > 0
    assert results["dicom_series"]["slices"] == 6 and results["dicom_series_j2k"]["slices"] == 3
    for figures in results.values():
        assert 0 < figures["base_mb"] <= figures["peak_mb"] < 2048
