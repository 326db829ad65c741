"""Resumes: uploaded files, keyed by the sha256 of their bytes within a tenant."""

from __future__ import annotations

from collections.abc import Sequence
from typing import get_args

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import InputError, NotFound
from core.resume import ParsedResume
from store.models import Resume, ResumeKind, ResumeStatus
from store.repositories._sql import insert_ignore


def _check_status(status: str) -> None:
    if status not in get_args(ResumeStatus):
        raise InputError(
            f"unknown resume status {status!r}; expected one of {', '.join(get_args(ResumeStatus))}"
        )


async def get_resume(session: AsyncSession, *, tenant_id: str, resume_id: str) -> Resume | None:
    """The tenant's resume with this content hash, or None (the dedupe question)."""
    return await session.scalar(
        select(Resume).where(Resume.tenant_id == tenant_id, Resume.id == resume_id)
    )


async def save_resume(
    session: AsyncSession,
    *,
    tenant_id: str,
    resume_id: str,
    file_name: str,
    kind: ResumeKind,
    size_bytes: int,
    text: str | None = None,
    candidate_id: str | None = None,
    parsed: ParsedResume | None = None,
    parser_version: str | None = None,
    taxonomy_version: str | None = None,
    status: ResumeStatus | None = None,
    warnings: Sequence[str] | None = None,
) -> Resume:
    """Insert the resume, or update it when these bytes were stored before.

    The first save fixes what identifies the file (`file_name`, `kind`,
    `size_bytes`); later saves overwrite only the arguments that are not None
    (text, candidate, parse result, versions, status, warnings), which is what
    re-running a crashed or upgraded ingestion needs. `parser_version`
    defaults to `parsed.parser_version`; `status` defaults to "parsed" once a
    parse result is given, "stored" before. Safe under concurrency.
    """
    if kind not in get_args(ResumeKind):
        raise InputError(
            f"unsupported resume kind {kind!r}; expected one of {', '.join(get_args(ResumeKind))}"
        )
    if status is not None:
        _check_status(status)
    resume = await get_resume(session, tenant_id=tenant_id, resume_id=resume_id)
    if resume is None:
        fresh = Resume(
            tenant_id=tenant_id, id=resume_id, file_name=file_name, kind=kind, size_bytes=size_bytes
        )
        await insert_ignore(session, fresh, conflict=["tenant_id", "id"])
        resume = await get_resume(session, tenant_id=tenant_id, resume_id=resume_id)
        if resume is None:  # pragma: no cover - the insert or a concurrent one made it
            raise RuntimeError(f"resume {resume_id} could not be stored")
    _apply(
        resume,
        text=text,
        candidate_id=candidate_id,
        parsed=parsed,
        parser_version=parser_version,
        taxonomy_version=taxonomy_version,
        status=status,
        warnings=warnings,
    )
    await session.flush()
    return resume


def _apply(
    resume: Resume,
    *,
    text: str | None,
    candidate_id: str | None,
    parsed: ParsedResume | None,
    parser_version: str | None,
    taxonomy_version: str | None,
    status: str | None,
    warnings: Sequence[str] | None,
) -> None:
    """Overwrite the given fields of a resume row."""
    if text is not None:
        resume.text = text
    if candidate_id is not None:
        resume.candidate_id = candidate_id
    if parsed is not None:
        resume.parsed = parsed.model_dump(mode="json")
        resume.parser_version = parser_version or parsed.parser_version or None
    elif parser_version is not None:
        resume.parser_version = parser_version
    if taxonomy_version is not None:
        resume.taxonomy_version = taxonomy_version
    if warnings is not None:
        resume.warnings = list(warnings)
    if status is not None:
        resume.status = status
    elif parsed is not None and resume.status == "stored":
        resume.status = "parsed"


async def set_resume_status(
    session: AsyncSession,
    *,
    tenant_id: str,
    resume_id: str,
    status: ResumeStatus,
    warnings: Sequence[str] | None = None,
) -> Resume:
    """Move a resume along stored → parsed → indexed (or insufficient); NotFound if absent."""
    _check_status(status)
    resume = await get_resume(session, tenant_id=tenant_id, resume_id=resume_id)
    if resume is None:
        raise NotFound(f"resume {resume_id} not found")
    resume.status = status
    if warnings is not None:
        resume.warnings = list(warnings)
    await session.flush()
    return resume


async def list_resumes(
    session: AsyncSession,
    *,
    tenant_id: str,
    candidate_id: str | None = None,
    status: ResumeStatus | None = None,
) -> list[Resume]:
    """The tenant's resumes, oldest first, optionally one candidate's or in one status."""
    statement = select(Resume).where(Resume.tenant_id == tenant_id)
    if candidate_id is not None:
        statement = statement.where(Resume.candidate_id == candidate_id)
    if status is not None:
        statement = statement.where(Resume.status == status)
    statement = statement.order_by(Resume.created_at, Resume.id)
    return list((await session.scalars(statement)).all())
