"""A reviewer on scripted models with its own home (checkpoints, private originals), pausing for sign-off."""

from __future__ import annotations

from pathlib import Path

import pytest

from consilium.orchestration.api import Consilium
from consilium.orchestration.settings import Settings
from tests.scripted import scripted_models

FHIR_DATA = Path(__file__).parents[1] / "case" / "data" / "fhir"
# The hand-written Bundles under the FHIR reader's tests that read into a case (invalid_resources.json does not).
READABLE_BUNDLES = ("pneumonia_admission_r4.json", "contained_r4b.json", "unresolved_references.json",
                    "pathology_searchset.json")


@pytest.fixture
def reviewer(tmp_path: Path):
    c = Consilium(Settings(home=tmp_path / "home"), models=scripted_models(), experts=None, require_signoff=True)
    yield c
    c.close()
