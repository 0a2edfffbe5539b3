"""Replay a recorded review with no model, and say exactly what differs.

.. code-block:: python

    from consilium.orchestration.audit.playback import replay_review
    from consilium.orchestration.audit.recording import ReviewRecording

    check = replay_review(ReviewRecording.load("review.cassette.json"))   # no model is called
    assert check.identical, check.explain()

Each model request is served from the recording by its hash (see
:func:`~consilium.orchestration.audit.recording.request_hash`), so parallel specialists may ask in any order.
A request with no recorded twin (a prompt, a template or the code that builds it changed) is reported
with the recorded call it most resembles, both hashes and a line diff, and fails like an unreachable
model would: the review still completes, and every later difference is reported too. Expert outputs
are served from the recording; when the experts are installed they are also run again and a changed
output is reported. The opinion and the answer are compared by hash at the end.
"""

from __future__ import annotations

import difflib
import json
import tempfile
import threading
from collections import deque
from pathlib import Path
from typing import Any

from consilium.orchestration.api import Consilium, ReviewResult
from consilium.orchestration.case.model import Case
from consilium.orchestration.models.chat import (
    BoundModel,
    Completion,
    ModelCallError,
    ModelRequest,
    ModelTimeout,
)
from consilium.orchestration.audit.recording import (
    ExpertRun,
    ModelCall,
    ReviewRecording,
    case_sha256,
    evidence_hash,
    package_version,
    prompt_templates,
    request_hash,
    result_digest,
    secret_sha256,
)
from consilium.orchestration.settings import RoleModel, Settings, load_settings
from pydantic import BaseModel, Field


class ReplayMismatch(ModelCallError):
    """A request that the recording does not hold; the review treats it like an unreachable model."""


def _lines(request: dict[str, Any]) -> list[str]:
    out = []
    for i, m in enumerate(request["messages"]):
        content = m["content"] if isinstance(m["content"], str) else json.dumps(m["content"], sort_keys=True)
        out += [f"[message {i + 1}, {m['role']}] {line}" for line in content.splitlines()]
    return out


class _Player:
    """Serves recorded calls and expert runs; keeps what differed."""

    def __init__(self, recording: ReviewRecording):
        self.recording = recording
        self._by_hash: dict[str, deque[ModelCall]] = {}
        for call in recording.calls:
            self._by_hash.setdefault(call.request_sha256, deque()).append(call)
        self._experts: dict[tuple[str, str], deque[ExpertRun]] = {}
        for run in recording.experts:
            self._experts.setdefault((run.expert, run.target), deque()).append(run)
        self.used: set[int] = set()
        self.mismatches: list[dict[str, Any]] = []
        self.expert_differences: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def take(self, request: ModelRequest) -> ModelCall:
        digest = request_hash(request)
        with self._lock:
            queue = self._by_hash.get(digest)
            if queue:
                call = queue.popleft()
                self.used.add(call.seq)
                return call
            report = self._describe(request, digest)
            self.mismatches.append(report)
        raise ReplayMismatch(f"replay: no recorded reply for this {request.role} request "
                             f"(got {digest[:12]}, expected {str(report['expected_sha256'])[:12]})")

    def _describe(self, request: ModelRequest, digest: str) -> dict[str, Any]:
        title = (request.schema or {}).get("title", "")
        sent = {"messages": request.messages, "schema": request.schema, "max_tokens": request.max_tokens,
                "temperature": request.temperature}
        same_role = [c for c in self.recording.calls if c.role == request.role and c.seq not in self.used]
        same_role.sort(key=lambda c: ((c.request.get("schema") or {}).get("title", "") != title,
                                      -len(set(_lines(c.request)) & set(_lines(sent)))))
        report: dict[str, Any] = {"call": f"{request.role} ({title or 'no schema'})", "got_sha256": digest,
                                  "expected_sha256": None, "recorded_seq": None, "differs_in": [], "diff": ""}
        if not same_role:
            report["diff"] = f"the recording has no unused {request.role} call: this call is new"
            return report
        twin = same_role[0]
        report.update(expected_sha256=twin.request_sha256, recorded_seq=twin.seq,
                      differs_in=[k for k in ("messages", "schema", "max_tokens", "temperature")
                                  if twin.request.get(k) != sent[k]])
        diff = list(difflib.unified_diff(_lines(twin.request), _lines(sent), "recorded", "now", n=0, lineterm=""))
        report["diff"] = "\n".join(line[:300] for line in diff[:40]) + ("\n…" if len(diff) > 40 else "")
        return report

    def expert_run(self, name: str, target: str) -> ExpertRun | None:
        with self._lock:
            queue = self._experts.get((name, target))
            return queue.popleft() if queue else None


class ReplayModel:
    """Answers from a recording by request hash; never calls a model."""

    def __init__(self, player: _Player, model_id: str, multimodal: bool):
        self.player, self.model_id, self.multimodal = player, model_id, multimodal

    def complete(self, request: ModelRequest) -> Completion:
        call = self.player.take(request)
        if call.error is not None:
            kind = ModelTimeout if call.error["kind"] == "timeout" else ModelCallError
            raise kind(call.error["message"])
        return Completion(**call.response)  # type: ignore[arg-type]


class ReplayExpert:
    """Serves an expert's recorded evidence; with ``live`` (the expert as installed now) it also runs
    the expert again and reports a changed output, while the review keeps the recorded one."""

    def __init__(self, player: _Player, card: Any, targets: list[str], live: Any = None):
        self.player, self.card, self._targets, self.live = player, card, targets, live

    def targets(self, case: Case) -> list[str]:
        if self.live is not None:
            now = self.live.targets(case)
            if now != self._targets:
                self.player.expert_differences.append({"expert": self.card.name, "target": "*",
                                                       "what": f"targets now {now}, recorded {self._targets}"})
        return list(self._targets)

    def run(self, case: Case, target: str, out_dir: Path) -> Any:
        from consilium.experts.base import Evidence

        run = self.player.expert_run(self.card.name, target)
        if run is None:  # asked more often than recorded: serve the last recorded output, and say so
            run = next(r for r in reversed(self.player.recording.experts)
                       if r.expert == self.card.name and r.target == target)
            self.player.expert_differences.append({"expert": self.card.name, "target": target,
                                                   "what": "run more often than recorded"})
        if self.live is not None:
            fresh = self.live.run(case, target, out_dir).model_dump(mode="json")
            if evidence_hash(fresh) != run.evidence_sha256:
                changed = sorted(k for k in set(fresh) | set(run.evidence)
                                 if k not in ("overlay", "input_files") and fresh.get(k) != run.evidence.get(k))
                self.player.expert_differences.append({
                    "expert": self.card.name, "target": target, "expected_sha256": run.evidence_sha256,
                    "got_sha256": evidence_hash(fresh), "what": f"output changed in: {', '.join(changed)}"})
        return Evidence.model_validate(run.evidence)


class ReplayCheck(BaseModel):
    """The outcome of a replay: identical, or what differed and where."""

    identical: bool
    opinion_identical: bool
    answer_identical: bool
    expected_opinion_sha256: str
    got_opinion_sha256: str
    model_mismatches: list[dict[str, Any]] = Field(default_factory=list)
    unused_calls: list[dict[str, Any]] = Field(default_factory=list)
    expert_differences: list[dict[str, Any]] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    opinion_diff: str = ""
    result: ReviewResult

    def explain(self) -> str:
        """A readable account of every difference ("identical" when there is none)."""
        if self.identical:
            return "identical: every model call was served from the recording and the opinion matches"
        lines = [(f"opinion {'identical' if self.opinion_identical else 'DIFFERS'} "
                 f"(expected {self.expected_opinion_sha256[:12]}, got {self.got_opinion_sha256[:12]}); "
                 f"answer {'identical' if self.answer_identical else 'DIFFERS'}")]
        for m in self.model_mismatches:
            lines.append(f"model call {m['call']}: request changed; expected {str(m['expected_sha256'])[:12]} "
                         f"(recorded call #{m['recorded_seq']}), got {m['got_sha256'][:12]}; differs in: "
                         f"{', '.join(m['differs_in']) or 'n/a'}")
            lines += [f"    {line}" for line in m["diff"].splitlines()]
        lines += [f"recorded call #{u['seq']} ({u['role']}) was not requested this time" for u in self.unused_calls]
        lines += [f"expert {d['expert']} on {d['target']}: {d['what']}" for d in self.expert_differences]
        lines += [f"note: {n}" for n in self.notes]
        if self.opinion_diff:
            lines += ["opinion diff:", *[f"    {line}" for line in self.opinion_diff.splitlines()]]
        return "\n".join(lines)


def _notes(recording: ReviewRecording, settings: Settings) -> list[str]:
    notes = []
    prompts_now = prompt_templates()
    for name, digest in sorted(recording.code.get("prompts", {}).items()):
        if prompts_now.get(name) != digest:
            notes.append(f"prompt template '{name}' {'changed' if name in prompts_now else 'was removed'} "
                         "since the recording")
    notes += [f"prompt template '{n}' is new since the recording" for n in prompts_now
              if n not in recording.code.get("prompts", {})]
    if recording.code.get("consilium_version") != package_version():
        notes.append(f"recorded with consilium-cds {recording.code.get('consilium_version')}, replayed with {package_version()}")
    if recording.settings.get("deidentify") and \
            secret_sha256(settings.deid_secret) != recording.settings.get("deid_secret_sha256"):
        notes.append("the de-identification secret differs from the recording's (dates shift differently)")
    return notes


def replay_review(recording: ReviewRecording, *, case: Case | None = None, settings: Settings | None = None,
                  experts: Any = "default", knowledge: Any = "default") -> ReplayCheck:
    """Run the recorded review again with no model and compare; see the module docstring.

    Args:
        case: the case to review; the recorded one by default. A different case (e.g. a scenario file
            edited since the recording) shows up as changed requests and is named in the notes.
        settings: supplies the de-identification secret; loaded from the environment when omitted. The
            review's behaviour flags come from the recording.
        experts: the experts as installed now, run again to check their outputs (``"default"``: the
            default registry; ``None``: serve the recorded outputs without checking).
        knowledge: the guideline knowledge base (``"default"`` loads the packaged one when the recording used one).
    """
    base = settings or load_settings()
    with tempfile.TemporaryDirectory(prefix="consilium-replay-") as home:
        return _replay(recording, case, base.model_copy(update={
            "home": Path(home), **{k: v for k, v in recording.settings.items() if k in Settings.model_fields}}),
            base, experts, knowledge)


def _replay(recording: ReviewRecording, case: Case | None, run_settings: Settings, base: Settings, experts: Any,
            knowledge: Any) -> ReplayCheck:
    player = _Player(recording)
    models = {role: BoundModel(ReplayModel(player, r["model_id"], r["multimodal"]), RoleModel.model_validate(r["config"]))
              for role, r in recording.roles.items()}
    registry = None
    unchecked: list[str] = []
    if recording.experts_enabled:
        from consilium.experts.base import ExpertCard, ExpertRegistry

        live = None
        if experts == "default":
            from consilium.experts.registry import default_registry

            live = default_registry()
        elif experts is not None:
            live = experts
        registry = ExpertRegistry()
        for name in dict.fromkeys(r.expert for r in recording.experts):
            runs = [r for r in recording.experts if r.expert == name]
            card = ExpertCard.model_validate(runs[0].card)
            now = live.get(name) if live is not None and name in {c.name for c in live.cards()} else None
            if live is not None and now is None:
                unchecked.append(name)
            registry.register(ReplayExpert(player, card, list(dict.fromkeys(r.target for r in runs)), now))  # type: ignore[arg-type]
    if knowledge == "default":
        knowledge = "default" if recording.knowledge else None
    consilium = Consilium(run_settings, models=models, experts=registry, checkpoint_db=":memory:", knowledge=knowledge)
    try:
        result = consilium.review(case or Case.model_validate(recording.case), review_id=recording.review_id)
    finally:
        consilium.close()
    got = result_digest(result)
    want = recording.result
    unused = [{"seq": c.seq, "role": c.role, "request_sha256": c.request_sha256}
              for c in recording.calls if c.seq not in player.used]
    opinion_same = got["opinion_sha256"] == want["opinion_sha256"]
    answer_same = got["answer_sha256"] == want["answer_sha256"]
    # The plan and the failures are recorded too; a change in either is a difference even when the
    # opinion happens to come out the same.
    other = [f"the {k} differs from the recording" for k in ("plan", "failures") if got.get(k) != want.get(k)]
    if case is not None and case_sha256(case) != recording.case_sha256:
        other.append("the case differs from the recorded case")
    diff = "" if opinion_same else "\n".join(list(difflib.unified_diff(
        json.dumps(want["opinion"], indent=1, sort_keys=True).splitlines(),
        json.dumps(got["opinion"], indent=1, sort_keys=True).splitlines(), "recorded", "replayed", n=0,
        lineterm=""))[:60])
    return ReplayCheck(
        identical=opinion_same and answer_same and not other and not player.mismatches and not unused
        and not player.expert_differences,
        opinion_identical=opinion_same, answer_identical=answer_same,
        expected_opinion_sha256=want["opinion_sha256"], got_opinion_sha256=got["opinion_sha256"],
        model_mismatches=player.mismatches, unused_calls=unused, expert_differences=player.expert_differences,
        notes=_notes(recording, base) + other
        + [f"expert {n} is not installed now: its recorded output was served unchecked" for n in unchecked],
        opinion_diff=diff, result=result)


__all__ = ["ReplayCheck", "ReplayExpert", "ReplayMismatch", "ReplayModel", "replay_review"]
