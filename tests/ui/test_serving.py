"""Who may reach the app: loopback by default; any other address refuses to start without a login."""

from __future__ import annotations

from pathlib import Path

import pytest

from consilium.orchestration.cli.main import main
from consilium.ui.auth import (UiAuthError, authenticator, check_binding, hash_password, is_loopback_host,
                               load_auth_file, verify_password)


def test_binding_all_interfaces_without_auth_refuses_before_anything_starts(monkeypatch) -> None:
    from consilium.ui import app

    def no_review_engine(*args, **kwargs):
        raise AssertionError("models and stores must not be built for a refused binding")

    monkeypatch.setattr(app, "Consilium", no_review_engine)
    with pytest.raises(UiAuthError, match="refusing to bind 0.0.0.0"):
        app.launch("0.0.0.0", 7860, None)


def test_cli_refuses_a_public_address_without_auth(capsys, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CONSILIUM_UI_AUTH_FILE", raising=False)
    for host in ("0.0.0.0", "::", "192.168.1.20"):
        assert main(["--home", str(tmp_path), "ui", "--host", host]) == 2
        out = capsys.readouterr().out
        assert "Not starting the web app" in out and f"refusing to bind {host}" in out and "--auth-file" in out


def test_cli_refuses_a_malformed_auth_file(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "users"
    bad.write_text("dr_a:plaintext-password\n")
    assert main(["--home", str(tmp_path), "ui", "--host", "0.0.0.0", "--auth-file", str(bad)]) == 2
    assert "line 1" in capsys.readouterr().out


def test_loopback_needs_no_auth_and_other_hosts_do() -> None:
    for host in ("127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"):
        assert is_loopback_host(host)
        check_binding(host, None)
    for host in ("0.0.0.0", "::", "10.0.0.5", "example.org"):
        assert not is_loopback_host(host)
        with pytest.raises(UiAuthError):
            check_binding(host, None)
        check_binding(host, lambda user, password: False)


def test_auth_file_holds_hashes_that_verify(tmp_path: Path) -> None:
    encoded = hash_password("correct horse")
    assert "correct horse" not in encoded and encoded.startswith("scrypt$")
    assert verify_password("correct horse", encoded) and not verify_password("wrong", encoded)
    f = tmp_path / "users"
    f.write_text(f"# clinicians\ndr_a:{encoded}\n\n")
    check = authenticator(load_auth_file(f))
    assert check("dr_a", "correct horse")
    assert not check("dr_a", "wrong") and not check("dr_b", "correct horse")
    with pytest.raises(UiAuthError, match="lists no users"):
        (tmp_path / "empty").write_text("# nobody\n")
        load_auth_file(tmp_path / "empty")
    with pytest.raises(UiAuthError, match="No such file"):
        load_auth_file(tmp_path / "missing")
