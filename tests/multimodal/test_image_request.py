"""The multimodal request a specialist sends, checked at a real local HTTP endpoint.

A stub OpenAI-compatible server on 127.0.0.1 records the JSON body that langchain's OpenAI client
really sends, and answers with a schema-valid completion.
"""

from __future__ import annotations

import base64
import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image

from consilium.agents.multimodal import MAX_SIDE
from consilium.orchestration import Consilium, Settings, load_case
from consilium.orchestration.models.chat import BoundModel, ModelRequest, OpenAICompatModel
from consilium.orchestration.models.scripted import canned_response
from consilium.orchestration.settings import RoleModel
from tests.scripted import scripted_models

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


class _Recorder(BaseHTTPRequestHandler):
    bodies: list[dict] = []

    def do_POST(self):  # noqa: N802 - http.server naming
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).bodies.append(body)
        schema = body["response_format"]["json_schema"]["schema"]
        text = canned_response(ModelRequest(role="radiology", messages=[], schema=schema, max_tokens=1,
                                            temperature=0, timeout_s=1))
        reply = {"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                 "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}],
                 "usage": {"prompt_tokens": 1000, "completion_tokens": 50, "total_tokens": 1050}}
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture()
def endpoint():
    _Recorder.bodies = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/v1", _Recorder.bodies
    server.shutdown()


def _images(message_content: list[dict]) -> list[tuple[str, Image.Image]]:
    out, caption = [], None
    for part in message_content:
        if part["type"] == "text":
            caption = part["text"]
        elif part["type"] == "image_url":
            url = part["image_url"]["url"]
            assert url.startswith("data:image/png;base64,")
            out.append((caption, Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1])))))
    return out


@pytest.mark.parametrize("scenario,specialist,expected", [
    ("demo_lung_nodule_ct", "radiology", ["[ct1]"]),
    ("demo_lung_nodule_ct", "pathology", ["[core1]"]),
    ("demo_stroke_mr", "radiology", ["[mr1]", "[mr2]"]),
])
def test_multimodal_specialist_sends_labelled_images(endpoint, tmp_path, scenario, specialist, expected):
    url, bodies = endpoint
    vlm = OpenAICompatModel(base_url=url, model="vlm-under-test", multimodal=True)
    models = scripted_models()
    models[specialist] = BoundModel(vlm, RoleModel(backend="openai", base_url=url, multimodal=True, timeout_s=30))
    result = Consilium(Settings(home=tmp_path), models=models).review(load_case(SCENARIOS / f"{scenario}.yaml"))
    assert specialist in result.reports, result.failures
    assert len(bodies) == 1
    content = bodies[0]["messages"][0]["content"]
    assert content[0]["type"] == "text" and "specialist" in content[0]["text"]  # the prompt comes first
    images = _images(content)
    assert [next(t for t in expected if t in cap) for cap, _ in images] == expected  # one per study, in order
    for caption, img in images:
        assert img.format == "PNG" and max(img.size) <= MAX_SIDE and min(img.size) >= 32, (caption, img.size)
    evidence_ids = result.reports[specialist].evidence_ids
    for caption, _ in images:  # an expert overlay is named by its evidence id, so the model can cite it
        if "overlay" in caption:
            assert any(f"[{eid}]" in caption for eid in evidence_ids)


def test_text_only_model_gets_no_image_parts(endpoint, tmp_path):
    url, bodies = endpoint
    llm = OpenAICompatModel(base_url=url, model="text-only", multimodal=False)
    models = scripted_models()
    models["radiology"] = BoundModel(llm, RoleModel(backend="openai", base_url=url, timeout_s=30))
    result = Consilium(Settings(home=tmp_path), models=models).review(load_case(SCENARIOS / "demo_lung_nodule_ct.yaml"))
    assert "radiology" in result.reports
    content = bodies[0]["messages"][0]["content"]
    assert isinstance(content, str)
    assert "[ct_quant:ct1]" in content  # expert results go into the prompt as structured text instead
