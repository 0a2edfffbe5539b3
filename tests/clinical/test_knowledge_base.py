"""The guideline knowledge base: open-medicine's guidelines with DOIs, BM25 ranking, operator documents."""

from __future__ import annotations

import datetime as dt
import math
import os
from pathlib import Path

import pytest

from consilium.tools.knowledge import KnowledgeBase, KnowledgeBaseError, default_knowledge_base, split_markdown
from consilium.tools.knowledge_index import BM25Index, query_tokens, tokenize

AF_DOI = "10.1161/CIR.0000000000001193"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_knowledge_base()


def test_all_open_medicine_guidelines_are_indexed_with_dois(kb):
    rows = kb.guidelines()
    assert len(rows) == 43
    assert all(r["doi"] and r["doi"].startswith("10.") for r in rows)
    assert all(r["date"] and r["date"].isdigit() for r in rows)
    assert len(kb) > 145  # 145 files, split further at their '##' headings


def test_af_anticoagulation_finds_the_acc_aha_af_guideline(kb):
    hits = kb.search("atrial fibrillation anticoagulation", k=3)
    assert len(hits) == 3
    assert all(h.doi == AF_DOI and h.date == "2023" for h in hits)
    assert "Atrial Fibrillation" in hits[0].title
    assert any("/anticoagulation#" in h.id for h in hits)
    assert hits[0].score >= hits[1].score >= hits[2].score > 0
    assert AF_DOI in hits[0].citation()


@pytest.mark.parametrize(("query", "guideline", "doi"), [
    ("RCRI noncardiac surgery cardiac risk", "acc_aha_perioperative_2014", None),
    ("CURB-65 pneumonia admission", "bts_cap_2009", "10.1136/thx.2009.121434"),
    ("eGFR CKD staging albuminuria", "kdigo_ckd_2024", "10.1016/j.kint.2023.10.018"),
    ("sepsis fluid resuscitation 30 mL/kg", "ssc_sepsis_2021", None),
    ("DKA insulin infusion potassium", "ada_dka_hhs_2024", None),
])
def test_queries_find_their_guideline(kb, query, guideline, doi):
    top = kb.search(query, k=1)[0]
    assert top.id.startswith(guideline + "/")
    if doi:
        assert top.doi == doi


def test_acronyms_are_expanded(kb):
    assert "atrial" in query_tokens("AF")
    assert kb.search("AF DOAC", k=1)[0].doi == AF_DOI


def test_get_and_empty_queries(kb):
    hit = kb.search("perioperative beta blocker", k=1)[0]
    assert kb.get(hit.id).text == hit.text
    assert kb.search("   ", k=3) == [] and kb.search("beta blocker", k=0) == []
    assert kb.search("qwertyuiop zxcvbnm", k=3) == []


def test_split_markdown_keeps_heading_paths_and_code_fences():
    text = "# Title\nintro\n## A\nalpha\n```\n## not a heading\n```\n## B\n" + "### B1\n" + "beta " * 600 + \
        "\n### B2\ngamma\n"
    h1, parts = split_markdown(text, max_chars=1000)
    assert h1 == "Title"
    paths = [p for p, _ in parts]
    assert paths == ["", "A", "B", "B > B1", "B > B2"]
    assert "## not a heading" in dict(parts)["A"]


def test_bm25_scores_match_the_okapi_formula():
    docs = [tokenize("atrial fibrillation stroke"), tokenize("stroke thrombolysis"), tokenize("gout urate")]
    index = BM25Index.build(docs, k1=1.5, b=0.75)
    avgdl = sum(map(len, docs)) / 3
    idf = math.log(1 + (3 - 2 + 0.5) / (2 + 0.5))  # 'stroke' is in 2 of 3 documents
    expected = idf * 1 * 2.5 / (1 + 1.5 * (1 - 0.75 + 0.75 * len(docs[0]) / avgdl))
    assert index.scores(tokenize("stroke"))[0] == pytest.approx(expected)
    assert 2 not in index.scores(tokenize("stroke"))


def test_operator_documents_with_and_without_front_matter(tmp_path: Path):
    (tmp_path / "local").mkdir()
    (tmp_path / "local" / "hyperkalaemia.md").write_text(
        "---\ntitle: Trust hyperkalaemia protocol\ndoi: 10.9999/trust.2025.1\ndate: 2025-03-01\n---\n"
        "# Trust hyperkalaemia protocol\n## Emergency treatment\nGive calcium gluconate 10 ml 10% for "
        "hyperkalaemia with ECG changes, then insulin-glucose.\n## Monitoring\nRecheck potassium at 1 hour.\n",
        encoding="utf-8")
    txt = tmp_path / "local" / "wound_care.txt"
    txt.write_text("Wound care after laparotomy.\n\nInspect the wound daily for dehiscence.", encoding="utf-8")
    stamp = dt.datetime(2024, 6, 15, 12, 0).timestamp()
    os.utime(txt, (stamp, stamp))

    kb = KnowledgeBase.build([tmp_path])
    top = kb.search("hyperkalaemia calcium gluconate ECG", k=1)[0]
    assert (top.title, top.doi, top.date, top.origin) == ("Trust hyperkalaemia protocol", "10.9999/trust.2025.1",
                                                          "2025-03-01", "operator")
    assert top.section == "Emergency treatment" and top.id == "local:local/hyperkalaemia#emergency-treatment"
    wound = kb.search("wound dehiscence laparotomy", k=1)[0]
    assert wound.date == "2024-06-15" and wound.doi is None and wound.title == "wound care"
    assert len(kb.guidelines()) == 45


def test_missing_operator_folder_is_a_typed_error(tmp_path: Path):
    with pytest.raises(KnowledgeBaseError, match="not found"):
        KnowledgeBase.build([tmp_path / "absent"])
    with pytest.raises(KnowledgeBaseError, match="no guideline documents"):
        KnowledgeBase.build([tmp_path], include_open_medicine=False)


def test_guidelines_named_in_matches_whole_topics_spellings_and_capital_acronyms(kb):
    named = kb.guidelines_named_in("Haemorrhagic stroke? COPD. A pe of ra; the GOLD report; copdx")
    assert named["aha_asa_ich_2022"] == ["hemorrhagic stroke"]  # UK spelling folded
    assert set(named["gold_copd_2024"]) == {"copd", "gold"}
    assert "wells_pe_2000" not in named and "acr_ra_2021" not in named  # under four characters: never
    assert "rcp_news2_2017" not in kb.guidelines_named_in("no news is good news")  # acronyms in capitals only
    assert "rcp_news2_2017" in kb.guidelines_named_in("NEWS 7 on the ward")
    assert kb.guidelines_named_in("strokes and brainstem") == {}  # whole words only
    two = kb.guidelines_named_in("acute ischaemic stroke", min_topics=2)
    assert set(two["aha_asa_stroke_2019"]) >= {"acute ischemic stroke", "ischemic stroke", "stroke"}
    assert "aha_asa_tia_2009" not in two  # names none of its topics twice


def test_specialists_get_excerpts_only_from_guidelines_the_presenting_problem_names(kb):
    from consilium.agents.grounding import guideline_context
    from consilium.orchestration.case.model import Case
    from consilium.orchestration.case.io import load_cases

    # The pneumonia demo: low sodium and diabetes in its history once drew the DKA/HHS guideline's
    # corrected-sodium passage, and the small model answered "hyperglycaemic hyperosmolar state".
    pneumonia = load_cases(Path(__file__).parents[2] / "scenarios" / "demo_pneumonia_cxr.yaml").cases[0]
    assert guideline_context(kb, pneumonia, "pathology").startswith("none found: no guideline")
    stroke = Case(id="s", presenting_complaint="Suspected acute ischaemic stroke, onset 70 minutes ago",
                  past_medical_history="Type 2 diabetes", question="Is thrombolysis indicated?")
    excerpts = guideline_context(kb, stroke, "radiology")
    assert excerpts.count("[kb:") == 2 and excerpts.count("[kb:aha_asa_stroke_2019/") == 2


def test_an_operator_document_without_topics_is_named_by_its_title(tmp_path: Path):
    (tmp_path / "protocol.md").write_text("# Trust hyperkalaemia protocol\n## Treatment\nCalcium gluconate.\n")
    (tmp_path / "sepsis.md").write_text("---\ntopics: [neutropenic sepsis, febrile neutropenia]\n---\n"
                                        "# Local neutropenic sepsis pathway\n## First hour\nAntibiotics.\n")
    kb = KnowledgeBase.build([tmp_path], include_open_medicine=False)
    assert kb.guidelines_named_in("as in the trust hyperkalaemia protocol", min_topics=2) == {
        "local:protocol": ["Trust hyperkalaemia protocol"]}
    assert kb.guidelines_named_in("hyperkalaemia", min_topics=2) == {}
    assert list(kb.guidelines_named_in("Febrile neutropenia, neutropenic sepsis", min_topics=2)) == ["local:sepsis"]


def test_hyphens_three_letter_capital_acronyms_and_a_bad_topic_list(kb):
    assert "community acquired pneumonia" in kb.guidelines_named_in("Community-acquired pneumonia")["bts_cap_2009"]
    assert kb.guidelines_named_in("DKA with AKI")["ada_dka_hhs_2024"] == ["DKA"]
    assert "ada_dka_hhs_2024" not in kb.guidelines_named_in("dka")
    sources = [kb.get(kb.search("stroke thrombolysis", 1)[0].id)]
    with pytest.raises(KnowledgeBaseError, match="2 topic lists for 1 documents"):
        KnowledgeBase(sources, [0], BM25Index.build([["x"]]), BM25Index.build([["x"]]), ["d"], doc_topics=[(), ()])
    untitled = KnowledgeBase(sources, [0], BM25Index.build([["x"]]), BM25Index.build([["x"]]), ["d"])
    assert untitled.guidelines_named_in(sources[0].title) == {"d": [sources[0].title]}
