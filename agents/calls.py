"""Structured model calls: schema-constrained request, pydantic validation, one repair, audit records.

Every call, successful or not, leaves an :class:`AuditRecord` (role, model id, prompt hash, tokens,
latency, outcome). A call that still fails after one repair attempt raises :class:`AgentFailure`
carrying those records, so the caller can put the failure and its reason into the case state.
A backend that raises something other than :class:`ModelCallError` has a defect: the call fails
with kind ``defect`` (logged with its traceback) rather than escaping into the graph.
"""

from __future__ import annotations

import json
import logging
import re
import time
from functools import cache
from datetime import UTC, datetime
from collections.abc import Callable
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from consilium.agents.clean_text import keep_case_scripts
from consilium.orchestration.case.budget import TOKENS_PER_IMAGE, TOKENS_PER_MESSAGE, estimate_tokens, tokens_at_most
from consilium.orchestration.errors import PartFailure
from consilium.orchestration.digest import sha256_json
from consilium.orchestration.models.chat import (
    BoundModel,
    Message,
    ModelCallError,
    ModelRequest,
    ModelTimeout,
    is_timeout,
)

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)
# "defect": an exception no part expected, i.e. a bug; the others are failures the code foresees.
# "context_overflow": the prompt and the reply it may need do not fit the role's context; nothing was sent.
FailureKind = Literal["timeout", "invalid_output", "model_error", "missing_input", "expert_error", "defect",
                      "context_overflow"]


class AuditRecord(BaseModel):
    role: str
    task: str
    model_id: str
    prompt_sha256: str
    tokens_in: int = 0
    tokens_out: int = 0
    tokens_cached: int = 0  # of tokens_in, read from the model's prefix cache
    latency_s: float
    outcome: Literal["ok", "repaired", "invalid_output", "timeout", "model_error"]
    attempt: int
    started_at: str
    detail: str = ""


class AgentFailure(PartFailure):
    """A model call that failed for good; ``kind`` says how, ``audit`` holds every attempt."""

    def __init__(self, kind: FailureKind, reason: str, audit: list[AuditRecord] | None = None):
        super().__init__(reason)
        self.kind, self.reason, self.audit = kind, reason, audit or []


def prompt_hash(messages: list[Message]) -> str:
    return sha256_json(messages)


_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.S)


def parse_json_object(text: str) -> Any:
    """Decode the JSON object in a model reply, tolerating code fences and surrounding prose."""
    stripped = _FENCE.sub("", text.strip())
    try:
        return json.loads(stripped)
    except json.JSONDecodeError:
        start, end = stripped.find("{"), stripped.rfind("}")
        if start >= 0 and end > start:
            return json.loads(stripped[start:end + 1])
        raise


def _short_error(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(f"{'.'.join(map(str, e['loc'])) or '(root)'}: {e['msg']}" for e in exc.errors()[:6])
    return str(exc)[:400]


@cache
def json_schema(output: type[BaseModel]) -> dict[str, Any]:
    """The JSON schema sent for constrained decoding (built once per output type)."""
    return output.model_json_schema()


Scrubber = Callable[[str], tuple[str, list[str]]]


def prompt_tokens(bound: BoundModel, messages: list[Message]) -> tuple[int, bool]:
    """Tokens ``messages`` take in the bound model's context, and whether that is exact: counted by the
    model's own tokenizer where it has one (the embedded llama.cpp model), else estimated from above."""
    counter = getattr(bound.model, "count_tokens", None)
    if callable(counter):
        return int(counter(messages)), True
    return _summed(messages, estimate_tokens), False


def _summed(messages: list[Message], text_tokens: Callable[[str], int]) -> int:
    """``messages``' tokens with each text part counted by ``text_tokens``, each image and message at its fixed cost."""
    total = 0
    for m in messages:
        content = m["content"]
        parts = content if isinstance(content, list) else [{"type": "text", "text": content}]
        total += TOKENS_PER_MESSAGE + sum(
            text_tokens(p.get("text", "")) if p.get("type") == "text" else TOKENS_PER_IMAGE for p in parts)
    return total


def _fits(bound: BoundModel, role: str, messages: list[Message], max_tokens: int) -> str | None:
    """Why the request cannot be sent (it would not fit the role's context), or ``None``."""
    n_ctx = bound.config.n_ctx
    own_count = callable(getattr(bound.model, "count_tokens", None))
    if not own_count and _summed(messages, tokens_at_most) + max_tokens <= n_ctx:
        return None  # fits even by a bound above the estimate: a short prompt is not counted
    tokens, exact = prompt_tokens(bound, messages)
    if tokens + max_tokens <= n_ctx:
        return None
    how = "" if exact else "about "
    return (f"not sent: the prompt takes {how}{tokens:,} tokens and the reply up to {max_tokens:,}, more than "
            f"{role}'s context of {n_ctx:,} tokens (n_ctx in the settings)")


def _in_case_scripts(value: T, convo: list[Message]) -> tuple[T, str]:
    """The reply without text in scripts the prompt does not use; kept whole if cutting would break it."""
    prompt = "\n".join(m["content"] if isinstance(m["content"], str) else
                       "\n".join(p.get("text", "") for p in m["content"] if isinstance(p, dict)) for m in convo)
    try:
        return keep_case_scripts(value, prompt)
    except ValidationError:
        return value, "text in a script the case does not use was kept: removing it left an invalid reply"


def structured_call(bound: BoundModel, *, role: str, task: str, messages: list[Message], output: type[T],
                    max_tokens: int | None = None, scrub: Scrubber | None = None) -> tuple[T, list[AuditRecord]]:
    """Ask ``bound`` for an object of type ``output``; repair once with the validation error.

    ``scrub`` sees every reply before it is parsed or stored and returns it with identifiers removed,
    plus what it removed (recorded in the audit trail, kinds only)."""
    cfg = bound.config
    schema = json_schema(output) if cfg.structured_output != "none" else None
    records: list[AuditRecord] = []
    convo = list(messages)
    for attempt in (1, 2):
        request = ModelRequest(role=role, messages=convo, schema=schema, max_tokens=max_tokens or cfg.max_tokens,
                               temperature=cfg.temperature, timeout_s=cfg.timeout_s)
        if (too_long := _fits(bound, role, convo, request.max_tokens)) is not None:
            log.warning("%s/%s: %s", role, task, too_long)
            raise AgentFailure("context_overflow", too_long, records)
        started, t0 = datetime.now(UTC).isoformat(timespec="milliseconds"), time.perf_counter()
        base = dict(role=role, task=task, model_id=bound.model.model_id, prompt_sha256=prompt_hash(convo),
                    attempt=attempt, started_at=started)
        try:
            completion = bound.model.complete(request)
        except ModelTimeout as exc:
            records.append(AuditRecord(**base, latency_s=time.perf_counter() - t0, outcome="timeout", detail=str(exc)))
            raise AgentFailure("timeout", str(exc), records) from None
        except ModelCallError as exc:
            records.append(AuditRecord(**base, latency_s=time.perf_counter() - t0, outcome="model_error", detail=str(exc)))
            raise AgentFailure("model_error", str(exc), records) from None
        except Exception as exc:  # noqa: BLE001 - a backend that broke its contract fails this call only
            kind, outcome = ("timeout", "timeout") if is_timeout(exc) else ("defect", "model_error")
            reason = f"{bound.model.model_id}: unexpected {type(exc).__name__}: {exc}"
            if kind == "defect":
                log.exception("%s/%s: the model backend raised an unexpected %s", role, task, type(exc).__name__)
            records.append(AuditRecord(**base, latency_s=time.perf_counter() - t0, outcome=outcome, detail=reason))
            raise AgentFailure(kind, reason, records) from None
        latency = time.perf_counter() - t0
        note = ""
        if scrub is not None:
            cleaned, removed = scrub(completion.text)
            if removed:
                completion.text = cleaned
                note = f"identifiers removed from the reply: {', '.join(removed)}; "
        try:
            value = output.model_validate(parse_json_object(completion.text))
        except (json.JSONDecodeError, ValidationError, TypeError) as exc:
            error = _short_error(exc)
            if completion.truncated:
                error = f"reply cut off at max_tokens={request.max_tokens} ({error})"
            records.append(AuditRecord(**base, tokens_in=completion.tokens_in, tokens_out=completion.tokens_out,
                                       tokens_cached=completion.tokens_cached, latency_s=latency, outcome="invalid_output", detail=note + error))
            if attempt == 2:
                raise AgentFailure("invalid_output", f"invalid output after one repair attempt: {error}", records) from None
            convo = convo + [
                {"role": "assistant", "content": completion.text[:4000]},
                {"role": "user", "content": "That reply was not valid for the required JSON schema "
                                            f"({error}). Reply again with only the corrected JSON object."},
            ]
            continue
        if not (completion.text.isascii() and "\\u" not in completion.text):  # only then can a stray script be in it
            value, cut = _in_case_scripts(value, convo)
            note += f"{cut}; " if cut else ""
        records.append(AuditRecord(**base, tokens_in=completion.tokens_in, tokens_out=completion.tokens_out,
                                   tokens_cached=completion.tokens_cached, latency_s=latency,
                                   outcome="ok" if attempt == 1 else "repaired",
                                   detail=note.rstrip("; ")))
        return value, records
    raise AssertionError("unreachable")
