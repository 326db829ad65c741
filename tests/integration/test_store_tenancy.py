"""Tenant isolation: tenant B never sees or touches tenant A's rows, even knowing their ids."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
from sqlalchemy import Index, UniqueConstraint
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

from core.errors import NotFound
from core.job import JobProfile
from core.match import MatchScore
from core.settings import Settings
from core.weights import MatchWeights
from store.engine import Store, open_store
from store.migrate import upgrade
from store.models import Application, MatchScoreRow
from store.repositories import applications, candidates, jobs, resumes, scores, tenants, users

A, B = "tenant-a", "tenant-b"
SHARED_EMAIL = "ada@example.com"
RESUME_BYTES = b"%PDF-1.7 Ada Lovelace, Python"
RESUME_ID = hashlib.sha256(RESUME_BYTES).hexdigest()
JD_SHA = hashlib.sha256(b"job description").hexdigest()


@dataclass
class TenantA:
    job_id: str
    candidate_id: str
    application: Application
    score_id: str


@pytest.fixture
async def store(database_settings: Settings) -> AsyncIterator[Store]:
    await upgrade(database_settings)
    async with open_store(database_settings) as opened:
        async with opened.transaction() as session:
            await tenants.ensure_tenant(session, tenant_id=A)
            await tenants.ensure_tenant(session, tenant_id=B)
        yield opened


@pytest.fixture
async def tenant_a(store: Store) -> TenantA:
    """Tenant A's job, candidate, resume, application and score."""
    async with store.transaction() as session:
        job = await jobs.create_job(
            session,
            tenant_id=A,
            title="Backend engineer",
            raw_text="Python",
            profile=JobProfile(title="Backend engineer"),
            weights=MatchWeights(),
            source_sha256=JD_SHA,
        )
        candidate = await candidates.create_candidate(
            session, tenant_id=A, name="Ada", emails=[SHARED_EMAIL]
        )
        await resumes.save_resume(
            session,
            tenant_id=A,
            resume_id=RESUME_ID,
            file_name="ada.pdf",
            kind="pdf",
            size_bytes=len(RESUME_BYTES),
            text="Ada Lovelace, Python",
            candidate_id=candidate.id,
        )
        application = await applications.ensure_application(
            session, tenant_id=A, candidate_id=candidate.id, job_id=job.id, resume_id=RESUME_ID
        )
        score = await scores.save_match_score(
            session,
            tenant_id=A,
            application=application,
            score=MatchScore(overall=70.0, scorer_version="scorer-1"),
            weights=MatchWeights(),
            parser_version="parser-1",
            taxonomy_version="tax-1",
        )
    return TenantA(job.id, candidate.id, application, score.id)


def test_every_table_but_tenants_is_tenant_scoped_and_indexed() -> None:
    for table in SQLModel.metadata.sorted_tables:
        if table.name == "tenants":
            continue
        assert "tenant_id" in table.c, table.name
        assert not table.c.tenant_id.nullable, table.name
        assert any(fk.column.table.name == "tenants" for fk in table.c.tenant_id.foreign_keys)
        leading = [
            item
            for item in [*table.indexes, *table.constraints]
            if isinstance(item, Index | UniqueConstraint) or item is table.primary_key
            if list(item.columns)[:1] == [table.c.tenant_id]
        ]
        assert leading, f"{table.name} has no index led by tenant_id"


async def test_ids_of_another_tenant_are_not_found(store: Store, tenant_a: TenantA) -> None:
    async with store.session() as session:
        with pytest.raises(NotFound):
            await jobs.get_job(session, tenant_id=B, job_id=tenant_a.job_id)
        with pytest.raises(NotFound):
            await candidates.get_candidate(session, tenant_id=B, candidate_id=tenant_a.candidate_id)
        with pytest.raises(NotFound):
            await applications.get_application(
                session, tenant_id=B, application_id=tenant_a.application.id
            )
        assert await resumes.get_resume(session, tenant_id=B, resume_id=RESUME_ID) is None
        assert (
            await scores.get_match_score(
                session, tenant_id=B, application_id=tenant_a.application.id
            )
            is None
        )


async def test_lists_and_lookups_of_another_tenant_are_empty(
    store: Store, tenant_a: TenantA
) -> None:
    async with store.session() as session:
        assert await jobs.list_jobs(session, tenant_id=B) == []
        assert await jobs.find_job_by_source(session, tenant_id=B, source_sha256=JD_SHA) is None
        assert await candidates.list_candidates(session, tenant_id=B) == []
        assert await candidates.list_candidates(session, tenant_id=B, job_id=tenant_a.job_id) == []
        assert (
            await candidates.find_candidate_by_email(session, tenant_id=B, email=SHARED_EMAIL)
            is None
        )
        assert await resumes.list_resumes(session, tenant_id=B) == []
        assert await applications.list_applications(session, tenant_id=B) == []
        assert (
            await scores.latest_scores_for_job(session, tenant_id=B, job_id=tenant_a.job_id) == []
        )
        assert await scores.stale_scores(session, tenant_id=B) == []
        # and tenant A still sees its own
        assert [j.id for j in await jobs.list_jobs(session, tenant_id=A)] == [tenant_a.job_id]


async def test_writes_through_another_tenant_are_refused(store: Store, tenant_a: TenantA) -> None:
    async with store.session() as session:
        with pytest.raises(NotFound):
            await jobs.update_job_weights(
                session, tenant_id=B, job_id=tenant_a.job_id, weights=MatchWeights(education=1)
            )
        with pytest.raises(NotFound):
            await applications.set_stage(
                session, tenant_id=B, application_id=tenant_a.application.id, stage="hired", by="x"
            )
        with pytest.raises(NotFound):
            await scores.save_match_score(
                session,
                tenant_id=B,
                application=tenant_a.application,
                score=MatchScore(overall=1.0),
                weights=MatchWeights(),
                parser_version="p",
                taxonomy_version="t",
            )
        with pytest.raises(NotFound):
            await applications.ensure_application(
                session,
                tenant_id=B,
                candidate_id=tenant_a.candidate_id,
                job_id=tenant_a.job_id,
                resume_id=None,
            )
        with pytest.raises(NotFound):
            await candidates.update_candidate(
                session, tenant_id=B, candidate_id=tenant_a.candidate_id, name="Mallory"
            )
        with pytest.raises(NotFound):
            await resumes.set_resume_status(
                session, tenant_id=B, resume_id=RESUME_ID, status="insufficient"
            )


async def test_stale_marking_stays_in_its_tenant(store: Store, tenant_a: TenantA) -> None:
    async with store.transaction() as session:
        marked = await scores.mark_scores_stale(session, tenant_id=B, scorer_version="scorer-9")
    async with store.session() as session:
        assert marked == 0
        assert await scores.stale_scores(session, tenant_id=A) == []


async def test_the_database_refuses_cross_tenant_references(
    store: Store, tenant_a: TenantA
) -> None:
    """Even code that bypasses the repositories cannot link B's rows to A's."""
    async with store.transaction() as session:
        b_candidate = await candidates.create_candidate(session, tenant_id=B, name="Bob")
    async with store.session() as session:
        session.add(
            Application(
                id="app_crosstenant",
                tenant_id=B,
                candidate_id=b_candidate.id,
                job_id=tenant_a.job_id,
            )
        )
        with pytest.raises(IntegrityError):
            await session.flush()
    async with store.session() as session:
        session.add(
            MatchScoreRow(
                id="score_crosstenant",
                tenant_id=B,
                application_id=tenant_a.application.id,
                job_id=tenant_a.job_id,
                candidate_id=tenant_a.candidate_id,
                resume_id=RESUME_ID,
                overall=1.0,
                scorer_version="s",
                parser_version="p",
                taxonomy_version="t",
                weights_version="w",
            )
        )
        with pytest.raises(IntegrityError):
            await session.flush()


async def test_the_same_bytes_and_emails_are_separate_per_tenant(
    store: Store, tenant_a: TenantA
) -> None:
    async with store.transaction() as session:
        b_candidate = await candidates.create_candidate(
            session, tenant_id=B, name="Ada (B)", emails=[SHARED_EMAIL]
        )
        b_resume = await resumes.save_resume(
            session,
            tenant_id=B,
            resume_id=RESUME_ID,
            file_name="other-name.pdf",
            kind="pdf",
            size_bytes=len(RESUME_BYTES),
            text="B's copy",
            candidate_id=b_candidate.id,
        )
        await users.create_user(
            session, tenant_id=A, email=SHARED_EMAIL, display_name="A", role="recruiter"
        )
        await users.create_user(
            session, tenant_id=B, email=SHARED_EMAIL, display_name="B", role="recruiter"
        )
    async with store.session() as session:
        a_resume = await resumes.get_resume(session, tenant_id=A, resume_id=RESUME_ID)
        found_b = await candidates.find_candidate_by_email(session, tenant_id=B, email=SHARED_EMAIL)
        found_a = await candidates.find_candidate_by_email(session, tenant_id=A, email=SHARED_EMAIL)
        user_b = await users.get_user_by_email(session, tenant_id=B, email=SHARED_EMAIL)

    assert a_resume is not None and a_resume.text == "Ada Lovelace, Python"
    assert a_resume.candidate_id == tenant_a.candidate_id
    assert b_resume.text == "B's copy" and b_resume.candidate_id == b_candidate.id
    assert found_a is not None and found_a.id == tenant_a.candidate_id
    assert found_b is not None and found_b.id == b_candidate.id
    assert user_b is not None and user_b.display_name == "B"
