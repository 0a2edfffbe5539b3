"""Graph-test fixtures: a pneumonia case and a Consilium wired to scripted models, no experts."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from consilium.orchestration.api import Consilium
from consilium.orchestration.case.model import Case
from consilium.orchestration.models.chat import BoundModel
from consilium.orchestration.settings import Settings


@pytest.fixture
def case() -> Case:
    return Case(
        id="cap-1",
        demographics={"age_years": 67, "sex": "female"},
        presenting_complaint="Productive cough and fever for three days",
        vitals={"temperature_c": 38.9, "heart_rate": 112, "respiratory_rate": 26, "spo2": 91},
        labs=[{"name": "CRP", "value": 182, "unit": "mg/L", "reference_high": 5}],
        imaging=[{"id": "cxr1", "modality": "CR", "body_part": "chest", "report": "Right lower lobe consolidation."}],
        expected={"diagnosis": "SENTINEL-EXPECTED-DX"},
        # asks for radiology and pathology by name and raises a surgical problem (an abscess) that the GP
        # model judges: these tests run the triage call and the whole team
        question="What do the chest imaging and the blood tests show, and is there a lung abscess?",
    )


@pytest.fixture
def make_consilium(tmp_path: Path) -> Iterator[Callable[..., Consilium]]:
    """Build Consilium instances on scripted models; closed at the end of the test."""
    made: list[Consilium] = []

    def make(models: dict[str, BoundModel], *, db: str | Path = ":memory:", require_signoff: bool = False,
             **settings: Any) -> Consilium:
        settings.setdefault("consensus_uses_model", True)  # these tests cover the narrative call too
        consilium = Consilium(Settings(home=tmp_path / "home", **settings), models=models, experts=None,
                              checkpoint_db=db, require_signoff=require_signoff)
        made.append(consilium)
        return consilium

    yield make
    for consilium in made:
        consilium.close()


class EventLog:
    """Collects ``on_event`` calls with a timestamp each."""

    def __init__(self) -> None:
        self.events: list[tuple[float, str, str]] = []

    def __call__(self, node: str, kind: str, info: dict[str, Any]) -> None:
        self.events.append((time.perf_counter(), node, kind))

    def at(self, node: str, kind: str) -> float:
        return next(t for t, n, k in self.events if n == node and k == kind)

    def index(self, node: str, kind: str) -> int:
        return next(i for i, (_, n, k) in enumerate(self.events) if n == node and k == kind)


@pytest.fixture
def events() -> EventLog:
    return EventLog()
