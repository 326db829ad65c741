"""Staleness and rescoring through the CLI on SQLite: a weights change marks scores stale,
`scout rescore` makes them fresh again with the new weights; a protected criterion is refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.errors import InputError
from core.settings import Settings
from core.weights import MatchWeights
from store.engine import open_store
from store.migrate import upgrade
from store.models import MatchScoreRow
from store.repositories import jobs as job_repo
from store.repositories import scores as score_repo
from tools.job_weights_service import edit_job_weights, job_weights
from tools.jobs_service import add_job

TENANT = "cli"
ONLY_REQUIRED = {
    "--required-skills": "1",
    "--preferred-skills": "0",
    "--experience-years": "0",
    "--title-seniority": "0",
    "--education": "0",
    "--semantic-similarity": "0",
}


def _scout(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SCOUT_DATA_DIR": str(data_dir), "SCOUT_TENANT": TENANT}
    command = [sys.executable, "-m", "ui.cli", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)


def _json(result: subprocess.CompletedProcess[str]) -> list[dict]:
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


async def _scores(data_dir: Path, job_id: str) -> list[MatchScoreRow]:
    settings = Settings(data_dir=data_dir, _env_file=None)
    async with open_store(settings) as store, store.session() as session:
        rows = await score_repo.latest_scores_for_job(session, tenant_id=TENANT, job_id=job_id)
        return sorted(rows, key=lambda row: row.resume_id)


async def _weights(data_dir: Path, job_id: str) -> dict:
    settings = Settings(data_dir=data_dir, _env_file=None)
    async with open_store(settings) as store, store.session() as session:
        job = await job_repo.get_job(session, tenant_id=TENANT, job_id=job_id)
        return {"weights": job.weights, "version": job.version, "profile": job.profile}


def _dimension(row: MatchScoreRow, name: str) -> dict:
    return next(d for d in row.dimensions if d["name"] == name)


async def test_weights_change_marks_scores_stale_and_rescore_refreshes_them(
    tmp_path: Path, demo_dir: Path
) -> None:
    data = tmp_path / "data"
    job_file = demo_dir / "jobs" / "backend-engineer.txt"
    job_id = _json(_scout(data, "job", "add", str(job_file), "--json"))[0]["id"]
    resumes = [
        demo_dir / "resumes" / n
        for n in ("01-emilie-roy.txt", "03-selin-koc.pdf", "02-lea-moreau.docx")
    ]
    ingested = _json(_scout(data, "ingest", *map(str, resumes), "--job", job_id, "--json"))
    assert [r["status"] for r in ingested] == ["ingested"] * 3

    before = await _scores(data, job_id)
    assert len(before) == 3 and not any(row.stale for row in before)
    assert {row.weights_version for row in before} == {score_repo.weights_version(MatchWeights())}

    changed = _json(
        _scout(
            data,
            "job",
            "weights",
            job_id,
            *[p for kv in ONLY_REQUIRED.items() for p in kv],
            "--json",
        )
    )[0]
    assert changed["changed"] and changed["stale_scores"] == 3
    assert changed["weights"]["required_skills"] == 1 and changed["weights"]["education"] == 0

    stale = await _scores(data, job_id)
    assert all(row.stale for row in stale)
    assert [row.overall for row in stale] == [row.overall for row in before]  # flagged, kept

    report = _json(_scout(data, "rescore", "--json"))[0]
    assert report == {"marked": 0, "rescored": 3}

    after = await _scores(data, job_id)
    new_weights = MatchWeights(
        required_skills=1,
        preferred_skills=0,
        experience_years=0,
        title_seniority=0,
        education=0,
        semantic_similarity=0,
    )
    assert not any(row.stale for row in after)
    assert {row.weights_version for row in after} == {score_repo.weights_version(new_weights)}
    for row in after:
        required = _dimension(row, "required_skills")
        assert required["weight"] == 1.0
        assert abs(row.overall - required["score"]) <= 0.05  # only required skills count now
    assert [row.overall for row in after] != [row.overall for row in before]

    # A criterion naming a protected attribute is refused, and nothing changes.
    settled = await _weights(data, job_id)
    refused = _scout(
        data,
        "job",
        "weights",
        job_id,
        "--require",
        "native German speakers only",
        "--required-skills",
        "0.9",
    )
    assert refused.returncode == 1 and refused.stdout == ""
    assert "refused" in refused.stderr and "nationality" in refused.stderr
    assert await _weights(data, job_id) == settled


async def test_skill_edits_go_through_the_protected_check(
    settings: Settings, demo_dir: Path, taxonomy
) -> None:
    await upgrade(settings)
    job_file = demo_dir / "jobs" / "backend-engineer.txt"
    async with open_store(settings) as store:
        job = await add_job(
            store,
            settings=settings,
            taxonomy=taxonomy,
            tenant_id=TENANT,
            file_name=job_file.name,
            data=job_file.read_bytes(),
        )
        assert job.id
        edited = await edit_job_weights(
            store,
            tenant_id=TENANT,
            job_id=job.id,
            require=["Terraform"],
            drop=["Kafka"],
            changes={"education": 0.2},
            taxonomy=taxonomy,
        )
        assert edited.skills_changed and edited.version == 2  # one edit, one version
        assert "Terraform" in edited.profile.required_skills
        assert not any("Kafka" in s for s in edited.profile.preferred_skills)
        for criterion in ("only candidates under 35", "female applicants", "must be married"):
            with pytest.raises(InputError, match="^refused: "):
                await edit_job_weights(store, tenant_id=TENANT, job_id=job.id, prefer=[criterion])
        with pytest.raises(InputError, match="at least one weight"):
            await edit_job_weights(
                store,
                tenant_id=TENANT,
                job_id=job.id,
                changes=dict.fromkeys(
                    (
                        "required_skills",
                        "preferred_skills",
                        "experience_years",
                        "title_seniority",
                        "education",
                        "semantic_similarity",
                    ),
                    0.0,
                ),
            )
        current = await job_weights(store, tenant_id=TENANT, job_id=job.id)
    assert current.version == 2 and current.profile == edited.profile
    assert current.weights == edited.weights
