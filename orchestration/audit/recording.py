"""Record a review: every model request and reply, every expert output, with hashes, in one JSON file.

.. code-block:: python

    result, recording = record_review(consilium, case)        # any models: embedded, endpoints, scripted
    recording.save("review.cassette.json")

:func:`consilium.orchestration.audit.playback.replay_review` runs a recording again without any model and
reports what differs. A request is identified by the sha256 of what decides the reply (role, messages,
output schema, max_tokens, temperature); the recording also keeps the case, the behaviour settings,
each role's model id and call parameters, the prompt templates' hashes and the package version, so
that a replay can say whether a prompt, the code or the case changed.
"""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, datetime
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from consilium.orchestration.api import Consilium, ReviewResult
from consilium.orchestration.case.model import Case
from consilium.orchestration.digest import sha256_file, sha256_json
from consilium.orchestration.files import PRIVATE_FILE, private_folder, write_text_atomic
from consilium.orchestration.models.chat import (
    BoundModel,
    ChatModel,
    Completion,
    ModelCallError,
    ModelRequest,
    ModelTimeout,
)
from consilium.orchestration.settings import Settings
from pydantic import BaseModel, Field

FORMAT = "consilium-review-recording/1"


def case_sha256(case: Case) -> str:
    """The case's identity: sha256 of everything it holds. File paths are part of it, so a case with
    images hashes differently from another checkout; a text-only case hashes the same anywhere."""
    return sha256_json(case.model_dump(mode="json"))


def request_hash(request: ModelRequest) -> str:
    """What decides a model's reply; the time limit is left out because it does not change the reply."""
    return sha256_json({"role": request.role, "messages": request.messages, "schema": request.schema,
                        "max_tokens": request.max_tokens, "temperature": request.temperature})


def evidence_hash(evidence: dict[str, Any]) -> str:
    """Evidence content without the machine-specific paths (overlay file, input files)."""
    return sha256_json({k: v for k, v in evidence.items() if k not in ("overlay", "input_files")})


def prompt_templates() -> dict[str, str]:
    """sha256 of every prompt template shipped with the agents, by name."""
    folder = resources.files("consilium.agents").joinpath("prompts")
    return {p.name.removesuffix(".md"): sha256_file(p)
            for p in sorted(folder.iterdir(), key=lambda p: p.name) if p.name.endswith(".md")}


def secret_sha256(secret: str) -> str:
    """What a recording keeps of the de-identification secret: enough to tell that it changed."""
    return hashlib.sha256(secret.encode()).hexdigest()


def package_version() -> str:
    try:
        return metadata.version("consilium-cds")
    except metadata.PackageNotFoundError:
        return "unknown"


class ModelCall(BaseModel):
    seq: int
    role: str
    model_id: str
    request_sha256: str
    request: dict[str, Any] = Field(description="messages, schema, max_tokens, temperature as sent")
    response: dict[str, Any] | None = Field(default=None, description="text, tokens_in, tokens_out, truncated")
    response_sha256: str | None = None
    error: dict[str, str] | None = Field(default=None, description="{kind: timeout|model_error, message}")


class ExpertRun(BaseModel):
    expert: str
    target: str
    card: dict[str, Any]
    evidence: dict[str, Any]
    evidence_sha256: str


class ReviewRecording(BaseModel):
    """Everything needed to run one review again without a model, and to tell what changed."""

    format: str = FORMAT
    recorded_at: str
    review_id: str
    case: dict[str, Any]
    case_sha256: str
    settings: dict[str, Any]
    roles: dict[str, dict[str, Any]] = Field(description="role -> model_id, multimodal, config (call parameters)")
    code: dict[str, Any] = Field(description="package version and prompt template hashes at recording time")
    knowledge: bool
    experts_enabled: bool
    calls: list[ModelCall]
    experts: list[ExpertRun]
    result: dict[str, Any] = Field(description="opinion, answer, their sha256, plan, failures")

    def save(self, path: str | Path) -> Path:
        """Write the recording readable by its owner only (0600; a folder this makes is 0700): it holds the
        case as given, identifiers included."""
        path = Path(path)
        private_folder(path.parent)
        return write_text_atomic(path, self.model_dump_json(indent=1), mode=PRIVATE_FILE)

    @classmethod
    def load(cls, path: str | Path) -> ReviewRecording:
        return cls.model_validate_json(Path(path).read_text(encoding="utf-8"))


def result_digest(result: ReviewResult) -> dict[str, Any]:
    opinion = result.opinion.model_dump(mode="json") if result.opinion else None
    return {"opinion": opinion, "answer": result.answer, "opinion_sha256": sha256_json(opinion),
            "answer_sha256": sha256_json(result.answer), "plan": result.plan.model_dump() if result.plan else None,
            "failures": {k: v.model_dump() for k, v in result.failures.items()}}


# --- recording -------------------------------------------------------------------------------------

class Recorder:
    """Collects the model calls and expert runs of one review, from any number of threads."""

    def __init__(self) -> None:
        self.calls: list[ModelCall] = []
        self.experts: list[ExpertRun] = []
        self._lock = threading.Lock()

    def add_call(self, model_id: str, request: ModelRequest, completion: Completion | None,
                 error: ModelCallError | None) -> None:
        response = None if completion is None else {"text": completion.text, "tokens_in": completion.tokens_in,
                                                    "tokens_out": completion.tokens_out, "truncated": completion.truncated}
        with self._lock:
            self.calls.append(ModelCall(
                seq=len(self.calls) + 1, role=request.role, model_id=model_id, request_sha256=request_hash(request),
                request={"messages": request.messages, "schema": request.schema, "max_tokens": request.max_tokens,
                         "temperature": request.temperature},
                response=response, response_sha256=sha256_json(response) if response else None,
                error=None if error is None else {"kind": "timeout" if isinstance(error, ModelTimeout) else "model_error",
                                                  "message": str(error)}))

    def add_expert(self, expert: Any, target: str, evidence: Any) -> None:
        data = evidence.model_dump(mode="json")
        with self._lock:
            self.experts.append(ExpertRun(expert=expert.card.name, target=target, card=expert.card.model_dump(mode="json"),
                                          evidence=data, evidence_sha256=evidence_hash(data)))

    def wrap_models(self, models: dict[str, BoundModel]) -> dict[str, BoundModel]:
        wrapped: dict[int, RecordingModel] = {}
        return {role: BoundModel(wrapped.setdefault(id(b.model), RecordingModel(b.model, self)), b.config)
                for role, b in models.items()}

    def wrap_experts(self, registry: Any) -> Any:
        if registry is None:
            return None
        from consilium.experts.base import ExpertRegistry

        out = ExpertRegistry()
        for card in registry.cards():
            out.register(RecordingExpert(registry.get(card.name), self))  # type: ignore[arg-type]
        return out


class RecordingModel:
    """A :class:`ChatModel` that passes every request to ``inner`` and records request and reply (or error)."""

    def __init__(self, inner: ChatModel, recorder: Recorder):
        self.inner, self.recorder = inner, recorder
        self.model_id, self.multimodal = inner.model_id, inner.multimodal

    def complete(self, request: ModelRequest) -> Completion:
        try:
            completion = self.inner.complete(request)
        except ModelCallError as exc:
            self.recorder.add_call(self.model_id, request, None, exc)
            raise
        self.recorder.add_call(self.model_id, request, completion, None)
        return completion


class RecordingExpert:
    def __init__(self, inner: Any, recorder: Recorder):
        self.inner, self.recorder, self.card = inner, recorder, inner.card

    def targets(self, case: Case) -> list[str]:
        return self.inner.targets(case)

    def run(self, case: Case, target: str, out_dir: Path) -> Any:
        evidence = self.inner.run(case, target, out_dir)
        self.recorder.add_expert(self.inner, target, evidence)
        return evidence


def _sibling(consilium: Consilium, models: dict[str, BoundModel], experts: Any, checkpointer: Any = None,
             settings: Settings | None = None) -> Consilium:
    return Consilium(settings or consilium.settings, models=models, experts=experts,
                     checkpointer=checkpointer or consilium.checkpointer, knowledge=consilium.knowledge,
                     require_signoff=consilium.require_signoff)


def record_review(consilium: Consilium, case: Case, *, review_id: str | None = None,
                  on_event: Any = None) -> tuple[ReviewResult, ReviewRecording]:
    """Review ``case`` with ``consilium``'s models and experts, recording every call; the review is stored
    in ``consilium``'s checkpoints like any other."""
    recorder = Recorder()
    runner = _sibling(consilium, recorder.wrap_models(consilium.models), recorder.wrap_experts(consilium.experts))
    result = runner.review(case, review_id=review_id, on_event=on_event)
    s = consilium.settings
    recording = ReviewRecording(
        recorded_at=datetime.now(UTC).isoformat(timespec="seconds"), review_id=result.review_id,
        case=case.model_dump(mode="json"), case_sha256=case_sha256(case),
        settings={"consensus_uses_model": s.consensus_uses_model, "surgery_waits_for_workup": s.surgery_waits_for_workup,
                  "deidentify": s.deidentify, "deid_secret_sha256": secret_sha256(s.deid_secret)},
        roles={role: {"model_id": b.model.model_id, "multimodal": b.model.multimodal,
                      "config": b.config.model_dump(mode="json")} for role, b in consilium.models.items()},
        code={"consilium_version": package_version(), "prompts": prompt_templates()},
        knowledge=consilium.knowledge is not None, experts_enabled=consilium.experts is not None,
        calls=sorted(recorder.calls, key=lambda c: c.seq), experts=recorder.experts, result=result_digest(result))
    return result, recording


__all__ = ["ExpertRun", "ModelCall", "Recorder", "RecordingModel", "ReviewRecording", "case_sha256",
           "evidence_hash", "package_version", "prompt_templates", "record_review", "request_hash", "result_digest",
           "secret_sha256"]
