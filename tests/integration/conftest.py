"""Fixtures for tests on real parts: the SmolLM2 GGUF and a llama.cpp OpenAI-compatible server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from consilium.orchestration.models.embedded import ModelFileError, model_path


@pytest.fixture(scope="session")
def smollm_path(tmp_path_factory) -> Path:
    try:
        return model_path("smollm2-135m", tmp_path_factory.mktemp("models"))
    except ModelFileError as exc:
        if os.environ.get("CI"):
            raise  # the test command installs it: in CI a missing model is a failure, not a skip
        pytest.skip(f"SmolLM2 not installed ({exc}); scripts/test.sh installs it")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def llama_server(smollm_path, tmp_path_factory):
    """A real llama.cpp server (llama-cpp-python's, the same OpenAI API as `vllm serve`) on 127.0.0.1."""
    port = _free_port()
    log = tmp_path_factory.mktemp("server") / "llama_server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(smollm_path), "--model_alias", "smollm2",
             "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096", "--seed", "0"],
            stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    while True:
        try:
            with urllib.request.urlopen(f"{base}/models", timeout=2) as resp:
                if resp.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"llama.cpp server did not start; log:\n{log.read_text()[-3000:]}")
        time.sleep(0.5)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
