"""Shared builders for the clinical expert tests."""

from __future__ import annotations

from typing import Any

import pytest

from consilium.orchestration.case.model import Case


def make_case(labs: list[dict[str, Any]] | None = None, *, age: float | None = 50, sex: str = "male",
              **fields: Any) -> Case:
    return Case(id="t", demographics={"age_years": age, "sex": sex}, labs=labs or [], **fields)


@pytest.fixture
def case_factory():
    return make_case
