"""How the de-identification evaluation decides that a planted part survived."""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_corpus import Planted
from consilium.orchestration.privacy.evaluate import leaked_parts


def test_a_chinese_part_inside_a_run_of_characters_counts_as_leaked():
    street = Planted("ADDRESS", "青年路376号", ["青年路376号"])
    assert leaked_parts(street, "住址：长沙市开福区青年路376号，电话") == ["青年路376号"]
    assert leaked_parts(street, "住址：长沙市开福区[ADDRESS_1]，电话") == []


def test_a_latin_name_inside_a_longer_word_is_not_a_leak():
    name = Planted("NAME", "Jan", ["Jan"])
    assert leaked_parts(name, "Seen in January by [NAME_1].") == []
    assert leaked_parts(name, "Seen by Jan on the ward.") == ["Jan"]
