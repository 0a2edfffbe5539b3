"""Re-identifying a stored result walks every text once per distinct value and restores exactly what
restoring each text on its own would: placeholders everywhere, dates moved back except in expert output."""

from __future__ import annotations

from enum import Enum

from consilium.orchestration.case.model import Case
from consilium.orchestration.privacy.deid import deidentify_case
from consilium.orchestration.privacy.guard import PrivacyGuard


class Kind(str, Enum):  # a str subclass, as a model_dump in python mode may hold
    NOTE = "seen by [NAME_1] on 2024-03-12"


def test_every_text_is_restored_as_on_its_own_and_the_audit_is_left_as_sent() -> None:
    case = Case(id="reid-1", history="Mr John Hartley was seen on 12/03/2024 at 14 Larkspur Lane.",
                question="What is the diagnosis?")
    safe, deid = deidentify_case(case, secret="s")
    written = safe.history + " Review on 2024-05-01."  # a date the case never held, as a model may write
    assert "Hartley" not in written and "[NAME_" in written
    stored = {
        "opinion": {"summary": written, "steps": [written, written, {"why": written, "n": 3, "p": 0.5, "ok": True,
                                                                     "none": None, "pair": (written,)}]},
        "evidence": {"e1": {"summary": written}},  # expert output: placeholders back, dates left as written
        "audit": [{"prompt": written}],
        "tag": Kind.NOTE,
    }
    shown = PrivacyGuard.reidentify(stored, deid)
    restored, expert = deid.reidentify(written), deid.reidentify(written, unshift_dates=False)
    assert "Hartley" in restored and restored != expert  # the date differs: moved back only outside expert output
    assert shown["opinion"] == {"summary": restored, "steps": [restored, restored, {
        "why": restored, "n": 3, "p": 0.5, "ok": True, "none": None, "pair": (written,)}]}
    assert shown["evidence"] == {"e1": {"summary": expert}}
    assert shown["audit"] == [{"prompt": written}]
    assert shown["tag"] == deid.reidentify(Kind.NOTE.value) and type(shown["tag"]) is str
