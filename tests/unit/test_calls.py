"""Structured model calls: validation, one repair, typed failures and an audit record per call."""

from __future__ import annotations

import json

import pytest

from consilium.agents.calls import AgentFailure, parse_json_object, prompt_hash, structured_call
from consilium.agents.schemas import ConsensusOutput
from consilium.orchestration.models.chat import (
    BoundModel,
    Completion,
    ModelCallError,
    ModelRequest,
    ScriptedModel,
    build_models,
)
from consilium.orchestration.settings import ROLES, RoleModel, Settings

VALID = json.dumps({"summary": "Pneumonia.", "uncertainties": [], "resolve_by": []})
MESSAGES = [{"role": "user", "content": "Summarise."}]


def bound(replies: list[str], *, latency_s: float = 0.0, timeout_s: float = 5.0) -> BoundModel:
    queue = list(replies)
    model = ScriptedModel(lambda request: queue.pop(0), latency_s=latency_s, model_id="scripted-x")
    return BoundModel(model, RoleModel(backend="scripted", timeout_s=timeout_s, max_tokens=123))


def call(b: BoundModel):
    return structured_call(b, role="consensus", task="consensus", messages=MESSAGES, output=ConsensusOutput)


def test_valid_first_reply() -> None:
    b = bound([VALID])
    value, records = call(b)
    assert value.summary == "Pneumonia."
    assert [r.outcome for r in records] == ["ok"]
    r = records[0]
    assert (r.role, r.task, r.model_id, r.attempt) == ("consensus", "consensus", "scripted-x", 1)
    assert r.prompt_sha256 == prompt_hash(MESSAGES) and len(r.prompt_sha256) == 64
    assert r.tokens_in > 0 and r.tokens_out > 0 and r.latency_s >= 0
    request = b.model.requests[0]
    assert request.schema == ConsensusOutput.model_json_schema()
    assert request.max_tokens == 123 and request.timeout_s == 5.0


def test_repaired_after_one_invalid_reply() -> None:
    b = bound(['{"summary": 42}', VALID])
    value, records = call(b)
    assert value.summary == "Pneumonia."
    assert [(r.outcome, r.attempt) for r in records] == [("invalid_output", 1), ("repaired", 2)]
    assert "summary" in records[0].detail
    repair = b.model.requests[1].messages
    assert repair[:1] == MESSAGES
    assert repair[1] == {"role": "assistant", "content": '{"summary": 42}'}
    assert "not valid for the required JSON schema" in repair[2]["content"] and "summary" in repair[2]["content"]
    assert records[1].prompt_sha256 == prompt_hash(repair) != records[0].prompt_sha256


def test_fails_after_two_invalid_replies() -> None:
    with pytest.raises(AgentFailure) as info:
        call(bound(["I think it is pneumonia.", "```json\n{\"uncertainties\": 3}\n```"]))
    failure = info.value
    assert failure.kind == "invalid_output"
    assert failure.reason.startswith("invalid output after one repair attempt")
    assert [r.outcome for r in failure.audit] == ["invalid_output", "invalid_output"]


def test_timeout() -> None:
    with pytest.raises(AgentFailure) as info:
        call(bound([VALID], latency_s=1.0, timeout_s=0.05))
    assert info.value.kind == "timeout"
    assert [r.outcome for r in info.value.audit] == ["timeout"]
    assert info.value.audit[0].latency_s < 0.9  # gave up at the limit, not after the full latency


class Broken:
    model_id = "broken"
    multimodal = False

    def complete(self, request: ModelRequest) -> Completion:
        raise ModelCallError("connection refused")


def test_model_error() -> None:
    with pytest.raises(AgentFailure) as info:
        call(BoundModel(Broken(), RoleModel(backend="scripted")))
    assert info.value.kind == "model_error" and "connection refused" in info.value.reason
    assert [(r.outcome, r.model_id, r.detail) for r in info.value.audit] == [("model_error", "broken", "connection refused")]


def test_no_schema_when_backend_cannot_constrain() -> None:
    b = bound([VALID])
    b.config = RoleModel(backend="scripted", structured_output="none")
    call(b)
    assert b.model.requests[0].schema is None


@pytest.mark.parametrize("text", [
    '{"a": 1}',
    '```json\n{"a": 1}\n```',
    '```\n{"a": 1}\n```',
    'Here you are:\n```json\n{"a": 1}\n```\nAnything else?',
    'Sure! {"a": 1} Hope that helps.',
    '  \n{"a": 1}\n  ',
])
def test_parse_json_object_tolerates_wrapping(text: str) -> None:
    assert parse_json_object(text) == {"a": 1}


def test_parse_json_object_rejects_non_json() -> None:
    with pytest.raises(json.JSONDecodeError):
        parse_json_object("no json here")


# --- binding models to roles -----------------------------------------------------------------------

def test_build_models_refuses_scripted_unless_supplied() -> None:
    settings = Settings(models={"default": RoleModel(backend="scripted")})
    with pytest.raises(ModelCallError, match="scripted model, which only tests can supply"):
        build_models(settings)
    model = ScriptedModel(lambda r: VALID)
    models = build_models(settings, scripted=model)
    assert set(models) == set(ROLES)
    assert all(b.model is model for b in models.values())


def test_build_models_openai_needs_base_url() -> None:
    settings = Settings(models={"default": RoleModel(backend="scripted"), "radiology": RoleModel(backend="openai")})
    with pytest.raises(ModelCallError, match="role 'radiology': backend 'openai' needs base_url"):
        build_models(settings, scripted=ScriptedModel(lambda r: VALID))
