"""Applications: a candidate for a job, where they stand and how they got there."""

from __future__ import annotations

from typing import get_args

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import InputError, NotFound
from store.ids import new_id
from store.models import Application, Stage, utcnow
from store.repositories._sql import insert_ignore
from store.repositories.candidates import get_candidate
from store.repositories.jobs import get_job


def _history_entry(stage: str, by: str) -> dict[str, str]:
    return {"stage": stage, "at": utcnow().isoformat(), "by": by}


async def _find(
    session: AsyncSession, *, tenant_id: str, candidate_id: str, job_id: str
) -> Application | None:
    statement = select(Application).where(
        Application.tenant_id == tenant_id,
        Application.candidate_id == candidate_id,
        Application.job_id == job_id,
    )
    return await session.scalar(statement)


async def ensure_application(
    session: AsyncSession,
    *,
    tenant_id: str,
    candidate_id: str,
    job_id: str,
    resume_id: str | None,
    by: str = "system",
) -> Application:
    """The candidate's application to the job, created at stage "applied" when missing.

    Idempotent and safe under concurrency: one application per candidate and
    job. An existing application keeps its stage and history and moves to
    the newer resume when a different one is given. NotFound when the
    candidate or the job is not the tenant's.
    """
    application = await _find(
        session, tenant_id=tenant_id, candidate_id=candidate_id, job_id=job_id
    )
    if application is None:
        await get_candidate(session, tenant_id=tenant_id, candidate_id=candidate_id)
        await get_job(session, tenant_id=tenant_id, job_id=job_id)
        fresh = Application(
            id=new_id("app_"),
            tenant_id=tenant_id,
            candidate_id=candidate_id,
            job_id=job_id,
            resume_id=resume_id,
            stage_history=[_history_entry("applied", by)],
        )
        await insert_ignore(session, fresh, conflict=["tenant_id", "candidate_id", "job_id"])
        application = await _find(
            session, tenant_id=tenant_id, candidate_id=candidate_id, job_id=job_id
        )
        if application is None:  # pragma: no cover - the insert or a concurrent one made it
            raise RuntimeError(f"application of {candidate_id} to {job_id} could not be stored")
    elif resume_id is not None and application.resume_id != resume_id:
        application.resume_id = resume_id
        await session.flush()
    return application


async def get_application(
    session: AsyncSession, *, tenant_id: str, application_id: str
) -> Application:
    """The tenant's application with this id; NotFound otherwise."""
    statement = select(Application).where(
        Application.tenant_id == tenant_id, Application.id == application_id
    )
    application = await session.scalar(statement)
    if application is None:
        raise NotFound(f"application {application_id} not found")
    return application


async def set_stage(
    session: AsyncSession, *, tenant_id: str, application_id: str, stage: Stage, by: str
) -> Application:
    """Move an application to a stage and append `{stage, at, by}` to its history.

    Setting the stage it already has changes nothing (a repeated click or a
    retried request leaves a single history entry).
    """
    if stage not in get_args(Stage):
        raise InputError(f"unknown stage {stage!r}; expected one of {', '.join(get_args(Stage))}")
    application = await get_application(session, tenant_id=tenant_id, application_id=application_id)
    if application.stage == stage:
        return application
    application.stage = stage
    application.stage_history = [*application.stage_history, _history_entry(stage, by)]
    await session.flush()
    return application


async def list_applications(
    session: AsyncSession,
    *,
    tenant_id: str,
    job_id: str | None = None,
    candidate_id: str | None = None,
    stage: Stage | None = None,
) -> list[Application]:
    """The tenant's applications, oldest first, optionally for a job, a candidate or a stage."""
    statement = select(Application).where(Application.tenant_id == tenant_id)
    if job_id is not None:
        statement = statement.where(Application.job_id == job_id)
    if candidate_id is not None:
        statement = statement.where(Application.candidate_id == candidate_id)
    if stage is not None:
        statement = statement.where(Application.stage == stage)
    statement = statement.order_by(Application.applied_at, Application.id)
    return list((await session.scalars(statement)).all())
