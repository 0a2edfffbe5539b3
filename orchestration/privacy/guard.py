"""Patient privacy around a review: identifiers out before any model call, back in for the clinician.

* :meth:`PrivacyGuard.protect` de-identifies the case (:mod:`consilium.orchestration.privacy.deid`); only the
  de-identified copy enters the graph, its prompts and its checkpoints. The original case is kept in
  a private file (mode 0600) under the Consilium home, on this machine, so that the mapping can be
  rebuilt after a restart: de-identification is deterministic for a case and a deployment secret.
* :meth:`PrivacyGuard.scrubber` removes identifiers that a model writes into its reply before the
  reply is parsed or stored.
* :meth:`PrivacyGuard.reidentify` restores the originals in a result shown to the clinician; the
  audit trail is left as it was sent (hashes of de-identified prompts).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from consilium.orchestration.case.model import Case
from consilium.orchestration.files import PRIVATE_FILE, private_folder, write_text_atomic
from consilium.orchestration.privacy.deid import Deidentifier, Finding, deidentify_case, scan_output

_KEEP_AS_STORED = {"audit", "review_id", "case_id"}
# Joins a reply's string values for one scan: no rule matches across a blank line and a form feed.
_LEAF_BREAK = "\n\n\f\n\n"
_EXPERT_OUTPUT = {"evidence"}
_LEAVES = (int, float, bool, type(None))  # values with no text in them: returned as they are
# Times read from this machine's clock when a report started or a clinician signed: never de-identified, so never
# moved back by the case's date offset either
_CLOCK_KEYS = frozenset({"started_at", "signed_at"})


class PrivacyGuard:
    def __init__(self, home: Path, *, secret: str = ""):
        self.folder = home / "private"
        self.secret = secret

    def _path(self, review_id: str) -> Path:
        return self.folder / f"{review_id}.case.json"

    def protect(self, case: Case, review_id: str) -> tuple[Case, Deidentifier]:
        safe, deid = deidentify_case(case, secret=self.secret)
        private_folder(self.folder)
        write_text_atomic(self._path(review_id), case.model_dump_json(), mode=PRIVATE_FILE)
        return safe, deid

    def original(self, review_id: str) -> Case | None:
        """The case of a stored review as it was given, from its private file; None if absent."""
        path = self._path(review_id)
        if not path.is_file():
            return None
        return Case.model_validate_json(path.read_text(encoding="utf-8"))

    def deidentifier(self, original: Case) -> Deidentifier:
        """The de-identifier of a stored review, rebuilt from its private original (:meth:`original`)."""
        return deidentify_case(original, secret=self.secret)[1]

    @staticmethod
    def scrubber(deid: Deidentifier) -> Callable[[str], tuple[str, list[str]]]:
        def scrub(text: str) -> tuple[str, list[str]]:
            return _scrub_json(text, deid) or _redact(text, scan_output(text, deid))
        return scrub

    @staticmethod
    def reidentify(data: dict[str, Any], deid: Deidentifier) -> dict[str, Any]:
        # A result repeats its texts (diagnoses, evidence ids, step texts in the opinion and the answer) and
        # holds hundreds of them, so each distinct text is restored once; exact types are tested first
        # because nearly every value of a stored state is a plain str, dict or list.
        restored: dict[tuple[str, bool], str] = {}

        def text(value: str, unshift: bool) -> str:
            key = (value, unshift)
            found = restored.get(key)
            if found is None:
                found = restored[key] = deid.reidentify(value, unshift_dates=unshift)
            return found

        def walk(value: Any, unshift: bool) -> Any:
            kind = type(value)
            if kind is str:
                return text(value, unshift)
            if kind is dict:
                return {k: v if k in _CLOCK_KEYS else walk(v, unshift) for k, v in value.items()}
            if kind is list:
                return [walk(v, unshift) for v in value]
            if kind in _LEAVES:
                return value
            if isinstance(value, str):
                return text(value, unshift)
            if isinstance(value, dict):
                return {k: v if k in _CLOCK_KEYS else walk(v, unshift) for k, v in value.items()}
            if isinstance(value, list):
                return [walk(v, unshift) for v in value]
            return value
        # Experts also write what never went through de-identification (file paths, their own dates): only
        # the dates this case shifted come back there, never "any date moved back by the offset".
        return {k: (v if k in _KEEP_AS_STORED else walk(v, k not in _EXPERT_OUTPUT)) for k, v in data.items()}


def _redact(text: str, findings: list[Finding]) -> tuple[str, list[str]]:
    for f in sorted(findings, key=lambda f: f.start, reverse=True):
        text = text[:f.start] + f"[REDACTED_{f.kind}]" + text[f.end:]
    return text, [f.kind for f in findings]


def _scrub_json(text: str, deid: Deidentifier) -> tuple[str, list[str]] | None:
    """Scrub a JSON reply by its string values, read as the model meant them (escapes decoded), in one scan.

    The keys are the output schema's own words and are not scanned. The reply comes back unchanged when
    nothing is found; otherwise it is written anew with the values redacted. ``None`` when the reply is
    not a JSON object, or when a finding would straddle two values: the caller then scans the raw text.
    """
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    leaves: list[str] = []

    def collect(value: Any) -> None:
        if isinstance(value, str):
            leaves.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                collect(v)
        elif isinstance(value, list):
            for v in value:
                collect(v)

    collect(data)
    joined = _LEAF_BREAK.join(leaves)
    findings = scan_output(joined, deid)
    if not findings:
        return text, []
    starts, pos = [], 0
    for leaf in leaves:
        starts.append(pos)
        pos += len(leaf) + len(_LEAF_BREAK)
    by_leaf: dict[int, list[Finding]] = {}
    for f in findings:
        i = bisect.bisect_right(starts, f.start) - 1
        if f.end > starts[i] + len(leaves[i]):
            return None
        by_leaf.setdefault(i, []).append(f.model_copy(update={"start": f.start - starts[i], "end": f.end - starts[i]}))
    redacted = iter([_redact(leaf, by_leaf.get(i, []))[0] for i, leaf in enumerate(leaves)])

    def rebuild(value: Any) -> Any:
        if isinstance(value, str):
            return next(redacted)
        if isinstance(value, dict):
            return {k: rebuild(v) for k, v in value.items()}
        if isinstance(value, list):
            return [rebuild(v) for v in value]
        return value

    return json.dumps(rebuild(data), ensure_ascii=False), [f.kind for f in findings]
