"""The demo: Scout's own sample jobs and resumes, loaded like a recruiter would."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from core.errors import InputError
from core.ingest import IngestResult
from core.job import JobProfile
from tools.batch_files import expand_paths
from tools.jobs_service import add_job
from tools.screening import ingest_paths
from tools.screening_kit import ScreeningKit


def default_demo_dir() -> Path:
    """The demo data shipped in the repository (evals/demo/data)."""
    return Path(__file__).resolve().parents[1] / "evals" / "demo" / "data"


@dataclass(frozen=True)
class DemoLoad:
    """What loading the demo stored: the jobs and one result per resume file."""

    jobs: list[JobProfile]
    results: list[IngestResult]


async def load_demo(
    kit: ScreeningKit,
    *,
    tenant_id: str,
    demo_dir: Path,
    on_result: Callable[[IngestResult], None] | None = None,
) -> DemoLoad:
    """Add every demo job, then screen every demo resume against all of them.

    Idempotent: jobs are keyed by their file's hash and resumes are skipped as
    duplicates, so running it again only fills what is missing.
    """
    job_files = sorted((demo_dir / "jobs").glob("*.txt"))
    if not job_files:
        raise InputError(f"no demo jobs under {demo_dir / 'jobs'}")
    jobs = [
        await add_job(
            kit.store,
            settings=kit.settings,
            taxonomy=kit.taxonomy,
            tenant_id=tenant_id,
            file_name=path.name,
            data=path.read_bytes(),
        )
        for path in job_files
    ]
    results = await ingest_paths(
        kit,
        tenant_id=tenant_id,
        paths=expand_paths([demo_dir / "resumes"]),
        job_ids=[job.id for job in jobs if job.id],
        on_result=on_result,
    )
    return DemoLoad(jobs=jobs, results=results)


def demo_resume_count(demo_dir: Path) -> int:
    """How many resume files the demo holds (for a progress bar's total)."""
    return len(expand_paths([demo_dir / "resumes"]))
