"""Adding a JD that states a protected criterion is refused and stores nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import func, select

from core.errors import InputError, ProtectedCriterion
from core.job import JobProfile
from core.settings import Settings
from core.weights import MatchWeights
from store.files import content_key
from store.models import Job, Tenant
from store.repositories import jobs as job_repo
from store.repositories import tenants as tenant_repo
from tools.jobs_service import add_job, list_job_profiles
from tools.ready_store import open_ready_store

TENANT = "acme"
REFUSED_JD = b"""Backend Engineer

Acme Payments, Berlin

Requirements
- 5+ years of Python.
- Candidates must be under 35
- Fluent German (C1).

We are an equal opportunity employer and do not discriminate on the basis of race,
religion, gender, age, disability or sexual orientation.
"""
ACCEPTED_JD = REFUSED_JD.replace(b"- Candidates must be under 35\n", b"")


async def _rows(store, model: type) -> int:
    async with store.session() as session:
        return (await session.execute(select(func.count()).select_from(model))).scalar_one()


async def test_add_job_refuses_a_protected_criterion_and_stores_nothing(
    database_settings: Settings, taxonomy
) -> None:
    async with open_ready_store(database_settings) as store:
        with pytest.raises(ProtectedCriterion) as refused:
            await add_job(
                store,
                settings=database_settings,
                taxonomy=taxonomy,
                tenant_id=TENANT,
                file_name="backend.txt",
                data=REFUSED_JD,
            )
        message = str(refused.value)
        assert isinstance(refused.value, InputError)
        # line numbers count the lines of the text read from the file (blank lines dropped)
        assert message.startswith('backend.txt: line 5 "Candidates must be under 35": refused: ')
        assert "age, a protected attribute" in message and "instead" in message
        assert await list_job_profiles(store, tenant_id=TENANT) == []
        assert await _rows(store, Job) == 0
        assert await _rows(store, Tenant) == 0

        job = await add_job(
            store,
            settings=database_settings,
            taxonomy=taxonomy,
            tenant_id=TENANT,
            file_name="backend.txt",
            data=ACCEPTED_JD,
        )
        assert job.id and "Python" in job.required_skills
        assert await _rows(store, Job) == 1


async def test_a_jd_stored_before_the_check_is_refused_when_added_again(
    database_settings: Settings, taxonomy
) -> None:
    async with open_ready_store(database_settings) as store:
        async with store.transaction() as session:  # as an older Scout stored it
            await tenant_repo.ensure_tenant(session, tenant_id=TENANT)
            await job_repo.create_job(
                session, tenant_id=TENANT, title="Backend Engineer",
                raw_text=REFUSED_JD.decode(), profile=JobProfile(title="Backend Engineer"),
                weights=MatchWeights(), source_sha256=content_key(REFUSED_JD),
            )
        with pytest.raises(ProtectedCriterion, match="Candidates must be under 35"):
            await add_job(
                store, settings=database_settings, taxonomy=taxonomy, tenant_id=TENANT,
                file_name="backend.txt", data=REFUSED_JD,
            )


def test_scout_job_add_prints_the_refusal_and_exits_1(tmp_path: Path) -> None:
    jd = tmp_path / "backend.txt"
    jd.write_bytes(REFUSED_JD)
    env = {**os.environ, "SCOUT_DATA_DIR": str(tmp_path / "data"), "SCOUT_TENANT": TENANT}
    result = subprocess.run(
        [sys.executable, "-m", "ui.cli", "job", "add", str(jd)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    shown = " ".join(result.stderr.split())
    assert shown.startswith('error: backend.txt: line 5 "Candidates must be under 35": refused:')
    assert "refers to age, a protected attribute" in shown
    listed = subprocess.run(
        [sys.executable, "-m", "ui.cli", "job", "list", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert listed.returncode == 0 and listed.stdout.strip() == "", listed.stderr
