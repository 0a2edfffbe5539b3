"""The evaluation commands of ``consilium``: replay (many cases, scored), report, scenario, playback."""

from __future__ import annotations

import argparse


from consilium.orchestration.cli import common

console = common.console


def cmd_replay(args: argparse.Namespace) -> int:
    from consilium.orchestration.evaluation.replay import replay

    if args.redis:  # the workers hold the models; this process only queues and collects
        from consilium.orchestration.cli.distributed import cmd_replay_redis

        if args.record:
            console.print("[red]--record is not available with --redis (the workers hold the models)[/red]")
            return 2

        return cmd_replay_redis(args, console)
    if args.record and args.strategy != "consilium":
        console.print("[red]--record records multidisciplinary reviews: use it with --strategy consilium[/red]")
        return 2
    consilium = common.consilium_for(args)
    with common.replay_progress(console, f"replay ({args.strategy})") as (_progress, _bar, update):
        summary = replay(args.file, consilium, strategy=args.strategy, limit=args.limit, out_dir=args.out,
                         concurrency=args.concurrency, progress=update,
                         judge=args.judge_role if args.judge else None, record=args.record)
    return common.print_summary(summary, args)


def cmd_report(args: argparse.Namespace) -> int:
    from consilium.orchestration.evaluation.report import write_report

    try:
        paths = write_report(args.folder, args.out)
    except FileNotFoundError as exc:
        console.print(f"[red]{exc}[/red]")
        return 2
    for name, path in paths.items():
        console.print(f"{name}: {path}")
    return 0


def cmd_scenario(args: argparse.Namespace) -> int:
    from consilium.orchestration.evaluation.scenarios import ScenarioError, run_scenario

    mode = "live" if args.live else "record" if args.record else "replay"
    models = None
    if mode == "live":
        from consilium.orchestration import build_models

        models = build_models(common.settings_for(args))
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
    from consilium.orchestration.audit.playback import replay_review
    from consilium.orchestration.audit.recording import ReviewRecording

    settings = common.settings_for(args)
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
    rp.add_argument("--retry-errors", action="store_true", help="with --redis: queue again the cases whose stored "
                    "result is an error (the in-process replay always runs failed cases again)")
    rp.add_argument("--worker-wait", type=float, metavar="S", help="with --redis: stop waiting after this long "
                    "with no live worker (default 300)")
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
