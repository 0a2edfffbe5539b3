"""``consilium bench throughput``: cases per second through 1, 2 and 4 worker processes on Redis.

Each worker is a real ``consilium worker`` process on scripted models whose every call sleeps a
fixed latency, talking to a private ``redis-server``. The clock runs from the first enqueue to the
last stored result. Sleep-dominated model calls stand in for remote model servers: on a 2-core
machine the figure measures how well the queue spreads cases over workers, not CPU speed.
Lost = queued cases without a result; duplicated = result records beyond one per case;
reprocessed = cases finished more than once (each still stored once); spread = the fewest and the most
cases one worker took. Redis runs without persistence here (the fault tests cover the AOF set-up).

``consilium bench throughput --embedded`` asks the question the scripted run cannot: on the real embedded
model, is the queue faster with one worker, with two workers that each load the model (with every core
or one thread each), or with two workers that share one model server on 127.0.0.1? The same MedQA
questions go through each, after one warm-up case per worker (model loads are not timed).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from consilium.orchestration.benchmarks.common import BenchInputError, bench_case
from consilium.orchestration.distributed.connection import connect, text
from consilium.orchestration.distributed.queue import CaseQueue
from consilium.orchestration.distributed.server import RedisServer, free_port, stop_processes
from rich import box
from rich.console import Console
from rich.table import Table


def _start_workers(url: str, n: int, folder: Path, tag: str, options: list[str], env: dict[str, str],
                   settings: Path | None = None) -> list[subprocess.Popen]:
    """``n`` real ``consilium worker`` processes named ``tag-i``, each logging to ``folder/tag-i.log``."""
    procs = []
    for i in range(n):
        with open(folder / f"{tag}-{i}.log", "w") as log:  # the child keeps its own copy of the descriptor
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "consilium.orchestration.cli.main", *(["--settings", str(settings)] if settings else []),
                 "worker", "--redis", url, *options, "--name", f"{tag}-{i}"],
                cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=log))
    return procs


def _finished(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The cases that ended well: how many, their model calls per case, and how many each worker took (most first)."""
    ok = [r for r in results.values() if r.get("status") == "ok"]
    return {"ok": len(ok), "model_calls_per_case": round(sum(r["llm_calls"] for r in ok) / max(1, len(ok)), 2),
            "cases_per_worker": sorted(Counter(r["worker"] for r in ok).values(), reverse=True)}


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
    procs = _start_workers(url, workers, folder, f"w{workers}", ["--scripted", str(latency), "--no-experts", "--no-cache"],
                           {**os.environ, "CONSILIUM_HOME": str(folder / "home")})
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
        stop_processes(*procs)
    results = queue.results(run_id)
    processed = {text(k): int(v) for k, v in client.hgetall(queue.run_key(run_id, "processed")).items()}
    return {"workers": workers, "cases": cases, "seconds": round(seconds, 2), "cases_per_s": round(cases / seconds, 2),
            "lost": len(set(report.case_ids) - set(results)), "duplicated": len(results) - len(set(results)),
            "reprocessed": sum(v - 1 for v in processed.values() if v > 1), **_finished(results)}


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


# --- the same queue on the embedded model: which way of serving it is faster on this machine ---------
# (name, workers, how the workers reach the model). "own": each worker process loads the model file itself
# (the default); "own-1t": the same with one thread each, so two workers do not oversubscribe the cores;
# "server": one llama.cpp server (llama-cpp-python's, the OpenAI API) on 127.0.0.1 that every worker calls.
SERVING = (("1 worker, its own model", 1, "own"), ("2 workers, a model each", 2, "own"),
           ("2 workers, a model each, 1 thread each", 2, "own-1t"), ("2 workers, one shared model server", 2, "server"))


def _start_model_server(path: Path, alias: str, n_ctx: int, folder: Path) -> tuple[subprocess.Popen, str]:
    import urllib.request

    from consilium.orchestration.models.base import usable_cpus

    port = free_port()
    with open(folder / "model-server.log", "wb") as log:  # the child keeps its own copy of the descriptor
        proc = subprocess.Popen([sys.executable, "-m", "llama_cpp.server", "--model", str(path), "--model_alias", alias,
                                 "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(n_ctx),
                                 "--n_threads", str(usable_cpus()), "--seed", "0"],  # as many as an embedded model takes
                                stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/v1"

    def up() -> bool:
        if proc.poll() is not None:
            raise RuntimeError(f"benchmark: the model server exited ({proc.returncode}); see {folder / 'model-server.log'}")
        try:
            with urllib.request.urlopen(f"{base}/models", timeout=2) as resp:
                return resp.status == 200
        except OSError:
            return False

    try:
        _wait(up, 300, "the model server did not answer", poll_s=0.5)
    except BaseException:  # a server that never answered is not left running
        stop_processes(proc)
        raise
    return proc, base


def _serving_settings(base: dict[str, Any], how: str, server_url: str | None) -> dict[str, Any]:
    role = dict(base["models"]["default"])
    if how == "own-1t":
        role["n_threads"] = 1
    elif how == "server":
        role.update(backend="openai", base_url=server_url, structured_output="json_object")
    return {**base, "models": {"default": role}}


def _run_serving(url: str, name: str, workers: int, how: str, cases: list[Any], warm: list[Any], folder: Path,
                 settings: dict[str, Any], model: tuple[Path, str, int]) -> dict[str, Any]:
    import yaml

    client = connect(url)
    client.flushdb()
    queue = CaseQueue(client)
    started: dict[str, subprocess.Popen] = {}  # what it is -> the process
    try:
        server_url = None
        if how == "server":
            server, server_url = _start_model_server(*model, folder)
            started["the model server"] = server
        path = folder / f"settings-{how}-{workers}.yaml"
        path.write_text(yaml.safe_dump(_serving_settings(settings, how, server_url)))
        env = dict(os.environ)
        env.pop("CONSILIUM_MODEL", None)  # the settings file says how each worker reaches the model
        tag = f"{how}-{workers}"
        for i, proc in enumerate(_start_workers(url, workers, folder, tag, ["--no-experts", "--no-cache"], env, path)):
            started[f"worker {tag}-{i}"] = proc

        def alive(done: Any) -> Any:  # a process that died (a model that did not load) ends the wait at once
            def check() -> bool:
                if dead := [what for what, p in started.items() if p.poll() is not None]:
                    raise RuntimeError(f"benchmark: {', '.join(dead)} exited; logs in {folder}")
                return done()
            return check

        _wait(alive(lambda: len(queue.workers()) >= workers), 300, f"{workers} worker(s) did not report in")
        # one case per worker first: each loads its model (or meets the server) before the clock starts
        queue.enqueue(warm[:workers], run_id=f"warm-{how}-{workers}")
        _wait(alive(lambda: queue.progress(f"warm-{how}-{workers}")[0] >= workers), 900,
              "the warm-up cases did not finish", poll_s=0.2)
        run_id = f"bench-{how}-{workers}"
        print(f"  {name}: {len(cases)} cases ...", flush=True)
        t0 = time.perf_counter()
        queue.enqueue(cases, run_id=run_id)
        _wait(alive(lambda: queue.progress(run_id)[0] >= len(cases)), 600 * len(cases), "cases did not finish",
              poll_s=0.2)
        seconds = time.perf_counter() - t0
    finally:
        stop_processes(*started.values())
    results = queue.results(run_id)
    return {"serving": name, "workers": workers, "how": how, "cases": len(cases), "seconds": round(seconds, 1),
            "cases_per_min": round(60 * len(cases) / seconds, 2), **_finished(results)}


def bench_throughput_embedded(cases: int = 6, source: str | Path | None = None,
                              settings_path: str | None = None) -> dict[str, Any]:
    """The same MedQA questions through the Redis queue on the embedded model, served each way of
    :data:`SERVING`; prints which is faster here. Each worker is a real ``consilium worker`` process."""
    from consilium.orchestration.benchmarks.ratio import medqa_cases_file
    from consilium.orchestration.case.io import load_cases
    from consilium.orchestration.models.embedded import model_path
    from consilium.orchestration.settings import load_settings

    source = medqa_cases_file(source)
    loaded = load_cases(source).cases
    if len(loaded) < cases + 2:
        raise BenchInputError(f"{source}: {len(loaded)} cases, the benchmark needs {cases + 2} "
                              f"({cases} timed and 2 to warm up)")
    timed, warm = loaded[:cases], loaded[cases:cases + 2]
    settings = load_settings(settings_path)
    role = settings.role("gp")
    if role.backend != "embedded":
        raise BenchInputError(f"the GP is bound to the {role.backend} backend; this benchmark compares ways of serving "
                              "the embedded model (bind it with --settings or CONSILIUM_MODEL)")
    model = (model_path(role.model, settings.model_cache), role.model, role.n_ctx)
    base = {**settings.model_dump(mode="json", exclude={"models"}), "models": {"default": role.model_dump(mode="json")}}
    folder = Path(tempfile.mkdtemp(prefix="consilium-throughput-embedded-"))
    print(f"bench throughput --embedded: {cases} MedQA questions on {role.model}, {os.cpu_count()} cores; "
          f"logs in {folder}", flush=True)
    rows = []
    with RedisServer(folder / "redis", persist=False) as server:
        for name, workers, how in SERVING:
            rows.append(_run_serving(server.url, name, workers, how, timed, warm, folder, base, model))
            print(f"  {name}: {rows[-1]['seconds']:.1f} s, {rows[-1]['cases_per_min']:.2f} cases/min", flush=True)
    base_rate = rows[0]["cases_per_min"]
    for row in rows:
        row["vs_one_worker"] = round(row["cases_per_min"] / base_rate, 2) if base_rate else None
    table = Table(title=f"throughput on {role.model}: {cases} MedQA questions through Redis", box=box.SIMPLE_HEAD)
    for col in ("serving", "seconds", "cases/min", "vs 1 worker", "ok", "spread"):
        table.add_column(col, justify="left" if col == "serving" else "right", no_wrap=True)
    for r in rows:
        spread = r["cases_per_worker"]
        table.add_row(r["serving"], f"{r['seconds']:.1f}", f"{r['cases_per_min']:.2f}", f"{r['vs_one_worker']:.2f}",
                      f"{r['ok']}/{r['cases']}", f"{min(spread)}-{max(spread)}" if spread else "-")
    Console(width=max(110, Console().width)).print(table)
    two = [r for r in rows if r["workers"] == 2]
    fastest = max(two, key=lambda r: r["cases_per_min"])
    figures = {"bench": "throughput_embedded", "model": role.model, "cases": cases, "cpu_cores": os.cpu_count(),
               "load_avg_1m": round(os.getloadavg()[0], 2), "runs": rows, "fastest_two_worker_serving": fastest["serving"],
               "all_ok": all(r["ok"] == r["cases"] for r in rows)}
    print(json.dumps(figures))
    return figures
