"""`scout interview run|show --json` through the real `scout` process (DESIGN §9)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.settings import Settings
from store.migrate import upgrade
from tools.demo import default_demo_dir
from tools.jobs_service import add_job
from tools.screening import ingest_paths
from tools.screening_kit import open_screening_kit

pytestmark = pytest.mark.slow

TENANT = "cli-interview"
TOP_KEYS = {"interview_id", "status", "transcript", "scorecard"}
TURN_KEYS = {"seq", "speaker", "kind", "text"}
CARD_KEYS = {"overall", "recommendation", "summary", "dimensions", "flags"}
DIMENSION_KEYS = {"name", "score", "weight", "evidence"}
EVIDENCE_KEYS = {"quote", "turn"}
KINDS = {"consent", "question", "follow_up", "answer", "closing"}
STRONG = [
    "At my last job I rebuilt our payments API in Python with FastAPI and PostgreSQL; I "
    "profiled the slow endpoints, added indexes and a Redis cache, and p95 latency went from "
    "800 ms to 90 ms within a month.",
    "When two teams disagreed about an API change, I wrote a one-page proposal with both "
    "options, ran a meeting to compare the trade-offs, and we shipped a versioned endpoint "
    "that kept old clients working; support tickets dropped by a third.",
]


@dataclass(frozen=True)
class Seeded:
    job: str
    candidate: str
    env: dict[str, str]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, embedder, taxonomy) -> Seeded:
    """A data folder with one demo job and one ingested candidate, shared by the module."""
    data = tmp_path_factory.mktemp("interview-cli") / "data"
    settings = Settings(data_dir=data, tenant=TENANT, _env_file=None)
    job_id, candidate_id = asyncio.run(_seed(settings, embedder, taxonomy))
    env = {**os.environ, "SCOUT_DATA_DIR": str(data), "SCOUT_TENANT": TENANT}
    env.pop("SCOUT_DATABASE_URL", None)
    return Seeded(job=job_id, candidate=candidate_id, env=env)


async def _seed(settings: Settings, embedder, taxonomy) -> tuple[str, str]:
    settings.ensure_dirs()
    await upgrade(settings)
    demo = default_demo_dir()
    job_file = demo / "jobs" / "backend-engineer.txt"
    async with open_screening_kit(settings, embedder=embedder, taxonomy=taxonomy) as kit:
        job = await add_job(
            kit.store,
            settings=settings,
            taxonomy=taxonomy,
            tenant_id=TENANT,
            file_name=job_file.name,
            data=job_file.read_bytes(),
        )
        results = await ingest_paths(
            kit,
            tenant_id=TENANT,
            paths=[demo / "resumes" / "01-emilie-roy.txt"],
            job_ids=[job.id or ""],
        )
    return job.id or "", results[0].candidate_id or ""


def scout(seeded: Seeded, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "ui.cli", *args]
    return subprocess.run(command, env=seeded.env, capture_output=True, text=True, timeout=300)


def run_interview(seeded: Seeded, tmp_path: Path, answers: list[str], *extra: str) -> dict:
    script = tmp_path / "answers.jsonl"
    script.write_text("".join(json.dumps({"answer": a}) + "\n" for a in answers))
    result = scout(
        seeded,
        "interview",
        "run",
        "--job",
        seeded.job,
        "--candidate",
        seeded.candidate,
        "--answers",
        str(script),
        *extra,
        "--json",
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    return json.loads(lines[0])


def assert_contract(out: dict) -> None:
    assert set(out) == TOP_KEYS
    assert all(set(turn) == TURN_KEYS for turn in out["transcript"])
    assert {turn["kind"] for turn in out["transcript"]} <= KINDS
    assert [t["seq"] for t in out["transcript"]] == list(range(1, len(out["transcript"]) + 1))
    card = out["scorecard"]
    assert set(card) == CARD_KEYS
    for dimension in card["dimensions"]:
        assert set(dimension) == DIMENSION_KEYS
        assert all(set(e) == EVIDENCE_KEYS for e in dimension["evidence"])


def test_scripted_interview_prints_transcript_and_scorecard(seeded, tmp_path: Path) -> None:
    answers = STRONG * 15  # enough for every question and follow-up; the rest is left unused
    out = run_interview(seeded, tmp_path, answers)
    assert_contract(out)
    assert out["status"] == "completed"
    kinds = [t["kind"] for t in out["transcript"]]
    assert kinds[:2] == ["consent", "consent"] and kinds[-1] == "closing"
    assert "question" in kinds and "answer" in kinds
    card = out["scorecard"]
    assert card["dimensions"] and card["recommendation"] is not None
    texts = {t["seq"]: t["text"] for t in out["transcript"]}
    for dimension in card["dimensions"]:
        for evidence in dimension["evidence"]:
            assert evidence["quote"] in texts[evidence["turn"]]

    shown = scout(seeded, "interview", "show", out["interview_id"], "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout) == out


def test_answers_running_out_stop_the_interview_as_incomplete(seeded, tmp_path: Path) -> None:
    out = run_interview(seeded, tmp_path, STRONG[:1])
    assert_contract(out)
    assert out["status"] == "incomplete"
    answers = [t for t in out["transcript"] if t["kind"] == "answer"]
    assert [a["text"] for a in answers] == STRONG[:1]


def test_no_consent_records_only_the_consent(seeded, tmp_path: Path) -> None:
    out = run_interview(seeded, tmp_path, STRONG, "--no-consent")
    assert_contract(out)
    assert out["status"] == "declined"
    assert [t["kind"] for t in out["transcript"]] == ["consent", "consent"]
    assert out["scorecard"]["dimensions"] == [] and out["scorecard"]["overall"] is None


def test_errors_go_to_stderr_with_a_nonzero_exit(seeded, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"answer": "fine"}\n{"reply": "wrong key"}\n')
    result = scout(
        seeded,
        "interview",
        "run",
        "--job",
        seeded.job,
        "--candidate",
        seeded.candidate,
        "--answers",
        str(bad),
        "--json",
    )
    assert result.returncode != 0 and result.stdout == ""
    assert "bad.jsonl:2" in result.stderr

    unknown = scout(seeded, "interview", "show", "int_000000000000", "--json")
    assert unknown.returncode != 0 and unknown.stdout == ""
    assert "int_000000000000" in unknown.stderr
