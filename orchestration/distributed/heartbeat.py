"""Worker heartbeats: each worker process says it is alive every few seconds; readers judge by age.

A worker killed with SIGKILL cannot remove its entry, so an entry is never taken as proof of life:
what counts is how long ago it was written. Both the time written and the time read come from the
Redis server's clock (``TIME``), so workers and replays on machines whose clocks disagree still
agree on the age. An entry silent for :data:`STALE_BEATS` beats (at least :data:`STALE_MIN_S`) is a
presumed-dead worker; one silent for :data:`FORGET_AFTER_S` is deleted when the heartbeats are read.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from consilium.orchestration.distributed.connection import DEFAULT_PREFIX, is_infra_error, text

log = logging.getLogger(__name__)
HEARTBEAT_EVERY_S = 2.0
STALE_BEATS = 5          # missed beats before a worker is presumed dead
STALE_MIN_S = 5.0        # never sooner: a loaded machine may skip a beat or two
FORGET_AFTER_S = 3600.0  # a dead worker's entry is reported for an hour, then removed

# the server's clock, so that ages do not depend on which machine wrote or reads an entry
_BEAT = """
local t = redis.call('TIME')
local entry = cjson.decode(ARGV[2])
entry['last_seen'] = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(entry))
return 1
"""


def workers_key(prefix: str = DEFAULT_PREFIX) -> str:
    return f"{prefix}:workers"


@dataclass(frozen=True)
class WorkerBeat:
    name: str
    age_s: float
    alive: bool
    info: dict[str, Any]

    def describe(self) -> str:
        host = self.info.get("host", "?")
        return f"{self.name} (pid {self.info.get('pid', '?')} on {host}, last heartbeat {self.age_s:.0f} s ago)"


def stale_after(beat_every_s: float) -> float:
    return max(STALE_MIN_S, STALE_BEATS * beat_every_s)


def read_heartbeats(client: Any, prefix: str = DEFAULT_PREFIX) -> list[WorkerBeat]:
    """Every worker entry with its age and whether it is still beating; long-dead entries are removed."""
    pipe = client.pipeline(transaction=False)
    pipe.time()
    pipe.hgetall(workers_key(prefix))
    (seconds, micros), entries = pipe.execute()
    now = seconds + micros / 1e6
    beats, forget = [], []
    for raw_name, raw in entries.items():
        name = text(raw_name)
        try:
            info = json.loads(raw)
            age = max(0.0, now - float(info["last_seen"]))
            every = float(info.get("beat_every_s") or HEARTBEAT_EVERY_S)
        except (ValueError, TypeError, KeyError):
            forget.append(name)  # not a heartbeat this code wrote: no worker stands behind it
            continue
        if age > FORGET_AFTER_S:
            forget.append(name)
            continue
        beats.append(WorkerBeat(name, age, age <= stale_after(every), info))
    if forget:
        client.hdel(workers_key(prefix), *forget)
    return sorted(beats, key=lambda b: b.name)


class Heartbeat:
    """A thread that writes one worker process's entry every ``every_s`` until stopped, then removes it."""

    def __init__(self, client: Any, name: str, *, prefix: str = DEFAULT_PREFIX, every_s: float = HEARTBEAT_EVERY_S,
                 details: Callable[[], dict[str, Any]] = dict):
        self.r, self.name, self.prefix, self.every_s, self.details = client, name, prefix, every_s, details
        self._beat = client.register_script(_BEAT)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"heartbeat-{name}", daemon=True)
        self.missed = self.missed_in_a_row = 0

    def beat(self) -> None:
        entry = {"pid": os.getpid(), "host": socket.gethostname(), "beat_every_s": self.every_s, **self.details()}
        self._beat(keys=[workers_key(self.prefix)], args=[self.name, json.dumps(entry, default=str)])

    def _run(self) -> None:
        while True:
            try:
                self.beat()
            except Exception as exc:  # noqa: BLE001 - whatever Redis replied, the next beat tries again
                # Redis away, or an error reply (the key overwritten, an ACL change): the next beat tries again.
                # Ending the thread would leave a working worker looking dead to every replay from then on.
                if not is_infra_error(exc) and self.missed_in_a_row == 0:
                    log.warning("heartbeat of %s refused: %s: %s; retrying every %.1f s", self.name,
                                type(exc).__name__, exc, self.every_s)
                self.missed += 1
                self.missed_in_a_row += 1
            else:
                self.missed_in_a_row = 0
            if self._stop.wait(self.every_s):
                return

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *_exc_info: object) -> None:
        self._stop.set()
        self._thread.join()
        try:
            self.r.hdel(workers_key(self.prefix), self.name)
        except Exception as exc:
            if not is_infra_error(exc):
                raise  # leaving while Redis is away is fine: readers judge the entry by its age
