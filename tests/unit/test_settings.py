"""Settings: argument > file > environment > default, and errors that say what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from consilium.orchestration.settings import RoleModel, Settings, SettingsError, load_settings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CONSILIUM_HOME", "CONSILIUM_MODEL", "CONSILIUM_SETTINGS"):
        monkeypatch.delenv(name, raising=False)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults() -> None:
    s = load_settings()
    assert s.home == Path("~/.consilium").expanduser()
    assert s.role("gp") == RoleModel()
    assert s.role("gp").backend == "embedded" and s.role("gp").model == "qwen2.5-coder-1.5b"
    assert s.checkpoint_db == s.home / "checkpoints.sqlite"


def test_environment_over_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CONSILIUM_HOME", str(tmp_path / "env-home"))
    monkeypatch.setenv("CONSILIUM_MODEL", "qwen2.5-coder-0.5b")
    s = load_settings()
    assert s.home == tmp_path / "env-home"
    assert s.role("radiology").model == "qwen2.5-coder-0.5b"


def test_file_over_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CONSILIUM_HOME", str(tmp_path / "env-home"))
    monkeypatch.setenv("CONSILIUM_MODEL", "qwen2.5-coder-0.5b")
    path = _write(tmp_path / "s.yaml", f"home: {tmp_path / 'file-home'}\nmodels:\n  default: {{model: smollm2-135m}}\n")
    s = load_settings(path)
    assert s.home == tmp_path / "file-home"
    assert s.role("gp").model == "smollm2-135m"


def test_file_configuring_one_role_keeps_env_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CONSILIUM_MODEL", "qwen2.5-coder-0.5b")
    path = _write(tmp_path / "s.yaml", "models:\n  radiology: {backend: openai, base_url: 'http://127.0.0.1:9/v1', "
                                       "model: vl, multimodal: true}\n")
    s = load_settings(path)
    assert s.role("radiology").backend == "openai" and s.role("radiology").multimodal
    assert s.role("gp").model == "qwen2.5-coder-0.5b"  # the file said nothing about the default


def test_settings_file_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = _write(tmp_path / "s.yaml", "consensus_uses_model: false\n")
    monkeypatch.setenv("CONSILIUM_SETTINGS", str(path))
    assert load_settings().consensus_uses_model is False


def test_argument_over_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CONSILIUM_HOME", str(tmp_path / "env-home"))
    path = _write(tmp_path / "s.yaml", f"home: {tmp_path / 'file-home'}\nconsensus_uses_model: false\n")
    s = load_settings(path, home=tmp_path / "arg-home", consensus_uses_model=True, deidentify=None)
    assert s.home == tmp_path / "arg-home"
    assert s.consensus_uses_model is True
    assert s.deidentify is True  # None means "not given", not "set to None"


def test_home_is_expanded(tmp_path: Path) -> None:
    assert load_settings(home="~/somewhere").home == Path("~/somewhere").expanduser()


def test_unknown_role_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path / "s.yaml", "models:\n  cardiology: {model: x}\n")
    with pytest.raises(SettingsError, match=r"unknown role\(s\) \['cardiology'\]; roles are gp, radiology"):
        load_settings(path)


@pytest.mark.parametrize(("text", "expected"), [
    ("models: [1, 2\n", r"settings file .*s\.yaml: .*"),              # YAML syntax error
    ("- a\n- b\n", r"expected a mapping at the top level"),
    ("models:\n  gp: {backend: telepathy}\n", r"field 'models\.gp\.backend'"),
    ("colour: blue\n", r"field 'colour': Extra inputs are not permitted"),
    ("models:\n  gp: {timeout_s: -1}\n", r"field 'models\.gp\.timeout_s'"),
])
def test_bad_file_messages(tmp_path: Path, text: str, expected: str) -> None:
    path = _write(tmp_path / "s.yaml", text)
    with pytest.raises(SettingsError, match=expected):
        load_settings(path)


def test_missing_file_named(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=r"settings file .*nope\.yaml"):
        load_settings(tmp_path / "nope.yaml")


def test_role_falls_back_to_default() -> None:
    s = Settings(models={"default": RoleModel(model="smollm2-135m"), "radiology": RoleModel(model="qwen2.5-coder-0.5b")})
    assert s.role("radiology").model == "qwen2.5-coder-0.5b"
    assert s.role("surgery").model == "smollm2-135m"
