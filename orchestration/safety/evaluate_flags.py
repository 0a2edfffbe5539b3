"""Precision and recall of the red-flag screen on labelled vignettes, per flag and overall.

The vignettes (``tests/safety/data/red_flag_vignettes.yaml``) are short cases, each with the flags a
clinician applying the stated criteria expects. They are split into a dev part, which rules may be tuned
on, and a held-out part, which is measured without tuning::

    python -m consilium.orchestration.safety.evaluate_flags              # dev part
    python -m consilium.orchestration.safety.evaluate_flags --held-out   # held-out part
    python -m consilium.orchestration.safety.evaluate_flags --all --errors

It prints a table per flag kind, then one JSON line with the figures. A flag name the screen raises is
scored by its kind (:data:`KINDS`): the rule that raised it, not its urgency grade.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from consilium.orchestration.case.model import Case
from consilium.orchestration.errors import Defect, InputError
from consilium.orchestration.safety.red_flags import detect_red_flags

DEFAULT_VIGNETTES = Path(__file__).resolve().parents[2] / "tests" / "safety" / "data" / "red_flag_vignettes.yaml"
SPLITS = ("dev", "held_out")

# Flag name (as the screen words it) -> the kind the vignettes are labelled with. First match wins.
KINDS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), k) for p, k in (
    (r"^Possible neutropenic sepsis", "neutropenic_sepsis"),
    (r"^Possible meningococcal sepsis|^Meningitis suspected|^Possible meningitis", "meningitis"),
    (r"^Sepsis screen positive|^Possible sepsis", "sepsis"),
    (r"^qSOFA \d/3 without", "deterioration"),
    (r"^ST-elevation pattern|^Acute coronary syndrome|^Chest pain with|^Raised troponin", "acs"),
    (r"stroke|^Transient focal deficit", "stroke"),
    (r"^Cauda equina|^Bilateral sciatica", "cauda_equina"),
    (r"^Anaphylaxis|^Possible allergic reaction", "anaphylaxis"),
    (r"ectopic pregnancy", "ectopic"),
    (r"subarachnoid", "sah"),
    (r"aortic dissection", "aortic_dissection"),
    (r"testicular torsion", "torsion"),
    (r"^Gastrointestinal bleeding", "gi_bleed"),
    (r"^Diabetic ketoacidosis", "dka"),
    (r"^Suicide risk", "suicide"),
    (r"pulmonary embolism", "pe"),
    (r"^Hypoxaemia", "hypoxaemia"),
    (r"^Hypotension", "hypotension"),
    (r"^Reduced consciousness", "coma"),
))
_CRITICAL = re.compile(r"^Critical (\w+):")


def kind_of(flag_name: str) -> str:
    """The kind a flag name is scored as; a name no rule here knows is a defect of this table."""
    if m := _CRITICAL.match(flag_name):
        return f"crit_{m.group(1).lower()}"
    for pattern, kind in KINDS:
        if pattern.search(flag_name):
            return kind
    raise Defect(f"red flag {flag_name!r} has no kind in evaluate_flags.KINDS; add it there")


@dataclass(frozen=True)
class Vignette:
    id: str
    split: str
    expected: frozenset[str]
    case: Case
    note: str = ""


def load_vignettes(path: Path = DEFAULT_VIGNETTES) -> list[Vignette]:
    """Every vignette in ``path``; a malformed one is an error naming it."""
    if not path.is_file():
        raise InputError(f"{path}: vignette file not found")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(raw, list):
        raise InputError(f"{path}: expected a list of vignettes, got {type(raw).__name__}")
    out, seen = [], set()
    for i, item in enumerate(raw):
        where = f"{path}: vignette {i} ({item.get('id', '?') if isinstance(item, dict) else '?'})"
        if not isinstance(item, dict) or set(item) - {"id", "split", "expect", "note", "case"}:
            raise InputError(f"{where}: expected the keys id, split, expect, case (and note)")
        if item.get("split") not in SPLITS:
            raise InputError(f"{where}: split must be one of {SPLITS}, got {item.get('split')!r}")
        if item["id"] in seen:
            raise InputError(f"{where}: duplicate id")
        seen.add(item["id"])
        try:
            case = Case(id=item["id"], **(item.get("case") or {}))
        except (ValidationError, TypeError) as exc:
            raise InputError(f"{where}: invalid case: {exc}") from exc
        out.append(Vignette(item["id"], item["split"], frozenset(item.get("expect") or ()), case, item.get("note", "")))
    return out


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Scores:
    per_kind: dict[str, Tally] = field(default_factory=dict)
    overall: Tally = field(default_factory=Tally)
    vignettes: int = 0
    exact: int = 0
    errors: list[tuple[str, list[str], list[str]]] = field(default_factory=list)  # id, missed, extra


def score(vignettes: Sequence[Vignette]) -> Scores:
    """Run the screen on every vignette and count, per kind, true and false positives and misses."""
    s = Scores()
    for v in vignettes:
        found = {kind_of(f.name) for f in detect_red_flags(v.case)}
        s.vignettes += 1
        s.exact += found == v.expected
        for kind in found | v.expected:
            t = s.per_kind.setdefault(kind, Tally())
            hit, wanted = kind in found, kind in v.expected
            t.tp += hit and wanted
            t.fp += hit and not wanted
            t.fn += wanted and not hit
        if found != v.expected:
            s.errors.append((v.id, sorted(v.expected - found), sorted(found - v.expected)))
    for t in s.per_kind.values():
        s.overall.tp, s.overall.fp, s.overall.fn = s.overall.tp + t.tp, s.overall.fp + t.fp, s.overall.fn + t.fn
    return s


def _fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.2f}"


def report(s: Scores, label: str) -> str:
    lines = [f"red-flag screen on {s.vignettes} {label} vignettes",
             f"{'flag':<22}{'TP':>4}{'FP':>4}{'FN':>4}  precision  recall"]
    for kind in sorted(s.per_kind):
        t = s.per_kind[kind]
        lines.append(f"{kind:<22}{t.tp:>4}{t.fp:>4}{t.fn:>4}  {_fmt(t.precision):>9}  {_fmt(t.recall):>6}")
    o = s.overall
    lines.append(f"{'overall (micro)':<22}{o.tp:>4}{o.fp:>4}{o.fn:>4}  {_fmt(o.precision):>9}  {_fmt(o.recall):>6}")
    lines.append(f"vignettes with exactly the expected flags: {s.exact}/{s.vignettes}")
    return "\n".join(lines)


def figures(s: Scores, label: str) -> dict[str, object]:
    def r(x: float | None) -> float | None:
        return None if x is None else round(x, 3)
    return {"split": label, "vignettes": s.vignettes, "exact": s.exact,
            "precision": r(s.overall.precision), "recall": r(s.overall.recall),
            "per_flag": {k: {"tp": t.tp, "fp": t.fp, "fn": t.fn, "precision": r(t.precision), "recall": r(t.recall)}
                         for k, t in sorted(s.per_kind.items())}}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m consilium.orchestration.safety.evaluate_flags",
                                     description="Per-flag precision and recall of the red-flag screen.")
    part = parser.add_mutually_exclusive_group()
    part.add_argument("--held-out", action="store_true", help="score the held-out part (default: dev)")
    part.add_argument("--all", action="store_true", help="score both parts together")
    parser.add_argument("--errors", action="store_true", help="list each vignette whose flags differ")
    parser.add_argument("--vignettes", type=Path, default=DEFAULT_VIGNETTES, help="YAML file of labelled vignettes")
    args = parser.parse_args(argv)
    try:
        vignettes = load_vignettes(args.vignettes)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    label = "all" if args.all else "held_out" if args.held_out else "dev"
    chosen = [v for v in vignettes if label == "all" or v.split == label]
    s = score(chosen)
    print(report(s, label))
    if args.errors:
        for vid, missed, extra in s.errors:
            print(f"  {vid}: missed {missed or '-'}, extra {extra or '-'}")
    print(json.dumps(figures(s, label)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
