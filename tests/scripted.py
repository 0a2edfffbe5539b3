"""Scripted models for tests: canned, schema-valid answers (see consilium.orchestration.models.scripted)."""

from __future__ import annotations

from collections.abc import Callable

from consilium.orchestration.models.chat import BoundModel, ModelRequest, ScriptedModel
from consilium.orchestration.models.scripted import DIFFERENTIALS, canned_response
from consilium.orchestration.settings import ROLES, RoleModel

canned = canned_response
__all__ = ["DIFFERENTIALS", "canned", "scripted_models"]


def scripted_models(responder: Callable[[ModelRequest], str] = canned, *, latency_s: float = 0.0,
                    timeout_s: float = 30.0, **per_role: ScriptedModel) -> dict[str, BoundModel]:
    shared = ScriptedModel(responder, latency_s=latency_s)
    cfg = RoleModel(backend="scripted", model="scripted", timeout_s=timeout_s)
    return {role: BoundModel(per_role.get(role, shared), cfg) for role in ROLES}
