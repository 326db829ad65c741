"""Alembic environment for Scout: async engines, SQLite and PostgreSQL alike.

Two ways in:

- programmatic (`store.migrate`): an open synchronous connection arrives in
  `config.attributes["connection"]` and is used as is;
- the `alembic` command line: an engine is built from Scout's settings
  (environment / .env), or from `-x url=...`, and driven with `run_sync`.

SQLite cannot ALTER most things in place, so revisions render in batch mode
there ("move and copy"); PostgreSQL runs them directly.
"""

from __future__ import annotations

import asyncio
from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection
from sqlmodel import SQLModel

from core.settings import Settings
from store.engine import create_engine, is_sqlite
from store.migrate import migration_options

config = context.config


def _settings() -> Settings:
    """Settings for a command-line run: `-x url=...` wins over the environment."""
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    return Settings(database_url=url) if url else Settings()


def _run_on(connection: Connection) -> None:
    context.configure(connection=connection, **migration_options(connection))
    with context.begin_transaction():
        context.run_migrations()


async def _run_from_settings() -> None:
    settings = _settings()
    settings.ensure_dirs()
    engine = create_engine(settings)
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_run_on)
            await connection.commit()
    finally:
        await engine.dispose()


def _run_offline() -> None:
    """Emit SQL to stdout (`alembic upgrade head --sql`) for a DBA to review."""
    url = _settings().resolved_database_url
    context.configure(
        url=url,
        target_metadata=SQLModel.metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        render_as_batch=is_sqlite(url),
    )
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    shared = config.attributes.get("connection")
    if shared is not None:
        _run_on(shared)
        return
    if config.config_file_name is not None:
        fileConfig(config.config_file_name, disable_existing_loggers=False)
    if context.is_offline_mode():
        _run_offline()
    else:
        asyncio.run(_run_from_settings())


_main()
