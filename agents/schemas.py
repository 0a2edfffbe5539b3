"""Typed outputs of every agent.

Two kinds live here: what a *model* is asked to return (small, bounded schemas that a 1.5B model
can fill under JSON-schema-constrained decoding), and the *reports* the graph stores, which wrap a
model output with provenance (agent, model id, evidence consulted, status).
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints, field_validator

Specialist = Literal["radiology", "pathology", "surgery"]
SPECIALISTS: tuple[Specialist, ...] = ("radiology", "pathology", "surgery")
Likelihood = Literal["high", "moderate", "low"]
LIKELIHOOD_SCORE: dict[str, float] = {"high": 0.7, "moderate": 0.4, "low": 0.15}

Short = Annotated[str, StringConstraints(max_length=240)]
Medium = Annotated[str, StringConstraints(max_length=600)]


# --- what the models return ----------------------------------------------------------------------

class TriageTask(BaseModel):
    specialist: Specialist
    reason: Short = Field(description="Why this expertise is needed for this case.")
    question: Short = Field(description="The specific question for this specialist.")
    depends_on: list[Specialist] = Field(default_factory=list, max_length=2,
                                         description="Specialists whose reports this one needs first.")


class TriageOutput(BaseModel):
    summary: Medium = Field(description="One-paragraph clinical summary of the case.")
    tasks: list[TriageTask] = Field(max_length=3)


class Finding(BaseModel):
    statement: Short
    evidence: list[Short] = Field(default_factory=list, max_length=3,
                                  description="Evidence ids such as [ct_quant:img1] or case fields such as 'labs: troponin'.")


class DifferentialItem(BaseModel):
    diagnosis: Annotated[str, StringConstraints(min_length=2, max_length=120)]
    likelihood: Likelihood
    rationale: Short = ""


class SpecialistOutput(BaseModel):
    findings: list[Finding] = Field(max_length=4)
    differential: list[DifferentialItem] = Field(min_length=1, max_length=4)
    recommendations: list[Short] = Field(default_factory=list, max_length=3)
    confidence: float = Field(ge=0, le=1)
    limitations: list[Short] = Field(default_factory=list, max_length=2)


class SurgicalPlan(BaseModel):
    indicated: bool
    indication: Short = ""
    approach: Short = ""
    risks: list[Short] = Field(default_factory=list, max_length=4)
    alternatives: list[Short] = Field(default_factory=list, max_length=3)


class SurgeryOutput(SpecialistOutput):
    surgical_plan: SurgicalPlan


class ConsensusOutput(BaseModel):
    summary: Medium = Field(description="The joint opinion in plain clinical language, naming any disagreement.")
    uncertainties: list[Short] = Field(default_factory=list, max_length=3)
    resolve_by: list[Short] = Field(default_factory=list, max_length=3,
                                    description="Tests or reviews that would resolve the main uncertainty.")


class FinalAnswer(BaseModel):
    answer: Medium = Field(description="Direct answer to the clinician's question.")
    diagnosis: Annotated[str, StringConstraints(max_length=160)] = Field(description="Most likely diagnosis.")
    option: Literal["A", "B", "C", "D", "E", ""] = Field(default="", description="Chosen option letter, if options were given.")
    rationale: Medium = ""
    uncertainties: list[Short] = Field(default_factory=list, max_length=3)
    resolve_by: list[Short] = Field(default_factory=list, max_length=3,
                                    description="Tests or reviews that would resolve the main uncertainty.")

    @field_validator("option", mode="before")
    @classmethod
    def _letter(cls, value: object) -> object:
        # Endpoints without schema-constrained decoding write "b", "B." or "(B)"; that is still option B.
        if isinstance(value, str) and (m := re.fullmatch(r"\W*([A-Ea-e])\W*", value)):
            return m.group(1).upper()
        return value


StepKind = Literal["investigation", "treatment", "referral", "monitoring", "disposition", "operation", "advice"]
StepWhen = Literal["immediately", "within 1 hour", "within 24 hours", "within 1 week", "routine"]


class PartAnswer(BaseModel):
    part: Literal["diagnosis", "severity", "investigations", "treatment", "next_steps", "disposition",
                  "operation", "prognosis", "answer"]
    answer: Short = Field(description="The answer to this part, or empty when the case cannot answer it.")
    missing: Short = Field(default="", description="What would be needed to answer it, when it cannot be answered.")
    evidence: list[Short] = Field(default_factory=list, max_length=3,
                                  description="Evidence ids such as [score:curb65] or case fields such as 'vitals: RR'.")


class NextStep(BaseModel):
    what: Short = Field(description="The concrete action: which test, drug and dose, referral or observation.")
    kind: StepKind
    who: Annotated[str, StringConstraints(max_length=80)] = Field(description="Who does it (e.g. 'ED doctor', 'surgical registrar').")
    when: StepWhen
    evidence: list[Short] = Field(default_factory=list, max_length=2)


class FinalAnswerParts(FinalAnswer):
    """The final answer to a question that asks several things: each part answered, next steps typed."""

    parts: list[PartAnswer] = Field(default_factory=list, max_length=6,
                                    description="One entry per part asked; a part left out is shown as unanswered.")
    next_steps: list[NextStep] = Field(default_factory=list, max_length=5)


# --- what the graph stores -------------------------------------------------------------------------

class PlannedTask(BaseModel):
    id: str
    specialist: Specialist
    reason: str
    question: str
    depends_on: list[str] = Field(default_factory=list)
    source: Literal["model", "rule"] = "model"


class Plan(BaseModel):
    summary: str
    tasks: list[PlannedTask]
    notes: list[str] = Field(default_factory=list, description="Corrections made to the model's plan, and why.")
    fallback: bool = Field(default=False, description="True when the plan came from rules because triage failed.")
    mode: Literal["team", "alone"] = Field(default="team", description="Specialists convened, or the GP answers alone.")
    decision: str = Field(default="", description="Why the GP convened these specialists or answered alone.")


class SpecialistReport(BaseModel):
    task: str
    specialist: Specialist
    model_id: str
    output: SpecialistOutput | SurgeryOutput
    evidence_ids: list[str] = Field(default_factory=list, description="Expert evidence that was in the prompt.")
    upstream: list[str] = Field(default_factory=list, description="Reports of other specialists that were in the prompt.")
    started_at: str
    seconds: float
    prompt_sha256: str = Field(default="", description="Links the report to its call in the audit trail.")


class TaskFailure(BaseModel):
    task: str
    specialist: str
    kind: str
    reason: str


class MergedDiagnosis(BaseModel):
    diagnosis: str
    key: str = Field(description="Normalised form used to merge entries.")
    score: float = Field(description="Mean likelihood over every agent that reported, 0 for those that did not list it.")
    support: dict[str, Likelihood] = Field(description="Agent -> likelihood it gave.")
    agree: list[str]
    dissent: list[str] = Field(description="Agents that reported but rated it low or did not list it.")
    evidence: list[str]
    rationale: list[str]


class SignOff(BaseModel):
    """The responsible clinician's decision on an opinion; the opinion is final only once signed."""

    decision: Literal["approved", "edited", "rejected"]
    clinician: Annotated[str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True)]
    comment: Annotated[str, StringConstraints(max_length=4000)] = ""
    edited_answer: Annotated[str, StringConstraints(max_length=8000)] | None = Field(
        default=None, description="The clinician's corrected answer, required when the decision is 'edited'.")
    signed_at: str = ""


class Opinion(BaseModel):
    differential: list[MergedDiagnosis]
    red_flags: list[dict] = Field(default_factory=list)
    computed: list[dict] = Field(default_factory=list, description="Scores computed from the case before any model "
                                 "spoke (expert evidence: value, inputs, inputs lacking, source).")
    next_steps: list[dict] = Field(default_factory=list,
                                   description="{text, from: [agents], sources: [citation], support, contradictions}")
    surgical_plan: SurgicalPlan | None = None
    overall_confidence: float
    confidence_basis: str
    missing: list[TaskFailure] = Field(default_factory=list)
    summary: str = ""
    uncertainties: list[str] = Field(default_factory=list)
    resolve_by: list[str] = Field(default_factory=list)
    verification: list[dict] = Field(default_factory=list, description="Check questions and their answers.")
    contradictions: list[str] = Field(default_factory=list, description="Contradictions the verification found.")
    disclaimer: str = ("Decision support for the responsible clinician: review the evidence and limits, "
                       "and sign before acting. Not a final diagnosis.")

    @property
    def leading_diagnosis(self) -> str:
        """The first diagnosis of the differential ("" when it is empty): what the next steps are for."""
        return self.differential[0].diagnosis if self.differential else ""
