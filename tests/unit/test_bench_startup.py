"""The start-up benchmark's instant endpoint answers the real endpoint client with schema-valid scripted answers."""

from __future__ import annotations

import json

import pytest
from consilium.agents.schemas import TriageOutput
from consilium.orchestration.benchmarks.startup import InstantEndpoint
from consilium.orchestration.models.chat import (
    ModelCallError,
    ModelRequest,
    OpenAICompatModel,
)


def test_instant_endpoint_answers_by_schema_and_records_arrivals():
    endpoint = InstantEndpoint()
    try:
        model = OpenAICompatModel(base_url=endpoint.url, model="gp")
        schema = TriageOutput.model_json_schema()
        done = model.complete(ModelRequest(role="gp", messages=[{"role": "user", "content": "case"}], schema=schema,
                                           max_tokens=100, temperature=0.0, timeout_s=10))
        TriageOutput.model_validate(json.loads(done.text))
        assert len(endpoint.arrivals) == 1
        with pytest.raises(ModelCallError):  # a schema it has no answer for is an error reply, not a hang
            model.complete(ModelRequest(role="gp", messages=[{"role": "user", "content": "x"}],
                                        schema={"title": "Unknown"}, max_tokens=10, temperature=0.0, timeout_s=10))
    finally:
        endpoint.close()
