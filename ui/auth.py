"""Who may open the web app: loopback binding by default, password login required anywhere else.

An auth file holds one ``user:hash`` line per clinician (``#`` starts a comment). The hash is
``scrypt$N$r$p$salt_hex$key_hex`` from :func:`hash_password` (``consilium ui --hash-password``
prints such a line), so the file never holds a password in clear. Only the standard library is used.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from collections.abc import Callable
from pathlib import Path

from consilium.orchestration import ConfigError

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


class UiAuthError(ConfigError, ValueError):
    """The app must not start as configured; the message says what to change."""


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    if not password:
        raise UiAuthError("an empty password cannot be used")
    salt = salt or secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode(), salt=salt, **_SCRYPT, dklen=32)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${key.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, key_hex = encoded.split("$")
        if scheme != "scrypt":
            return False
        key = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r), p=int(p),
                             dklen=len(key_hex) // 2)
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(key.hex(), key_hex)


def load_auth_file(path: str | Path) -> dict[str, str]:
    """``{user: hash}`` from an auth file; a malformed line is an error naming its line number."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise UiAuthError(f"auth file {p}: {exc.strerror or exc}") from None
    users: dict[str, str] = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        user, sep, encoded = line.partition(":")
        if not sep or not user.strip() or not encoded.startswith("scrypt$") or encoded.count("$") != 5:
            raise UiAuthError(f"auth file {p}, line {lineno}: expected 'user:scrypt$...' "
                              "(make one with: consilium ui --hash-password)")
        users[user.strip()] = encoded.strip()
    if not users:
        raise UiAuthError(f"auth file {p} lists no users")
    return users


def authenticator(users: dict[str, str]) -> Callable[[str, str], bool]:
    """A login check for Gradio's ``launch(auth=...)``."""
    def check(username: str, password: str) -> bool:
        encoded = users.get(username)
        return encoded is not None and verify_password(password, encoded)

    return check


def is_loopback_host(host: str) -> bool:
    host = host.strip().strip("[]")
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_binding(host: str, auth: object | None) -> None:
    """Refuse to serve patient data beyond this machine without a login."""
    if auth is None and not is_loopback_host(host):
        raise UiAuthError(
            f"refusing to bind {host}: the app would be reachable from other machines without a login. "
            "Configure authentication (--auth-file FILE or $CONSILIUM_UI_AUTH_FILE, one 'user:hash' line "
            "per clinician; make a line with: consilium ui --hash-password), or bind 127.0.0.1.")
