"""What a worker needs locally before it goes on with a review another worker (maybe on another machine) began.

A de-identified review is re-identified for the clinician from its *private original*, a file under the home
folder of the process that started it (:class:`~consilium.orchestration.privacy.guard.PrivacyGuard`). A worker
elsewhere that takes the case over has no such file: without it the result would show the placeholders the
models saw, and no scrubber would check the remaining model replies. The queue message carries the case, so
the worker writes the original again, exactly as starting the review wrote it.
"""

from __future__ import annotations

from typing import Any


def keep_private_original(consilium: Any, case: Any, review_id: str) -> None:
    """Write ``case``'s private original for ``review_id`` unless this machine has it (or nothing is de-identified).

    The de-identifier rebuilt from it matches the first worker's when both share the deployment's ``deid_secret``,
    which every worker of one queue must (its date shifts come from it)."""
    privacy = getattr(consilium, "privacy", None)
    if privacy is None or privacy.original(review_id) is not None:
        return
    from consilium.orchestration.case.checks import prepare_case

    privacy.protect(prepare_case(case, consilium.settings).case, review_id)  # what Consilium.review stored
