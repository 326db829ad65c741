"""The tenant's interviews for a recruiter's list (who, which job, where it stands)."""

from __future__ import annotations

from collections.abc import Sequence

from store.engine import Store
from store.repositories import interviews as interview_repo
from store.repositories.interviews import InterviewListing

FINISHED = ("completed", "incomplete")


async def recent_interviews(
    store: Store, *, tenant_id: str, statuses: Sequence[str] | None = None, limit: int = 20
) -> list[InterviewListing]:
    """Newest first; `statuses` narrows to e.g. the finished ones."""
    async with store.session() as session:
        return await interview_repo.list_interviews(
            session, tenant_id=tenant_id, statuses=statuses, limit=limit
        )


async def interview_listing(
    store: Store, *, tenant_id: str, interview_id: str
) -> InterviewListing | None:
    """One interview with its candidate and job, or None if the tenant has no such interview."""
    async with store.session() as session:
        found = await interview_repo.list_interviews(
            session, tenant_id=tenant_id, interview_id=interview_id, limit=1
        )
    return found[0] if found else None
