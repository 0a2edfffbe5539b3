"""``consilium deidentify CASES --out FILE``: de-identified copies of a case collection, as JSONL.

For sharing research data. The copies are made by the de-identifier that reviews use
(:mod:`consilium.orchestration.privacy.collection` says what else is replaced); the command prints what it
removed, per kind, and writes the same counts to ``FILE.summary.json``. It never writes over an input,
and neither file holds the mapping back to the originals.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.table import Table

from consilium.orchestration import load_cases
from consilium.orchestration.cli import common
from consilium.orchestration.files import PRIVATE_FILE, write_text_atomic

console = common.console


def _same_file(a: Path, b: Path) -> bool:
    if a.exists() and b.exists():
        return a.samefile(b)
    return a.resolve() == b.resolve()


def summary_path(out: Path) -> Path:
    return out.with_name(out.name + ".summary.json")


def cmd_deidentify(args: argparse.Namespace) -> int:
    # the de-identifier's name lists and patterns took 0.25-0.6 s to import on 2 busy cores: commands that
    # never de-identify (show, models, bench, --help) no longer pay for them when the parser is built
    from consilium.orchestration.privacy.collection import deidentify_collection

    out = Path(args.out)
    inputs = [Path(p) for p in args.cases]
    for target in (out, summary_path(out)):
        if clash := next((p for p in inputs if _same_file(p, target)), None):
            console.print(f"[red]Not writing {target}:[/red] it is the input {clash}; "
                          "choose another --out so that the originals are kept.")
            return 2
    if not out.parent.is_dir():
        console.print(f"[red]Not writing {out}:[/red] folder {out.parent} does not exist.")
        return 2
    cases, errors = [], 0
    for path in inputs:
        loaded = load_cases(path)
        for err in loaded.errors:
            console.print(f"[yellow]skipped:[/yellow] {err}")
        errors += len(loaded.errors)
        cases += loaded.cases
    if not cases:
        console.print("[red]No case was read; nothing written.[/red]")
        return 2
    copies, summary = deidentify_collection(cases)
    lines = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in copies)
    write_text_atomic(out, lines, mode=PRIVATE_FILE)
    data = {**summary.as_json(), "records_skipped": errors}
    write_text_atomic(summary_path(out), json.dumps(data, indent=1) + "\n", mode=PRIVATE_FILE)

    table = Table(title=f"Removed from {summary.cases} case(s)")
    table.add_column("kind")
    table.add_column("count", justify="right")
    for kind, n in sorted(summary.removed.items()):
        table.add_row(kind, str(n))
    console.print(table)
    console.print(f"De-identified cases written to {out}, counts to {summary_path(out)} (both 0600). "
                  "Detection is automatic and can miss an identifier: read the copies before you share them."
                  + (f" {errors} record(s) could not be read and were left out." if errors else ""))
    return 0 if not errors else 1


def add_deidentify_parser(sub: argparse._SubParsersAction) -> None:
    d = sub.add_parser("deidentify", help="write de-identified copies of case files (JSONL), for sharing")
    d.add_argument("cases", nargs="+", help="case files in any format `consilium review` reads")
    d.add_argument("--out", required=True, help="JSONL file to write (never one of the inputs); the per-kind "
                   "counts go to OUT.summary.json")
    d.set_defaults(func=cmd_deidentify)


__all__ = ["add_deidentify_parser", "cmd_deidentify", "summary_path"]
