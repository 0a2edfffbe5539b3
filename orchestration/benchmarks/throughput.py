"""``consilium bench throughput``: cases per second through 1, 2 and 4 worker processes on Redis.

Each worker is a real ``consilium worker`` process on scripted models whose every call sleeps a
fixed latency, talking to a private ``redis-server``. The clock runs from the first enqueue to the
last stored result. Sleep-dominated model calls stand in for remote model servers: on a 2-core
machine the figure measures how well the queue spreads cases over workers, not CPU speed.
Lost = queued cases without a result; duplicated = result records beyond one per case;
reprocessed = cases finished more than once (each still stored once); spread = the fewest and the most
cases one worker took. Redis runs without persistence here (the fault tests cover the AOF set-up).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from consilium.orchestration.benchmarks.common import bench_case
from consilium.orchestration.distributed.connection import connect, text
from consilium.orchestration.distributed.queue import CaseQueue
from consilium.orchestration.distributed.server import RedisServer
from rich import box
from rich.console import Console
from rich.table import Table


def _start_workers(url: str, n: int, latency: float, folder: Path, tag: str) -> list[subprocess.Popen]:
    env = {**os.environ, "CONSILIUM_HOME": str(folder / "home")}
    return [subprocess.Popen([sys.executable, "-m", "consilium.orchestration.cli.main", "worker", "--redis", url,
                              "--scripted", str(latency), "--no-experts", "--no-cache", "--name", f"{tag}-{i}"],
                             cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=open(folder / f"{tag}-{i}.log", "w"))
            for i in range(n)]


def _wait(predicate: Any, timeout_s: float, what: str, poll_s: float = 0.05) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"benchmark: {what} within {timeout_s:g} s")
        time.sleep(poll_s)


def run_once(url: str, workers: int, cases: int, latency: float, folder: Path) -> dict[str, Any]:
    client = connect(url)
    client.flushdb()
    queue = CaseQueue(client)
    procs = _start_workers(url, workers, latency, folder, f"w{workers}")
    try:
        _wait(lambda: len(queue.workers()) >= workers, 90, f"{workers} worker(s) did not report in")
        run_id = f"bench-{workers}w"
        batch = [bench_case(i) for i in range(cases)]
        t0 = time.perf_counter()
        report = queue.enqueue(batch, run_id=run_id)
        _wait(lambda: queue.progress(run_id)[0] >= cases, max(120.0, cases * latency * 12), "cases did not finish",
              poll_s=0.02)
        seconds = time.perf_counter() - t0
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(30)
            except subprocess.TimeoutExpired:
                p.kill()
    results = queue.results(run_id)
    processed = {text(k): int(v) for k, v in client.hgetall(queue.run_key(run_id, "processed")).items()}
    ok = [r for r in results.values() if r.get("status") == "ok"]
    by_worker: dict[str, int] = {}
    for r in ok:
        by_worker[r["worker"]] = by_worker.get(r["worker"], 0) + 1
    return {"workers": workers, "cases": cases, "seconds": round(seconds, 2),
            "cases_per_s": round(cases / seconds, 2), "ok": len(ok),
            "lost": len(set(report.case_ids) - set(results)), "duplicated": len(results) - len(set(results)),
            "reprocessed": sum(v - 1 for v in processed.values() if v > 1),
            "model_calls_per_case": round(sum(r["llm_calls"] for r in ok) / max(1, len(ok)), 2),
            "cases_per_worker": sorted(by_worker.values(), reverse=True)}


def bench_throughput(cases: int = 500, *, latency: float = 0.05, worker_counts: tuple[int, ...] = (1, 2, 4)) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="consilium-throughput-"))
    rows = []
    with RedisServer(folder / "redis", persist=False) as server:
        for n in worker_counts:
            rows.append(run_once(server.url, n, cases, latency, folder))
    base = rows[0]["cases_per_s"]
    for row in rows:
        row["speedup"] = round(row["cases_per_s"] / base, 2)
        row["target_speedup"] = round(0.8 * row["workers"] / rows[0]["workers"], 2)
        row["meets_target"] = row["speedup"] >= row["target_speedup"]
    calls = rows[0]["model_calls_per_case"]
    table = Table(title=f"throughput: {cases} cases x {calls:g} scripted calls of {latency:g} s, via Redis",
                  box=box.SIMPLE_HEAD)
    for col in ("workers", "seconds", "cases/s", "speed-up", "target", "lost", "dup", "reproc", "spread"):
        table.add_column(col, justify="right", no_wrap=True, min_width=len(col))
    for r in rows:
        spread = r["cases_per_worker"]
        table.add_row(str(r["workers"]), f"{r['seconds']:.1f}", f"{r['cases_per_s']:.2f}", f"{r['speedup']:.2f}",
                      f">={r['target_speedup']:.1f}", str(r["lost"]), str(r["duplicated"]), str(r["reprocessed"]),
                      f"{min(spread)}-{max(spread)}" if spread else "-")
    Console(width=max(96, Console().width)).print(table)  # a pipe gets 80 columns: too narrow
    figures = {"bench": "throughput", "cases": cases, "latency_per_call_s": latency, "cpu_cores": os.cpu_count(),
               "redis_persistence": "off", "runs": rows,
               "all_meet_target": all(r["meets_target"] for r in rows),
               "lost": sum(r["lost"] for r in rows), "duplicated": sum(r["duplicated"] for r in rows)}
    print(json.dumps(figures))
    return figures
