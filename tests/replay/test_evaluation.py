"""The evaluation report: figures computed from per-case results, Markdown, JSON and real PNG plots."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from consilium.orchestration.evaluation.report import (
    build_report,
    render_markdown,
    write_report,
)

pytest.importorskip("matplotlib", reason="the report's plots need matplotlib (the eval extra)")


def _result(case_id: str, strategy: str, correct: bool, *, exact: bool = False, icd: bool | None = None,
            judge: bool | None = None, calls: int = 5, seconds: float = 2.0, failures: dict | None = None,
            option: bool = False) -> dict:
    if option:
        score = {"scored": True, "method": "option", "chosen": "A", "expected": "A" if correct else "B",
                 "correct": correct, "no_option": False}
    else:
        score = {"scored": True, "method": "diagnosis", "exact": exact, "normalised": correct, "correct": correct,
                 "icd": {"match": icd, "answer": {"code": "X"} if icd is not None else None,
                         "reference": {"code": "Y"}}}
        if judge is not None:
            score["judge"] = {"match": judge, "audit": [{"tokens_in": 50, "tokens_out": 5}]}
    nodes = {"triage": 1.0, "radiology": 0.5, "answer": 0.5} if strategy == "consilium" else {"single": seconds}
    return {"case_id": case_id, "strategy": strategy, "score": score, "llm_calls": calls, "tokens_in": 100 * calls,
            "tokens_out": 10 * calls, "seconds": seconds, "timings": nodes, "answer": {"diagnosis": "x"},
            "failures": failures or {},
            "audit": [{"latency_s": seconds / calls, "outcome": "ok"} for _ in range(calls)]}


@pytest.fixture
def runs(tmp_path: Path) -> Path:
    root = tmp_path / "runs"
    for strategy, verdicts in (("consilium", [1, 1, 1, 0, 0, 1]), ("single", [1, 0, 0, 0, 0, 1])):
        folder = root / strategy
        folder.mkdir(parents=True)
        for i, ok in enumerate(verdicts):
            r = _result(f"c{i}", strategy, bool(ok), exact=i == 0, icd=bool(ok) if i < 4 else None,
                        judge=bool(ok), calls=5 if strategy == "consilium" else 1,
                        seconds=10.0 if strategy == "consilium" else 2.0,
                        failures={"radiology": {"kind": "timeout"}} if strategy == "consilium" and i == 3 else None)
            (folder / f"c{i}.json").write_text(json.dumps(r))
        (folder / "summary.json").write_text(json.dumps({"run_errors": ["c9: RuntimeError: x"] if strategy == "single" else [],
                                                          "load_errors": ["f:2: invalid JSON"], "judge": "scripted",
                                                          "judge_calibration": {"correct": 3, "n": 4}}))
    (root / "consilium" / "c99.json").write_text("{half-written")  # ignored, never a crash
    return root


def test_figures(runs: Path) -> None:
    report = build_report(runs)
    cons, single = report["strategies"]
    assert (cons["strategy"], single["strategy"]) == ("consilium", "single") and cons["cases"] == 6
    assert cons["accuracy"]["primary"]["k"] == 4 and cons["accuracy"]["primary"]["n"] == 6
    assert cons["accuracy"]["primary"]["ci95"] == [0.3, 0.9032]
    assert cons["accuracy"]["exact"]["k"] == 1
    assert cons["accuracy"]["icd"] == {**cons["accuracy"]["icd"], "k": 3, "n": 6}        # no code counts as a miss
    assert cons["accuracy"]["icd_coded"] == {**cons["accuracy"]["icd_coded"], "k": 3, "n": 4}
    assert cons["accuracy"]["judge"]["k"] == 4 and "option" not in cons["accuracy"]
    assert cons["llm_calls"]["mean"] == 5 and single["llm_calls"]["total"] == 6
    assert cons["tokens_in"]["mean"] == 500 and cons["seconds"]["median"] == 10.0
    assert cons["nodes"]["triage"]["mean_per_case_s"] == 1.0 and list(cons["nodes"]) == ["triage", "radiology", "answer"]
    assert cons["failures"]["radiology: timeout"] == 1 and single["failures"]["case raised (run error)"] == 1
    assert cons["failures"]["malformed record skipped"] == 1
    assert cons["judge"] == {"model": "scripted", "calls": 6, "control_pairs": [3, 4], "tokens": 330}
    paired = report["paired"][0]["methods"]["primary"]
    assert paired == {"n": 6, "a": 4, "b": 2, "only_a": 2, "only_b": 0, "mcnemar_p": 0.5}


def test_a_task_stopped_for_missing_input_is_counted_apart_from_node_latency(runs: Path) -> None:
    # c3's radiology timed out after real work (its time counts); c4's never ran: its files were missing
    result = json.loads((runs / "consilium" / "c4.json").read_text())
    result["timings"]["radiology"] = 0.0004
    result["failures"] = {"radiology": {"kind": "missing_input", "reason": "none of the imaging files exist"}}
    (runs / "consilium" / "c4.json").write_text(json.dumps(result))
    report = build_report(runs)
    radiology = report["strategies"][0]["nodes"]["radiology"]
    assert radiology["cases"] == 5 and radiology["mean_s"] == 0.5 and radiology["not_run"] == 1
    assert report["strategies"][0]["failures"]["radiology: missing_input"] == 1
    assert "| consilium | radiology | 5 | 0.50 | 2.5 | 1 |" in render_markdown(report, {})


def test_markdown_json_and_plots_are_written(runs: Path) -> None:
    paths = write_report(runs)
    md = paths["markdown"].read_text()
    for label in ("exact match", "normalised match", "ICD-10-CM category (no code = miss)", "model judge",
                  "LLM calls per case", "prompt tokens per case", "seconds per case", "McNemar",
                  "Latency by node", "Failures by kind", "66.7% (4/6; 30%–90%)", "scripted; 6; 330; 3/4"):
        assert label in md, label
    data = json.loads(paths["json"].read_text())
    assert "_verdicts" not in data["strategies"][0] and data["plots"]["cost"] == "plots/cost.png"
    for name in ("accuracy", "cost", "latency", "failures"):
        png = paths[name].read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000, name


def test_one_strategy_and_multiple_choice_only(tmp_path: Path) -> None:
    folder = tmp_path / "runs" / "single"
    folder.mkdir(parents=True)
    for i, ok in enumerate([True, False, True]):
        result = _result(f"q{i}", "single", ok, option=True, calls=1)
        result["score"]["option_conflict"] = ["C"] if i < 2 else []  # the answer's text named option C
        (folder / f"q{i}.json").write_text(json.dumps(result))
    report = build_report(tmp_path / "runs")
    acc = report["strategies"][0]["accuracy"]
    assert set(acc) == {"primary", "option"} and acc["option"]["k"] == 2 and report["paired"] == []
    assert report["strategies"][0]["option_conflict"] == {"cases": 2, "correct": 1}
    text = render_markdown(report, {})
    assert "chosen option" in text
    assert "| option letter contradicted by the answer's own text (of them scored right) | 2 (1) |" in text
    assert write_report(tmp_path / "runs")["cost"].is_file()


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no case results"):
        build_report(tmp_path)


def test_results_from_different_files_are_flagged_and_one_file_written_two_ways_is_not(
        tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    root = tmp_path / "runs"
    for strategy, source in (("consilium", str(tmp_path / "data" / "a.jsonl")), ("single", "data/a.jsonl")):
        (root / strategy).mkdir(parents=True)
        (root / strategy / "c1.json").write_text(json.dumps({**_result("c1", strategy, True), "source_file": source}))
    report = build_report(root)
    assert report["paired"][0]["same_source"] and "Warning" not in render_markdown(report, {})
    other = json.loads((root / "single" / "c1.json").read_text())
    (root / "single" / "c1.json").write_text(json.dumps({**other, "source_file": "data/b.jsonl"}))
    report = build_report(root)
    text = render_markdown(report, {})
    assert not report["paired"][0]["same_source"] and text.count("**Warning:**") == 2
