"""An interview process killed without warning continues, in a new process, at the same question."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.settings import Settings
from store.engine import open_store
from store.migrate import upgrade
from store.repositories import applications as application_repo
from store.repositories import interviews as interview_repo
from tools.demo import default_demo_dir
from tools.jobs_service import add_job
from tools.screening import ingest_paths
from tools.screening_kit import open_screening_kit

pytestmark = pytest.mark.slow

TENANT = "kill-test"
ANSWER = (
    "I ran our Python services on Kubernetes for three years: I wrote the Helm charts, set up "
    "autoscaling on queue depth, and cut our cloud bill by a quarter while latency stayed flat."
)


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
            paths=[demo / "resumes" / "05-joy-reyes.txt"],
            job_ids=[job.id or ""],
        )
    return job.id or "", results[0].candidate_id or ""


class Terminal:
    """`scout interview start` on pipes: read Scout's lines, type answers."""

    def __init__(self, env: dict[str, str], job: str, candidate: str) -> None:
        command = [
            sys.executable,
            "-m",
            "ui.cli",
            "interview",
            "start",
            "--job",
            job,
            "--candidate",
            candidate,
        ]
        self.proc = subprocess.Popen(
            command,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            bufsize=1,
        )

    def next_scout_line(self, timeout: float = 120) -> str:
        """The next line Scout says (skipping the prompt marker and notices)."""
        assert self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                raise AssertionError("the interview process ended unexpectedly")
            line = line.removeprefix("> ").strip()
            if line.startswith("Scout: "):
                return line.removeprefix("Scout: ")
        raise AssertionError("no line from Scout in time")

    def type(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)


async def _stored(settings: Settings, candidate: str, job: str) -> tuple[str, list]:
    async with open_store(settings) as store, store.session() as session:
        apps = await application_repo.list_applications(
            session, tenant_id=TENANT, candidate_id=candidate, job_id=job
        )
        interview = await interview_repo.latest_interview(
            session, tenant_id=TENANT, application_id=apps[0].id
        )
        assert interview is not None
        turns = await interview_repo.list_turns(
            session, tenant_id=TENANT, interview_id=interview.id
        )
    return interview.id, turns


async def test_killed_interview_continues_at_the_same_question(
    tmp_path: Path, embedder, taxonomy
) -> None:
    settings = Settings(data_dir=tmp_path / "data", tenant=TENANT, _env_file=None)
    job, candidate = await _seed(settings, embedder, taxonomy)
    env = {**os.environ, "SCOUT_DATA_DIR": str(settings.data_dir), "SCOUT_TENANT": TENANT}
    env.pop("SCOUT_DATABASE_URL", None)

    first = Terminal(env, job, candidate)
    try:
        assert "AI" in first.next_scout_line()
        first.type("yes")
        question_1 = first.next_scout_line()
        first.type(ANSWER)
        asked_before_kill = first.next_scout_line()
        first.kill()
    finally:
        first.close()

    interview_id, turns = await _stored(settings, candidate, job)
    assert turns[-1].text == asked_before_kill and turns[-1].speaker == "scout"
    killed_at = turns[-1].seq

    second = Terminal(env, job, candidate)
    try:
        asked_after_restart = second.next_scout_line()
        assert asked_after_restart == asked_before_kill != question_1
        second.type(ANSWER)
        second.next_scout_line()
    finally:
        second.close()

    same_id, after = await _stored(settings, candidate, job)
    assert same_id == interview_id
    assert [t.seq for t in after] == list(range(1, len(after) + 1))
    assert [(t.seq, t.text) for t in after[:killed_at]] == [(t.seq, t.text) for t in turns]
    assert after[killed_at].speaker == "candidate" and after[killed_at].text == ANSWER
    assert [t.text for t in after].count(ANSWER) == 2
