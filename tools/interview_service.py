"""The store side of interviews, shared by the interview graph and every UI.

- `StoreInterviewRecords`: what the graph's nodes read and write (design,
  resume, turns, consent, review tickets, the final scorecard), each write
  idempotent so that a replayed node changes nothing;
- `prepare_interview` / `find_target`: which interview a UI is talking about
  (the application is found or made; an open interview is continued);
- `load_report`: an interview as the `scout interview run|show --json`
  contract (DESIGN §9) prints it.

The graph-driving runner lives in `graphs/interview_runner.py`: tools never
import graphs.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from pydantic import BaseModel, Field, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import InputError
from core.interview import (
    EvidenceQuote,
    InterviewDesign,
    Recommendation,
    Scorecard,
    TranscriptTurn,
)
from core.resume import ParsedResume
from store.engine import Store
from store.models import Interview, InterviewMode, Resume
from store.repositories import applications as application_repo
from store.repositories import interviews as interview_repo
from store.repositories import jobs as job_repo
from store.repositories import resumes as resume_repo
from tools.interview_design import design_interview
from tools.interview_turns import TurnRecord, parse_time

FINISHED_STATUSES = ("completed", "incomplete", "declined")


@dataclass(frozen=True)
class StoreInterviewRecords:
    """The interview graph's reads and writes, against the SQL store.

    On SQLite, writes from concurrent interviews queue on an asyncio lock:
    SQLite admits one writer at a time, and a writer that finds the
    database locked sleeps in growing steps (its busy handler) instead of
    waiting its turn, which under load costs far more than queueing.
    """

    store: Store
    _write_lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @asynccontextmanager
    async def _writing(self) -> AsyncIterator[AsyncSession]:
        """A write transaction, one at a time on SQLite."""
        serialise = self.store.engine.dialect.name == "sqlite"
        gate = self._write_lock if serialise else contextlib.nullcontext()
        async with gate, self.store.transaction() as session:
            yield session

    async def load_design(self, tenant_id: str, job_id: str) -> InterviewDesign:
        """The job's stored design; one is generated from its profile and stored when missing."""
        async with self._writing() as session:
            job = await job_repo.get_job(session, tenant_id=tenant_id, job_id=job_id)
            rubric = job.rubric
            if rubric is None:
                generated = design_interview(job.profile_model(), job_id=job_id)
                rubric = await interview_repo.store_interview_design(
                    session,
                    tenant_id=tenant_id,
                    job_id=job_id,
                    design=generated.model_dump(mode="json"),
                )
        try:
            return InterviewDesign.model_validate(rubric)
        except ValidationError as error:
            raise InputError(
                f"the interview design stored for job {job_id} is invalid: {error}"
            ) from error

    async def load_resume(
        self, tenant_id: str, resume_id: str | None
    ) -> tuple[ParsedResume | None, list[str]]:
        """The parsed resume and its non-empty text lines (for quoting claims), if any."""
        if resume_id is None:
            return None, []
        async with self.store.session() as session:
            resume = await resume_repo.get_resume(session, tenant_id=tenant_id, resume_id=resume_id)
        if resume is None:
            return None, []
        lines = [line.strip() for line in resume.text.splitlines() if line.strip()]
        return resume.parsed_model(), lines

    async def record_turns(
        self, tenant_id: str, interview_id: str, turns: list[TurnRecord]
    ) -> None:
        """Store transcript turns in one transaction; a seq stored before is written over."""
        data = [
            interview_repo.TurnData(
                seq=turn["seq"],
                speaker=turn["speaker"],
                kind=turn["kind"],
                text=turn["text"],
                question_id=turn["question_id"],
                audio_ref=turn["audio_ref"],
                started_at=parse_time(turn["started_at"]),
                ended_at=parse_time(turn["ended_at"]),
            )
            for turn in turns
        ]
        async with self._writing() as session:
            await interview_repo.add_turns(
                session, tenant_id=tenant_id, interview_id=interview_id, turns=data
            )

    async def record_consent(self, tenant_id: str, interview_id: str, *, agreed: bool) -> None:
        """Consent given starts the interview; declined ends it with only the consent record."""
        async with self._writing() as session:
            await interview_repo.set_interview_status(
                session,
                tenant_id=tenant_id,
                interview_id=interview_id,
                status="in_progress" if agreed else "declined",
                consent_given=agreed,
                started=agreed,
                finished=not agreed,
            )

    async def open_review(self, tenant_id: str, interview_id: str, *, reason: str, seq: int) -> str:
        """A human-review ticket linked to the interview, once per requesting turn."""
        async with self._writing() as session:
            return await interview_repo.create_review_ticket(
                session, tenant_id=tenant_id, interview_id=interview_id, reason=reason, seq=seq
            )

    async def finish(
        self, tenant_id: str, interview_id: str, *, status: str, scorecard: Scorecard
    ) -> None:
        """Store the scorecard and the final status together."""
        async with self._writing() as session:
            await interview_repo.save_scorecard(
                session, tenant_id=tenant_id, interview_id=interview_id, scorecard=scorecard
            )
            await interview_repo.set_interview_status(
                session,
                tenant_id=tenant_id,
                interview_id=interview_id,
                status=status,
                finished=True,
            )


@dataclass(frozen=True)
class InterviewTarget:
    """An interview and what the graph needs to know about its application."""

    interview_id: str
    tenant_id: str
    application_id: str
    job_id: str
    job_title: str
    candidate_id: str
    resume_id: str | None
    status: str

    @property
    def finished(self) -> bool:
        """Whether the interview has ended (scored, incomplete or declined)."""
        return self.status in FINISHED_STATUSES


def _latest_resume(resumes: list[Resume]) -> str | None:
    parsed = [r for r in resumes if r.parsed is not None]
    chosen = (parsed or resumes)[-1:] or [None]
    return chosen[0].id if chosen[0] is not None else None


async def prepare_interview(
    store: Store,
    *,
    tenant_id: str,
    job_id: str,
    candidate_id: str,
    mode: InterviewMode = "chat",
    fresh: bool = False,
) -> InterviewTarget:
    """The application's open interview, or a new one (always new with `fresh`).

    The application is created when the candidate has not applied yet, with
    their latest parsed resume. A finished interview is returned as is unless
    `fresh`, so running `interview start` again shows the outcome rather than
    silently starting over.
    """
    async with store.transaction() as session:
        resumes = await resume_repo.list_resumes(
            session, tenant_id=tenant_id, candidate_id=candidate_id
        )
        application = await application_repo.ensure_application(
            session,
            tenant_id=tenant_id,
            candidate_id=candidate_id,
            job_id=job_id,
            resume_id=None,
        )
        if application.resume_id is None and resumes:
            application.resume_id = _latest_resume(resumes)
            await session.flush()
        interview = (
            None
            if fresh
            else await interview_repo.latest_interview(
                session, tenant_id=tenant_id, application_id=application.id
            )
        )
        if interview is None:
            interview = await interview_repo.create_interview(
                session, tenant_id=tenant_id, application_id=application.id, mode=mode
            )
        job = await job_repo.get_job(session, tenant_id=tenant_id, job_id=job_id)
        return _target(
            interview,
            job_title=job.title,
            job_id=job_id,
            candidate_id=candidate_id,
            resume_id=application.resume_id,
        )


async def find_target(store: Store, *, tenant_id: str, interview_id: str) -> InterviewTarget:
    """An existing interview of the tenant, with its application's job and candidate."""
    async with store.session() as session:
        interview = await interview_repo.get_interview(
            session, tenant_id=tenant_id, interview_id=interview_id
        )
        application = await application_repo.get_application(
            session, tenant_id=tenant_id, application_id=interview.application_id
        )
        job = await job_repo.get_job(session, tenant_id=tenant_id, job_id=application.job_id)
    return _target(
        interview,
        job_title=job.title,
        job_id=job.id,
        candidate_id=application.candidate_id,
        resume_id=application.resume_id,
    )


def _target(
    interview: Interview,
    *,
    job_title: str,
    job_id: str,
    candidate_id: str,
    resume_id: str | None,
) -> InterviewTarget:
    return InterviewTarget(
        interview_id=interview.id,
        tenant_id=interview.tenant_id,
        application_id=interview.application_id,
        job_id=job_id,
        job_title=job_title,
        candidate_id=candidate_id,
        resume_id=resume_id,
        status=interview.status,
    )


class ScorecardDimensionView(BaseModel):
    """A dimension as the CLI contract shows it."""

    name: str
    score: float | None
    weight: float
    evidence: list[EvidenceQuote] = Field(default_factory=list)


class ScorecardView(BaseModel):
    """The projection of a Scorecard in `scout interview run|show --json`."""

    overall: float | None = None
    recommendation: Recommendation | None = None
    summary: str = ""
    dimensions: list[ScorecardDimensionView] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)


class InterviewReport(BaseModel):
    """`scout interview run|show --json`: exactly these keys (DESIGN §9)."""

    interview_id: str
    status: str
    transcript: list[TranscriptTurn]
    scorecard: ScorecardView


NO_SCORECARD = {
    "declined": "The candidate declined consent, so no questions were asked and nothing is scored.",
    "pending": "The interview has not started yet.",
    "in_progress": "The interview is still in progress; it is scored when it ends.",
}


async def load_report(store: Store, *, tenant_id: str, interview_id: str) -> InterviewReport:
    """The interview's transcript and scorecard from the store."""
    async with store.session() as session:
        interview = await interview_repo.get_interview(
            session, tenant_id=tenant_id, interview_id=interview_id
        )
        turns = await interview_repo.list_turns(
            session, tenant_id=tenant_id, interview_id=interview_id
        )
        row = await interview_repo.get_scorecard(
            session, tenant_id=tenant_id, interview_id=interview_id
        )
    transcript = [
        TranscriptTurn(seq=t.seq, speaker=t.speaker, kind=t.kind, text=t.text)  # type: ignore[arg-type]
        for t in turns
    ]
    if row is None:
        view = ScorecardView(summary=NO_SCORECARD.get(interview.status, "Not scored."))
    else:
        view = ScorecardView(
            overall=row.overall,
            recommendation=row.recommendation,  # type: ignore[arg-type]
            summary=row.summary,
            dimensions=[ScorecardDimensionView.model_validate(d) for d in row.dimensions],
            flags=list(row.flags),
        )
    return InterviewReport(
        interview_id=interview.id, status=interview.status, transcript=transcript, scorecard=view
    )
