"""The suite-wide guard (tests/conftest.py): loopback only, unless a test is marked ``network``."""

from __future__ import annotations

import socket
import threading

import pytest

from consilium.orchestration.models.chat import ModelCallError, ModelRequest, OpenAICompatModel
from tests.conftest import NetworkRefused, is_loopback


@pytest.mark.parametrize(("address", "expected"), [
    (("127.0.0.1", 80), True), (("127.8.9.10", 80), True), (("::1", 80, 0, 0), True), (("localhost", 80), True),
    ("/tmp/some.sock", True),
    (("192.0.2.1", 80), False), (("10.0.0.1", 80), False), (("example.com", 443), False), (("", 80), False),
])
def test_is_loopback(address: object, expected: bool) -> None:
    assert is_loopback(address) is expected


@pytest.mark.parametrize("connect", [
    lambda: socket.create_connection(("192.0.2.1", 80), timeout=0.2),
    lambda: socket.create_connection(("example.com", 443), timeout=0.2),
    lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(("192.0.2.1", 80)),
    lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect_ex(("192.0.2.1", 80)),
])
def test_remote_connections_refused(connect) -> None:
    with pytest.raises(NetworkRefused, match="only loopback is allowed"):
        connect()


def test_loopback_allowed() -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        accepted = threading.Thread(target=lambda: server.accept()[0].close())
        accepted.start()
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            pass
        accepted.join(2)


def test_real_model_client_cannot_reach_a_remote_host() -> None:
    model = OpenAICompatModel(base_url="http://192.0.2.1:8000/v1", model="remote")
    request = ModelRequest(role="gp", messages=[{"role": "user", "content": "hi"}], schema=None,
                           max_tokens=5, temperature=0.0, timeout_s=2.0)
    with pytest.raises(ModelCallError, match="remote at http://192.0.2.1:8000/v1") as info:
        model.complete(request)
    assert any(isinstance(e, NetworkRefused) for e in _chain(info.value)), "the guard, not the network, refused"


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    stack: list[BaseException | None] = [exc]
    while stack:
        e = stack.pop()
        if e is not None and all(e is not s for s in seen):
            seen.append(e)
            stack += [e.__cause__, e.__context__]
    return seen
