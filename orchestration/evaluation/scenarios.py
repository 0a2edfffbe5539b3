"""Stepwise scenarios: a case that unfolds (a new lab result or image arrives) with expected outcomes per step.

A scenario file (``scenarios/scripted/*.yaml``) holds a base case and steps. Each step changes the
case (``add`` appends to list fields such as ``labs`` or ``imaging`` and merges dict fields such as
``examination``; ``set`` replaces fields), the review is run again on the updated case, and the step's
``expect`` block is checked: which specialists are consulted, what must or must not appear in the
opinion, the top diagnosis, red flags, whether surgery is indicated, whether the GP answered alone, which
parts of the question the answer answers. A step's ``script`` holds the replies a scripted model gives
at that step (by ``triage``, ``radiology``, ``pathology``, ``surgery``, ``consensus``, ``answer``), so a
recording can be made without any model.

Three ways to run (:func:`run_scenario`):

* ``replay`` (default): serve every model call from the scenario's recording (``cassettes/<name>.json``
  beside the file), check the expectations, and check the replay is exact. The regression suite.
* ``record``: run with the step scripts (or, with ``live``, the configured models) and write the recording.
* ``live``: run with the configured models and check the expectations; nothing is written unless ``record``.

Scenario reviews use fixed settings (a throwaway home, an empty de-identification secret) so that a
recording replays the same on any machine.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any, Literal

import yaml
from consilium.agents.consensus import normalise_diagnosis, same_diagnosis
from consilium.agents.schemas import Specialist
from consilium.orchestration.api import Consilium, ReviewResult
from consilium.orchestration.case.model import Case
from consilium.orchestration.models.chat import (
    BoundModel,
    ModelCallError,
    ModelRequest,
    ScriptedModel,
)
from consilium.orchestration.audit.playback import replay_review
from consilium.orchestration.audit.recording import (
    ReviewRecording,
    case_sha256,
    record_review,
)
from consilium.orchestration.evaluation.scoring import normalised_match
from consilium.orchestration.files import write_text_atomic
from consilium.orchestration.errors import InputError
from consilium.orchestration.settings import ROLES, RoleModel, Settings
from pydantic import BaseModel, ConfigDict, Field, ValidationError

CASSETTE_FORMAT = "consilium-scenario-recording/1"
_LISTS = {"labs", "imaging", "pathology", "symptoms", "medications", "allergies"}
_DICTS = {"examination", "other_results", "options"}
# A question asking several things is answered with FinalAnswerParts; the script gives it as its `answer`.
_SCRIPT_KEY = {"TriageOutput": "triage", "ConsensusOutput": "consensus", "FinalAnswer": "answer",
               "FinalAnswerParts": "answer"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Expect(_Strict):
    consulted: list[Specialist] | None = Field(default=None, description="Exactly these specialists are planned.")
    consulted_includes: list[Specialist] = Field(default_factory=list)
    not_consulted: list[Specialist] = Field(default_factory=list)
    opinion_includes: list[str] = Field(default_factory=list, description="Case-insensitive text in the opinion or answer.")
    opinion_excludes: list[str] = Field(default_factory=list)
    top_diagnosis: str | None = Field(default=None, description="The team's top-ranked diagnosis (normalised match).")
    answer_diagnosis: str | None = Field(default=None, description="The GP's answer (normalised match).")
    red_flags_include: list[str] = Field(default_factory=list, description="Text in a red flag's name or criteria.")
    surgery_indicated: bool | None = None
    no_failures: bool = False
    failed: list[str] | None = Field(default=None, description="Exactly these tasks failed (e.g. [triage]).")
    mode: Literal["team", "alone"] | None = Field(default=None, description="Specialists convened, or the GP alone.")
    answered_parts: list[str] | None = Field(default=None, description="Exactly these parts of the question have an "
                                             "answer (e.g. [diagnosis, next_steps]); the others show as unanswered.")


class Step(_Strict):
    name: str
    add: dict[str, Any] = Field(default_factory=dict)
    set: dict[str, Any] = Field(default_factory=dict)
    expect: Expect = Field(default_factory=Expect)
    script: dict[str, Any] | None = None


class Scenario(_Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9._-]+$")
    title: str = ""
    description: str = ""
    settings: dict[str, bool] = Field(default_factory=dict, description="consensus_uses_model, surgery_waits_for_workup")
    case: dict[str, Any]
    steps: list[Step] = Field(min_length=1)

    def step_cases(self) -> list[Case]:
        """The case as it stands at each step (every step builds on the one before)."""
        data = {k: v for k, v in self.case.items() if k != "id"}
        cases = []
        for n, step in enumerate(self.steps, start=1):
            data = dict(data)
            for key, value in step.add.items():
                if key in _LISTS:
                    data[key] = [*(data.get(key) or []), *value]
                elif key in _DICTS:
                    data[key] = {**(data.get(key) or {}), **value}
                else:
                    raise ValueError(f"scenario {self.id}, step {n}: 'add' cannot extend field {key!r}; use 'set'")
            data.update(step.set)
            cases.append(Case.model_validate({**data, "id": f"{self.id}-step{n}"}))
        return cases


class ScenarioError(InputError, ValueError):
    """A scenario file that cannot be read; the message names the file and what is wrong."""


def load_scenario(path: str | Path) -> Scenario:
    try:
        scenario = Scenario.model_validate(yaml.safe_load(Path(path).read_text(encoding="utf-8")))
        scenario.step_cases()
    except (OSError, yaml.YAMLError, ValidationError, ValueError) as exc:
        raise ScenarioError(f"{path}: {exc}") from None
    return scenario


def cassette_path(path: str | Path) -> Path:
    path = Path(path)
    return path.parent / "cassettes" / f"{path.stem}.json"


def scenario_settings(scenario: Scenario, home: Path) -> Settings:
    return Settings(home=home, deid_secret="", **scenario.settings)


def scripted_step_models(step: Step) -> dict[str, BoundModel]:
    """Every role answers from the step's script; a reply the script lacks fails like an unreachable model."""
    script = step.script or {}

    def respond(request: ModelRequest) -> str:
        title = (request.schema or {}).get("title", "")
        key = _SCRIPT_KEY.get(title, request.role)
        if key not in script:
            raise ModelCallError(f"the script of step '{step.name}' has no reply for '{key}'")
        reply = script[key]
        return reply if isinstance(reply, str) else json.dumps(reply)

    model = ScriptedModel(respond, model_id="scenario-script")
    config = RoleModel(backend="scripted", model="scenario-script")
    return {role: BoundModel(model, config) for role in ROLES}


def opinion_text(result: ReviewResult) -> str:
    """Everything the clinician reads, as one lower-case text for include/exclude checks."""
    parts: list[str] = []
    if result.answer:
        parts += [str(result.answer.get(k, "")) for k in ("answer", "diagnosis", "rationale")]
        parts += [str(p.get("answer", "")) for p in result.answer.get("parts") or []]
        parts += [str(s.get("what", "")) for s in result.answer.get("next_steps") or []]
    op = result.opinion
    if op is not None:
        parts += [d.diagnosis for d in op.differential] + [s.get("text", "") for s in op.next_steps]
        parts += [op.summary, *op.uncertainties, *op.resolve_by, *op.contradictions]
        if op.surgical_plan:
            parts += [op.surgical_plan.indication, op.surgical_plan.approach]
    parts += [_flag_text(f) for f in result.red_flags]
    return "\n".join(p for p in parts if p).lower()


def _flag_text(flag: dict[str, Any]) -> str:
    return " ".join([str(flag.get("name", "")), *map(str, flag.get("criteria_met") or []), str(flag.get("recommendation", ""))])


def check_expectations(expect: Expect, result: ReviewResult) -> list[dict[str, Any]]:
    """One row per expectation: what was expected, what the review gave, whether it passed."""
    rows: list[dict[str, Any]] = []

    def row(check: str, expected: Any, got: Any, passed: bool) -> None:
        rows.append({"check": check, "expected": expected, "got": got, "passed": bool(passed)})

    consulted = sorted({t.specialist for t in result.plan.tasks}) if result.plan else []
    if expect.consulted is not None:
        row("consulted", sorted(expect.consulted), consulted, sorted(set(expect.consulted)) == consulted)
    for s in expect.consulted_includes:
        row("consulted includes", s, consulted, s in consulted)
    for s in expect.not_consulted:
        row("not consulted", s, consulted, s not in consulted)
    text = opinion_text(result)
    for phrase in expect.opinion_includes:
        row("opinion includes", phrase, "present" if phrase.lower() in text else "absent", phrase.lower() in text)
    for phrase in expect.opinion_excludes:
        row("opinion excludes", phrase, "present" if phrase.lower() in text else "absent", phrase.lower() not in text)
    if expect.top_diagnosis is not None:
        top = result.opinion.differential[0].diagnosis if result.opinion and result.opinion.differential else ""
        same = bool(top) and same_diagnosis(normalise_diagnosis(top), normalise_diagnosis(expect.top_diagnosis))
        row("top diagnosis", expect.top_diagnosis, top, same)
    if expect.answer_diagnosis is not None:
        got = (result.answer or {}).get("diagnosis", "")
        row("answer diagnosis", expect.answer_diagnosis, got, normalised_match(got, expect.answer_diagnosis))
    flags = [_flag_text(f).lower() for f in result.red_flags]
    for phrase in expect.red_flags_include:
        row("red flag", phrase, [f.get("name", "") for f in result.red_flags], any(phrase.lower() in f for f in flags))
    if expect.surgery_indicated is not None:
        plan = result.opinion.surgical_plan if result.opinion else None
        got = None if plan is None else plan.indicated
        row("surgery indicated", expect.surgery_indicated, got, got == expect.surgery_indicated)
    if expect.no_failures:
        row("no failures", [], sorted(result.failures), not result.failures)
    if expect.failed is not None:
        row("failed tasks", sorted(expect.failed), sorted(result.failures), sorted(expect.failed) == sorted(result.failures))
    if expect.mode is not None:
        got_mode = result.plan.mode if result.plan else None
        row("mode", expect.mode, got_mode, got_mode == expect.mode)
    if expect.answered_parts is not None:
        answered = [p.get("part") for p in (result.answer or {}).get("parts") or [] if p.get("answer")]
        row("answered parts", expect.answered_parts, answered, answered == expect.answered_parts)
    return rows


class StepReport(BaseModel):
    name: str
    case_id: str
    checks: list[dict[str, Any]]
    consulted: list[str]
    answer: str
    replay: dict[str, Any] | None = Field(default=None, description="identical and explanation, in replay mode")

    @property
    def passed(self) -> bool:
        return all(c["passed"] for c in self.checks) and (self.replay is None or self.replay["identical"])


class ScenarioReport(BaseModel):
    scenario: str
    file: str
    mode: str
    steps: list[StepReport]
    error: str = ""
    recording: str | None = None

    @property
    def passed(self) -> bool:
        return not self.error and all(s.passed for s in self.steps)


def _step_report(step: Step, result: ReviewResult, replay: dict[str, Any] | None = None) -> StepReport:
    return StepReport(name=step.name, case_id=result.case_id or "", checks=check_expectations(step.expect, result),
                      consulted=sorted({t.specialist for t in result.plan.tasks}) if result.plan else [],
                      answer=str((result.answer or {}).get("diagnosis", "")), replay=replay)


def run_scenario(path: str | Path, *, mode: Literal["replay", "record", "live"] = "replay",
                 models: dict[str, BoundModel] | None = None, record: bool | None = None,
                 experts: Any = "default", cassette: str | Path | None = None) -> ScenarioReport:
    """Run one scenario file; see the module docstring.

    Args:
        mode: ``replay`` from the recording, ``record`` from the step scripts, ``live`` on ``models``.
        models: the models for ``live`` (e.g. built from the settings); required there.
        record: write the recording (default: only in ``record`` mode).
        experts: ``"default"`` registry, a registry, or ``None``; in replay, the experts that are run
            again to check their recorded outputs.
    """
    scenario = load_scenario(path)
    cases = scenario.step_cases()
    target = Path(cassette) if cassette else cassette_path(path)
    report = ScenarioReport(scenario=scenario.id, file=str(path), mode=mode, steps=[])
    if mode == "replay":
        if not target.is_file():
            report.error = f"no recording at {target}; make one with: consilium scenario {path} --record"
            return report
        data = json.loads(target.read_text(encoding="utf-8"))
        recordings = [ReviewRecording.model_validate(r) for r in data.get("steps", [])]
        if len(recordings) != len(cases):
            report.error = f"{target} holds {len(recordings)} step(s), the scenario has {len(cases)}: record it again"
            return report
        for step, case, rec in zip(scenario.steps, cases, recordings, strict=True):
            # The replay runs in a throwaway home of its own; this home is only a placeholder.
            check = replay_review(rec, case=case, settings=scenario_settings(scenario, Path(tempfile.gettempdir())),
                                  experts=experts)
            explain = check.explain()
            if rec.case_sha256 != case_sha256(case):
                explain = f"the step's case changed since the recording (record it again)\n{explain}"
            report.steps.append(_step_report(step, check.result, {"identical": check.identical, "explain": explain}))
        return report
    if mode == "live" and models is None:
        raise ValueError("live mode needs the models to run on")
    recordings = []
    with tempfile.TemporaryDirectory(prefix="consilium-scenario-") as home:
        for n, (step, case) in enumerate(zip(scenario.steps, cases, strict=True), start=1):
            step_models = models if mode == "live" else scripted_step_models(step)
            consilium = Consilium(scenario_settings(scenario, Path(home)), models=step_models, experts=experts,
                                  checkpoint_db=":memory:")
            try:
                result, rec = record_review(consilium, case, review_id=f"{scenario.id}-step{n}")
            finally:
                consilium.close()
            recordings.append(rec)
            report.steps.append(_step_report(step, result))
    if record if record is not None else mode == "record":
        target.parent.mkdir(parents=True, exist_ok=True)
        payload = {"format": CASSETTE_FORMAT, "scenario": scenario.id, "mode": mode,
                   "steps": [r.model_dump(mode="json") for r in recordings]}
        write_text_atomic(target, json.dumps(payload, indent=1, ensure_ascii=False))
        report.recording = str(target)
    return report


__all__ = ["Expect", "Scenario", "ScenarioError", "ScenarioReport", "Step", "StepReport", "cassette_path", "check_expectations",
           "load_scenario", "opinion_text", "run_scenario"]
