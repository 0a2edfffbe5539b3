"""What the benchmarks share: the bench case, the printed figures and the machine's reference speed (scripted models
of a fixed latency are :func:`consilium.orchestration.model_check.scripted_models`)."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from consilium.orchestration.case.model import Case, ImagingStudy, LabResult
from consilium.orchestration.errors import InputError


# Where a development checkout keeps the shared evaluation data: beside the repository, never inside a wheel.
CHECKOUT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


class BenchInputError(InputError, ValueError):
    """A benchmark's input file is missing; the message says what to pass."""


def cases_file(source: str | Path | None, default_name: str, *, needs: str, bench: str) -> Path:
    """``source``, or the checkout's ``default_name`` when none is given; a clear error when it is absent."""
    path = Path(source).expanduser() if source is not None else CHECKOUT_DATA / default_name
    if not path.is_file():
        given = "the given cases file" if source is not None else "the default cases file (of a source checkout)"
        raise BenchInputError(f"the {bench} benchmark needs {needs} as JSONL; {given} {path} does not exist: "
                              f"pass one with `consilium bench {bench} --cases-file FILE`")
    return path


def bench_case(i: int = 0) -> Case:
    return Case(id=f"bench-{i:04d}", history="Fever, productive cough and right-sided chest pain for 3 days.",
                labs=[LabResult(name="CRP", value=120, unit="mg/L", reference_high=5)],
                imaging=[ImagingStudy(id="cxr", modality="CR", body_part="chest", report="Right lower lobe opacity.")],
                # asks for radiology and pathology and raises a surgical problem for the GP model to judge, so
                # that the benchmarks time the triage call and the whole team
                question="What do the imaging and the blood tests show, what is the diagnosis, and is there an abscess?")


def print_figures(title: str, rows: list[tuple[str, str]], figures: dict[str, Any]) -> None:
    console = Console()
    table = Table(title=title)
    table.add_column("measure")
    table.add_column("value", justify="right")
    for k, v in rows:
        table.add_row(k, v)
    console.print(table)
    print(json.dumps({"bench": title.split()[0], **figures}))


_REFERENCE_TEXT = ("Seen by the registrar at 14:20. Fever 38.4, productive cough, right basal crackles; CRP 120 mg/L. "
                   "Plan: amoxicillin 500 mg three times daily, review in 48 hours, repeat chest X-ray in 6 weeks. ") * 8
_REFERENCE_WORDS = re.compile(r"\b(?:[A-Z][a-z]+|\d+(?:\.\d+)?)\b")


def reference_ms(repeats: int = 5) -> float:
    """How long a fixed workload of the kind a review does (regular expressions, JSON, small dicts and strings)
    takes on this machine now, in ms (the fastest of ``repeats``). Shared machines run the same code at
    different speeds from one hour to the next; a benchmark prints this beside its figures so that two runs are
    compared together with how fast the machine was."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for i in range(400):
            words = [m.group() for m in _REFERENCE_WORDS.finditer(_REFERENCE_TEXT)]
            doc = {"i": i, "words": words, "counts": {w: len(w) for w in words}}
            json.loads(json.dumps(doc))
            "".join(sorted(w.lower() for w in words))
        best = min(best, time.perf_counter() - t0)
    return round(best * 1000, 2)
