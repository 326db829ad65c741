"""Engines and sessions on SQLite and PostgreSQL: pragmas, pools, time zones, errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from core.errors import InputError, ServiceUnavailable
from core.settings import Settings
from store.engine import create_engine, open_store, safe_url
from store.migrate import upgrade
from store.models import Tenant
from store.repositories.tenants import ensure_tenant


async def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(
    settings: Settings,
) -> None:
    async with open_store(settings) as store, store.engine.connect() as connection:
        journal = await connection.scalar(text("PRAGMA journal_mode"))
        foreign_keys = await connection.scalar(text("PRAGMA foreign_keys"))
        busy_timeout = await connection.scalar(text("PRAGMA busy_timeout"))

    assert journal == "wal"
    assert foreign_keys == 1
    assert busy_timeout >= 1000


async def test_open_store_checks_the_connection_and_disposes(database_settings: Settings) -> None:
    async with open_store(database_settings) as store:
        async with store.session() as session:
            assert await session.scalar(text("SELECT 1")) == 1
        engine = store.engine
    assert engine.pool.checkedout() == 0


async def test_postgres_engine_uses_a_connection_pool(postgres_url: str, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, database_url=postgres_url, _env_file=None)
    engine = create_engine(settings)
    try:
        assert engine.url.drivername == "postgresql+asyncpg"
        assert engine.pool.size() >= 1
    finally:
        await engine.dispose()


async def test_unreachable_postgres_is_a_clear_service_error(tmp_path: Path) -> None:
    url = "postgresql+asyncpg://scout:hunter2@127.0.0.1:1/scout"
    settings = Settings(data_dir=tmp_path, database_url=url, _env_file=None)

    with pytest.raises(ServiceUnavailable) as caught:
        async with open_store(settings):
            pass

    assert "hunter2" not in str(caught.value)
    assert safe_url(url) in str(caught.value)


def test_an_unknown_database_scheme_is_refused(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, database_url="mysql://db/scout", _env_file=None)

    with pytest.raises(InputError, match="unsupported database URL"):
        create_engine(settings)


async def test_timestamps_come_back_aware_in_utc(database_settings: Settings) -> None:
    await upgrade(database_settings)
    berlin = timezone(timedelta(hours=2))
    written = datetime(2025, 6, 1, 14, 30, 15, 123456, tzinfo=berlin)

    async with open_store(database_settings) as store:
        async with store.transaction() as session:
            session.add(Tenant(id="acme", name="Acme", created_at=written))
        async with store.session() as session:
            tenant = await session.get(Tenant, "acme")

    assert tenant is not None
    assert tenant.created_at == written
    assert tenant.created_at.tzinfo is not None
    assert tenant.created_at.utcoffset() == timedelta(0)
    assert tenant.created_at.hour == 12


async def test_naive_timestamps_are_refused(database_settings: Settings) -> None:
    await upgrade(database_settings)

    async with open_store(database_settings) as store, store.session() as session:
        session.add(Tenant(id="acme", name="Acme", created_at=datetime(2025, 6, 1)))
        with pytest.raises(Exception, match="naive datetime"):
            await session.flush()


async def test_transaction_rolls_back_on_error(database_settings: Settings) -> None:
    await upgrade(database_settings)

    async with open_store(database_settings) as store:
        with pytest.raises(RuntimeError):
            async with store.transaction() as session:
                await ensure_tenant(session, tenant_id="acme")
                raise RuntimeError("boom")
        async with store.session() as session:
            assert await session.get(Tenant, "acme") is None
        async with store.transaction() as session:
            tenant = await ensure_tenant(session, tenant_id="acme", name="Acme")
        assert tenant.created_at <= datetime.now(UTC)
