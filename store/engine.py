"""Database engines and sessions, built from the settings passed in.

SQLite (the embedded default) and PostgreSQL (by URL) are both async. The
engine is created by whoever owns the process lifetime (CLI command, server
startup, test) and handed down; nothing here is cached at module level.

SQLite runs in WAL mode (readers do not block the writer), with foreign keys
enforced (off by default in SQLite; the tenant-safe composite keys rely on
them) and a busy timeout so concurrent writers wait instead of failing at
once. The driver's default transaction handling is kept: a SELECT does not
open a transaction, so a read-then-write unit does not hold a read snapshot
that SQLite would refuse to upgrade to a write lock under concurrency.
Repositories therefore do not rely on SAVEPOINTs.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from core.errors import InputError, ServiceUnavailable
from core.settings import Settings

SQLITE_BUSY_TIMEOUT_MS = 5_000
POSTGRES_POOL_SIZE = 5
POSTGRES_MAX_OVERFLOW = 10
POSTGRES_POOL_RECYCLE_S = 1_800
POSTGRES_CONNECT_TIMEOUT_S = 10


def safe_url(url: str | URL) -> str:
    """The URL as it may appear in logs and error messages: password masked."""
    return make_url(url).render_as_string(hide_password=True)


def is_sqlite(url: str | URL) -> bool:
    """Whether the URL names a SQLite database (which changes pooling and DDL)."""
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_file(url: str | URL) -> Path | None:
    """The database file of a SQLite URL, or None for in-memory databases."""
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    return Path(database.removeprefix("file:").split("?", 1)[0])


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Per-connection SQLite settings (pragmas do not persist, except WAL)."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def create_engine(settings: Settings) -> AsyncEngine:
    """An async engine for `settings.resolved_database_url`.

    Lazy: no connection is made until first use (see `check_connection`).
    The SQLite file's folder is created here, since SQLite creates the file
    but not its parents.
    """
    url = make_url(settings.resolved_database_url)
    backend = url.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(url)
    if backend == "postgresql":
        return _postgres_engine(url)
    raise InputError(
        f"unsupported database URL {safe_url(url)}: use sqlite+aiosqlite:// or postgresql+asyncpg://"
    )


def _sqlite_engine(url: URL) -> AsyncEngine:
    if url.drivername != "sqlite+aiosqlite":
        url = url.set(drivername="sqlite+aiosqlite")
    path = sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(url)
    event.listen(engine.sync_engine, "connect", _set_sqlite_pragmas)
    return engine


def _postgres_engine(url: URL) -> AsyncEngine:
    if url.drivername != "postgresql+asyncpg":
        url = url.set(drivername="postgresql+asyncpg")
    return create_async_engine(
        url,
        pool_size=POSTGRES_POOL_SIZE,
        max_overflow=POSTGRES_MAX_OVERFLOW,
        pool_recycle=POSTGRES_POOL_RECYCLE_S,
        pool_pre_ping=True,
        connect_args={"timeout": POSTGRES_CONNECT_TIMEOUT_S},
    )


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions whose objects stay readable after commit (no lazy reload in async code)."""
    return async_sessionmaker(engine, expire_on_commit=False)


async def check_connection(engine: AsyncEngine) -> None:
    """Open one connection, turning "cannot connect" into a ServiceUnavailable.

    The message names the URL with its password masked, so it can be shown to
    an operator as is.
    """
    try:
        async with engine.connect():
            pass
    except (OSError, TimeoutError, exc.DBAPIError) as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise ServiceUnavailable(
            f"cannot connect to the database at {safe_url(engine.url)}: {reason}"
        ) from error


@dataclass(frozen=True)
class Store:
    """An engine and its session factory, owned by one process or test."""

    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]

    def session(self) -> AsyncSession:
        """A new session; the caller commits (or `async with store.transaction()`)."""
        return self.sessions()

    def transaction(self) -> AbstractAsyncContextManager[AsyncSession]:
        """`async with store.transaction() as session:` commits on success, rolls back on error."""
        return self.sessions.begin()


@asynccontextmanager
async def open_store(settings: Settings, *, check: bool = True) -> AsyncIterator[Store]:
    """Create the engine for `settings`, yield a Store, dispose the engine on exit.

    With `check` (the default) a connection is tried first, so an unreachable
    PostgreSQL fails here with a clear ServiceUnavailable rather than deep
    inside the first query.
    """
    engine = create_engine(settings)
    try:
        if check:
            await check_connection(engine)
        yield Store(engine=engine, sessions=session_factory(engine))
    finally:
        await engine.dispose()
