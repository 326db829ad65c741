"""Interviews: the interview of an application, its transcript, scorecard and review tickets.

Every write here may be replayed: the interview graph re-runs a node after a
crash, and a double-clicked answer arrives twice. So turns are keyed by
`(interview_id, seq)` and written over rather than added again, review
tickets have an id derived from the turn that asked for them, and a
scorecard replaces the previous one of its interview.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import NotFound
from core.interview import Scorecard
from store.ids import ID_HEX_CHARS, new_id
from store.models import (
    Application,
    Candidate,
    Interview,
    InterviewMode,
    Job,
    ReviewTicket,
    ScorecardRow,
    Turn,
    utcnow,
)
from store.repositories._sql import column_values, insert_ignore

OPEN_STATUSES = ("pending", "in_progress")
_TURN_CONTENT = ("speaker", "kind", "text", "question_id", "audio_ref", "started_at", "ended_at")


def _derived_id(prefix: str, *parts: object) -> str:
    """A stable id for a row that a replay must not duplicate."""
    digest = hashlib.sha256(":".join(str(part) for part in parts).encode()).hexdigest()
    return f"{prefix}{digest[:ID_HEX_CHARS]}"


async def create_interview(
    session: AsyncSession,
    *,
    tenant_id: str,
    application_id: str,
    mode: InterviewMode = "chat",
) -> Interview:
    """A new pending interview; its checkpoint thread is named after its id."""
    interview_id = new_id("int_")
    interview = Interview(
        id=interview_id,
        tenant_id=tenant_id,
        application_id=application_id,
        mode=mode,
        status="pending",
        thread_id=interview_id,
    )
    session.add(interview)
    await session.flush()
    return interview


async def get_interview(session: AsyncSession, *, tenant_id: str, interview_id: str) -> Interview:
    """The tenant's interview with this id; NotFound otherwise (also for other tenants' ids)."""
    statement = select(Interview).where(
        Interview.tenant_id == tenant_id, Interview.id == interview_id
    )
    interview = await session.scalar(statement)
    if interview is None:
        raise NotFound(f"interview {interview_id} not found")
    return interview


async def latest_interview(
    session: AsyncSession, *, tenant_id: str, application_id: str, open_only: bool = False
) -> Interview | None:
    """The application's most recent interview (only a pending or running one if `open_only`)."""
    statement = select(Interview).where(
        Interview.tenant_id == tenant_id, Interview.application_id == application_id
    )
    if open_only:
        statement = statement.where(Interview.status.in_(OPEN_STATUSES))  # type: ignore[attr-defined]
    statement = statement.order_by(Interview.created_at.desc(), Interview.id.desc())  # type: ignore[attr-defined]
    return await session.scalar(statement.limit(1))


async def set_interview_status(
    session: AsyncSession,
    *,
    tenant_id: str,
    interview_id: str,
    status: str,
    consent_given: bool | None = None,
    started: bool = False,
    finished: bool = False,
) -> Interview:
    """Move an interview to a status, stamping when it started or finished (first time only)."""
    interview = await get_interview(session, tenant_id=tenant_id, interview_id=interview_id)
    interview.status = status
    if consent_given is not None:
        interview.consent_given = consent_given
    now = utcnow()
    if started and interview.started_at is None:
        interview.started_at = now
    if finished and interview.completed_at is None:
        interview.completed_at = now
    await session.flush()
    return interview


@dataclass(frozen=True)
class TurnData:
    """One transcript turn to record (what `add_turns` takes)."""

    seq: int
    speaker: str
    kind: str
    text: str
    question_id: str | None = None
    audio_ref: str | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None


async def add_turns(
    session: AsyncSession, *, tenant_id: str, interview_id: str, turns: Sequence[TurnData]
) -> None:
    """Record turns of the interview in one statement; a seq recorded before is overwritten.

    A replayed node or a repeated submission writes the same `seq` again, so
    the transcript never holds a turn twice. The latest recording wins: after
    a crash between this write and the checkpoint, the run that resumes from
    the checkpoint is the one whose words the interview continues with.
    """
    if not turns:
        return
    rows = [
        column_values(
            Turn(
                id=_derived_id("turn_", tenant_id, interview_id, turn.seq),
                tenant_id=tenant_id,
                interview_id=interview_id,
                seq=turn.seq,
                speaker=turn.speaker,
                kind=turn.kind,
                text=turn.text,
                question_id=turn.question_id,
                audio_ref=turn.audio_ref,
                started_at=turn.started_at or utcnow(),
                ended_at=turn.ended_at,
            )
        )
        for turn in turns
    ]
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = insert(Turn).values(rows)
    changed = {name: statement.excluded[name] for name in _TURN_CONTENT}
    await session.execute(
        statement.on_conflict_do_update(index_elements=["interview_id", "seq"], set_=changed)
    )


async def add_turn(
    session: AsyncSession, *, tenant_id: str, interview_id: str, turn: TurnData
) -> None:
    """Record one turn (see `add_turns`)."""
    await add_turns(session, tenant_id=tenant_id, interview_id=interview_id, turns=[turn])


async def list_turns(session: AsyncSession, *, tenant_id: str, interview_id: str) -> list[Turn]:
    """The interview's transcript in order."""
    statement = (
        select(Turn)
        .where(Turn.tenant_id == tenant_id, Turn.interview_id == interview_id)
        .order_by(Turn.seq)  # type: ignore[arg-type]
    )
    return list((await session.scalars(statement)).all())


async def save_scorecard(
    session: AsyncSession, *, tenant_id: str, interview_id: str, scorecard: Scorecard
) -> ScorecardRow:
    """Store the interview's scorecard, replacing an earlier one (re-scoring is a replace)."""
    await get_interview(session, tenant_id=tenant_id, interview_id=interview_id)
    await session.execute(
        delete(ScorecardRow).where(
            ScorecardRow.tenant_id == tenant_id,  # type: ignore[arg-type]
            ScorecardRow.interview_id == interview_id,  # type: ignore[arg-type]
        )
    )
    row = ScorecardRow(
        id=_derived_id("sc_", tenant_id, interview_id),
        tenant_id=tenant_id,
        interview_id=interview_id,
        dimensions=[d.model_dump(mode="json") for d in scorecard.dimensions],
        overall=scorecard.overall,
        recommendation=scorecard.recommendation,
        summary=scorecard.summary,
        brain=scorecard.brain,
        flags=list(scorecard.flags),
    )
    session.add(row)
    await session.flush()
    return row


async def get_scorecard(
    session: AsyncSession, *, tenant_id: str, interview_id: str
) -> ScorecardRow | None:
    """The interview's scorecard, or None before it is scored (or when it never will be)."""
    statement = select(ScorecardRow).where(
        ScorecardRow.tenant_id == tenant_id, ScorecardRow.interview_id == interview_id
    )
    return await session.scalar(statement)


async def create_review_ticket(
    session: AsyncSession, *, tenant_id: str, interview_id: str, reason: str, seq: int
) -> str:
    """Open a human-review ticket for the request made at turn `seq` (once); returns its id."""
    await get_interview(session, tenant_id=tenant_id, interview_id=interview_id)
    ticket = ReviewTicket(
        id=_derived_id("rev_", tenant_id, interview_id, seq),
        tenant_id=tenant_id,
        interview_id=interview_id,
        reason=reason,
    )
    await insert_ignore(session, ticket, conflict=["id"])
    return ticket.id


async def list_review_tickets(
    session: AsyncSession, *, tenant_id: str, interview_id: str | None = None
) -> list[ReviewTicket]:
    """The tenant's review tickets, oldest first, optionally for one interview."""
    statement = select(ReviewTicket).where(ReviewTicket.tenant_id == tenant_id)
    if interview_id is not None:
        statement = statement.where(ReviewTicket.interview_id == interview_id)
    statement = statement.order_by(ReviewTicket.created_at, ReviewTicket.id)  # type: ignore[arg-type]
    return list((await session.scalars(statement)).all())


async def store_interview_design(
    session: AsyncSession, *, tenant_id: str, job_id: str, design: dict[str, Any]
) -> dict[str, Any]:
    """Keep a generated interview design as the job's rubric unless one is already stored.

    Returns the rubric the job holds afterwards: a design a recruiter edited,
    or one stored by a concurrent interview, wins over the one passed in.
    """
    await session.execute(
        update(Job)
        .where(Job.tenant_id == tenant_id, Job.id == job_id, Job.rubric.is_(None))  # type: ignore[union-attr]
        .values(rubric=design)
    )
    stored = await session.scalar(
        select(Job.rubric).where(Job.tenant_id == tenant_id, Job.id == job_id)
    )
    if stored is None:
        raise NotFound(f"job {job_id} not found")
    return dict(stored)


@dataclass(frozen=True)
class InterviewListing:
    """An interview with who it is for and which job, for a recruiter's list."""

    interview_id: str
    status: str
    candidate_id: str
    candidate_name: str | None
    job_id: str
    job_title: str
    created_at: datetime


async def list_interviews(
    session: AsyncSession, *, tenant_id: str, statuses: Sequence[str] | None = None,
    interview_id: str | None = None, limit: int = 20,
) -> list[InterviewListing]:
    """The tenant's interviews, newest first, optionally only those in `statuses` (or one)."""
    statement = (
        select(Interview, Candidate.id, Candidate.name, Job.id, Job.title)
        .join(Application, (Application.tenant_id == Interview.tenant_id)
              & (Application.id == Interview.application_id))
        .join(Candidate, (Candidate.tenant_id == Application.tenant_id)
              & (Candidate.id == Application.candidate_id))
        .join(Job, (Job.tenant_id == Application.tenant_id) & (Job.id == Application.job_id))
        .where(Interview.tenant_id == tenant_id)
        .order_by(Interview.created_at.desc(), Interview.id)
        .limit(limit)
    )
    if statuses:
        statement = statement.where(Interview.status.in_(list(statuses)))
    if interview_id is not None:
        statement = statement.where(Interview.id == interview_id)
    rows = (await session.execute(statement)).all()
    return [
        InterviewListing(
            interview_id=interview.id, status=interview.status, candidate_id=candidate_id,
            candidate_name=name, job_id=job_id, job_title=title, created_at=interview.created_at,
        )
        for interview, candidate_id, name, job_id, title in rows
    ]
