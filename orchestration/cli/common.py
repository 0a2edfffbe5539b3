"""What every ``consilium`` subcommand shares: the console, the settings from the arguments, the Consilium.

Subcommand modules reach these through the module (``common.consilium_for(args)``), so that a test can
swap the reviewer for a scripted one in one place.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from consilium.orchestration.settings import load_settings

console = Console()
# Said wherever the command line writes a file that holds the patient's identifiers.
PRIVATE_NOTE = "it holds the patient's identifiers and is readable by you only (0600)"


def settings_for(args: argparse.Namespace):
    overrides = {}
    if getattr(args, "model", None):
        overrides["models"] = {"default": {"backend": "embedded", "model": args.model}}
    if getattr(args, "home", None):
        overrides["home"] = args.home
    return load_settings(args.settings, **overrides)


def consilium_for(args: argparse.Namespace):
    from consilium.orchestration import build_models, preload_models

    settings = settings_for(args)
    experts = None if getattr(args, "no_experts", False) else "default"
    with console.status("Loading models (the embedded model is assembled and sha256-verified on first use)..."):
        # the model file starts loading first and loads while the rest of the API is imported
        models = build_models(settings)
        preload_models(models)
        with long_lived_objects():
            from consilium.orchestration import Consilium

        return Consilium(settings, models=models, experts=experts)


@contextmanager
def long_lived_objects() -> Iterator[None]:
    """For a block that makes objects which live as long as the process (an import): Python's cyclic garbage
    collector is held off while it runs, and what it made is then moved out of the collector's sight
    (:func:`gc.freeze`). Importing the API makes about 130,000 objects that the collector tracks; the collections
    those allocations set off walked them again and again, about a fifth of the import's time, and every later
    full collection would walk them once more (docs/evaluation/2026-12-04-session22). A cycle of garbage made in
    the block is kept, not freed."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


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
                  f"accuracy {acc}; results in {Path(args.out) / args.strategy} (one file per case, named by a "
                  f"hash; {PRIVATE_NOTE})")
    return 0 if not summary.run_errors else 1
