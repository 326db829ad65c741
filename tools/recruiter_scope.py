"""Who may see what: the asker's tenant and, for a hiring manager, their jobs.

Every recruiter tool starts here. A recruiter or admin sees every job of
their tenant; a hiring manager only the jobs they are a member of (and so
only candidates who applied to those jobs, and only those applications); a
candidate account sees nothing. The scope is resolved from the database on
each call, never taken from the question or the model.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from core.context import RunContext
from core.recruiter import JobOption
from store.engine import Store
from store.models import Job
from store.repositories import jobs as job_repo

FULL_ACCESS_ROLES = frozenset({"admin", "recruiter"})


@dataclass(frozen=True)
class Scope:
    """The jobs an asker may see; `job_ids is None` means all of the tenant's jobs."""

    tenant_id: str
    actor: str
    jobs: tuple[Job, ...]
    restricted: bool

    @property
    def job_ids(self) -> list[str] | None:
        """Job ids for SQL scoping, or None when every job is visible."""
        return [job.id for job in self.jobs] if self.restricted else None

    def job_title(self, job_id: str) -> str:
        """The title of a visible job (its id when unknown)."""
        return next((job.title for job in self.jobs if job.id == job_id), job_id)

    def visible(self, job_id: str) -> bool:
        """Whether the asker may see this job."""
        return any(job.id == job_id for job in self.jobs)


async def resolve_scope(session: AsyncSession, ctx: RunContext) -> Scope:
    """The asker's scope: every job for recruiters and admins, their own for hiring managers."""
    actor = ctx.user_id or f"{ctx.role}:cli"
    if ctx.role in FULL_ACCESS_ROLES:
        jobs = await job_repo.list_jobs(session, tenant_id=ctx.tenant_id)
        return Scope(ctx.tenant_id, actor, tuple(jobs), restricted=False)
    if ctx.role == "hiring_manager" and ctx.user_id:
        jobs = await job_repo.list_jobs(
            session, tenant_id=ctx.tenant_id, member_user_id=ctx.user_id
        )
        return Scope(ctx.tenant_id, actor, tuple(jobs), restricted=True)
    return Scope(ctx.tenant_id, actor, (), restricted=True)


async def visible_jobs(store: Store, ctx: RunContext) -> list[JobOption]:
    """The jobs the asker can see, as questions may name them."""
    async with store.session() as session:
        scope = await resolve_scope(session, ctx)
    return [JobOption(id=job.id, title=job.title) for job in scope.jobs]
