"""Shared fixtures: real services when they are up, a clear skip when not.

With `SCOUT_REQUIRE_SERVICES=1` (CI) a missing PostgreSQL or Redis fails the
test instead of skipping it, so a broken machine cannot pass silently.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from service_checks import (  # the tests folder is on sys.path
    REDIS_HOST,
    REDIS_PORT,
    fresh_postgres_database,
    need_service,
)

from core.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Embedded-default settings inside a fresh temporary data folder."""
    built = Settings(data_dir=tmp_path / "scout", _env_file=None)
    built.ensure_dirs()
    return built


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    with fresh_postgres_database("scout_test") as url:
        yield url


@pytest.fixture
def redis_url() -> Iterator[str]:
    """A Redis URL on a database index this test run keeps to itself."""
    need_service("Redis", REDIS_HOST, REDIS_PORT)
    import redis

    url = f"redis://{REDIS_HOST}:{REDIS_PORT}/9"
    client = redis.Redis.from_url(url)
    client.flushdb()
    try:
        yield url
    finally:
        client.flushdb()
        client.close()


@pytest.fixture(params=["sqlite", "postgres"])
def database_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Settings on SQLite and on PostgreSQL: store tests run on both."""
    data_dir = tmp_path / "scout"
    if request.param == "sqlite":
        built = Settings(data_dir=data_dir, _env_file=None)
    else:
        url = request.getfixturevalue("postgres_url")
        built = Settings(data_dir=data_dir, database_url=url, _env_file=None)
    built.ensure_dirs()
    return built


DEMO_DIR = Path(__file__).resolve().parents[1] / "evals" / "demo" / "data"


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    """The demo data committed in the repository (jobs, resumes, facts.json)."""
    return DEMO_DIR


@pytest.fixture(scope="session")
def embedder(tmp_path_factory: pytest.TempPathFactory):
    """The real embedding model, loaded once for the whole test session."""
    from store.embeddings import load_embedder

    data_dir = tmp_path_factory.mktemp("embedder")
    return load_embedder(Settings(data_dir=data_dir, _env_file=None))


@pytest.fixture(scope="session")
def taxonomy():
    """The skills taxonomy, loaded once."""
    from tools.taxonomy import Taxonomy

    return Taxonomy.load()
