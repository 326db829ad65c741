"""A real Scout server for browser tests: seeded data folder, own port, stopped after."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from core.settings import Settings
from graphs.interview_runner import open_interview_runner
from store.migrate import upgrade
from tools.accounts import add_account
from tools.batch_files import expand_paths
from tools.demo import default_demo_dir
from tools.jobs_service import add_job
from tools.screening import ingest_paths
from tools.screening_kit import open_screening_kit
from ui.invites import InvitationLink, invite_to_interview

SECRET = "browser-tests-signing-key-0123456789abcdef"
RECRUITER = ("recruiter@example.test", "correct horse battery")
SEEDED_JOB = "data-engineer.txt"
SEEDED_RESUMES = ("10-nils-holm.txt", "12-daryna-tkachenko.pdf", "13-shreya-joshi.txt",
                  "08-tunde-adebayo.pdf")
READY_TIMEOUT_S = 120.0


def free_port() -> int:
    """A port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class RunningServer:
    """What a test needs: where it is, who can sign in, which links open which interview."""

    url: str
    settings: Settings
    process: subprocess.Popen[bytes]
    log_path: Path
    invitations: dict[str, InvitationLink] = field(default_factory=dict)

    def log_tail(self) -> str:
        """The end of the server's output (for failure messages)."""
        return self.log_path.read_text(errors="replace")[-4000:]


def server_settings(data_dir: Path, port: int, database_url: str | None = None) -> Settings:
    """Settings the server and the seeding share (no follow-ups: a fixed question count)."""
    return Settings(
        data_dir=data_dir, server_port=port, secret_key=SECRET, brain="offline",
        interview_max_follow_ups=0, database_url=database_url, _env_file=None,
    )


async def seed(settings: Settings, embedder: object, taxonomy: object) -> dict[str, InvitationLink]:
    """A recruiter account, a job with four candidates (A–D), and an invitation for each."""
    await upgrade(settings)
    demo = default_demo_dir()
    async with open_screening_kit(settings, embedder=embedder, taxonomy=taxonomy) as kit:
        await add_account(kit.store, tenant_id=settings.tenant, email=RECRUITER[0],
                          name="Rita Recruiter", role="recruiter", password=RECRUITER[1])
        path = demo / "jobs" / SEEDED_JOB
        job = await add_job(kit.store, settings=settings, taxonomy=kit.taxonomy,
                            tenant_id=settings.tenant, file_name=path.name, data=path.read_bytes())
        files = expand_paths([demo / "resumes" / name for name in SEEDED_RESUMES])
        results = await ingest_paths(kit, tenant_id=settings.tenant, paths=files,
                                     job_ids=[job.id or ""])
    links = {}
    async with open_interview_runner(settings, embedder=embedder, taxonomy=taxonomy) as runner:
        for label, result in zip("ABCD", results, strict=True):
            links[label] = await invite_to_interview(
                runner, settings, SECRET, tenant_id=settings.tenant, job_id=job.id or "",
                candidate_id=result.candidate_id or "",
            )
    return links


def start_server(settings: Settings, log_path: Path) -> subprocess.Popen[bytes]:
    """`scout serve` in its own process group, with the test settings in its environment."""
    env = {
        **os.environ,
        "SCOUT_DATA_DIR": str(settings.data_dir),
        "SCOUT_SERVER_PORT": str(settings.server_port),
        "SCOUT_SECRET_KEY": SECRET,
        "SCOUT_BRAIN": "offline",
        "SCOUT_INTERVIEW_MAX_FOLLOW_UPS": "0",
    }
    env.pop("SCOUT_DATABASE_URL", None)
    if settings.database_url:
        env["SCOUT_DATABASE_URL"] = settings.database_url
    with log_path.open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "ui.cli", "serve"], env=env, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True,
        )


def wait_ready(url: str, process: subprocess.Popen[bytes], log_path: Path) -> None:
    """Poll /ready until it answers 200; fail early if the server died."""
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/ready", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"server not ready after {READY_TIMEOUT_S:.0f} s:\n{log_path.read_text()}")


def stop_server(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server's group, SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


def launch(
    data_dir: Path, embedder: object, taxonomy: object, database_url: str | None = None
) -> RunningServer:
    """Seed, start and wait: a running server (stop it with `stop_server`)."""
    settings = server_settings(data_dir, free_port(), database_url)
    # A thread of its own: Playwright's sync API may already run a loop in this one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        links = pool.submit(asyncio.run, seed(settings, embedder, taxonomy)).result()
    log_path = data_dir / "server.log"
    process = start_server(settings, log_path)
    url = f"http://127.0.0.1:{settings.server_port}"
    try:
        wait_ready(url, process, log_path)
    except BaseException:
        stop_server(process)
        raise
    return RunningServer(url=url, settings=settings, process=process, log_path=log_path,
                         invitations=links)
