"""Redis tests: each test gets its own real ``redis-server`` on 127.0.0.1 (never a mock).

The server runs with the append-only file fsynced on every write, so a test can stop and start it
on the same port and folder. Tests are skipped, with the reason, when the Debian package
``redis-server`` or the Python client is not installed (``scripts/test.sh`` installs both).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from consilium.orchestration.distributed import CaseQueue, Worker, connect, redis_consilium
from consilium.orchestration.distributed.server import RedisServer, redis_server_binary
from consilium.orchestration.settings import Settings

from tests.scripted import scripted_models

HAVE_CLIENT = importlib.util.find_spec("redis") is not None
REPO = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = str(Path(__file__).parent)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.server)
            if redis_server_binary() is None:
                item.add_marker(pytest.mark.skip(reason="redis-server is not installed (apt-get install -y redis-server)"))
            elif not HAVE_CLIENT:
                item.add_marker(pytest.mark.skip(reason="the 'redis' package is not installed: "
                                                        "pip install 'consilium-cds[redis]'"))


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path / "redis", persist=True).start()
    yield server
    server.stop()


@pytest.fixture
def client(redis_server: RedisServer) -> Any:
    return connect(redis_server.url)


@pytest.fixture
def queue(client: Any) -> CaseQueue:
    return CaseQueue(client)


@pytest.fixture
def make_consilium(client: Any, tmp_path: Path) -> Callable[..., Any]:
    def make(models: Any = None, **kwargs: Any) -> Any:
        kwargs.setdefault("experts", None)
        return redis_consilium(Settings(home=tmp_path / "home"), client,
                               models=models if models is not None else scripted_models(), **kwargs)

    return make


class WorkerThread:
    """A :class:`Worker` running in a thread of the test process."""

    def __init__(self, worker: Worker, threads: int = 1):
        self.worker, self.stop = worker, threading.Event()
        self.thread = threading.Thread(target=worker.run, args=(self.stop,), kwargs={"threads": threads}, daemon=True)

    def __enter__(self) -> Worker:
        self.thread.start()
        return self.worker

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(15)
        assert not self.thread.is_alive(), "worker thread did not stop"


@pytest.fixture
def worker_thread(client: Any, make_consilium: Callable[..., Any]) -> Callable[..., WorkerThread]:
    def make(models: Any = None, *, name: str = "tw", threads: int = 1, **kwargs: Any) -> WorkerThread:
        kwargs.setdefault("claim_idle_s", 5.0)
        return WorkerThread(Worker(client, make_consilium(models), name=name, **kwargs), threads)

    return make


def cli_worker(url: str, workdir: Path, *, name: str, latency: float, claim_idle: float = 3.0,
               extra: tuple[str, ...] = ()) -> subprocess.Popen:
    """A real ``consilium worker`` process on scripted models."""
    env = {**os.environ, "CONSILIUM_HOME": str(workdir / "home"), "PYTHONPATH": str(REPO)}
    log = open(workdir / f"{name}.log", "w")  # noqa: SIM115 - the child process writes to it
    return subprocess.Popen([sys.executable, "-m", "consilium.orchestration.cli.main", "worker", "--redis", url,
                             "--scripted", str(latency), "--no-experts", "--name", name,
                             "--claim-idle", str(claim_idle), *extra],
                            cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)


def wait_for(predicate: Callable[[], Any], timeout_s: float, what: str, poll_s: float = 0.05) -> Any:
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            value = predicate()
        except Exception as exc:
            if "Connection" not in type(exc).__name__ and "Loading" not in type(exc).__name__:
                raise
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s} s waiting for {what}")
        time.sleep(poll_s)


def make_case(case_id: str, **extra: Any) -> Any:
    """A pneumonia case with imaging and labs, so triage plans all three specialists."""
    from consilium.orchestration.case.model import Case

    data = {
        "id": case_id, "demographics": {"age_years": 67, "sex": "female"},
        "presenting_complaint": "Productive cough and fever for three days",
        "vitals": {"temperature_c": 38.9, "heart_rate": 112, "respiratory_rate": 26, "spo2": 91},
        "labs": [{"name": "CRP", "value": 182, "unit": "mg/L", "reference_high": 5}],
        "imaging": [{"id": "cxr1", "modality": "CR", "body_part": "chest", "report": "Right lower lobe consolidation."}],
        "expected": {"diagnosis": "Community-acquired pneumonia"},
        # asks for radiology and pathology and raises a surgical problem, so triage plans all three
        "question": "What do the chest imaging and the blood tests show, and is there a lung abscess?",
        **extra,
    }
    return Case.model_validate(data)


@pytest.fixture
def case_factory() -> Callable[..., Any]:
    return make_case


def pending(queue: CaseQueue) -> int:
    """Messages delivered to a worker and not yet acknowledged (what a dead worker still holds)."""
    from consilium.orchestration.distributed.queue import GROUP

    return int(queue.r.xpending(queue.stream, GROUP)["pending"])


def restart(server: RedisServer, down_s: float = 0.5) -> None:
    """Stop the Redis server, leave it down for ``down_s`` seconds, start it again on the same port."""
    server.stop()
    time.sleep(down_s)
    server.start()


def result_files(folder: Path) -> dict[str, Path]:
    """Case id -> its result file in a replay's ``--out/<strategy>`` folder, whatever the files are named."""
    found = {}
    for path in folder.glob("*.json"):
        if path.name != "summary.json":
            found[json.loads(path.read_text())["case_id"]] = path
    return found
