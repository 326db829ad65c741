"""Migrations on SQLite and PostgreSQL: up, idempotent, down, and in step with the models."""

from __future__ import annotations

from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect, text
from sqlmodel import SQLModel

from core.errors import ServiceUnavailable
from core.settings import Settings
from store.engine import create_engine, sqlite_file
from store.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    migration_options,
    upgrade,
    upgrade_sync,
)


def _diff(connection: Connection) -> list[Any]:
    """What autogenerate would put into a new revision (empty when in step)."""
    context = MigrationContext.configure(connection, opts=migration_options(connection))
    return compare_metadata(context, SQLModel.metadata)


async def _run(settings: Settings, fn: Any) -> Any:
    engine = create_engine(settings)
    try:
        async with engine.begin() as connection:
            return await connection.run_sync(fn)
    finally:
        await engine.dispose()


def _table_names(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


async def test_upgrade_creates_every_table(database_settings: Settings) -> None:
    revision = await upgrade(database_settings)

    assert revision == head_revision()
    assert await current_revision(database_settings) == revision
    tables = await _run(database_settings, _table_names)
    assert set(SQLModel.metadata.tables) <= tables
    assert "alembic_version" in tables


async def test_upgrade_is_idempotent(database_settings: Settings) -> None:
    first = await upgrade(database_settings)
    second = await upgrade(database_settings)

    assert first == second == await current_revision(database_settings)


async def test_current_revision_of_a_new_database_is_none(database_settings: Settings) -> None:
    assert await current_revision(database_settings) is None
    path = sqlite_file(database_settings.resolved_database_url)
    if database_settings.database_url is None:
        assert path is not None and not path.exists(), "asking must not create the SQLite file"


async def test_upgrade_creates_a_missing_data_folder(tmp_path: Any) -> None:
    settings = Settings(data_dir=tmp_path / "not" / "yet" / "here", _env_file=None)

    await upgrade(settings)

    assert (tmp_path / "not" / "yet" / "here" / "scout.db").is_file()


def test_upgrade_sync_outside_an_event_loop(settings: Settings) -> None:
    assert upgrade_sync(settings) == head_revision()
    assert upgrade_sync(settings) == head_revision()


async def test_models_and_migrations_agree(database_settings: Settings) -> None:
    await upgrade(database_settings)

    assert await _run(database_settings, _diff) == []


async def test_the_agreement_check_sees_drift(database_settings: Settings) -> None:
    """Guard against a comparison that always passes: remove an index, expect a diff."""
    await upgrade(database_settings)

    def drop_index_and_diff(connection: Connection) -> list[Any]:
        connection.execute(text("DROP INDEX ix_jobs_tenant_source"))
        return _diff(connection)

    diff = await _run(database_settings, drop_index_and_diff)

    assert [entry[0] for entry in diff] == ["add_index"]
    assert diff[0][1].name == "ix_jobs_tenant_source"


async def test_tables_scout_does_not_model_are_left_alone(database_settings: Settings) -> None:
    """Checkpointer or Chainlit tables in the same database must not show up as drops."""
    await upgrade(database_settings)

    def add_foreign_table_and_diff(connection: Connection) -> list[Any]:
        connection.execute(text("CREATE TABLE checkpoints (thread_id VARCHAR PRIMARY KEY)"))
        return _diff(connection)

    assert await _run(database_settings, add_foreign_table_and_diff) == []


async def test_downgrade_to_base_and_up_again(database_settings: Settings) -> None:
    await upgrade(database_settings)

    def downgrade_all(connection: Connection) -> set[str]:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        return _table_names(connection)

    remaining = await _run(database_settings, downgrade_all)

    assert not set(SQLModel.metadata.tables) & remaining
    assert await current_revision(database_settings) is None
    assert await upgrade(database_settings) == head_revision()


async def test_upgrade_of_an_unreachable_database_names_it_without_password(
    tmp_path: Any,
) -> None:
    url = "postgresql+asyncpg://scout:s3cret@127.0.0.1:1/scout"
    settings = Settings(data_dir=tmp_path / "scout", database_url=url, _env_file=None)

    with pytest.raises(ServiceUnavailable) as caught:
        await upgrade(settings)

    message = str(caught.value)
    assert "127.0.0.1:1" in message
    assert "s3cret" not in message
