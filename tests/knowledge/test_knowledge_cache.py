"""The knowledge base's passages and tokens are cached on disk: built once, rebuilt when an input changes
or the file is damaged, and searched exactly as a fresh build."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from consilium.tools import knowledge
from consilium.tools.knowledge import KnowledgeBase

QUERIES = ["atrial fibrillation anticoagulation", "DKA corrected sodium", "community acquired pneumonia antibiotics",
           "hyperkalaemia ECG calcium gluconate", "wound dressing", "PE Wells score", "AKI fluids", "stroke thrombolysis"]


@pytest.fixture
def builds(monkeypatch) -> list[int]:
    """Counts the real builds (reading and tokenising the documents)."""
    count: list[int] = []
    real = knowledge._tokenised_parts

    def counting(*args, **kwargs):
        count.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(knowledge, "_tokenised_parts", counting)
    return count


@pytest.fixture
def operator_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "local"
    folder.mkdir()
    (folder / "hyperkalaemia.md").write_text(
        "---\ntitle: Local hyperkalaemia protocol\ndate: 2025-03-01\ntopics: [hyperkalaemia]\n---\n"
        "# Hyperkalaemia\n\n## Emergency\nGive calcium gluconate when the ECG changes.\n\n## Follow-up\n"
        "Recheck potassium after insulin and glucose.\n", encoding="utf-8")
    (folder / "wound_care.txt").write_text("Clean the wound.\n\nChange the dressing daily.\n", encoding="utf-8")
    return folder


def _results(kb: KnowledgeBase) -> str:
    return json.dumps([[q, [s.model_dump() for s in kb.search(q, 5)], kb.guidelines_named_in(q)] for q in QUERIES]
                      + [kb.guidelines()])


def _cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("knowledge-index.*.json"))


def test_second_build_reads_the_cache_and_searches_the_same(tmp_path, builds, operator_dir):
    cache = tmp_path / "cache"
    first = KnowledgeBase.build([operator_dir], cache_dir=cache)
    second = KnowledgeBase.build([operator_dir], cache_dir=cache)
    fresh = KnowledgeBase.build([operator_dir], cache_dir=False)
    assert len(builds) == 2  # the first build and the uncached one; the second read the file
    assert (first.loaded_from_cache, second.loaded_from_cache, fresh.loaded_from_cache) == (False, True, False)
    assert len(_cache_files(cache)) == 1
    assert _results(second) == _results(fresh) == _results(first)
    assert second.search("calcium gluconate ECG", 1)[0].title == "Local hyperkalaemia protocol"


def test_a_changed_document_is_rebuilt(tmp_path, builds, operator_dir):
    cache = tmp_path / "cache"
    KnowledgeBase.build([operator_dir], include_open_medicine=False, cache_dir=cache)
    doc = operator_dir / "wound_care.txt"
    doc.write_text("Clean the wound.\n\nLeave sutures for ten days.\n", encoding="utf-8")
    os.utime(doc, ns=(doc.stat().st_atime_ns, doc.stat().st_mtime_ns + 10**9))  # a coarse clock may not tick
    changed = KnowledgeBase.build([operator_dir], include_open_medicine=False, cache_dir=cache)
    assert len(builds) == 2 and not changed.loaded_from_cache
    assert "sutures" in changed.search("sutures", 1)[0].text
    (operator_dir / "new.md").write_text("# Burns\n\n## Cooling\nCool the burn with running water.\n", encoding="utf-8")
    added = KnowledgeBase.build([operator_dir], include_open_medicine=False, cache_dir=cache)
    assert len(builds) == 3 and added.search("burn cooling", 1)[0].title == "Burns"


@pytest.mark.parametrize("damage", [
    lambda text: text[: len(text) // 2],  # truncated
    lambda text: "not json at all",
    lambda text: json.dumps({**json.loads(text), "payload": {"sources": []}}),  # valid JSON, wrong payload
    lambda text: json.dumps([1, 2, 3]),
])
def test_a_damaged_cache_file_is_rebuilt_not_an_error(tmp_path, builds, operator_dir, damage):
    cache = tmp_path / "cache"
    expected = _results(KnowledgeBase.build([operator_dir], include_open_medicine=False, cache_dir=cache))
    [path] = _cache_files(cache)
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    rebuilt = KnowledgeBase.build([operator_dir], include_open_medicine=False, cache_dir=cache)
    assert len(builds) == 2 and not rebuilt.loaded_from_cache
    assert _results(rebuilt) == expected
    assert KnowledgeBase.build([operator_dir], include_open_medicine=False, cache_dir=cache).loaded_from_cache


def test_no_cache_dir_writes_nothing_and_a_missing_folder_is_still_the_typed_error(tmp_path, builds):
    KnowledgeBase.build(cache_dir=False)
    KnowledgeBase.build(cache_dir=False)
    assert len(builds) == 2
    with pytest.raises(knowledge.KnowledgeBaseError, match="not found"):
        KnowledgeBase.build([tmp_path / "absent"], cache_dir=tmp_path / "cache")
    assert not (tmp_path / "cache").exists()  # nothing to key on: no cache written
