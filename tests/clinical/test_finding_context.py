"""The one present/denied reader against hand-labelled sentences (tests/data/finding_context*.jsonl).

``finding_context.jsonl`` (238 sentences) was written before the rules and the rules were developed
against it; ``finding_context_heldout.jsonl`` (51 sentences) was written after them and not used to
change them. Measured on 2026-12-03: 238/238 on the first, 50/51 on the held-out set (the miss: "gout"
listed after a comma in "PMH: hypertension, gout" reads as present). The floors sit just under those.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from consilium.experts.clinical.finding_context import CONTEXTS, classify, read

DATA = Path(__file__).resolve().parents[1] / "data"


def _load(name: str) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        assert row["expected"] in CONTEXTS, row
        assert row["finding"].lower() in row["sentence"].lower(), row
    return rows


def _accuracy(rows: list[dict[str, str]]) -> tuple[float, dict[str, float], list[tuple[str, str, str]]]:
    right, total, wrong = Counter(), Counter(), []
    for row in rows:
        start = row["sentence"].lower().index(row["finding"].lower())
        got = classify(row["sentence"], start, start + len(row["finding"]))
        total[row["expected"]] += 1
        right[row["expected"]] += got == row["expected"]
        if got != row["expected"]:
            wrong.append((row["sentence"], row["expected"], got))
    per_label = {label: right[label] / total[label] for label in total}
    overall = sum(right.values()) / sum(total.values())
    print(f"overall {overall:.1%} of {len(rows)}; " + ", ".join(f"{k} {v:.0%}" for k, v in sorted(per_label.items())))
    for miss in wrong:
        print("  wrong:", miss)
    return overall, per_label, wrong


def test_labelled_set_is_large_and_covers_every_context():
    rows = _load("finding_context.jsonl")
    assert len(rows) >= 200
    counts = Counter(r["expected"] for r in rows)
    assert set(counts) == set(CONTEXTS) and min(counts.values()) >= 15, counts


@pytest.mark.parametrize("name, overall_floor, label_floor", [
    ("finding_context.jsonl", 0.98, 0.95),
    ("finding_context_heldout.jsonl", 0.95, 0.8),
])
def test_reader_accuracy_on_labelled_sentences(name, overall_floor, label_floor):
    overall, per_label, _ = _accuracy(_load(name))
    assert overall >= overall_floor
    assert all(v >= label_floor for v in per_label.values()), per_label


def test_scope_ends_at_contrast_and_pseudo_negation_is_not_negation():
    text = "No fever but cough. No change in his chest pain."
    assert classify(text, text.index("cough"), text.index("cough") + 5) == "present"
    assert classify(text, text.index("fever"), text.index("fever") + 5) == "absent"
    assert classify(text, text.index("chest pain"), text.index("chest pain") + 10) == "present"


def test_reading_gives_the_clause_it_rests_on():
    text = "Seen yesterday. Chest pain resolved after GTN; now well."
    start = text.index("Chest pain")
    assert read(text, start, start + 10).clause == "Chest pain resolved after GTN"


def test_a_span_outside_the_text_is_refused_with_where():
    with pytest.raises(ValueError, match=r"\[5, 40\).*length 9"):
        classify("no fever.", 5, 40)
