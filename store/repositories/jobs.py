"""Jobs: descriptions, their analysed profiles, weights, and who works on them."""

from __future__ import annotations

from typing import Any, get_args

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import InputError, NotFound
from core.job import JobProfile
from core.weights import MatchWeights
from store.ids import new_id
from store.models import Job, JobMember, JobStatus
from store.repositories._sql import insert_ignore
from store.repositories.scores import mark_scores_stale
from store.repositories.users import get_user


async def create_job(
    session: AsyncSession,
    *,
    tenant_id: str,
    title: str,
    raw_text: str,
    profile: JobProfile,
    weights: MatchWeights,
    source_sha256: str | None = None,
    rubric: dict[str, Any] | None = None,
) -> Job:
    """A new open job at version 1.

    The profile is stored without its `id` (the row's id is the truth; see
    `Job.profile_model`). `source_sha256` is the hash of the uploaded file, so
    `find_job_by_source` can tell a re-upload from a new job.
    """
    job = Job(
        id=new_id("job_"),
        tenant_id=tenant_id,
        title=title,
        raw_text=raw_text,
        profile=profile.model_dump(mode="json", exclude={"id"}),
        weights=weights.model_dump(mode="json"),
        rubric=rubric,
        source_sha256=source_sha256,
    )
    session.add(job)
    await session.flush()
    return job


async def get_job(session: AsyncSession, *, tenant_id: str, job_id: str) -> Job:
    """The tenant's job with this id; NotFound otherwise (also for other tenants' ids)."""
    job = await session.scalar(select(Job).where(Job.tenant_id == tenant_id, Job.id == job_id))
    if job is None:
        raise NotFound(f"job {job_id} not found")
    return job


async def list_jobs(
    session: AsyncSession,
    *,
    tenant_id: str,
    status: JobStatus | None = None,
    member_user_id: str | None = None,
) -> list[Job]:
    """The tenant's jobs, oldest first.

    `member_user_id` narrows to the jobs a user is a member of: what a hiring
    manager may see.
    """
    statement = select(Job).where(Job.tenant_id == tenant_id)
    if status is not None:
        statement = statement.where(Job.status == status)
    if member_user_id is not None:
        statement = statement.join(
            JobMember,
            (JobMember.tenant_id == Job.tenant_id) & (JobMember.job_id == Job.id),
        ).where(JobMember.user_id == member_user_id)
    statement = statement.order_by(Job.created_at, Job.id)
    return list((await session.scalars(statement)).all())


async def find_job_by_source(
    session: AsyncSession, *, tenant_id: str, source_sha256: str
) -> Job | None:
    """The tenant's (oldest) job created from a file with this sha256, or None."""
    statement = (
        select(Job)
        .where(Job.tenant_id == tenant_id, Job.source_sha256 == source_sha256)
        .order_by(Job.created_at, Job.id)
        .limit(1)
    )
    return await session.scalar(statement)


async def update_job_weights(
    session: AsyncSession, *, tenant_id: str, job_id: str, weights: MatchWeights
) -> Job:
    """Give a job new match weights: bumps its version and marks its scores stale.

    Unchanged weights are a no-op (no version bump), so re-applying a profile
    is harmless. The stale marks are made in the same transaction, so no
    reader ever sees new weights beside scores that look current.
    """
    job = await get_job(session, tenant_id=tenant_id, job_id=job_id)
    new_weights = weights.model_dump(mode="json")
    if new_weights == job.weights:
        return job
    job.weights = new_weights
    job.version += 1
    await session.flush()
    await mark_scores_stale(session, tenant_id=tenant_id, job_id=job_id)
    return job


async def set_job_status(
    session: AsyncSession, *, tenant_id: str, job_id: str, status: JobStatus
) -> Job:
    """Open or close a job (closed jobs are not scored against new resumes)."""
    if status not in get_args(JobStatus):
        raise InputError(f"unknown job status {status!r}; expected open or closed")
    job = await get_job(session, tenant_id=tenant_id, job_id=job_id)
    if job.status != status:
        job.status = status
        await session.flush()
    return job


async def add_job_member(
    session: AsyncSession,
    *,
    tenant_id: str,
    job_id: str,
    user_id: str,
    role: str = "hiring_manager",
) -> None:
    """Put a user on a job (idempotent; an existing membership keeps its role).

    NotFound when the job or the user is not the tenant's.
    """
    await get_job(session, tenant_id=tenant_id, job_id=job_id)
    await get_user(session, tenant_id=tenant_id, user_id=user_id)
    member = JobMember(tenant_id=tenant_id, job_id=job_id, user_id=user_id, role=role)
    await insert_ignore(session, member, conflict=["tenant_id", "job_id", "user_id"])
