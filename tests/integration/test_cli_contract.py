"""The CLI contract of DESIGN §9, checked through the real `scout` process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PARSED_KEYS = {
    "name",
    "emails",
    "phones",
    "location",
    "links",
    "headline",
    "summary",
    "skills",
    "experience",
    "education",
    "certifications",
    "languages",
    "total_years_experience",
    "warnings",
    "parser_version",
}
EXPERIENCE_KEYS = {"title", "company", "location", "start", "end", "current", "description"}
EDUCATION_KEYS = {"institution", "degree", "field", "graduation_year"}
JOB_KEYS = {
    "title",
    "company",
    "location",
    "remote",
    "seniority",
    "employment_type",
    "min_years_experience",
    "required_skills",
    "preferred_skills",
    "education",
    "responsibilities",
}
MATCH_KEYS = {
    "overall",
    "dimensions",
    "matched_skills",
    "missing_skills",
    "explanation",
    "scorer_version",
}
INGEST_KEYS = {"file", "status", "resume_id", "candidate_id", "error"}


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "SCOUT_DATA_DIR": str(tmp_path / "data"), "SCOUT_TENANT": "cli"}


def scout(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "ui.cli", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)


def json_lines(result: subprocess.CompletedProcess[str]) -> list[dict]:
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def demo_file(demo_dir: Path, suffix: str) -> Path:
    return next(p for p in sorted((demo_dir / "resumes").iterdir()) if p.suffix == suffix)


def demo_job(demo_dir: Path) -> Path:
    return sorted((demo_dir / "jobs").glob("*.txt"))[0]


def test_parse_prints_one_parsed_resume_per_file(env, demo_dir: Path) -> None:
    files = [demo_file(demo_dir, s) for s in (".pdf", ".docx", ".txt")]
    parsed = json_lines(scout(env, "parse", *map(str, files), "--json"))
    assert len(parsed) == 3
    for item in parsed:
        assert set(item) == PARSED_KEYS
        assert all(set(entry) == EXPERIENCE_KEYS for entry in item["experience"])
        assert all(set(entry) == EDUCATION_KEYS for entry in item["education"])
        assert all(set(skill) == {"name", "years"} for skill in item["skills"])


def test_parse_bad_file_goes_to_stderr_with_nonzero_exit(env, tmp_path: Path) -> None:
    bad = tmp_path / "notes.exe"
    bad.write_bytes(b"MZ\x90\x00" + b"\x00" * 100)
    result = scout(env, "parse", str(bad), "--json")
    assert result.returncode != 0
    assert result.stdout == ""
    assert "notes.exe" in result.stderr


def test_job_analyze_and_add(env, demo_dir: Path) -> None:
    analyzed = json_lines(scout(env, "job", "analyze", str(demo_job(demo_dir)), "--json"))[0]
    assert set(analyzed) >= JOB_KEYS
    added = json_lines(
        scout(env, "job", "add", str(demo_job(demo_dir)), "--title", "Backend", "--json")
    )[0]
    assert added["id"] and added["title"] == "Backend"
    listed = json_lines(scout(env, "job", "list", "--json"))
    assert [job["id"] for job in listed] == [added["id"]]


def test_match_and_rank(env, demo_dir: Path) -> None:
    job = demo_job(demo_dir)
    resume = demo_file(demo_dir, ".pdf")
    score = json_lines(scout(env, "match", str(resume), str(job), "--json"))[0]
    assert set(score) == MATCH_KEYS
    assert 0 <= score["overall"] <= 100
    for dimension in score["dimensions"]:
        assert set(dimension) == {"name", "score", "weight", "evidence"}
    resumes = [demo_file(demo_dir, s) for s in (".pdf", ".docx", ".txt")]
    ranked = json_lines(scout(env, "rank", str(job), *map(str, resumes), "--json"))
    assert len(ranked) == 3
    overall = [item["overall"] for item in ranked]
    assert overall == sorted(overall, reverse=True)
    assert set(ranked[0]) >= MATCH_KEYS


def test_ingest_and_candidates_list(env, demo_dir: Path, tmp_path: Path) -> None:
    job_id = json_lines(scout(env, "job", "add", str(demo_job(demo_dir)), "--json"))[0]["id"]
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    files = [demo_file(demo_dir, ".pdf"), demo_file(demo_dir, ".txt"), empty]
    results = json_lines(scout(env, "ingest", *map(str, files), "--job", job_id, "--json"))
    assert [set(r) for r in results] == [INGEST_KEYS] * 3
    assert [r["status"] for r in results] == ["ingested", "ingested", "error"]
    listed = json_lines(scout(env, "candidates", "list", "--job", job_id, "--json"))
    assert len(listed) == 2
    for candidate in listed:
        assert set(candidate) == {"id", "name", "emails", "applications"}
        (application,) = candidate["applications"]
        assert set(application) == {"job_id", "stage", "match_score"}
        assert application["job_id"] == job_id and application["match_score"] is not None


def test_unknown_job_id_is_a_clear_error(env, demo_dir: Path) -> None:
    result = scout(env, "ingest", str(demo_file(demo_dir, ".txt")), "--job", "job_nope", "--json")
    assert result.returncode != 0
    assert result.stdout == ""
    assert "job_nope" in result.stderr
