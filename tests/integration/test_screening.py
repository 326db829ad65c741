"""Screening end to end against real parts: SQLite and PostgreSQL, Qdrant Edge, files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.settings import Settings
from store.migrate import upgrade
from store.repositories import applications as application_repo
from store.repositories import candidates as candidate_repo
from store.repositories import resumes as resume_repo
from store.repositories import scores as score_repo
from tools.jobs_service import add_job
from tools.screening import ingest_paths
from tools.screening_kit import open_screening_kit

TENANT = "acme"


def _demo_files(demo_dir: Path, count: int) -> list[Path]:
    files = sorted((demo_dir / "resumes").iterdir())
    picked = [f for f in files if f.suffix == ".pdf"][:2]
    picked += [f for f in files if f.suffix == ".docx"][:2]
    picked += [f for f in files if f.suffix == ".txt"][:2]
    return picked[:count]


async def _job(kit, demo_dir: Path, slug: str = "backend-engineer") -> str:
    path = (
        next((demo_dir / "jobs").glob(f"*{slug}*.txt"), None)
        or sorted((demo_dir / "jobs").glob("*.txt"))[0]
    )
    profile = await add_job(
        kit.store,
        settings=kit.settings,
        taxonomy=kit.taxonomy,
        tenant_id=TENANT,
        file_name=path.name,
        data=path.read_bytes(),
    )
    assert profile.id
    return profile.id


async def test_batch_ingests_scores_and_indexes(
    database_settings: Settings, demo_dir: Path, embedder, taxonomy
) -> None:
    await upgrade(database_settings)
    files = _demo_files(demo_dir, 6)
    async with open_screening_kit(database_settings, embedder=embedder, taxonomy=taxonomy) as kit:
        job_id = await _job(kit, demo_dir)
        results = await ingest_paths(kit, tenant_id=TENANT, paths=files, job_ids=[job_id])
        assert [r.status for r in results] == ["ingested"] * len(files), results
        async with kit.store.session() as session:
            scores = await score_repo.latest_scores_for_job(
                session, tenant_id=TENANT, job_id=job_id
            )
            listing = await candidate_repo.list_candidates(session, tenant_id=TENANT)
        assert len(scores) == len(files)
        assert all(0 <= s.overall <= 100 and s.dimensions for s in scores)
        assert all(any(d["evidence"] for d in s.dimensions) for s in scores)
        assert len(listing) == len(files)
        assert kit.vectors.count(TENANT) >= len(files)
        query = embedder.embed_one("Python backend engineer building REST APIs")
        hits = kit.vectors.search(tenant_id=TENANT, vector=query, limit=5)
        assert hits and all(hit.payload["tenant_id"] == TENANT for hit in hits)


async def test_identical_bytes_are_stored_once(
    settings: Settings, demo_dir: Path, embedder, taxonomy, tmp_path: Path
) -> None:
    await upgrade(settings)
    original = _demo_files(demo_dir, 1)[0]
    copy = tmp_path / f"copy-of-{original.name}"
    shutil.copy(original, copy)
    async with open_screening_kit(settings, embedder=embedder, taxonomy=taxonomy) as kit:
        job_id = await _job(kit, demo_dir)
        first = await ingest_paths(kit, tenant_id=TENANT, paths=[original, copy], job_ids=[job_id])
        again = await ingest_paths(kit, tenant_id=TENANT, paths=[original], job_ids=[job_id])
        assert [r.status for r in first] == ["ingested", "duplicate"]
        assert again[0].status == "duplicate"
        assert first[0].resume_id == first[1].resume_id == again[0].resume_id
        async with kit.store.session() as session:
            resumes = await resume_repo.list_resumes(session, tenant_id=TENANT)
            applications = await application_repo.list_applications(session, tenant_id=TENANT)
        assert len(resumes) == 1 and len(applications) == 1
    blobs = [p for p in settings.files_dir.rglob("*") if p.is_file()]
    assert len(blobs) == 1


async def test_duplicate_resume_is_scored_for_a_new_job(
    settings: Settings, demo_dir: Path, embedder, taxonomy
) -> None:
    await upgrade(settings)
    resume = _demo_files(demo_dir, 1)
    async with open_screening_kit(settings, embedder=embedder, taxonomy=taxonomy) as kit:
        first_job = await _job(kit, demo_dir, "backend")
        second_job = await _job(kit, demo_dir, "data-analyst")
        await ingest_paths(kit, tenant_id=TENANT, paths=resume, job_ids=[first_job])
        result = await ingest_paths(kit, tenant_id=TENANT, paths=resume, job_ids=[second_job])
        assert result[0].status == "duplicate"
        async with kit.store.session() as session:
            scored = await score_repo.latest_scores_for_job(
                session, tenant_id=TENANT, job_id=second_job
            )
        assert len(scored) == 1


def _bad_inputs(folder: Path) -> dict[str, str]:
    """Each kind of bad input, and a word its error message must contain."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<< garbage ]]\n%%EOF")
    (folder / "huge.txt").write_bytes(b"Python engineer. " * (50 * 1024 * 1024 // 17 + 1))
    (folder / "latin.txt").write_bytes(bytes(range(128, 256)) * 8)
    return {
        "empty.txt": "empty",
        "photo.png": "PNG",
        "broken.pdf": "PDF",
        "huge.txt": "MB",
        "latin.txt": "UTF-8",
    }


async def test_bad_inputs_fail_alone_and_the_rest_is_ingested(
    settings: Settings, demo_dir: Path, embedder, taxonomy, tmp_path: Path
) -> None:
    await upgrade(settings)
    expected = _bad_inputs(tmp_path / "bad")
    good = _demo_files(demo_dir, 3)
    paths = [tmp_path / "bad" / name for name in expected] + good
    async with open_screening_kit(settings, embedder=embedder, taxonomy=taxonomy) as kit:
        job_id = await _job(kit, demo_dir)
        results = await ingest_paths(kit, tenant_id=TENANT, paths=paths, job_ids=[job_id])
    by_name = {Path(r.file).name: r for r in results}
    for name, word in expected.items():
        result = by_name[name]
        assert result.status == "error", result
        assert name in (result.error or ""), result.error
        assert word.lower() in (result.error or "").lower(), result.error
    assert [by_name[p.name].status for p in good] == ["ingested"] * len(good)


async def test_tenants_never_see_each_others_vectors(
    settings: Settings, demo_dir: Path, embedder, taxonomy
) -> None:
    await upgrade(settings)
    files = _demo_files(demo_dir, 2)
    async with open_screening_kit(settings, embedder=embedder, taxonomy=taxonomy) as kit:
        job_id = await _job(kit, demo_dir)
        await ingest_paths(kit, tenant_id=TENANT, paths=files, job_ids=[job_id])
        query = embedder.embed_one("experienced engineer")
        assert kit.vectors.search(tenant_id="other", vector=query, limit=50) == []
        assert kit.vectors.count("other") == 0
        async with kit.store.session() as session:
            assert await candidate_repo.list_candidates(session, tenant_id="other") == []


@pytest.mark.parametrize("name", ["empty.txt", "photo.png"])
async def test_a_batch_of_only_bad_files_still_reports_each(
    settings: Settings, demo_dir: Path, embedder, taxonomy, tmp_path: Path, name: str
) -> None:
    await upgrade(settings)
    _bad_inputs(tmp_path / "bad")
    async with open_screening_kit(settings, embedder=embedder, taxonomy=taxonomy) as kit:
        job_id = await _job(kit, demo_dir)
        results = await ingest_paths(
            kit, tenant_id=TENANT, paths=[tmp_path / "bad" / name], job_ids=[job_id]
        )
    assert results[0].status == "error"
