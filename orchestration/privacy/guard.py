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

from collections.abc import Callable
from pathlib import Path
from typing import Any

from consilium.orchestration.case.model import Case
from consilium.orchestration.files import PRIVATE_FILE, private_folder, write_text_atomic
from consilium.orchestration.privacy.deid import Deidentifier, deidentify_case, scan_output

_KEEP_AS_STORED = {"audit", "review_id", "case_id"}
_EXPERT_OUTPUT = {"evidence"}


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

    def load(self, review_id: str) -> Deidentifier | None:
        """The de-identifier of a stored review, rebuilt from its private original; None if absent."""
        original = self.original(review_id)
        return None if original is None else deidentify_case(original, secret=self.secret)[1]

    @staticmethod
    def scrubber(deid: Deidentifier) -> Callable[[str], tuple[str, list[str]]]:
        def scrub(text: str) -> tuple[str, list[str]]:
            findings = scan_output(text, deid)
            for f in sorted(findings, key=lambda f: f.start, reverse=True):
                text = text[:f.start] + f"[REDACTED_{f.kind}]" + text[f.end:]
            return text, [f.kind for f in findings]
        return scrub

    @staticmethod
    def reidentify(data: dict[str, Any], deid: Deidentifier) -> dict[str, Any]:
        def walk(value: Any, unshift: bool) -> Any:
            if isinstance(value, str):
                return deid.reidentify(value, unshift_dates=unshift)
            if isinstance(value, dict):
                return {k: walk(v, unshift) for k, v in value.items()}
            if isinstance(value, list):
                return [walk(v, unshift) for v in value]
            return value
        # Experts also write what never went through de-identification (file paths, their own dates): only
        # the dates this case shifted come back there, never "any date moved back by the offset".
        return {k: (v if k in _KEEP_AS_STORED else walk(v, k not in _EXPERT_OUTPUT)) for k, v in data.items()}
