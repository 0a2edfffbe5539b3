"""The CLI side of the Redis features: ``consilium worker`` and ``consilium replay --redis``."""

from __future__ import annotations

import argparse
import signal
import sys
import sysconfig
import threading
from pathlib import Path
from typing import Any

from consilium.orchestration.distributed.connection import RedisUnavailable, connect
from consilium.orchestration.distributed.heartbeat import HEARTBEAT_EVERY_S
from rich.console import Console


def default_file_roots(settings: Any) -> list[Path]:
    """Where a worker reads case files from unless told otherwise: the current folder, the Consilium
    home, and installed packages (the ``pydicom:``/``package:`` references of the demo cases)."""
    roots = {Path.cwd(), Path(settings.home)}
    for name in ("purelib", "platlib"):
        if p := sysconfig.get_paths().get(name):
            roots.add(Path(p))
    return sorted(roots)


def scripted_bound_models(latency_s: float, timeout_s: float = 60.0) -> dict[str, Any]:
    """Every role on canned answers after a fixed latency: tests and benchmarks only."""
    from consilium.orchestration import scripted_models

    return scripted_models(latency_s, timeout_s)


def cmd_worker(args: argparse.Namespace, settings: Any, console: Console) -> int:
    from consilium.orchestration.distributed.worker import Worker, redis_consilium

    try:
        client = connect(args.redis)
    except RedisUnavailable as exc:
        console.print(f"[red]{exc}[/red]")
        return 2
    if args.threads < 1 or args.claim_idle <= 0 or args.heartbeat <= 0:
        console.print("[red]--threads must be >= 1, --claim-idle and --heartbeat > 0[/red]")
        return 2
    models = scripted_bound_models(args.scripted) if args.scripted is not None else None
    experts = None if args.no_experts else "default"
    consilium = redis_consilium(settings, client, models=models, experts=experts, cache=not args.no_cache,
                                cache_ttl_s=args.cache_ttl, cache_max_entries=args.cache_max)
    roots = [Path(p) for p in args.files_root] if args.files_root else default_file_roots(settings)
    worker = Worker(client, consilium, name=args.name, claim_idle_s=args.claim_idle, file_roots=roots,
                    heartbeat_s=args.heartbeat)
    worker.warm_up()
    stop = threading.Event()

    def on_signal(signum: int, _frame: Any) -> None:
        stop.set()  # finish the case in hand, then leave

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    console.print(f"worker {worker.name} on {args.redis}: waiting for cases (Ctrl-C to stop)")
    sys.stdout.flush()
    stats = worker.run(stop, threads=args.threads, max_cases=args.max_cases)
    console.print(f"worker {worker.name} stopped: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.items())))
    return 0


def cmd_replay_redis(args: argparse.Namespace, console: Console) -> int:
    from consilium.orchestration.cli.common import print_summary, replay_progress
    from consilium.orchestration.distributed.replay import RETRY_HINT, WORKER_WAIT_S, replay_via_redis

    try:
        client = connect(args.redis)
    except RedisUnavailable as exc:
        console.print(f"[red]{exc}[/red]")
        return 2
    with replay_progress(console, f"replay ({args.strategy}) via Redis", events=True) as (progress, bar, update):

        def on_event(e: dict[str, str]) -> None:
            progress.update(bar, event=f"{e.get('case_id', '')}: {e.get('node', '')} {e.get('event', '')}"
                                       f" ({e.get('worker', '')})"[:70])
            if e.get("event") == "failed" and e.get("detail"):
                progress.console.print(f"[yellow]{e.get('case_id')}: {e.get('node')} failed:[/yellow] {e['detail'][:200]}")

        def on_enqueued(report: Any) -> None:
            retried = f", {len(report.retried)} of them retried after an error" if report.retried else ""
            progress.console.print(f"run {report.run_id}: {len(report.enqueued)} queued now, "
                                   f"{len(report.already_queued)} queued before{retried}, "
                                   f"{len(report.rejected)} rejected")

        def on_notice(message: str) -> None:
            progress.console.print(f"[yellow]{message.replace('--redis URL', f'--redis {args.redis}')}[/yellow]",
                                   highlight=False)

        summary = replay_via_redis(args.file, client, strategy=args.strategy, limit=args.limit, out_dir=args.out,
                                   progress=update, on_event=on_event, on_enqueued=on_enqueued, on_notice=on_notice,
                                   retry_errors=args.retry_errors,
                                   worker_wait_s=args.worker_wait or WORKER_WAIT_S)
    rc = print_summary(summary, args)
    if summary.errored:
        console.print(f"[red]{len(summary.errored)} case(s) ended in error[/red] (run {summary.run_id}); their "
                      f"error results stay stored, so running the same command reports them again. After fixing "
                      f"the cause, {RETRY_HINT}.", highlight=False)
    if summary.stopped_waiting:
        console.print(f"[red]stopped waiting:[/red] {summary.stopped_waiting}", highlight=False)
    return rc


def add_worker_parser(sub: Any, func: Any) -> None:
    w = sub.add_parser("worker", help="process queued cases from Redis (any number of workers share one queue)")
    w.add_argument("--redis", required=True, metavar="URL", help="e.g. redis://127.0.0.1:6379/0")
    w.add_argument("--threads", type=int, default=1, help="cases this process works on at a time")
    w.add_argument("--name", help="consumer name (default host-pid)")
    w.add_argument("--claim-idle", type=float, default=60.0, metavar="S",
                   help="take over a case another worker left unrenewed this long (default 60)")
    w.add_argument("--max-cases", type=int, help="stop after this many cases")
    w.add_argument("--heartbeat", type=float, default=HEARTBEAT_EVERY_S, metavar="S",
                   help="report alive this often; silent for 5 beats (at least 5 s) = presumed dead "
                        f"(default {HEARTBEAT_EVERY_S:g})")
    w.add_argument("--files-root", action="append", metavar="DIR",
                   help="folder queued cases may reference files in (repeatable; default: current folder, "
                        "Consilium home, installed packages)")
    w.add_argument("--no-cache", action="store_true", help="do not share model/expert results through Redis")
    w.add_argument("--cache-ttl", type=float, default=7 * 24 * 3600, metavar="S")
    w.add_argument("--cache-max", type=int, default=10_000, metavar="N", help="entries per cache")
    w.add_argument("--model", help="embedded model for every role")
    w.add_argument("--no-experts", action="store_true")
    w.add_argument("--scripted", type=float, metavar="LATENCY_S",
                   help="canned answers after this latency instead of real models (tests and benchmarks only)")
    w.set_defaults(func=func)
