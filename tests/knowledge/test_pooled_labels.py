"""Pooling judgements: ``--list-unjudged`` lists what grounding cites (and passes over) without a label,
and the pooled labels added from it keep the labelled set consistent."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from consilium.tools.evaluate_citations import (
    DEFAULT_PAIRS,
    POOLED_UNCITED,
    load_pairs,
    main,
)
from consilium.tools.knowledge import default_knowledge_base

pytestmark = pytest.mark.model  # grounding runs the real (small) embedding model

BLIND_PAIRS = DEFAULT_PAIRS.with_name("citation_pairs_blind.jsonl")
ALTEPLASE = {"step": "Give IV alteplase 0.9 mg/kg within 4.5 hours of symptom onset", "context": "acute ischaemic stroke",
             "split": "dev"}
STEMI_LYSIS = "acc_aha_stemi_2013/reperfusion_therapy#fibrinolytic-therapy"


@pytest.fixture(scope="module")
def kb():
    return default_knowledge_base()


def _listed(capsys, pairs_file) -> list[dict]:
    assert main(["--list-unjudged", "--pairs", str(pairs_file)]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def _write(path, rows) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_list_unjudged_gives_the_unlabelled_citation_and_the_passages_it_was_chosen_over(kb, capsys, tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    # a stroke step labelled only against a passage of another disease: its citation is unjudged
    labelled = {**ALTEPLASE, "passage": STEMI_LYSIS, "supports": False}
    # a condition no guideline covers is never cited, so it has nothing to list
    uncovered = {"step": "Book a laparoscopic appendicectomy", "context": "Acute appendicitis", "split": "heldout",
                 "passage": STEMI_LYSIS, "supports": False}
    _write(pairs, [labelled, uncovered])
    rows = _listed(capsys, pairs)
    assert rows[0]["why"] == "cited" and rows[0]["passage"].startswith("aha_asa_stroke_2019/")
    assert 1 <= len(rows) - 1 <= POOLED_UNCITED
    assert all(r["why"].startswith("retrieved #") for r in rows[1:])
    passages = [r["passage"] for r in rows]
    assert len(set(passages)) == len(passages) and STEMI_LYSIS not in passages
    for r in rows:  # ready to label: the step as labelled, the passage's whole text, no decision yet
        assert (r["step"], r["context"], r["split"]) == (ALTEPLASE["step"], ALTEPLASE["context"], "dev")
        assert r["supports"] is None and r["passage_text"] == kb.get(r["passage"]).text

    # once the citation is labelled, the step is judged and nothing of it is listed again
    _write(pairs, [labelled, uncovered, {**ALTEPLASE, "passage": rows[0]["passage"], "supports": True}])
    assert _listed(capsys, pairs) == []


@pytest.mark.parametrize("path", [DEFAULT_PAIRS, BLIND_PAIRS], ids=["main", "blind"])
def test_pooled_labels_judge_existing_steps_once_each_and_leave_no_citation_unjudged(capsys, path):
    rows = load_pairs(path)
    pooled = [r for r in rows if "source" in r]
    assert pooled and all(r["source"].startswith("pooled-2026-12-03") for r in pooled)
    first = [r for r in rows if "source" not in r]
    split_of = {r["step"]: r["split"] for r in first}
    assert all(split_of.get(r["step"]) == r["split"] for r in pooled), "pooled rows keep their step's split"
    twice = [k for k, n in Counter((r["step"], r["context"], r["passage"]) for r in rows).items() if n > 1]
    assert twice == []
    assert [r for r in _listed(capsys, path) if r["why"] == "cited"] == []
