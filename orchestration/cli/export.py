"""``consilium export REVIEW_ID --fhir FILE --mdt FILE.pdf``: a stored review as a FHIR Bundle and as the MDT
meeting document. An unsigned review is exported too (the report's status is preliminary and the document has
lines to sign on); the command says so."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.markup import escape

from consilium.orchestration import InputError
from consilium.orchestration.cli import common

console = common.console


def cmd_export(args: argparse.Namespace) -> int:
    from consilium.orchestration import Consilium, clinician_signoff, export_source, write_fhir_bundle, write_mdt_pdf

    if not (args.fhir or args.mdt):
        console.print("[red]Nothing to export:[/red] give --fhir FILE, --mdt FILE.pdf or both.")
        return 2
    consilium = Consilium(common.settings_for(args), models={}, experts=None)
    try:
        result = consilium.get(args.review_id)
        if result is None:
            console.print(f"[red]No review with id '{escape(args.review_id)}'.[/red] `consilium show` lists them.")
            return 2
        if not (result.complete or result.awaiting_signoff):
            console.print(f"[red]Review {result.review_id} did not finish:[/red] its run stopped before the end, so "
                          f"its opinion is partial. Go on with `consilium resume {result.review_id}`, then export.")
            return 2
        source_bundle = _read_bundle(args.bundle) if args.bundle else None
        if not clinician_signoff(result):
            console.print(f"[yellow]Review {result.review_id} is not signed:[/yellow] the FHIR report is preliminary "
                          "and the MDT document has an empty sign-off block.")
        source = export_source(consilium, args.review_id)
        if args.fhir:
            path = write_fhir_bundle(result, Path(args.fhir), source=source, source_bundle=source_bundle)
            console.print(f"FHIR Bundle written to {path}; {common.PRIVATE_NOTE}")
        if args.mdt:
            path = write_mdt_pdf(result, Path(args.mdt), source.case)
            console.print(f"MDT document written to {path}; {common.PRIVATE_NOTE}")
    except InputError as exc:
        console.print(f"[red]Cannot export:[/red] {escape(str(exc))}")
        return 2
    finally:
        consilium.close()
    return 0


def _read_bundle(path: str) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"--bundle {path}: cannot read it as JSON ({type(exc).__name__}: {exc})") from None
    if not isinstance(data, dict) or data.get("resourceType") != "Bundle":
        raise InputError(f"--bundle {path}: not a FHIR Bundle (its resourceType is {data.get('resourceType')!r})"
                         if isinstance(data, dict) else f"--bundle {path}: not a FHIR Bundle")
    return data


def add_export_parser(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser("export", help="a stored review as a FHIR R4B Bundle and/or the MDT document (PDF)")
    e.add_argument("review_id")
    e.add_argument("--fhir", metavar="FILE", help="write the FHIR Bundle (Patient, Observations, Provenance, "
                   "DiagnosticReport) here, validated first")
    e.add_argument("--mdt", metavar="FILE.pdf", help="write the MDT meeting document (PDF) here")
    e.add_argument("--bundle", metavar="SOURCE.json", help="the FHIR Bundle the case was read from: its Patient "
                   "becomes the report's subject, by the reference that Bundle used")
    e.set_defaults(func=cmd_export)
