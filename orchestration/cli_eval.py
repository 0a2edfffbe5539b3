"""The evaluation commands of ``consilium``: replay (many cases, scored), report, scenario, playback."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from consilium.orchestration import cli  # through the module, so that tests can swap cli._consilium

console = cli.console


def cmd_replay(args: argparse.Namespace) -> int:
    from consilium.orchestration.replay import replay

    if args.redis:  # the workers hold the models; this process only queues and collects
        from consilium.orchestration.distributed.commands import cmd_replay_redis

        if args.record:
            console.print("[red]--record is not available with --redis (the workers hold the models)[/red]")
            return 2

        return cmd_replay_redis(args, console)
    if args.record and args.strategy != "consilium":
        console.print("[red]--record records multidisciplinary reviews: use it with --strategy consilium[/red]")
        return 2
    consilium = cli._consilium(args)
    with replay_progress(console, f"replay ({args.strategy})") as (_progress, _bar, update):
        summary = replay(args.file, consilium, strategy=args.strategy, limit=args.limit, out_dir=args.out,
                         concurrency=args.concurrency, progress=update,
                         judge=args.judge_role if args.judge else None, record=args.record)
    return print_summary(summary, args)


@contextmanager
def replay_progress(console: Any, description: str, *, events: bool = False
                    ) -> Iterator[tuple[Progress, Any, Callable[[Any, str], None]]]:
    """A replay's progress bar with the running accuracy: yields the bar and the ``progress`` callback
    that replay calls after each case. Where the console is no terminal (a log file, CI) no bar is drawn,
    so each finished case prints one line instead: a long batch run shows where it is in its log."""
    columns = [TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[acc]}"), *([TextColumn("[dim]{task.fields[event]}")] if events else []),
               TimeElapsedColumn()]
    progress = Progress(*columns, console=console)
    t0 = time.perf_counter()
    with progress:
        bar = progress.add_task(description, total=None, acc="", event="")

        def update(s: Any, case_id: str) -> None:
            acc = f"accuracy {s.correct}/{s.scored} = {s.accuracy:.0%}" if s.accuracy is not None else ""
            acc += "".join(f" · {m} {k}/{n}" for m, (k, n) in s.tallies.items() if m in ("exact", "icd", "judge"))
            progress.update(bar, total=s.total, completed=s.done, acc=acc)
            if case_id and not progress.console.is_terminal:
                progress.console.print(f"{s.done}/{s.total} {case_id} · {acc or 'not scored'} · "
                                       f"{time.perf_counter() - t0:.0f} s", highlight=False)

        yield progress, bar, update


def print_summary(summary: Any, args: argparse.Namespace) -> int:
    """The end of a replay (in one process or through Redis): what was skipped or failed, the accuracy."""
    for err in summary.load_errors:
        console.print(f"[yellow]skipped malformed record:[/yellow] {err}")
    for err in summary.run_errors:
        console.print(f"[red]case failed:[/red] {err}")
    acc = f"{summary.accuracy:.1%}" if summary.accuracy is not None else "n/a"
    console.print(f"{summary.done}/{summary.total} cases ({summary.skipped_existing} already done), "
                  f"accuracy {acc}; results in {Path(args.out) / args.strategy}")
    return 0 if not summary.run_errors else 1


def cmd_report(args: argparse.Namespace) -> int:
    from consilium.orchestration.evaluation import write_report

    try:
        paths = write_report(args.folder, args.out)
    except FileNotFoundError as exc:
        console.print(f"[red]{exc}[/red]")
        return 2
    for name, path in paths.items():
        console.print(f"{name}: {path}")
    return 0


def cmd_scenario(args: argparse.Namespace) -> int:
    from consilium.orchestration.scenarios import ScenarioError, run_scenario

    mode = "live" if args.live else "record" if args.record else "replay"
    models = None
    if mode == "live":
        from consilium.orchestration.models import build_models

        models = build_models(cli._settings(args))
    failed = 0
    for file in args.files:
        try:
            report = run_scenario(file, mode=mode, models=models, record=args.record or None,
                                  experts=None if args.no_experts else "default")
        except ScenarioError as exc:
            console.print(f"[red]Cannot load scenario:[/red] {exc}")
            failed += 1
            continue
        colour = "green" if report.passed else "red"
        console.print(f"[bold]{report.scenario}[/bold] ({mode}): [{colour}]{'pass' if report.passed else 'FAIL'}[/{colour}]"
                      + (f" — {report.error}" if report.error else ""))
        for step in report.steps:
            bad = [c for c in step.checks if not c["passed"]]
            mark = "[green]ok[/green]" if step.passed else "[red]FAIL[/red]"
            console.print(f"  {mark} {step.name}: consulted {', '.join(step.consulted) or 'none'}; answer: {step.answer}")
            for c in bad:
                console.print(f"      [red]{c['check']}[/red]: expected {c['expected']!r}, got {c['got']!r}")
            if step.replay and not step.replay["identical"]:
                console.print("      [red]replay differs:[/red]")
                console.print("\n".join(f"        {line}" for line in step.replay["explain"].splitlines()[:60]),
                              markup=False, highlight=False)
        if report.recording:
            console.print(f"  recording written to {report.recording}")
        failed += not report.passed
    return 1 if failed else 0


def cmd_playback(args: argparse.Namespace) -> int:
    """Run recorded reviews again with no model; exit 1 when any differs from its recording."""
    from consilium.orchestration.playback import replay_review
    from consilium.orchestration.recording import ReviewRecording

    settings = cli._settings(args)
    differs = 0
    for file in args.files:
        try:
            recording = ReviewRecording.load(file)
        except (OSError, ValueError) as exc:  # pydantic's ValidationError is a ValueError
            console.print(f"[red]{file}: not a readable review recording:[/red] {str(exc).splitlines()[0]}", soft_wrap=True)
            differs += 1
            continue
        check = replay_review(recording, settings=settings, experts=None if args.no_expert_check else "default")
        verdict = "[green]identical[/green]" if check.identical else "[red]DIFFERS[/red]"
        console.print(f"[bold]{file}[/bold] (review {recording.review_id}, recorded {recording.recorded_at}, "
                      f"{len(recording.calls)} model calls): {verdict}", soft_wrap=True)
        if not check.identical:
            console.print("\n".join(f"  {line}" for line in check.explain().splitlines()), markup=False,
                          highlight=False)
        differs += not check.identical
    return 1 if differs else 0


def add_eval_parsers(sub: argparse._SubParsersAction) -> None:
    rp = sub.add_parser("replay", help="run many cases, one JSON result per case")
    rp.add_argument("file")
    rp.add_argument("--limit", type=int)
    rp.add_argument("--out", default="runs/replay")
    rp.add_argument("--strategy", choices=["consilium", "single"], default="consilium")
    rp.add_argument("--concurrency", type=int, default=1)
    rp.add_argument("--model")
    rp.add_argument("--no-experts", action="store_true")
    rp.add_argument("--judge", action="store_true", help="also grade free-text answers with a model judge")
    rp.add_argument("--judge-role", default="gp", help="the role whose model judges (default gp)")
    rp.add_argument("--record", action="store_true", help="also write each review's recording (every model call and "
                    "expert output) to OUT/consilium/recordings/, for `consilium playback`")
    rp.add_argument("--redis", metavar="URL", help="queue the cases on Redis for `consilium worker`s and collect the results")
    rp.set_defaults(func=cmd_replay)

    ev = sub.add_parser("report", help="evaluation report (Markdown, JSON, PNG plots) of replay results")
    ev.add_argument("folder", help="a replay --out folder holding <strategy>/<case>.json results")
    ev.add_argument("--out", help="where to write the report (default: the folder itself)")
    ev.set_defaults(func=cmd_report)

    sc = sub.add_parser("scenario", help="run stepwise scenarios (scenarios/scripted/*.yaml) and check expectations")
    sc.add_argument("files", nargs="+")
    sc.add_argument("--record", action="store_true", help="run the step scripts (or, with --live, the models) "
                    "and write the recording beside the file (cassettes/NAME.json)")
    sc.add_argument("--live", action="store_true", help="run on the configured models instead of replaying")
    sc.add_argument("--model", help="embedded model for every role, with --live")
    sc.add_argument("--no-experts", action="store_true")
    sc.set_defaults(func=cmd_scenario)

    pb = sub.add_parser("playback", help="re-run recorded reviews with no model and report any difference")
    pb.add_argument("files", nargs="+", help="recordings from `consilium review --record` or `replay --record`")
    pb.add_argument("--no-expert-check", action="store_true",
                    help="serve the recorded expert outputs without running the experts again")
    pb.set_defaults(func=cmd_playback)
