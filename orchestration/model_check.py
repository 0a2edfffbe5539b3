"""``consilium models --check`` and the canned models of tests and benchmarks: every role's model, asked as a
review would ask it, or replaced by a fixed answer. Re-exported by :mod:`consilium.orchestration.api`."""

from __future__ import annotations

import time
from typing import NamedTuple

from consilium.agents.calls import AgentFailure, structured_call
from consilium.agents.schemas import ConsensusOutput
from consilium.orchestration.models.chat import BoundModel, ScriptedModel, build_models
from consilium.orchestration.models.scripted import canned_response
from consilium.orchestration.settings import ROLES, RoleModel, Settings

__all__ = ["ModelCheck", "check_models", "scripted_models"]


class ModelCheck(NamedTuple):
    role: str
    ok: bool
    seconds: float
    detail: str  # the failure's kind and reason when not ok


def check_models(settings: Settings, *, models: dict[str, BoundModel] | None = None) -> list[ModelCheck]:
    """Send every role's model one small structured request, as a review would (``consilium models --check``);
    ``models`` defaults to those the settings bind."""
    models = models if models is not None else build_models(settings)
    checks = []
    for role in ROLES:
        t0 = time.perf_counter()
        try:
            structured_call(models[role], role=role, task="check", output=ConsensusOutput, max_tokens=80,
                            messages=[{"role": "user", "content": "Reply with JSON: a one-sentence summary "
                                       "saying you are ready, empty lists for the other fields."}])
            checks.append(ModelCheck(role, True, time.perf_counter() - t0, ""))
        except AgentFailure as exc:
            checks.append(ModelCheck(role, False, time.perf_counter() - t0, f"{exc.kind}: {exc.reason[:80]}"))
    return checks


def scripted_models(latency_s: float, timeout_s: float = 60.0) -> dict[str, BoundModel]:
    """Every role on canned answers after a fixed latency, no model behind them: tests, benchmarks, load runs."""
    model = ScriptedModel(canned_response, latency_s=latency_s, model_id=f"scripted-{latency_s:g}s", keep_requests=False)
    cfg = RoleModel(backend="scripted", model="scripted", timeout_s=timeout_s)
    return {role: BoundModel(model, cfg) for role in ROLES}
