"""What a review gives back: :class:`ReviewResult`, the stored state of one review for the clinician.

It lives apart from :mod:`consilium.orchestration.api` so that the event stream and the node board
(:mod:`consilium.orchestration.events`) can carry it without importing the API that produces it.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from consilium.agents.schemas import Opinion, Plan, SpecialistReport, TaskFailure


class ReviewResult(BaseModel):
    review_id: str
    case_id: str
    plan: Plan | None = None
    reports: dict[str, SpecialistReport] = Field(default_factory=dict)
    failures: dict[str, TaskFailure] = Field(default_factory=dict)
    evidence: dict[str, dict[str, Any]] = Field(default_factory=dict)
    red_flags: list[dict[str, Any]] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list, description="Instruction-like text found in the case.")
    deidentified: bool = Field(default=False, description="Models saw a de-identified copy of the case.")
    opinion: Opinion | None = None
    answer: dict[str, Any] | None = None
    signoff: dict[str, Any] | None = None
    awaiting_signoff: bool = False
    audit: list[dict[str, Any]] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict)
    seconds: float = 0.0
    # The answer exists and the run stopped after it (finished, or paused for sign-off). A run that stopped
    # mid-review (a crash between a step's writes and its checkpoint) may hold an answer and not be complete.
    complete: bool = False

    @property
    def llm_calls(self) -> int:
        return len(self.audit)

    @property
    def tokens_in(self) -> int:
        return sum(a.get("tokens_in", 0) for a in self.audit)

    @property
    def tokens_out(self) -> int:
        return sum(a.get("tokens_out", 0) for a in self.audit)

    @classmethod
    def from_state(cls, review_id: str, values: dict[str, Any], *, seconds: float = 0.0,
                   waiting: bool = False, unfinished: bool = False) -> ReviewResult:
        """``unfinished``: the stored run has steps left (it stopped mid-review), whatever its values hold by then."""
        return cls(
            review_id=review_id, case_id=(values.get("case") or {}).get("id", ""), plan=values.get("plan"),
            reports=values.get("reports") or {}, failures=values.get("failures") or {},
            evidence=values.get("evidence") or {}, red_flags=values.get("red_flags") or [],
            warnings=values.get("warnings") or [],
            opinion=values.get("opinion"), answer=values.get("answer"), audit=values.get("audit") or [],
            timings=values.get("timings") or {}, seconds=seconds, complete=values.get("answer") is not None and not unfinished,
            signoff=values.get("signoff"), awaiting_signoff=waiting,
        )
