"""The ICD-10-CM index is read from a disk cache after its first build and finds the same codes."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("simple_icd_10_cm")

from consilium.orchestration.evaluation import scoring
from consilium.orchestration.evaluation.scoring import IcdIndex

DIAGNOSES = ["community-acquired pneumonia", "Acute appendicitis", "Myasthenia gravis", "ocular myasthenia gravis",
             "Hyperkalaemia", "Type 2 diabetes mellitus with ketoacidosis", "left sided severe pneumonia",
             "Acute myocardial infarction", "Pulmonary embolism", "Subarachnoid haemorrhage", "Sarcoidosis",
             "Guillain-Barre syndrome", "chronic lymphocytic leukaemia", "nothing like a disease", "Sepsis"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(cache folder, fresh index, how many times the classification was read so far)."""
    folder = tmp_path_factory.mktemp("icd-cache")
    reads: list[int] = []
    real = scoring._read_classification

    def counting():
        reads.append(1)
        return real()

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(scoring, "_read_classification", counting)
        fresh = IcdIndex(cache_dir=folder)
        cached = IcdIndex(cache_dir=folder)
    return folder, fresh, cached, reads


def _lookups(index: IcdIndex) -> str:
    return json.dumps([None if (m := index.lookup(d)) is None else m.model_dump() for d in DIAGNOSES])


def test_second_index_is_read_from_disk_and_matches_the_fresh_one(built):
    folder, fresh, cached, reads = built
    assert len(reads) == 1
    assert (fresh.loaded_from_cache, cached.loaded_from_cache) == (False, True)
    assert len(list(folder.glob("icd10cm-index.*.json"))) == 1
    assert _lookups(cached) == _lookups(fresh)
    assert cached.lookup("community-acquired pneumonia").category == "J18"
    assert cached.lookup("nothing like a disease") is None


def test_a_damaged_icd_cache_is_rebuilt(built, monkeypatch):
    folder, fresh, _cached, _reads = built
    [path] = folder.glob("icd10cm-index.*.json")
    envelope = json.loads(path.read_text(encoding="utf-8"))
    envelope["payload"]["entries"][0] = ["Z99.X", "no such code", "", ""]  # valid JSON, impossible entry
    path.write_text(json.dumps(envelope), encoding="utf-8")
    reads: list[int] = []
    real = scoring._read_classification
    monkeypatch.setattr(scoring, "_read_classification", lambda: (reads.append(1), real())[1])
    rebuilt = IcdIndex(cache_dir=folder)
    assert len(reads) == 1 and not rebuilt.loaded_from_cache
    assert _lookups(rebuilt) == _lookups(fresh)
    assert IcdIndex(cache_dir=folder).loaded_from_cache
