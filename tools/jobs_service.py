"""Adding and listing jobs: analyse the description, store the profile."""

from __future__ import annotations

from core.errors import ProtectedCriterion
from core.job import JobProfile
from core.settings import Settings
from core.weights import MatchWeights
from store.engine import Store
from store.files import content_key
from store.models import Job
from store.repositories import jobs as job_repo
from store.repositories import tenants as tenant_repo
from tools.analyze_job import analyze_job
from tools.job_protected import protected_criteria, refusal_message
from tools.read_resume import read_job_text
from tools.taxonomy import Taxonomy


def profile_of(job: Job) -> JobProfile:
    """A stored job as the JobProfile contract, with its id."""
    return JobProfile.model_validate({**(job.profile or {}), "id": job.id})


async def add_job(
    store: Store,
    *,
    settings: Settings,
    taxonomy: Taxonomy,
    tenant_id: str,
    file_name: str,
    data: bytes,
    title: str | None = None,
) -> JobProfile:
    """Store a job description once; adding the same file again returns the stored job.

    A JD stating a protected criterion ("Candidates must be under 35") raises
    ProtectedCriterion before anything is stored: Scout never screens on it.
    The same holds when the file was stored before that check existed.
    """
    sha = content_key(data)
    async with store.sessions() as session:
        existing = await job_repo.find_job_by_source(
            session, tenant_id=tenant_id, source_sha256=sha
        )
        text = existing.raw_text if existing else read_job_text(file_name, data, settings=settings)
        if refused := protected_criteria(text):
            raise ProtectedCriterion(refusal_message(file_name, refused))
        if existing is not None:
            return profile_of(existing)
        profile = analyze_job(text, taxonomy)
        if title:
            profile = profile.model_copy(update={"title": title})
        await tenant_repo.ensure_tenant(session, tenant_id=tenant_id)
        job = await job_repo.create_job(
            session,
            tenant_id=tenant_id,
            title=profile.title or file_name,
            raw_text=text,
            profile=profile,
            weights=MatchWeights(),
            source_sha256=sha,
        )
        await session.commit()
        return profile_of(job)


async def list_job_profiles(store: Store, *, tenant_id: str) -> list[JobProfile]:
    """Every job of the tenant, oldest first."""
    async with store.sessions() as session:
        return [profile_of(job) for job in await job_repo.list_jobs(session, tenant_id=tenant_id)]
