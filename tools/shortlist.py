"""A job's ranked shortlist from the stored scores, with names and evidence."""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from core.match import MatchDimension
from store.engine import Store
from store.models import MatchScoreRow
from store.repositories import candidates as candidate_repo
from store.repositories import resumes as resume_repo
from store.repositories import scores as score_repo


class ShortlistEntry(BaseModel):
    """One ranked candidate for a job and why they rank there."""

    rank: int
    candidate_id: str
    name: str | None
    overall: float
    matched_skills: list[str]
    missing_skills: list[str]
    dimensions: list[MatchDimension]
    explanation: str
    stale: bool
    warnings: list[str] = []
    """What the recruiter should know about the resume (hidden text, injected instructions…)."""


async def _ranked_rows(session: AsyncSession, tenant_id: str, job_id: str) -> list[MatchScoreRow]:
    rows = await score_repo.latest_scores_for_job(session, tenant_id=tenant_id, job_id=job_id)
    return sorted(rows, key=lambda row: (-row.overall, row.candidate_id))


async def _entry(
    session: AsyncSession, tenant_id: str, rank: int, row: MatchScoreRow
) -> ShortlistEntry:
    candidate = await candidate_repo.get_candidate(
        session, tenant_id=tenant_id, candidate_id=row.candidate_id
    )
    resume = await resume_repo.get_resume(session, tenant_id=tenant_id, resume_id=row.resume_id)
    return ShortlistEntry(
        rank=rank,
        candidate_id=row.candidate_id,
        name=candidate.name,
        overall=row.overall,
        matched_skills=row.matched_skills,
        missing_skills=row.missing_skills,
        dimensions=[MatchDimension.model_validate(d) for d in row.dimensions],
        explanation=row.explanation,
        stale=row.stale,
        warnings=list(resume.warnings) if resume is not None else [],
    )


async def job_shortlist(
    store: Store, *, tenant_id: str, job_id: str, limit: int = 10
) -> list[ShortlistEntry]:
    """The best `limit` candidates for a job, best first (ties by candidate id)."""
    async with store.session() as session:
        rows = (await _ranked_rows(session, tenant_id, job_id))[:limit]
        return [
            await _entry(session, tenant_id, rank, row) for rank, row in enumerate(rows, start=1)
        ]


async def shortlist_entry(
    store: Store, *, tenant_id: str, job_id: str, candidate_id: str
) -> ShortlistEntry | None:
    """One candidate's entry for the job (with their rank), or None if not scored for it."""
    async with store.session() as session:
        rows = await _ranked_rows(session, tenant_id, job_id)
        for rank, row in enumerate(rows, start=1):
            if row.candidate_id == candidate_id:
                return await _entry(session, tenant_id, rank, row)
    return None


async def job_score_values(store: Store, *, tenant_id: str, job_id: str) -> list[float]:
    """Every current overall score for the job (for a distribution chart)."""
    async with store.session() as session:
        rows = await score_repo.latest_scores_for_job(session, tenant_id=tenant_id, job_id=job_id)
    return [row.overall for row in rows]
