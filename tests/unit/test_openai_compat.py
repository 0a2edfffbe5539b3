"""The endpoint client against a real HTTP server on 127.0.0.1: the body it sends, what it reads back, its errors."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from consilium.orchestration.models.chat import (
    ModelCallError,
    ModelRequest,
    OpenAICompatModel,
)

SCHEMA = {"title": "Finding", "type": "object", "properties": {"finding": {"type": "string"}}}
IMAGE = {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}
MESSAGES = [{"role": "system", "content": "You are a radiologist."},
            {"role": "user", "content": [{"type": "text", "text": "Chest film [cxr1]:"}, IMAGE]}]


class Endpoint:
    """Answers every POST with ``status`` and ``reply`` (JSON unless bytes); keeps each request and its client port."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.status, self.reply = 200, _completion("{}")
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, so that a reused connection shows

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                if self.path.startswith("/moved/"):  # a proxy that sends the client on, as http -> https would
                    self.send_response(307)
                    self.send_header("Location", self.path.replace("/moved/", "/v1/", 1))
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                endpoint.requests.append({"path": self.path, "body": body, "port": self.client_address[1],
                                          "authorization": self.headers.get("Authorization")})
                data = endpoint.reply if isinstance(endpoint.reply, bytes) else json.dumps(endpoint.reply).encode()
                self.send_response(endpoint.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def _completion(content: Any, finish: str = "stop", usage: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"id": "x", "object": "chat.completion", "created": 0, "model": "m",
            "choices": [{"index": 0, "finish_reason": finish, "message": {"role": "assistant", "content": content}}],
            "usage": usage or {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}


def _request(schema: dict[str, Any] | None = SCHEMA, messages: list[dict[str, Any]] = MESSAGES) -> ModelRequest:
    return ModelRequest("radiology", messages, schema, max_tokens=300, temperature=0.2, timeout_s=10)


@pytest.fixture
def endpoint() -> Iterator[Endpoint]:
    server = Endpoint()
    yield server
    server.server.shutdown()
    server.server.server_close()


def test_the_body_is_the_chat_completion_the_role_configures(endpoint: Endpoint) -> None:
    OpenAICompatModel(base_url=endpoint.url + "/", model="vlm", api_key="k1", multimodal=True).complete(_request())
    OpenAICompatModel(base_url=endpoint.url, model="llm", structured_output="json_object").complete(_request())
    OpenAICompatModel(base_url=endpoint.url, model="free", structured_output="none").complete(_request())
    vlm, llm, free = endpoint.requests
    assert vlm["path"] == llm["path"] == "/v1/chat/completions"
    assert vlm["authorization"] == "Bearer k1" and llm["authorization"] == "Bearer not-needed"
    assert vlm["body"] == {"model": "vlm", "stream": False, "messages": MESSAGES, "max_tokens": 300,
                           "temperature": 0.2,
                           "response_format": {"type": "json_schema",
                                               "json_schema": {"name": "Finding", "schema": SCHEMA}}}
    # a text-only model gets the text parts joined, never an image; llama.cpp's server takes the schema beside the type
    assert llm["body"]["messages"][1] == {"role": "user", "content": "Chest film [cxr1]:"}
    assert llm["body"]["response_format"] == {"type": "json_object", "schema": SCHEMA}
    assert "response_format" not in free["body"]


def test_usage_cached_tokens_and_a_cut_off_reply_are_read_back(endpoint: Endpoint) -> None:
    endpoint.reply = _completion([{"type": "text", "text": '{"finding": '}, {"type": "text", "text": '"consol'}],
                                 finish="length", usage={"prompt_tokens": 812, "completion_tokens": 300,
                                                         "prompt_tokens_details": {"cached_tokens": 640}})
    done = OpenAICompatModel(base_url=endpoint.url, model="m").complete(_request())
    assert (done.text, done.tokens_in, done.tokens_out, done.tokens_cached, done.truncated) == \
        ('{"finding": "consol', 812, 300, 640, True)
    endpoint.reply = _completion(None, usage={"prompt_tokens": 5, "completion_tokens": 0})  # llama.cpp: no details
    empty = OpenAICompatModel(base_url=endpoint.url, model="m").complete(_request())
    assert (empty.text, empty.tokens_cached, empty.truncated) == ("", 0, False)


def test_an_http_error_names_the_status_and_a_short_excerpt_of_the_reply(endpoint: Endpoint) -> None:
    endpoint.status, endpoint.reply = 400, {"error": {"message": "schema not supported " + "x" * 2000}}
    with pytest.raises(ModelCallError, match=r"^m at http://127\.0\.0\.1:\d+/v1: HTTP 400: .*schema not supported") as info:
        OpenAICompatModel(base_url=endpoint.url, model="m").complete(_request())
    assert len(str(info.value)) < 400 and str(info.value).endswith("...")


def test_a_reply_that_is_not_a_chat_completion_is_a_model_error(endpoint: Endpoint) -> None:
    for reply in (b"<html>proxy login</html>", {"object": "list", "data": []}):
        endpoint.reply = reply
        with pytest.raises(ModelCallError, match="not a chat completion"):
            OpenAICompatModel(base_url=endpoint.url, model="m").complete(_request())


def test_concurrent_calls_of_several_roles_share_one_client_and_its_connections(endpoint: Endpoint) -> None:
    roles = [OpenAICompatModel(base_url=endpoint.url, model=role) for role in ("radiology", "pathology", "surgery")]
    results: list[Any] = [None] * 9

    def call(i: int) -> None:
        try:
            results[i] = roles[i % 3].complete(_request(None))
        except ModelCallError as exc:
            results[i] = exc

    threads = [threading.Thread(target=call, args=(i,)) for i in range(9)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert all(r is not None and not isinstance(r, Exception) for r in results), results
    assert sorted(r["body"]["model"] for r in endpoint.requests) == sorted(["radiology", "pathology", "surgery"] * 3)
    before = len(endpoint.requests)
    roles[0].complete(_request(None))
    roles[1].complete(_request(None))  # another role, one after the other: the same kept-alive connection
    assert endpoint.requests[before]["port"] == endpoint.requests[before + 1]["port"]


def test_a_redirecting_proxy_is_followed(endpoint: Endpoint) -> None:
    moved = endpoint.url.replace("/v1", "/moved")
    OpenAICompatModel(base_url=moved, model="m").complete(_request())
    assert [r["path"] for r in endpoint.requests] == ["/v1/chat/completions"]


@pytest.mark.parametrize(("base_url", "api_key", "temperature"), [
    ("http://[::1", "k", 0.2),  # a malformed address in the settings
    ("http://127.0.0.1:9/v1", "clé-\u2603", 0.2),  # a key that cannot go into an HTTP header
    ("http://127.0.0.1:9/v1", "k", float("nan")),  # a body that is not JSON
])
def test_a_request_that_cannot_be_sent_is_a_typed_failed_call(base_url: str, api_key: str, temperature: float) -> None:
    request = ModelRequest("radiology", MESSAGES, SCHEMA, max_tokens=300, temperature=temperature, timeout_s=5)
    with pytest.raises(ModelCallError, match="^m at "):
        OpenAICompatModel(base_url=base_url, model="m", api_key=api_key).complete(request)
