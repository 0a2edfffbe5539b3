"""A private ``redis-server`` process on 127.0.0.1 for tests and benchmarks (never a mock).

Debian's ``redis-server`` package provides the binary (``apt-get install -y redis-server``).
With ``persist=True`` every write is in the append-only file and fsynced before Redis replies
(``appendonly yes``, ``appendfsync always``), so stopping and starting the server on the same
port and folder loses nothing that a client was told had been stored.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Self

from consilium.orchestration.errors import BackendError


class RedisServerError(BackendError, RuntimeError):
    pass


def redis_server_binary() -> str | None:
    return shutil.which("redis-server")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop_processes(*procs: subprocess.Popen, wait_s: float = 30) -> None:
    """SIGTERM to every process still running (a worker finishes the case in hand), then a kill for any that is not
    gone after ``wait_s``."""
    for p in procs:
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(wait_s)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


class RedisServer:
    def __init__(self, folder: Path, *, port: int | None = None, persist: bool = True):
        self.binary = redis_server_binary()
        if self.binary is None:
            raise RedisServerError("redis-server is not installed (Debian: apt-get install -y redis-server)")
        self.folder, self.persist = Path(folder), persist
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout_s: float = 10.0) -> Self:
        args = [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.folder),
                "--save", "", "--daemonize", "no", "--protected-mode", "yes", "--logfile", "redis.log",
                "--appendonly", "yes" if self.persist else "no"]
        if self.persist:
            args += ["--appendfsync", "always"]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                log = (self.folder / "redis.log")
                raise RedisServerError(f"redis-server exited with {self.proc.returncode}: "
                                       f"{log.read_text()[-800:] if log.is_file() else ''}")
            if self._ready():
                return self
            time.sleep(0.02)
        raise RedisServerError(f"redis-server on port {self.port} did not answer within {timeout_s} s")

    def _ready(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                s.sendall(b"PING\r\n")
                return s.recv(64).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self, timeout_s: float = 10.0) -> None:
        """SIGTERM: Redis finishes the append-only file and exits."""
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout_s)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
