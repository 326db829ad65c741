"""Where the test services are, and the skip-or-fail rule when one is down.

With `SCOUT_REQUIRE_SERVICES=1` (CI) a missing service fails the test
instead of skipping it, so a broken machine cannot pass silently.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

# Overridable so a run can point at other servers (or at none, to check the skips).
PG_HOST = os.environ.get("SCOUT_TEST_PG_HOST", "127.0.0.1")
PG_PORT = int(os.environ.get("SCOUT_TEST_PG_PORT", "5432"))
REDIS_HOST = os.environ.get("SCOUT_TEST_REDIS_HOST", "127.0.0.1")
REDIS_PORT = int(os.environ.get("SCOUT_TEST_REDIS_PORT", "6379"))


def _services_required() -> bool:
    return os.environ.get("SCOUT_REQUIRE_SERVICES", "").lower() in {"1", "true", "yes"}


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


def need_service(name: str, host: str, port: int) -> None:
    """Skip (or fail under SCOUT_REQUIRE_SERVICES) when a service is down."""
    if _reachable(host, port):
        return
    message = f"{name} is not reachable on {host}:{port}"
    if _services_required():
        pytest.fail(f"{message} and SCOUT_REQUIRE_SERVICES is set")
    pytest.skip(f"{message}; start it to run this test")


@contextmanager
def fresh_postgres_database(prefix: str) -> Iterator[str]:
    """A new, empty PostgreSQL database (an asyncpg URL to it), dropped afterwards."""
    need_service("PostgreSQL", PG_HOST, PG_PORT)
    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = f"postgresql://postgres@{PG_HOST}:{PG_PORT}/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+asyncpg://postgres@{PG_HOST}:{PG_PORT}/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
