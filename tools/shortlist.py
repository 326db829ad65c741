"""A job's ranked shortlist from the stored scores, with names and evidence."""

from __future__ import annotations

from pydantic import BaseModel

from core.match import MatchDimension
from store.engine import Store
from store.repositories import candidates as candidate_repo
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


async def job_shortlist(
    store: Store, *, tenant_id: str, job_id: str, limit: int = 10
) -> list[ShortlistEntry]:
    """The best `limit` candidates for a job, best first (ties by candidate id)."""
    async with store.session() as session:
        rows = await score_repo.latest_scores_for_job(session, tenant_id=tenant_id, job_id=job_id)
        rows = sorted(rows, key=lambda row: (-row.overall, row.candidate_id))[:limit]
        entries = []
        for rank, row in enumerate(rows, start=1):
            candidate = await candidate_repo.get_candidate(
                session, tenant_id=tenant_id, candidate_id=row.candidate_id
            )
            entries.append(
                ShortlistEntry(
                    rank=rank,
                    candidate_id=row.candidate_id,
                    name=candidate.name,
                    overall=row.overall,
                    matched_skills=row.matched_skills,
                    missing_skills=row.missing_skills,
                    dimensions=[MatchDimension.model_validate(d) for d in row.dimensions],
                    explanation=row.explanation,
                    stale=row.stale,
                )
            )
        return entries
