"""Hybrid retrieval: reciprocal-rank fusion, passage units, and the on-disk cache of passage embeddings."""

from __future__ import annotations

import pytest
from consilium.tools.fusion import reciprocal_rank_fusion
from consilium.tools.knowledge import (
    KnowledgeBase,
    default_knowledge_base,
    shared_encoder,
)
from consilium.tools.semantic_index import passage_units


def test_rrf_adds_reciprocal_ranks_and_rewards_agreement():
    fused = dict(reciprocal_rank_fusion([["a", "b", "c"], ["b", "c", "d"]], k=60))
    assert fused["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert fused["a"] == pytest.approx(1 / 61) and fused["d"] == pytest.approx(1 / 63)
    order = [item for item, _ in reciprocal_rank_fusion([["a", "b", "c"], ["b", "c", "d"]])]
    assert order == ["b", "c", "a", "d"]  # found by both beats first in one


def test_rrf_ties_keep_the_first_seen_order_and_k_is_checked():
    assert [i for i, _ in reciprocal_rank_fusion([["x"], ["y"]])] == ["x", "y"]
    assert reciprocal_rank_fusion([]) == []
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["x"]], k=-1)


def test_units_carry_their_heading_and_skip_table_rules():
    units = passage_units("Therapy > Regimens", "## Regimens\n### High Severity (ICU)\n| a | b |\n|---|---|\n"
                                                  "| **Co-amoxiclav** 1.2 g TDS IV | plus clarithromycin |\n- ok\n")
    assert units == ["High Severity (ICU): Co-amoxiclav 1.2 g TDS IV plus clarithromycin"]


def _write_docs(folder, pneumonia_text="Amoxicillin 500 mg three times daily for five days in low-severity disease."):
    folder.mkdir(exist_ok=True)
    (folder / "pneumonia.md").write_text(f"---\ntitle: Local pneumonia pathway\ntopics: [pneumonia]\n---\n"
                                         f"# Local pneumonia pathway\n## Antibiotics\n{pneumonia_text}\n")
    (folder / "gout.md").write_text("---\ntitle: Local gout pathway\ntopics: [gout]\n---\n# Local gout pathway\n"
                                    "## Flares\nLow-dose colchicine within 24 hours of flare onset.\n")


@pytest.mark.model
def test_passage_embeddings_are_cached_on_disk_and_a_second_load_does_not_re_encode(tmp_path):
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    _write_docs(docs)
    encoder = shared_encoder()
    first = KnowledgeBase.build([docs], include_open_medicine=False, cache_dir=cache)
    before = encoder.texts_encoded
    hits = first.hybrid_search("amoxicillin for pneumonia", k=2)
    assert hits[0][0].title == "Local pneumonia pathway" and hits[0][1] > hits[1][1]
    assert first.semantic.docs_computed == 2 and len(list(cache.rglob("*.npy"))) == 2
    encoded_by_first = encoder.texts_encoded - before

    second = KnowledgeBase.build([docs], include_open_medicine=False, cache_dir=cache)
    before = encoder.texts_encoded
    again = second.hybrid_search("amoxicillin for pneumonia", k=2)
    assert encoder.texts_encoded == before  # the query is cached in the encoder, the passages on disk
    assert second.semantic.docs_read == 2 and second.semantic.docs_computed == 0
    assert [h[0].id for h in again] == [h[0].id for h in hits] and encoded_by_first >= 2

    _write_docs(docs, "Doxycycline 200 mg on day one, then 100 mg daily, if allergic to penicillin.")
    third = KnowledgeBase.build([docs], include_open_medicine=False, cache_dir=cache)
    third.semantic.ensure(range(2))
    assert third.semantic.docs_computed == 1 and third.semantic.docs_read == 1  # only the edited document


@pytest.mark.model
def test_a_torn_cache_file_is_recomputed(tmp_path):
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    _write_docs(docs)
    KnowledgeBase.build([docs], include_open_medicine=False, cache_dir=cache).semantic.ensure(range(2))
    for f in cache.rglob("*.npy"):
        f.write_bytes(b"not an array")
    kb = KnowledgeBase.build([docs], include_open_medicine=False, cache_dir=cache)
    kb.semantic.ensure(range(2))
    assert kb.semantic.docs_computed == 2 and kb.hybrid_search("colchicine", k=1)[0][0].title == "Local gout pathway"


@pytest.mark.model
def test_hybrid_search_finds_by_meaning_what_words_miss():
    kb = default_knowledge_base()
    query = "blood thinner to prevent a stroke in an irregular heart rhythm"
    hybrid = [h[0].id for h in kb.hybrid_search(query, k=3, within={"acc_aha_af_2023"})]
    assert any("/anticoagulation#" in i for i in hybrid)


@pytest.mark.model
def test_weights_that_are_not_the_official_file_are_refused(monkeypatch):
    from consilium.tools import embeddings

    monkeypatch.setattr(embeddings, "MODEL_SHA256", "0" * 64)
    with pytest.raises(embeddings.EmbeddingModelError, match="not the official all-MiniLM-L6-v2"):
        embeddings.MiniLMEncoder().encode(["sepsis"])


@pytest.mark.model
def test_repeated_texts_are_encoded_once():
    from consilium.tools.embeddings import MiniLMEncoder

    encoder = MiniLMEncoder()
    first = encoder.encode(["give aspirin", "give aspirin", "measure lactate"])
    assert encoder.calls == 1 and encoder.texts_encoded == 2 and first.shape == (3, 384)
    assert (first[0] == first[1]).all() and abs(float(first[0] @ first[0]) - 1) < 1e-5
    encoder.encode(["measure lactate"])
    assert encoder.calls == 1 and encoder.loads == 1


def test_a_knowledge_base_loads_no_model_until_a_hybrid_search():
    kb = KnowledgeBase.build(include_open_medicine=True, cache_dir=False)
    assert kb._semantic is None
    kb.search("atrial fibrillation anticoagulation", k=2)
    assert kb._semantic is None
