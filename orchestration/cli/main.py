"""The ``consilium`` command: review, show, models, ui, bench, worker; the evaluation commands are in cli_eval."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from rich.live import Live
from rich.markup import escape
from rich.table import Table

from consilium.orchestration import CaseFormatError, ConfigError, InputError, SettingsError, demo_scenarios, load_case
from consilium.orchestration.cli import common
from consilium.orchestration.settings import ROLES

console = common.console


class LiveBoard:
    """The public board model drawn as a rich table, redrawn by ``rich.live.Live`` as events arrive."""

    def __init__(self, board: Any) -> None:
        self.board = board

    def __rich__(self) -> Any:
        from consilium.orchestration import board_view

        return board_view(self.board, "Review" if self.board.finished else "Review in progress")


def cmd_review(args: argparse.Namespace) -> int:
    try:
        case = load_case(args.case_file, on_notice=lambda text: console.print(f"[yellow]Note:[/yellow] {escape(text)}",
                                                                            highlight=False))
    except CaseFormatError as exc:
        console.print(f"[red]Cannot load case:[/red] {exc}")
        return 2
    if args.question and args.question.strip():  # the clinician's question wins over the case file's
        case = case.model_copy(update={"question": args.question.strip()})
    consilium = common.consilium_for(args)  # starts the model file loading first, then imports the API
    # The API (graph, agents, models) is imported by the commands that review, not by every command.
    from consilium.orchestration import ReviewBoard, ReviewEvent, render_terminal

    review_id = consilium.new_review_id(case)
    board = ReviewBoard(review_id)
    try:
        with Live(LiveBoard(board), console=console, refresh_per_second=4, transient=False) as live:
            if args.record:
                from consilium.orchestration import record_review

                def on_event(node: str, kind: str, info: dict) -> None:  # the recorder takes the callback form
                    board.apply(ReviewEvent.from_task(review_id, info))

                result, recording = record_review(consilium, case, review_id=review_id, on_event=on_event)
            else:
                for event in consilium.stream(case, review_id=review_id):
                    board.apply(event)
                    if event.result is not None:
                        result = event.result
            board.finish(result)
            live.refresh()
    except InputError as exc:  # the case cannot be reviewed at all: empty, or too long even when cut
        console.print(f"[red]Cannot review case:[/red] {exc}")
        return 2
    except KeyboardInterrupt:  # what ran is stored (at the stop, or at each step): say how to go on from it
        if consilium.describe_stored(review_id) is None:
            console.print(f"[yellow]Review {review_id} stopped;[/yellow] nothing of it was stored.", highlight=False)
        else:
            console.print(f"[yellow]Review {review_id} stopped before its end.[/yellow] Go on from its last "
                          f"checkpoint with `consilium resume {review_id}`.", highlight=False)
        return 130
    render_terminal(result, console)
    if args.record:
        console.print(f"Recording written to {recording.save(args.record)} (check it with `consilium playback`); "
                      f"{common.PRIVATE_NOTE}")
    if args.json:
        from consilium.orchestration.files import PRIVATE_FILE, write_text_atomic

        write_text_atomic(args.json, result.model_dump_json(indent=1), mode=PRIVATE_FILE)
        console.print(f"Result written to {args.json}; {common.PRIVATE_NOTE}")
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from consilium.orchestration.cli.distributed import cmd_worker as run_worker

    return run_worker(args, common.settings_for(args), console)


def cmd_models(args: argparse.Namespace) -> int:
    settings = common.settings_for(args)
    table = Table(title="Model bound to each role")
    for col in ("role", "backend", "model", "endpoint", "multimodal", "check"):
        table.add_column(col)
    checks: dict[str, str] = {}
    if args.check:
        from consilium.orchestration import check_models
    for check in check_models(settings) if args.check else []:
        kind, _, reason = check.detail.partition(": ")
        checks[check.role] = f"[green]ok[/green] {check.seconds:.1f} s" if check.ok else f"[red]{kind}[/red]: {reason}"
    for role in ROLES:
        cfg = settings.role(role)
        table.add_row(role, cfg.backend, cfg.model, cfg.base_url or "in-process", str(cfg.multimodal), checks.get(role, ""))
    console.print(table)
    if args.vllm:
        seen = set()
        for role in ROLES:
            cfg = settings.role(role)
            if cfg.backend != "openai" or (cfg.model, cfg.base_url) in seen:
                continue
            seen.add((cfg.model, cfg.base_url))
            port = (cfg.base_url or "").rsplit(":", 1)[-1].split("/")[0] if cfg.base_url and ":" in cfg.base_url.split("//", 1)[-1] else "8000"
            extra = " ".join(cfg.vllm_args)
            print(f"# role(s) using {cfg.model}\nvllm serve {cfg.model} --host 0.0.0.0 --port {port} "
                  f"--max-model-len {cfg.n_ctx}{' --limit-mm-per-prompt ' + json.dumps({'image': 4}) if cfg.multimodal else ''}"
                  f"{' ' + extra if extra else ''}")
        if not seen:
            print("# no role is bound to an OpenAI-compatible endpoint; set backend: openai in the settings file")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from consilium.orchestration import Consilium, render_markdown, render_terminal

    consilium = Consilium(common.settings_for(args), models={}, experts=None)
    if args.review_id is None:
        # As stored: a de-identified review shows its case as a keyed hash, never the case file's name.
        table = Table(title="Stored reviews")
        for col in ("review", "case (as stored)", "status"):
            table.add_column(col)
        for rid in consilium.list_reviews():
            if (stored := consilium.describe_stored(rid)) is not None:
                table.add_row(stored.review_id, stored.case_id, stored.status)
        console.print(table)
        return 0
    result = consilium.get(args.review_id)
    if result is None:
        console.print(f"[red]No review with id '{escape(args.review_id)}'.[/red]")
        return 2
    if args.markdown:
        print(render_markdown(result))
    else:
        render_terminal(result, console)
        console.print(f"Sign-off: {result.signoff or ('awaiting' if result.awaiting_signoff else 'none')}")
    _print_status(consilium, result.review_id)
    return 0


def _print_status(consilium: Any, review_id: str) -> None:
    """Whether the stored review finished: a review whose process stopped mid-way can hold a consensus, even
    an answer, that nobody should read as the team's last word."""
    stored = consilium.describe_stored(review_id)
    status = stored.status if stored else "unknown"
    if status == "interrupted":
        console.print(f"[yellow]Status: interrupted[/yellow] (its run stopped before the end; what is shown is "
                      f"partial). Go on from its last checkpoint with `consilium resume {review_id}`.", highlight=False)
    else:
        console.print(f"Status: {status}", highlight=False)


def cmd_resume(args: argparse.Namespace) -> int:
    from consilium.orchestration import render_terminal

    consilium = common.consilium_for(args)
    try:
        if consilium.describe_stored(args.review_id) is None:
            console.print(f"[red]No review with id '{escape(args.review_id)}'.[/red] `consilium show` lists them.")
            return 2
        result = consilium.resume(args.review_id)
    except InputError as exc:  # a run of it is going on in this process
        console.print(f"[red]Cannot resume:[/red] {escape(str(exc))}")
        return 2
    render_terminal(result, console)
    _print_status(consilium, result.review_id)
    return 0


def cmd_ui(args: argparse.Namespace) -> int:
    import getpass
    import os

    from consilium.ui.auth import UiAuthError, authenticator, check_binding, hash_password, load_auth_file

    if args.hash_password:
        user = input("user name: ").strip()
        password = getpass.getpass("password: ")
        if password != getpass.getpass("again: "):
            console.print("[red]The passwords differ.[/red]")
            return 2
        print(f"{user}:{hash_password(password)}")
        return 0
    auth_file = args.auth_file or os.environ.get("CONSILIUM_UI_AUTH_FILE")
    try:
        auth = authenticator(load_auth_file(auth_file)) if auth_file else None
        check_binding(args.host, auth)
    except UiAuthError as exc:
        console.print(f"[red]Not starting the web app:[/red] {exc}")
        return 2
    from consilium.orchestration import Consilium
    from consilium.ui.app import launch

    settings = common.settings_for(args)
    with console.status("Loading models (the embedded model is assembled and sha256-verified on first use)..."):
        consilium = Consilium(settings, experts=None if args.no_experts else "default", require_signoff=True)
    console.print(f"Consilium web app on http://{args.host}:{args.port} "
                  f"({'login required' if auth else 'this machine only'}); Ctrl+C stops it.")
    launch(args.host, args.port, auth, consilium=consilium, scenarios_dir=args.scenarios or demo_scenarios(),
           quiet=True)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from consilium.orchestration.benchmarks import review as bench

    args.latency_set = args.latency is not None
    if args.name == "fanout":
        bench.bench_fanout(args.latency if args.latency_set else 0.5)
    elif args.name == "overhead":
        bench.bench_overhead(args.cases or 200)
    elif args.name == "throughput" and args.embedded:
        from consilium.orchestration.benchmarks.throughput import bench_throughput_embedded

        try:
            bench_throughput_embedded(args.cases or 6, source=args.cases_file, settings_path=args.settings)
        except bench.BenchInputError as exc:
            console.print(f"[red]{exc}[/red]")
            return 2
    elif args.name == "throughput":
        bench.bench_throughput(args.cases or 500, latency=args.latency if args.latency_set else 0.05)
    elif args.name == "startup":
        from consilium.orchestration.benchmarks.startup import bench_startup, bench_startup_embedded

        if args.embedded:
            bench_startup_embedded(args.cases or 3, settings_path=args.settings)
        else:
            bench_startup(args.cases or 3)
    elif args.name in ("wave", "decode"):
        from consilium.orchestration.benchmarks import decode, wave

        try:
            (wave.bench_wave if args.name == "wave" else decode.bench_decode)(args.recording, settings_path=args.settings)
        except wave.WaveInputError as exc:
            console.print(f"[red]{exc}[/red]")
            return 2
    else:
        try:
            if args.name == "ratio":
                from consilium.orchestration.benchmarks.ratio import bench_ratio

                bench_ratio(args.cases or 10, source=args.cases_file, settings_path=args.settings, from_dir=args.from_dir)
            else:
                bench.bench_embedded(args.cases or 5, source=args.cases_file, settings_path=args.settings)
        except bench.BenchInputError as exc:
            console.print(f"[red]{exc}[/red]")
            return 2
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="consilium", description="Multi-agent clinical decision support. "
                                "Every output is decision support for a clinician to review and sign.")
    p.add_argument("--settings", help="YAML settings file (default: $CONSILIUM_SETTINGS)")
    p.add_argument("--home", help="data folder for checkpoints, models and evidence (default ~/.consilium)")
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("review", help="review one case end to end with live progress")
    r.add_argument("case_file")
    r.add_argument("--json", help="write the full result as JSON here")
    r.add_argument("--model", help="embedded model for every role (e.g. qwen2.5-coder-0.5b)")
    r.add_argument("--no-experts", action="store_true", help="do not run expert models")
    r.add_argument("--question", help="the question for the team (replaces the case file's, e.g. a FHIR Task's)")
    r.add_argument("--record", metavar="FILE", help="also write the review's recording (every model call and expert "
                   "output, with hashes) for `consilium playback`")
    r.set_defaults(func=cmd_review)

    from consilium.orchestration.cli.evaluate import add_eval_parsers
    from consilium.orchestration.cli.distributed import add_worker_parser

    add_eval_parsers(sub)

    from consilium.orchestration.cli.deidentify import add_deidentify_parser

    add_deidentify_parser(sub)

    from consilium.orchestration.cli.export import add_export_parser

    add_export_parser(sub)

    add_worker_parser(sub, cmd_worker)

    rs = sub.add_parser("resume", help="go on with a review whose run stopped before its end (from its last "
                        "checkpoint: the steps stored there are not run again)")
    rs.add_argument("review_id")
    rs.add_argument("--model", help="embedded model for every role (e.g. qwen2.5-coder-0.5b)")
    rs.add_argument("--no-experts", action="store_true", help="do not run expert models")
    rs.set_defaults(func=cmd_resume)

    sh = sub.add_parser("show", help="list stored reviews, or show one by id")
    sh.add_argument("review_id", nargs="?")
    sh.add_argument("--markdown", action="store_true")
    sh.set_defaults(func=cmd_show)

    m = sub.add_parser("models", help="show what each role is bound to")
    m.add_argument("--check", action="store_true", help="send each role a small request")
    m.add_argument("--vllm", action="store_true", help="print `vllm serve` command lines for GPU hosts")
    m.add_argument("--model")
    m.set_defaults(func=cmd_models)

    u = sub.add_parser("ui", help="the case-review web app (127.0.0.1 unless authentication is configured)")
    u.add_argument("--host", default="127.0.0.1", help="address to bind; anything but loopback needs --auth-file")
    u.add_argument("--port", type=int, default=7860)
    u.add_argument("--auth-file", help="'user:scrypt-hash' lines (default: $CONSILIUM_UI_AUTH_FILE)")
    u.add_argument("--hash-password", action="store_true", help="print an auth-file line for a new user and exit")
    u.add_argument("--scenarios", help="folder of demo case files (default: the repository's scenarios/)")
    u.add_argument("--model", help="embedded model for every role (e.g. qwen2.5-coder-0.5b)")
    u.add_argument("--no-experts", action="store_true", help="do not run expert models")
    u.set_defaults(func=cmd_ui)

    b = sub.add_parser("bench", help="benchmarks that print measured figures")
    b.add_argument("name", choices=["fanout", "overhead", "embedded", "throughput", "startup", "ratio", "wave", "decode"])
    b.add_argument("--recording", help="wave, decode: a review's recording with specialist calls (default: one "
                   "from docs/evaluation with all three)")
    b.add_argument("--cases", type=int, help="startup: warm runs (default 3); ratio: MedQA questions (default 10); "
                   "throughput --embedded: MedQA questions per way of serving (default 6)")
    b.add_argument("--embedded", action="store_true", help="startup: on the embedded model (this user's model file "
                   "and caches) instead of a local stub endpoint; throughput: Redis workers on the embedded model, "
                   "each loading it or sharing one model server")
    b.add_argument("--latency", type=float, default=None, help="scripted seconds per model call "
                   "(fanout 0.5, throughput 0.05)")
    b.add_argument("--cases-file", help="embedded: AgentClinic cases as JSONL (default: a source checkout's "
                   "../shared/data/agentclinic_medqa.jsonl); ratio, throughput --embedded: MedQA questions (default ../shared/data/medqa_sample.jsonl)")
    b.add_argument("--from", dest="from_dir", help="ratio: an existing `consilium replay` output folder holding "
                   "both strategies, instead of running them (the model's rates are measured now)")
    b.set_defaults(func=cmd_bench)

    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (SettingsError, ConfigError) as exc:  # ConfigError: e.g. a review made under another deid_secret
        console.print(f"[red]{escape(str(exc))}[/red]")
        return 2
    except Exception as exc:
        from consilium.orchestration import ModelFileError

        if isinstance(exc, ModelFileError):
            console.print(f"[red]Model file problem:[/red] {exc}")
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
