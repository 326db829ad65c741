"""Candidates: the people behind resumes. Contact fields are personal data."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Select, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import NotFound
from store.ids import new_id
from store.models import (
    Application,
    ApplicationSummary,
    Candidate,
    CandidateEmail,
    CandidateListing,
    MatchScoreRow,
)
from store.repositories.users import normalise_email


def _unique_emails(emails: Iterable[str]) -> list[str]:
    """Lower-cased, blank-free, first occurrence kept: one spelling per address."""
    seen: dict[str, None] = {}
    for email in emails:
        normalised = normalise_email(email)
        if normalised:
            seen.setdefault(normalised, None)
    return list(seen)


async def _index_emails(session: AsyncSession, candidate: Candidate) -> None:
    """Make the email lookup table match `candidate.emails`."""
    await session.execute(
        delete(CandidateEmail).where(
            CandidateEmail.tenant_id == candidate.tenant_id,
            CandidateEmail.candidate_id == candidate.id,
        )
    )
    session.add_all(
        CandidateEmail(tenant_id=candidate.tenant_id, candidate_id=candidate.id, email=email)
        for email in candidate.emails
    )
    await session.flush()


async def create_candidate(
    session: AsyncSession,
    *,
    tenant_id: str,
    name: str | None,
    emails: Sequence[str] = (),
    phones: Sequence[str] = (),
    location: str | None = None,
) -> Candidate:
    """A new candidate; emails are stored lower-cased and de-duplicated.

    This does not check for an existing candidate with the same email: the
    caller decides what counts as the same person (see
    `find_candidate_by_email`).
    """
    candidate = Candidate(
        id=new_id("cand_"),
        tenant_id=tenant_id,
        name=name,
        emails=_unique_emails(emails),
        phones=list(dict.fromkeys(phone.strip() for phone in phones if phone.strip())),
        location=location,
    )
    session.add(candidate)
    await session.flush()
    await _index_emails(session, candidate)
    return candidate


async def update_candidate(
    session: AsyncSession,
    *,
    tenant_id: str,
    candidate_id: str,
    name: str | None = None,
    emails: Sequence[str] | None = None,
    phones: Sequence[str] | None = None,
    location: str | None = None,
) -> Candidate:
    """Replace the fields given (None leaves a field as it is); keeps the email index in step."""
    candidate = await get_candidate(session, tenant_id=tenant_id, candidate_id=candidate_id)
    if name is not None:
        candidate.name = name
    if phones is not None:
        candidate.phones = list(dict.fromkeys(phone.strip() for phone in phones if phone.strip()))
    if location is not None:
        candidate.location = location
    if emails is not None:
        candidate.emails = _unique_emails(emails)
        await _index_emails(session, candidate)
    await session.flush()
    return candidate


async def get_candidate(session: AsyncSession, *, tenant_id: str, candidate_id: str) -> Candidate:
    """The tenant's candidate with this id; NotFound otherwise."""
    statement = select(Candidate).where(
        Candidate.tenant_id == tenant_id, Candidate.id == candidate_id
    )
    candidate = await session.scalar(statement)
    if candidate is None:
        raise NotFound(f"candidate {candidate_id} not found")
    return candidate


async def find_candidate_by_email(
    session: AsyncSession, *, tenant_id: str, email: str | Sequence[str]
) -> Candidate | None:
    """The tenant's candidate owning any of these emails (the oldest if several), or None.

    Matching is case-insensitive. Pass every email of a new resume to catch a
    candidate who listed another address before.
    """
    wanted = _unique_emails([email] if isinstance(email, str) else email)
    if not wanted:
        return None
    statement = (
        select(Candidate)
        .join(
            CandidateEmail,
            (CandidateEmail.tenant_id == Candidate.tenant_id)
            & (CandidateEmail.candidate_id == Candidate.id),
        )
        .where(Candidate.tenant_id == tenant_id, CandidateEmail.email.in_(wanted))  # type: ignore[attr-defined]
        .order_by(Candidate.created_at, Candidate.id)
        .limit(1)
    )
    return await session.scalar(statement)


async def list_candidates(
    session: AsyncSession,
    *,
    tenant_id: str,
    job_id: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[CandidateListing]:
    """Candidates with their applications and each application's current score.

    The `scout candidates list` shape. With `job_id`, only candidates who
    applied to that job, and only that application. Oldest candidate first.
    Two queries whatever the number of candidates.
    """
    candidates = select(Candidate).where(Candidate.tenant_id == tenant_id)
    if job_id is not None:
        applied = select(Application.candidate_id).where(
            Application.tenant_id == tenant_id, Application.job_id == job_id
        )
        candidates = candidates.where(Candidate.id.in_(applied))  # type: ignore[attr-defined]
    candidates = candidates.order_by(Candidate.created_at, Candidate.id).offset(offset).limit(limit)
    rows = list((await session.scalars(candidates)).all())
    if not rows:
        return []
    page_ids = candidates.with_only_columns(Candidate.id)
    summaries = await _application_summaries(
        session, tenant_id=tenant_id, candidate_ids=page_ids, job_id=job_id
    )
    return [
        CandidateListing(
            id=row.id,
            name=row.name,
            emails=list(row.emails),
            applications=summaries.get(row.id, []),
        )
        for row in rows
    ]


async def _application_summaries(
    session: AsyncSession, *, tenant_id: str, candidate_ids: Select[tuple[str]], job_id: str | None
) -> dict[str, list[ApplicationSummary]]:
    """candidate id → its applications (oldest first) with their current scores.

    `candidate_ids` is a subquery rather than a list of values: a page of
    thousands would exceed SQLite's limit on bound parameters.
    """
    statement = (
        select(
            Application.candidate_id, Application.job_id, Application.stage, MatchScoreRow.overall
        )
        .outerjoin(
            MatchScoreRow,
            (MatchScoreRow.tenant_id == Application.tenant_id)
            & (MatchScoreRow.application_id == Application.id),
        )
        .where(
            Application.tenant_id == tenant_id,
            Application.candidate_id.in_(candidate_ids),  # type: ignore[attr-defined]
        )
        .order_by(Application.applied_at, Application.id)
    )
    if job_id is not None:
        statement = statement.where(Application.job_id == job_id)
    summaries: dict[str, list[ApplicationSummary]] = {}
    for candidate_id, app_job_id, stage, overall in (await session.execute(statement)).all():
        summaries.setdefault(candidate_id, []).append(
            ApplicationSummary(job_id=app_job_id, stage=stage, match_score=overall)
        )
    return summaries
