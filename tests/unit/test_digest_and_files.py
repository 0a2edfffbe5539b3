"""The shared digests keep their exact values (recordings store them), and an atomic write is all or nothing."""

from __future__ import annotations

import datetime as dt
import os
from importlib import resources
from pathlib import Path

import pytest

from consilium.orchestration.audit.recording import case_sha256, prompt_templates, secret_sha256
from consilium.orchestration.case.model import Case
from consilium.orchestration.digest import sha256_file, sha256_files, sha256_json
from consilium.orchestration.files import atomic_write, write_text_atomic

# Pinned values: computed once with the formula the recordings were made with,
# hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest().
VALUE = {"b": [1, 2.5, None], "a": "é ü", "c": {"z": True, "y": "x"}}
VALUE_SHA256 = "1ed600ee3fb012523bfdd8a24ad3c38096e20f02e3b46a4911b8709f627399fc"


def test_json_digest_is_canonical_and_pinned() -> None:
    assert sha256_json(VALUE) == VALUE_SHA256
    assert sha256_json(dict(reversed(list(VALUE.items())))) == VALUE_SHA256  # key order does not matter
    assert sha256_json({**VALUE, "a": "e u"}) != VALUE_SHA256
    # What JSON cannot hold is written as str(), so a date hashes like its text.
    assert sha256_json({"when": dt.date(2026, 1, 2)}) == sha256_json({"when": "2026-01-02"})


def test_case_digest_is_the_json_digest_of_the_case() -> None:
    case = Case(id="c1", presenting_complaint="Schmerzen in der Brust", question="Diagnose?")
    assert case_sha256(case) == sha256_json(case.model_dump(mode="json"))
    assert case_sha256(case) != case_sha256(case.model_copy(update={"question": "Diagnosis?"}))


def test_file_digests_read_in_chunks_and_sort_their_paths(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"hello\n" * 300_000)  # larger than one read chunk
    assert sha256_file(big) == sha256_file(str(big)) == "86926bb3192466d0897ee4cc47f94da59bf5e92a02e3628397864bce5cc2547f"
    (tmp_path / "a").write_bytes(b"one")
    (tmp_path / "b").write_bytes(b"two")
    both = "25b6746d5172ed6352966a013d93ac846e1110d5a25e8f183b5931f4688842a1"  # sha256(b"onetwo")
    assert sha256_files([tmp_path / "b", tmp_path / "a"]) == sha256_files([tmp_path / "a", tmp_path / "b"]) == both
    with pytest.raises(FileNotFoundError):
        sha256_file(tmp_path / "absent")


def test_prompt_templates_and_the_secret_keep_their_digests() -> None:
    hashes = prompt_templates()
    folder = resources.files("consilium.agents").joinpath("prompts")
    assert hashes and all(len(h) == 64 for h in hashes.values())
    name = min(hashes)
    assert hashes[name] == sha256_file(folder.joinpath(f"{name}.md"))
    # The secret is hashed as its plain UTF-8 bytes, not as JSON (recordings store this form).
    assert secret_sha256("s3cret") == "1ec1c26b50d5d3c58d9583181af8076655fe00756bf7285940ba3670f99fcba0"


def test_atomic_write_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "result.json"
    target.write_text("old", encoding="utf-8")
    assert write_text_atomic(target, '{"ü": 1}') == target
    assert target.read_text(encoding="utf-8") == '{"ü": 1}'
    with atomic_write(tmp_path / "model.bin", binary=True) as f:
        f.write(b"\x00\x01")
    assert (tmp_path / "model.bin").read_bytes() == b"\x00\x01"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.bin", "result.json"]  # no temporary left


def test_a_failed_atomic_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "result.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError, match="stopped"), atomic_write(target) as f:
        f.write("half of the new")
        raise RuntimeError("stopped mid-write")
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["result.json"]
    with pytest.raises(FileNotFoundError):
        write_text_atomic(tmp_path / "no-such-folder" / "x.json", "{}")
