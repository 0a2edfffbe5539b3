"""Stepwise scenarios as the regression suite: every scenario in scenarios/scripted replays from its
recording with no model, exactly, and meets every expectation of every step."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from consilium.orchestration.evaluation.scenarios import ScenarioError, load_scenario, run_scenario

SCENARIOS = sorted((Path(__file__).resolve().parents[2] / "scenarios" / "scripted").glob("*.yaml"))


def test_there_are_stepwise_scenarios() -> None:
    assert len(SCENARIOS) >= 3
    steps = []
    for path in SCENARIOS:
        scenario = load_scenario(path)
        assert len(scenario.steps) >= 2, f"{path.name}: a scenario unfolds in at least two steps"
        steps += scenario.steps
    # The suite keeps a step answered by the GP alone, a team step, and a triage call that fails.
    assert {s.expect.mode for s in steps} >= {"alone", "team"}
    assert any("triage" in (s.expect.failed or []) for s in steps)


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_scenario_replays_exactly_and_meets_its_expectations(path: Path) -> None:
    report = run_scenario(path)
    assert not report.error, report.error
    for step in report.steps:
        failed = [c for c in step.checks if not c["passed"]]
        assert not failed, f"{path.name} / {step.name}: {failed}"
        assert step.replay["identical"], (
            f"{path.name} / {step.name} no longer replays exactly. If the change was intended, record again with "
            f"`consilium scenario {path.relative_to(path.parents[2])} --record`.\n{step.replay['explain']}")
        assert step.checks, "a step with no expectations cannot fail"


def test_a_step_builds_on_the_case_before_it() -> None:
    scenario = load_scenario(next(p for p in SCENARIOS if p.stem == "appendicitis_ultrasound"))
    first, second = scenario.step_cases()
    assert first.imaging == [] and [s.id for s in second.imaging] == ["us1"]
    assert [lab.name for lab in second.labs] == [lab.name for lab in first.labs]
    assert first.id.endswith("-step1") and second.id.endswith("-step2")
    # add appends to lists and merges dicts; set replaces a field
    first, second = load_scenario(next(p for p in SCENARIOS if p.stem == "hyperkalaemia_ecg")).step_cases()
    assert [lab.name for lab in second.labs] == [*(lab.name for lab in first.labs), "Potassium (repeat)"]
    assert "Abdomen" in second.examination and "ECG" in second.other_results
    assert "obstruction" in second.question and "obstruction" not in first.question


def test_an_unmet_expectation_fails_the_step(tmp_path: Path) -> None:
    source = next(p for p in SCENARIOS if p.stem == "chest_pain_troponin")
    data = yaml.safe_load(source.read_text())
    data["steps"][0]["expect"]["consulted"] = ["radiology", "surgery"]
    data["steps"][0]["expect"]["opinion_excludes"] = ["aspirin"]
    data["steps"][0]["expect"]["mode"] = "team"
    data["steps"][0]["expect"]["answered_parts"] = ["diagnosis", "next_steps", "disposition"]
    copy = tmp_path / source.name
    copy.write_text(yaml.safe_dump(data))
    (tmp_path / "cassettes").mkdir()
    shutil.copy(source.parent / "cassettes" / f"{source.stem}.json", tmp_path / "cassettes")
    report = run_scenario(copy)
    assert not report.passed
    failed = {c["check"]: c for c in report.steps[0].checks if not c["passed"]}
    assert failed["consulted"]["got"] == [] and failed["opinion excludes"]["expected"] == "aspirin"
    assert failed["mode"]["got"] == "alone" and failed["answered parts"]["got"] == ["diagnosis", "next_steps"]
    assert report.steps[1].passed  # the other step is unaffected


def test_a_changed_case_is_reported_as_a_replay_difference(tmp_path: Path) -> None:
    source = next(p for p in SCENARIOS if p.stem == "hyperkalaemia_ecg")
    data = yaml.safe_load(source.read_text())
    data["case"]["labs"][0]["value"] = 6.2
    copy = tmp_path / source.name
    copy.write_text(yaml.safe_dump(data))
    (tmp_path / "cassettes").mkdir()
    shutil.copy(source.parent / "cassettes" / f"{source.stem}.json", tmp_path / "cassettes")
    step = run_scenario(copy).steps[0]
    assert not step.replay["identical"]
    assert "case changed since the recording" in step.replay["explain"] and "6.2" in step.replay["explain"]


def test_a_part_the_scripted_answer_leaves_out_shows_unanswered(tmp_path: Path) -> None:
    source = next(p for p in SCENARIOS if p.stem == "chest_pain_troponin")
    data = yaml.safe_load(source.read_text())
    answer = data["steps"][0]["script"]["answer"]
    answer["parts"] = [p for p in answer["parts"] if p["part"] != "next_steps"]
    copy = tmp_path / source.name
    copy.write_text(yaml.safe_dump(data))
    report = run_scenario(copy, mode="record", record=False, experts=None)
    failed = {c["check"]: c for c in report.steps[0].checks if not c["passed"]}
    assert list(failed) == ["answered parts"] and failed["answered parts"]["got"] == ["diagnosis"]
    assert report.steps[1].passed


def test_record_then_replay_round_trip(tmp_path: Path) -> None:
    source = next(p for p in SCENARIOS if p.stem == "appendicitis_ultrasound")
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    recorded = run_scenario(copy, mode="record", experts=None)
    assert recorded.passed and Path(recorded.recording).is_file()
    replayed = run_scenario(copy, experts=None)
    assert replayed.passed and all(s.replay["identical"] for s in replayed.steps)


def test_missing_recording_and_bad_files_are_reported(tmp_path: Path) -> None:
    source = next(p for p in SCENARIOS if p.stem == "appendicitis_ultrasound")
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    report = run_scenario(copy)
    assert not report.passed and "--record" in report.error
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ncase: {}\nsteps: [{name: s, add: {question: 'q'}}]\n")
    with pytest.raises(ScenarioError, match="bad.yaml.*cannot extend field 'question'"):
        load_scenario(bad)


def test_scenario_command(tmp_path: Path, capsys) -> None:
    from consilium.orchestration.cli import main as cli

    assert cli.main(["scenario", *map(str, SCENARIOS)]) == 0
    assert "pass" in capsys.readouterr().out
    source = next(p for p in SCENARIOS if p.stem == "hyperkalaemia_ecg")
    data = yaml.safe_load(source.read_text())
    data["steps"][1]["expect"]["red_flags_include"] = ["no such flag"]
    (tmp_path / "cassettes").mkdir()
    shutil.copy(source.parent / "cassettes" / f"{source.stem}.json", tmp_path / "cassettes")
    (tmp_path / source.name).write_text(yaml.safe_dump(data))
    assert cli.main(["scenario", str(tmp_path / source.name)]) == 1
    assert "red flag" in capsys.readouterr().out
