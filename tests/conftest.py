"""Suite-wide guards: no test reaches a host beyond this machine unless it says so.

Tests talk to scripted models, or to real servers they start on loopback. A connection to any other
host means a test is about to call a real model API or download something: it fails at once instead.
A test that genuinely needs the network marks itself ``@pytest.mark.network``.
"""

from __future__ import annotations

import ipaddress
import socket

import pytest

_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "network: the test may connect to hosts other than loopback")


def is_loopback(address: object) -> bool:
    """Whether a socket address points at this machine (Unix sockets always do)."""
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    if not isinstance(address, tuple) or not address:
        return False
    host = address[0]
    if isinstance(host, bytes):
        host = host.decode()
    host = str(host).strip("[]").split("%")[0]
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class NetworkRefused(OSError):
    """Raised instead of connecting to a non-loopback host during tests."""


@pytest.fixture(autouse=True)
def _no_remote_connections(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("network"):
        return
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_create = socket.create_connection

    def refuse(address: object) -> None:
        raise NetworkRefused(f"test tried to connect to {address!r}; only loopback is allowed "
                             "(mark the test with @pytest.mark.network if it really needs the network)")

    def connect(self: socket.socket, address: object) -> None:
        if not is_loopback(address):
            refuse(address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: object) -> int:
        if not is_loopback(address):
            refuse(address)
        return real_connect_ex(self, address)

    def create_connection(address: tuple, *args: object, **kwargs: object) -> socket.socket:
        if not is_loopback(address):
            refuse(address)
        return real_create(address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
