"""The interview graph's state, its per-run dependencies, and its limits.

State holds only JSON-shaped values (see `tools.interview_turns`): it is
written to the checkpointer at every turn. Dependencies that cannot be
serialised (the brain, the store) travel in the run context instead and
are handed in by the runner at each invocation.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Protocol, TypedDict

from agents.interview_brain import InterviewBrain
from core.interview import InterviewDesign, Scorecard
from core.resume import ParsedResume
from core.settings import Settings
from tools.interview_turns import AnswerPayload, Draft, TurnRecord

Phase = Literal["consent", "questions", "closing", "done"]


class InterviewInput(TypedDict):
    """What starts an interview: who, for which job, on which tenant."""

    interview_id: str
    """Also the checkpointer thread id."""
    tenant_id: str
    job_id: str
    job_title: str
    """Named in the AI disclosure."""
    candidate_id: str
    resume_id: str | None
    """The application's resume, for planning and the claim check (None: none on file)."""


class InterviewState(InterviewInput, total=False):
    """Everything the interview remembers between turns."""

    phase: Phase
    """Where the interview is; decides how the next reply is read."""
    transcript: Annotated[list[TurnRecord], operator.add]
    """Every turn so far, in order; nodes append (seq = position + 1)."""
    stored_seq: int
    """Turns up to this seq are in the store; the rest go with the next write."""
    queued: Draft | None
    """What Scout says next; `ask` puts it in the transcript and waits."""
    pending: TurnRecord | None
    """The turn the candidate is asked to answer now (None when nothing is asked)."""
    reply: AnswerPayload | None
    """The last payload the candidate's UI sent (consent flag, confidence...)."""
    ended: bool
    """The candidate left (or a script ran out of answers) before the interview ended."""
    consent: bool | None
    consent_asks: int
    """How many times consent was asked (bounded by settings)."""
    design: dict[str, Any] | None
    """The job's InterviewDesign as it stood when this interview was planned."""
    questions: list[dict[str, Any]]
    """This candidate's planned main questions (InterviewQuestion dicts)."""
    position: int
    """Index in `questions` of the question being asked."""
    follow_ups: int
    """Follow-ups asked on the current question."""
    repeats: int
    """'Could you repeat?' requests on the current question."""
    low_confidence: Annotated[list[int], operator.add]
    """Seqs of answers whose transcription was too unsure to assess or quote."""
    assessments: Annotated[list[dict[str, Any]], operator.add]
    """Each assessment made (question id, answer seq and the AnswerAssessment)."""
    closing_rounds: int
    """Candidate questions answered while closing (bounded by settings)."""
    review_tickets: Annotated[list[str], operator.add]
    closing_note: str
    """What Scout still has to say when the closing rounds run out (said with the farewell)."""
    scorecard: dict[str, Any] | None
    """The full core Scorecard (with claim checks) once scored."""
    status: str
    """pending, in_progress, declined, completed or incomplete."""


class InterviewOutput(TypedDict, total=False):
    """What each run returns to the runner: enough to show the candidate what comes next."""

    interview_id: str
    status: str
    phase: Phase
    transcript: list[TurnRecord]
    pending: TurnRecord | None
    scorecard: dict[str, Any] | None
    questions: list[dict[str, Any]]
    position: int
    """With `questions`: the progress a UI shows ("question 3 of 6")."""


class InterviewRecords(Protocol):
    """The store side of the interview (tools.interview_service.StoreInterviewRecords)."""

    async def load_design(self, tenant_id: str, job_id: str) -> InterviewDesign:
        """The job's interview design (generated and stored when missing)."""
        ...

    async def load_resume(
        self, tenant_id: str, resume_id: str | None
    ) -> tuple[ParsedResume | None, list[str]]:
        """The parsed resume and its text lines."""
        ...

    async def record_turns(
        self, tenant_id: str, interview_id: str, turns: list[TurnRecord]
    ) -> None:
        """Store turns, idempotently by seq."""
        ...

    async def record_consent(self, tenant_id: str, interview_id: str, *, agreed: bool) -> None:
        """Store the consent decision."""
        ...

    async def open_review(self, tenant_id: str, interview_id: str, *, reason: str, seq: int) -> str:
        """Open a human-review ticket linked to the interview; returns its id."""
        ...

    async def finish(
        self, tenant_id: str, interview_id: str, *, status: str, scorecard: Scorecard
    ) -> None:
        """Store the scorecard and the final status."""
        ...


@dataclass(frozen=True)
class InterviewLimits:
    """Every loop bound of the interview, from settings."""

    max_follow_ups: int = 2
    max_turns: int = 80
    max_repeats: int = 2
    max_consent_asks: int = 2
    max_closing_rounds: int = 3
    min_confidence: float = 0.35

    @classmethod
    def from_settings(cls, settings: Settings) -> InterviewLimits:
        """The limits configured for this process."""
        return cls(
            max_follow_ups=settings.interview_max_follow_ups,
            max_turns=settings.interview_max_turns,
            max_repeats=settings.interview_max_repeats,
            max_consent_asks=settings.interview_max_consent_asks,
            max_closing_rounds=settings.interview_max_closing_rounds,
            min_confidence=settings.stt_min_confidence,
        )


@dataclass(frozen=True)
class InterviewDeps:
    """The run context: the brain, the store side, the limits (never checkpointed)."""

    brain: InterviewBrain
    records: InterviewRecords
    limits: InterviewLimits
