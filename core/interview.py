"""Interview contracts: the design of a job's interview, assessments and scorecards.

Shared by the planner, the assessor, the scorer (agents/, tools/), the
interview graph (graphs/) and the CLI contract of DESIGN §9.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

QuestionKind = Literal["technical", "behavioural", "custom", "knockout"]
TurnKind = Literal["consent", "question", "follow_up", "answer", "closing"]
Recommendation = Literal["strong yes", "yes", "no", "strong no"]
ClaimVerdict = Literal["supported", "not supported", "contradicted"]


class RubricDimension(BaseModel):
    """One assessed dimension, scored 1–5 against written anchors."""

    name: str
    weight: float = Field(1.0, ge=0)
    description: str = ""
    anchor_1: str = Field(..., description="What a 1 looks like.")
    anchor_5: str = Field(..., description="What a 5 looks like.")


class InterviewQuestion(BaseModel):
    """A main question; custom questions are asked verbatim."""

    id: str
    text: str
    kind: QuestionKind
    dimension: str = Field(..., description="The rubric dimension the answer is evidence for.")
    skill: str | None = None
    ideal_answer: str | None = None
    probes_claim: str | None = Field(None, description="Resume claim this question tests.")
    seconds: int = Field(180, ge=10, description="Time allowed for the answer.")


class InterviewDesign(BaseModel):
    """A job's interview: the same rubric for every candidate of the job."""

    job_id: str
    dimensions: list[RubricDimension]
    questions: list[InterviewQuestion] = Field(..., max_length=10)
    knockouts: list[InterviewQuestion] = Field(default_factory=list)
    max_follow_ups: int = Field(2, ge=0, le=2)
    version: int = 1


class AnswerAssessment(BaseModel):
    """How an answer measures up (the `scout assess --json` contract)."""

    score: int = Field(..., ge=1, le=5)
    specific: bool
    complete: bool
    on_topic: bool
    follow_up: str | None = None
    reasons: list[str] = Field(default_factory=list)


class EvidenceQuote(BaseModel):
    """A quote from the transcript (it must occur in the turn it names)."""

    quote: str
    turn: int


class ScorecardDimension(BaseModel):
    """A rubric dimension's 1–5 score (None = insufficient evidence) with quotes."""

    name: str
    score: float | None
    weight: float
    evidence: list[EvidenceQuote] = Field(default_factory=list)


class ClaimCheck(BaseModel):
    """A resume claim held against what the candidate said."""

    claim: str
    verdict: ClaimVerdict
    resume_quote: str
    answer_quote: str | None = None
    turn: int | None = None


class Scorecard(BaseModel):
    """The outcome of an interview, as shown to hiring managers."""

    overall: float | None
    recommendation: Recommendation | None
    summary: str
    dimensions: list[ScorecardDimension] = Field(default_factory=list)
    claims: list[ClaimCheck] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)
    insufficient_evidence: str | None = None
    brain: str = "offline"


class TranscriptTurn(BaseModel):
    """One line of the transcript (the `scout interview run --json` contract)."""

    seq: int
    speaker: Literal["scout", "candidate"]
    kind: TurnKind
    text: str
