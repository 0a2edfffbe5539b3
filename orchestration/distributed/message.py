"""Reading one queue message without trusting it: bounded size and nesting before any parser runs.

A message on the stream may come from any producer that can reach Redis, so nothing in it is
assumed. What can go wrong is sorted by what retrying would achieve:

* **Poison** (:class:`PoisonMessage`): the message itself is wrong (no usable run or case id, a
  case id the run never queued, undecodable or too deeply nested JSON, too large, not a valid
  case, an unknown strategy or message version). The same bytes fail the same way on every
  delivery, so it is settled on its *first* delivery: a dead letter when no result may be written
  for it, else an error result with the reason.
* **Case conditions** (:class:`~consilium.orchestration.distributed.queue.CaseRejected` from the
  file checks): a referenced file is missing or outside the allowed folders. Also settled at once
  with an error result; the user fixes the cause and reruns with ``--retry-errors``.
* **Transient**: Redis unreachable or restarting. Not decided here; the worker keeps the message.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from consilium.orchestration.case.model import Case
from consilium.orchestration.distributed.queue import (
    MAX_CASE_BYTES,
    MAX_JSON_DEPTH,
    MESSAGE_VERSION,
    CaseFilesUnavailable,
    CaseRejected,
    check_case,
)

RUN_ID = re.compile(r"[A-Za-z0-9._-]{1,120}")
CASE_ID = re.compile(r"[A-Za-z0-9._-]{1,200}")
STRATEGIES = ("consilium", "single")
# room for the other fields (ids, strategy, timestamps) beside the serialised case
MAX_MESSAGE_BYTES = MAX_CASE_BYTES + 4096

_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


class PoisonMessage(CaseRejected):
    """A message that no worker can ever process as it stands.

    ``addressable`` says whether it names a run and a case that run queued, i.e. whether an error
    result may be stored for it; otherwise it goes to the dead-letter stream.
    """

    def __init__(self, reason: str, *, addressable: bool):
        super().__init__(reason)
        self.addressable = addressable


@dataclass(frozen=True)
class Decoded:
    run_id: str
    case_id: str
    strategy: str
    case: Case


def json_text_depth(raw: str, limit: int = MAX_JSON_DEPTH) -> int:
    """How deeply ``raw``'s arrays and objects nest, counted without parsing it (stops past ``limit``).

    ``json.loads`` recurses once per level and raises ``RecursionError`` on a few thousand, which
    is not a ``ValueError`` and escapes the usual handlers; this scan uses no recursion at all.
    Brackets inside strings do not count.
    """
    depth = deepest = 0
    for match in _BRACKET.finditer(_JSON_STRING.sub('""', raw)):
        if match.group() in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    break
        else:
            depth -= 1
    return deepest


def message_fields(raw: dict[Any, Any]) -> dict[str, str]:
    """The message's fields as text (a field that is not UTF-8 keeps its bytes as replacement marks)."""
    def as_text(value: Any) -> str:
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value if value is not None else "")

    return {as_text(k): as_text(v) for k, v in raw.items()}


def addressed(fields: dict[str, str]) -> tuple[str, str]:
    """The run and case ids of a message; :class:`PoisonMessage` (not addressable) when either is unusable.

    Both become Redis key and file names (the review id names files under the home folder), so only
    plain ids pass.
    """
    run_id, case_id = fields.get("run_id") or "", fields.get("case_id") or ""
    if not RUN_ID.fullmatch(run_id) or not CASE_ID.fullmatch(case_id):
        raise PoisonMessage("message lacks a valid run_id and case_id", addressable=False)
    return run_id, case_id


def decode_case(fields: dict[str, str], run_id: str, case_id: str, *,
                file_roots: list[Path] | None = None) -> Decoded:
    """Check a message addressed to a queued case and parse its case; raises :class:`CaseRejected`.

    Every check that needs no parser (version, strategy, size, nesting) runs before ``json.loads``
    and pydantic see the text.
    """
    version = fields.get("v", MESSAGE_VERSION)
    if version != MESSAGE_VERSION:
        raise PoisonMessage(f"message version {version[:20]!r}; this worker reads version {MESSAGE_VERSION}",
                            addressable=True)
    strategy = fields.get("strategy") or "consilium"
    if strategy not in STRATEGIES:
        raise PoisonMessage(f"unknown strategy {strategy[:40]!r} (consilium or single)", addressable=True)
    size = sum(len(k) + len(v) for k, v in fields.items())
    if size > MAX_MESSAGE_BYTES:
        raise PoisonMessage(f"{size} bytes; the queue takes at most {MAX_CASE_BYTES}", addressable=True)
    raw = fields.get("case") or ""
    depth = json_text_depth(raw)
    if depth > MAX_JSON_DEPTH:
        raise PoisonMessage(f"the case's JSON nests more than {MAX_JSON_DEPTH} levels deep "
                            f"(no case needs more than {MAX_JSON_DEPTH})", addressable=True)
    try:
        data = json.loads(raw)
    except ValueError as exc:  # json.JSONDecodeError is a ValueError
        raise PoisonMessage(f"the case is not valid JSON: {exc}", addressable=True) from None
    try:
        case = check_case(data, file_roots=file_roots)
    except CaseFilesUnavailable:
        raise  # the case is fine; its files may be there later (a share mounted, a root configured)
    except CaseRejected as exc:
        raise PoisonMessage(str(exc), addressable=True) from None
    if case.id != case_id:
        raise PoisonMessage(f"message case_id {case_id!r} differs from the case's id {case.id!r}", addressable=True)
    return Decoded(run_id, case_id, strategy, case)

