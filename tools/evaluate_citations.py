"""Citation precision and recall on the labelled (step, passage, supports?) pairs.

    python -m consilium.tools.evaluate_citations              # development part (used to choose the threshold)
    python -m consilium.tools.evaluate_citations --held-out   # held-out part: measure once, report as found

Two figures, each as precision and recall:

* **pairs**: the support decision (:func:`consilium.tools.citation.judge`) on every labelled pair.
* **cite**: what grounding does with each labelled step (:func:`~consilium.tools.citation.find_support`:
  retrieval, then the decision). A citation counts as right when its passage is labelled as supporting
  that step, wrong when labelled not, and *unjudged* when the pair is not labelled; a step that no
  passage supports (all its labels "no") counts every citation as wrong. Precision is given with
  unjudged citations left out and, stricter, counted as wrong. Recall: the steps with a supporting
  passage that get a right citation.

The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from consilium.orchestration.errors import InputError
from consilium.tools.citation import (
    SUPPORT_THRESHOLD,
    encode_steps,
    find_support,
    judge,
)

DEFAULT_PAIRS = Path(__file__).resolve().parents[1] / "tests" / "knowledge" / "data" / "citation_pairs.jsonl"


class LabelledSetError(InputError):
    """The labelled pairs file is missing or has a malformed line."""


def load_pairs(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise LabelledSetError(f"labelled pairs not found: {path}")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LabelledSetError(f"{path}:{n}: not JSON ({exc.msg})") from exc
        missing = {"step", "context", "passage", "supports", "split"} - set(row)
        if missing or row["split"] not in ("dev", "heldout") or not isinstance(row["supports"], bool):
            raise LabelledSetError(f"{path}:{n}: needs step, context, passage, supports (true/false), "
                                   f"split (dev/heldout); missing {sorted(missing)}")
        rows.append(row)
    return rows


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def evaluate(kb: Any, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Pair-level and cite-level precision/recall of ``rows`` (one split)."""
    for r in rows:
        kb.index_of(r["passage"])  # KeyError names a label that points at no passage
    vectors = encode_steps(kb, [r["step"] for r in rows])
    tp = fp = fn = 0
    for r in rows:
        decided = judge(kb, r["step"], r["context"], r["passage"], vectors[r["step"]]).supports
        tp += decided and r["supports"]
        fp += decided and not r["supports"]
        fn += (not decided) and r["supports"]
    labels: dict[tuple[str, str], dict[str, bool]] = {}
    for r in rows:
        labels.setdefault((r["step"], r["context"]), {})[r["passage"]] = r["supports"]
    right = wrong = unjudged = 0
    supported_steps = sum(any(v.values()) for v in labels.values())
    for (step, context), passages in labels.items():
        citation, _reason = find_support(kb, step, context, vectors[step])
        if citation is None:
            continue
        label = passages.get(citation.source.id)
        if label is True:
            right += 1
        elif label is False or not any(passages.values()):
            wrong += 1
        else:
            unjudged += 1
    return {
        "pairs": len(rows), "steps": len(labels), "threshold": SUPPORT_THRESHOLD,
        "pair_precision": _ratio(tp, tp + fp), "pair_recall": _ratio(tp, tp + fn), "pair_tp": tp, "pair_fp": fp,
        "pair_fn": fn,
        "cite_precision": _ratio(right, right + wrong), "cite_precision_strict": _ratio(right, right + wrong + unjudged),
        "cite_recall": _ratio(right, supported_steps), "cite_right": right, "cite_wrong": wrong,
        "cite_unjudged": unjudged, "steps_with_support": supported_steps,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m consilium.tools.evaluate_citations", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--held-out", action="store_true", help="measure the held-out part instead of dev")
    parser.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS, help="labelled pairs (JSONL)")
    args = parser.parse_args(argv)
    from consilium.tools.knowledge import default_knowledge_base

    split = "heldout" if args.held_out else "dev"
    try:
        rows = [r for r in load_pairs(args.pairs) if r["split"] == split]
    except LabelledSetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    kb = default_knowledge_base()
    figures = {"split": split, **evaluate(kb, rows)}
    encoder = kb.semantic.encoder
    figures.update(encoder_calls=getattr(encoder, "calls", None), texts_encoded=getattr(encoder, "texts_encoded", None))
    print(f"{split}: {figures['pairs']} pairs, {figures['steps']} steps, threshold {figures['threshold']}")
    print(f"  support decision on the pairs: precision {figures['pair_precision']}, recall {figures['pair_recall']} "
          f"(tp {figures['pair_tp']}, fp {figures['pair_fp']}, fn {figures['pair_fn']})")
    print(f"  citations of the steps: precision {figures['cite_precision']} "
          f"(strict {figures['cite_precision_strict']}, {figures['cite_unjudged']} unjudged), "
          f"recall {figures['cite_recall']} ({figures['cite_right']} of {figures['steps_with_support']} steps)")
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
