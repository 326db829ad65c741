"""A batch killed half-way and run again ends with every file ingested once."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from core.settings import Settings
from store.engine import open_store
from store.repositories import applications as application_repo
from store.repositories import resumes as resume_repo
from store.repositories import scores as score_repo
from store.vectors.factory import open_vector_index

pytestmark = pytest.mark.slow


def _scout(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "ui.cli", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)


def _copy_demo(demo_dir: Path, folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    files = sorted((demo_dir / "resumes").iterdir())[:count]
    return [Path(shutil.copy(f, folder / f.name)) for f in files]


def _kill_after_first_results(args: list[str], env: dict[str, str], lines: int) -> list[dict]:
    """Start the batch, read `lines` results, then kill the process without warning."""
    command = [sys.executable, "-m", "ui.cli", *args]
    proc = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    seen = []
    assert proc.stdout is not None
    for line in proc.stdout:
        seen.append(json.loads(line))
        if len(seen) >= lines:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    return seen


async def _stored_counts(settings: Settings, job_id: str) -> tuple[int, int, int, int]:
    async with open_store(settings) as store, store.session() as session:
        resumes = await resume_repo.list_resumes(session, tenant_id=settings.tenant)
        apps = await application_repo.list_applications(session, tenant_id=settings.tenant)
        scores = await score_repo.latest_scores_for_job(
            session, tenant_id=settings.tenant, job_id=job_id
        )
    index = open_vector_index(settings, 384)
    try:
        points = index.count(settings.tenant)
    finally:
        index.close()
    return len(resumes), len(apps), len(scores), points


async def test_killed_batch_resumes_and_ingests_each_file_once(
    demo_dir: Path, tmp_path: Path
) -> None:
    files = _copy_demo(demo_dir, tmp_path / "batch", 14)
    env = {
        **os.environ,
        "SCOUT_DATA_DIR": str(tmp_path / "data"),
        "SCOUT_INGEST_GROUP_SIZE": "3",
        "SCOUT_TENANT": "crash-test",
    }
    added = _scout(["job", "add", str(next((demo_dir / "jobs").glob("*.txt"))), "--json"], env)
    assert added.returncode == 0, added.stderr
    job_id = json.loads(added.stdout)["id"]
    ingest = ["ingest", str(tmp_path / "batch"), "--job", job_id, "--json"]

    before_kill = _kill_after_first_results(ingest, env, lines=4)
    assert 4 <= len(before_kill) < len(files)

    rerun = _scout(ingest, env)
    assert rerun.returncode == 0, rerun.stderr
    statuses = [json.loads(line)["status"] for line in rerun.stdout.splitlines()]
    assert len(statuses) == len(files)
    assert statuses.count("error") == 0
    assert statuses.count("duplicate") >= len(before_kill)

    settings = Settings(data_dir=tmp_path / "data", tenant="crash-test", _env_file=None)
    counts = await _stored_counts(settings, job_id)
    assert counts[:3] == (len(files), len(files), len(files))

    third = _scout(ingest, env)
    assert [json.loads(x)["status"] for x in third.stdout.splitlines()] == ["duplicate"] * len(
        files
    )
    assert await _stored_counts(settings, job_id) == counts
