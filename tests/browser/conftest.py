"""Browser tests: a real Scout server and Debian's Chromium driven by Playwright.

Chromium is never downloaded: the tests use /usr/bin/chromium (installed by
.ci/run) and skip with a reason when it is missing, or fail under
SCOUT_REQUIRE_SERVICES=1.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from scout_server import RunningServer, launch, stop_server
from service_checks import fresh_postgres_database

CHROMIUM = os.environ.get("SCOUT_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "evals" / "results" / "screenshots"


def _required() -> bool:
    return os.environ.get("SCOUT_REQUIRE_SERVICES", "").lower() in {"1", "true", "yes"}


def need_chromium() -> None:
    """Skip (or fail under SCOUT_REQUIRE_SERVICES) without Debian's chromium."""
    if Path(CHROMIUM).exists():
        return
    message = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    if _required():
        pytest.fail(message)
    pytest.skip(message)


def _serve(data_dir: Path, embedder, taxonomy, database_url: str | None = None):
    need_chromium()
    server = launch(data_dir, embedder, taxonomy, database_url)
    try:
        yield server
    finally:
        stop_server(server.process)
    log = server.log_path.read_text(errors="replace")
    assert "Traceback" not in log, f"the server logged an error:\n{log[-6000:]}"


@pytest.fixture(scope="session")
def scout_server(
    tmp_path_factory: pytest.TempPathFactory, embedder, taxonomy
) -> Iterator[RunningServer]:
    """One seeded server on SQLite for the browser tests, stopped at the end of the session."""
    yield from _serve(tmp_path_factory.mktemp("server"), embedder, taxonomy)


@pytest.fixture(scope="module")
def scout_server_pg(
    tmp_path_factory: pytest.TempPathFactory, embedder, taxonomy
) -> Iterator[RunningServer]:
    """The same server on PostgreSQL (store, checkpoints and chat history), in its own database."""
    with fresh_postgres_database("scout_browser") as url:
        yield from _serve(tmp_path_factory.mktemp("server_pg"), embedder, taxonomy, url)


@pytest.fixture(scope="module")
def playwright_instance():
    """The Playwright driver (no browser download: Chromium comes from Debian).

    Per module, not per session: its sync API runs an event loop in this
    thread while it is open, which the async tests after it could not share.
    """
    need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright_instance):
    """Headless Chromium for the tests that need no microphone."""
    chromium = playwright_instance.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """Where each step's screenshot goes (evals/results/screenshots/)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def espeak() -> str:
    """The espeak-ng binary, for speaking a known answer into a WAV file."""
    found = shutil.which("espeak-ng")
    if found is None:
        if _required():
            pytest.fail("espeak-ng is not installed")
        pytest.skip("espeak-ng is not installed (apt-get install espeak-ng)")
    return found
