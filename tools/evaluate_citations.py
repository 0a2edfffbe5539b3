"""Citation precision and recall on the labelled (step, passage, supports?) pairs.

    python -m consilium.tools.evaluate_citations              # development part (used to choose the threshold)
    python -m consilium.tools.evaluate_citations --held-out   # held-out part: measure once, report as found
    python -m consilium.tools.evaluate_citations --list-unjudged [--pairs FILE]   # pairs still to label (JSONL)

Two figures, each as precision and recall:

* **pairs**: the support decision (:func:`consilium.tools.citation.judge`) on every labelled pair, and
  apart on the first labelling and on the pooled pairs (those with a ``"source"``): the pooled ones are
  what the system itself cited or ranked high, near misses a random sample would hold far fewer of.
  The decision on one pair cannot apply the agreement of words and meaning nor the refusal to fall
  back once the closest passage says no (rules 11 and 14 of :mod:`consilium.tools.citation`), which
  need the other candidates, so its precision is lower than that of the citations.
* **cite**: what grounding does with each labelled step (:func:`~consilium.tools.citation.find_support`:
  retrieval, then the decision). A citation counts as right when its passage is labelled as supporting
  that step, wrong when labelled not, and *unjudged* when the pair is not labelled; a step that no
  passage supports (all its labels "no") counts every citation as wrong. Precision is given with
  unjudged citations left out and, stricter, counted as wrong. Recall: the steps with a supporting
  passage that get a right citation.

The last line printed is one JSON object with every figure.

``--list-unjudged`` closes the labelling gap the way IR evaluations pool judgements: for every step of
the file (all splits), each citation grounding makes to a passage not labelled for that step, and the
top :data:`POOLED_UNCITED` passages retrieval ranked for the step but grounding did not cite, so that
new labels are not only of what the system chose. One JSONL row each, with the passage text and
``"supports": null`` to fill in; rows labelled later carry ``"source"`` so they stay recognisable.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from consilium.orchestration.errors import InputError
from consilium.tools.citation import (
    CANDIDATES,
    SUPPORT_THRESHOLD,
    condition_guidelines,
    encode_steps,
    find_support,
    judge,
)

# Uncited passages listed per step beside its citation: the top of retrieval, as a judgement pool's depth.
POOLED_UNCITED = 3
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


def _labels_by_step(rows: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, bool]]:
    labels: dict[tuple[str, str], dict[str, bool]] = {}
    for r in rows:
        labels.setdefault((r["step"], r["context"]), {})[r["passage"]] = r["supports"]
    return labels


def unjudged_pairs(kb: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows to label for the steps of ``rows`` whose citation no label judges: that citation, then the
    best :data:`POOLED_UNCITED` retrieved passages it was chosen over, each unless already labelled."""
    split_of = {(r["step"], r["context"]): r["split"] for r in rows}
    vectors = encode_steps(kb, [r["step"] for r in rows])
    pool = []
    for (step, context), passages in _labels_by_step(rows).items():
        citation, _reason = find_support(kb, step, context, vectors[step])
        if citation is None or citation.source.id in passages:
            continue
        # the same query find_support retrieved with, so "not cited" means passed over, not never seen
        hits = kb.hybrid_search(f"{step} {context}".strip(), CANDIDATES, within=condition_guidelines(kb, step, context),
                                query_vector=vectors[step])
        uncited = [(source.id, f"retrieved #{rank}, not cited") for rank, (source, _sim, _unit) in enumerate(hits, 1)
                   if source.id != citation.source.id][:POOLED_UNCITED]
        for passage, why in [(citation.source.id, "cited"), *uncited]:
            if passage in passages:
                continue
            source = kb.get(passage)
            pool.append({"step": step, "context": context, "passage": passage, "supports": None,
                         "split": split_of[(step, context)], "why": why, "section": source.section,
                         "passage_text": source.text})
    return pool


def _decision_counts(rows: list[dict[str, Any]], decided: list[bool]) -> tuple[int, int, int]:
    tp = sum(d and r["supports"] for r, d in zip(rows, decided, strict=True))
    fp = sum(d and not r["supports"] for r, d in zip(rows, decided, strict=True))
    fn = sum((not d) and r["supports"] for r, d in zip(rows, decided, strict=True))
    return tp, fp, fn


def _pair_figures(name: str, judged: list[tuple[dict[str, Any], bool]]) -> dict[str, Any]:
    tp, fp, fn = _decision_counts([r for r, _ in judged], [d for _, d in judged])
    return {f"{name}_pairs": len(judged), f"{name}_pair_precision": _ratio(tp, tp + fp),
            f"{name}_pair_recall": _ratio(tp, tp + fn), f"{name}_pair_fp": fp, f"{name}_pair_fn": fn}


def evaluate(kb: Any, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Pair-level and cite-level precision/recall of ``rows`` (one split)."""
    for r in rows:
        kb.index_of(r["passage"])  # KeyError names a label that points at no passage
    vectors = encode_steps(kb, [r["step"] for r in rows])
    decided = [judge(kb, r["step"], r["context"], r["passage"], vectors[r["step"]]).supports for r in rows]
    tp, fp, fn = _decision_counts(rows, decided)
    # pooled pairs were chosen by the system's own ranking (its citations and near misses), so their
    # precision is not that of the first sample: each is also given apart
    first = [(r, d) for r, d in zip(rows, decided, strict=True) if "source" not in r]
    pooled = [(r, d) for r, d in zip(rows, decided, strict=True) if "source" in r]
    labels = _labels_by_step(rows)
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
        "pair_fn": fn, **_pair_figures("first", first), **_pair_figures("pooled", pooled),
        "cite_precision": _ratio(right, right + wrong), "cite_precision_strict": _ratio(right, right + wrong + unjudged),
        "cite_recall": _ratio(right, supported_steps), "cite_right": right, "cite_wrong": wrong,
        "cite_unjudged": unjudged, "steps_with_support": supported_steps,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m consilium.tools.evaluate_citations", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--held-out", action="store_true", help="measure the held-out part instead of dev")
    parser.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS, help="labelled pairs (JSONL)")
    parser.add_argument("--list-unjudged", action="store_true",
                        help="print, as JSONL rows to label, the pairs no label judges yet (every split of the file)")
    args = parser.parse_args(argv)
    from consilium.tools.knowledge import default_knowledge_base

    split = "heldout" if args.held_out else "dev"
    try:
        every = load_pairs(args.pairs)
    except LabelledSetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    kb = default_knowledge_base()
    if args.list_unjudged:
        pool = unjudged_pairs(kb, every)
        for row in pool:
            print(json.dumps(row, ensure_ascii=False))
        cited = sum(r["why"] == "cited" for r in pool)
        print(f"{len(pool)} pairs to label: {cited} unjudged citations, {len(pool) - cited} retrieved but not cited",
              file=sys.stderr)
        return 0
    rows = [r for r in every if r["split"] == split]
    figures = {"split": split, **evaluate(kb, rows)}
    encoder = kb.semantic.encoder
    figures.update(encoder_calls=getattr(encoder, "calls", None), texts_encoded=getattr(encoder, "texts_encoded", None))
    print(f"{split}: {figures['pairs']} pairs, {figures['steps']} steps, threshold {figures['threshold']}")
    print(f"  support decision on the pairs: precision {figures['pair_precision']}, recall {figures['pair_recall']} "
          f"(tp {figures['pair_tp']}, fp {figures['pair_fp']}, fn {figures['pair_fn']})")
    for part in ("first", "pooled"):
        if figures[f"{part}_pairs"]:
            print(f"    {part} labelling, {figures[f'{part}_pairs']} pairs: precision {figures[f'{part}_pair_precision']}, "
                  f"recall {figures[f'{part}_pair_recall']} (fp {figures[f'{part}_pair_fp']}, fn {figures[f'{part}_pair_fn']})")
    print(f"  citations of the steps: precision {figures['cite_precision']} "
          f"(strict {figures['cite_precision_strict']}, {figures['cite_unjudged']} unjudged), "
          f"recall {figures['cite_recall']} ({figures['cite_right']} of {figures['steps_with_support']} steps)")
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
