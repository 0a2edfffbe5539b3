"""The on-disk cache of built indexes: a hit, a miss on another key, a damaged file, an unwritable folder."""

from __future__ import annotations

import hashlib
import json
import os
import time

import pytest
from consilium.orchestration import disk_cache
from consilium.orchestration.disk_cache import cached_build, inputs_key


def _build_counter():
    calls: list[int] = []

    def build() -> dict[str, list[int]]:
        calls.append(1)
        return {"numbers": [1, 2, 3]}

    return calls, build


def _decode(payload):
    return {"numbers": [int(n) for n in payload["numbers"]]}


def test_hit_miss_and_damage(tmp_path):
    calls, build = _build_counter()
    assert cached_build("thing", "k1", tmp_path, build, lambda v: v, _decode) == ({"numbers": [1, 2, 3]}, False)
    assert cached_build("thing", "k1", tmp_path, build, lambda v: v, _decode) == ({"numbers": [1, 2, 3]}, True)
    assert len(calls) == 1
    assert cached_build("thing", "k2", tmp_path, build, lambda v: v, _decode)[1] is False  # inputs changed
    assert len(calls) == 2 and [p.name for p in tmp_path.glob("thing.*.json")] == ["thing.default.json"]
    assert cached_build("thing", "k2", tmp_path, build, lambda v: v, _decode)[1] is True  # the rebuild replaced it
    path = tmp_path / "thing.default.json"
    path.write_text(json.dumps({"format": disk_cache.FORMAT, "kind": "thing", "key": "k2",
                                "payload": {"numbers": ["x"]}}), encoding="utf-8")
    assert cached_build("thing", "k2", tmp_path, build, lambda v: v, _decode) == ({"numbers": [1, 2, 3]}, False)
    path.write_bytes(b"\xff\xfe garbage")
    assert cached_build("thing", "k2", tmp_path, build, lambda v: v, _decode)[1] is False
    assert len(calls) == 4
    assert not list(tmp_path.glob(".*.tmp"))  # atomic writes leave no temporary files behind


def test_each_configuration_has_its_own_file(tmp_path):
    calls, build = _build_counter()
    for slot in ("folder a", "folder b"):
        cached_build("thing", "k", tmp_path, build, lambda v: v, _decode, slot=slot)
    assert all(cached_build("thing", "k", tmp_path, build, lambda v: v, _decode, slot=s)[1] for s in ("folder a",
                                                                                                     "folder b"))
    assert len(calls) == 2 and len(list(tmp_path.glob("thing.*.json"))) == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_an_unwritable_folder_costs_a_build_not_an_error(tmp_path):
    calls, build = _build_counter()
    tmp_path.chmod(0o500)
    try:
        assert cached_build("thing", "k", tmp_path / "sub", build, lambda v: v, _decode)[0] == {"numbers": [1, 2, 3]}
    finally:
        tmp_path.chmod(0o700)
    assert len(calls) == 1


def test_an_unwritable_path_costs_a_build_not_an_error(tmp_path):
    calls, build = _build_counter()
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    assert cached_build("thing", "k", blocker, build, lambda v: v, _decode) == ({"numbers": [1, 2, 3]}, False)
    assert cached_build("thing", "k", blocker, build, lambda v: v, _decode)[1] is False
    assert len(calls) == 2


def test_stale_files_of_a_kind_are_pruned(tmp_path):
    _calls, build = _build_counter()
    cached_build("thing", "k", tmp_path, build, lambda v: v, _decode, slot="gone")
    cached_build("other", "k", tmp_path, build, lambda v: v, _decode, slot="gone")
    long_ago = time.time() - (disk_cache.STALE_DAYS + 1) * 86400
    for p in tmp_path.glob("*.json"):
        os.utime(p, (long_ago, long_ago))
    cached_build("thing", "k", tmp_path, build, lambda v: v, _decode, slot="in use")
    assert [p.name for p in tmp_path.glob("thing.*.json")] == [f"thing.{_slot_name('in use')}.json"]
    assert len(list(tmp_path.glob("other.*.json"))) == 1  # another kind is pruned by its own writes


def test_at_most_keep_per_kind_files_newest_first(tmp_path):
    _calls, build = _build_counter()
    for i in range(disk_cache.KEEP_PER_KIND + 3):
        cached_build("thing", "k", tmp_path, build, lambda v: v, _decode, slot=f"config {i}")
        path = tmp_path / f"thing.{_slot_name(f'config {i}')}.json"
        os.utime(path, (time.time() - 1000 + i, time.time() - 1000 + i))  # distinct times, oldest first
    names = {p.name for p in tmp_path.glob("thing.*.json")}
    assert len(names) == disk_cache.KEEP_PER_KIND
    assert not names & {f"thing.{_slot_name(f'config {i}')}.json" for i in range(3)}  # the three oldest went
    assert f"thing.{_slot_name(f'config {disk_cache.KEEP_PER_KIND + 2}')}.json" in names


def _slot_name(slot: str) -> str:
    return hashlib.sha256(slot.encode()).hexdigest()[:16]


def test_inputs_key_follows_file_size_time_and_source_content(tmp_path):
    data, code = tmp_path / "data.txt", tmp_path / "code.py"
    data.write_text("one", encoding="utf-8")
    code.write_text("x = 1", encoding="utf-8")
    key = inputs_key(files=[data], sources=[code], values=["v1"])
    assert key == inputs_key(files=[data], sources=[code], values=["v1"])
    assert key != inputs_key(files=[data], sources=[code], values=["v2"])
    code.write_text("x = 2", encoding="utf-8")
    assert key != inputs_key(files=[data], sources=[code], values=["v1"])
    code.write_text("x = 1", encoding="utf-8")
    data.write_text("two", encoding="utf-8")
    os.utime(data, ns=(data.stat().st_atime_ns, data.stat().st_mtime_ns + 10**9))
    assert key != inputs_key(files=[data], sources=[code], values=["v1"])
