"""Schema migrations, run programmatically from Scout's settings.

The same Alembic revisions run on SQLite and PostgreSQL. `upgrade` is what
the CLI, the server start-up and the tests call; the `alembic` command line
works too (see store/migrations/alembic.ini) for writing new revisions.

Alembic is handed an open connection of Scout's own engine (the cookbook's
"connection sharing" recipe), so the SQLite pragmas and the masked-URL
errors of `store.engine` apply to migrations as well.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate.api import AutogenContext
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text
from sqlmodel import SQLModel
from sqlmodel.sql.sqltypes import AutoString

from core.settings import Settings
from store import models
from store.engine import check_connection, create_engine, is_sqlite, sqlite_file

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Any constant works; it only has to be the same for every Scout process, so
# that two replicas starting together migrate one after the other.
_PG_MIGRATION_LOCK = 0x5C0_07


def alembic_config() -> Config:
    """The Alembic configuration of the store, pointing at its revisions."""
    config = Config(str(MIGRATIONS_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest revision in the code (no database needed)."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migration revisions found in {MIGRATIONS_DIR}")
    return head


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Let Alembic see only Scout's tables.

    The same database may hold tables Scout does not own through its models
    (LangGraph checkpoints, Chainlit's data layer); autogenerate must not
    propose dropping them.
    """
    if type_ == "table":
        return name in SQLModel.metadata.tables
    return True


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | bool:
    """Render Scout's column types as plain SQLAlchemy ones in new revisions.

    A revision must keep working after the models change, so it should not
    import `store.models` or SQLModel internals.
    """
    if type_ == "type" and isinstance(obj, models.UTCDateTime):
        return "sa.DateTime(timezone=True)"
    if type_ == "type" and isinstance(obj, AutoString):
        return "sa.String()"
    return False


def migration_options(connection: Connection) -> dict[str, Any]:
    """Options for `context.configure`, shared by env.py and the schema tests."""
    return {
        "target_metadata": SQLModel.metadata,
        "render_as_batch": connection.dialect.name == "sqlite",
        "compare_type": True,
        "include_name": include_name,
        "render_item": render_item,
    }


def _upgrade_on(connection: Connection, config: Config) -> str | None:
    """Run `upgrade head` on an open connection; return the revision it ends at."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    return MigrationContext.configure(connection).get_current_revision()


def _revision_on(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def upgrade(settings: Settings) -> str:
    """Bring the database to the newest revision and return it (idempotent).

    Creates the data folder and the SQLite file when needed. On PostgreSQL the
    whole upgrade is one transaction under an advisory lock, so a failed
    revision leaves nothing half-done and concurrent starters wait in turn.
    Raises ServiceUnavailable when the database cannot be reached.
    """
    settings.ensure_dirs()
    engine = create_engine(settings)
    try:
        await check_connection(engine)
        config = alembic_config()
        async with engine.begin() as connection:
            revision = await connection.run_sync(_upgrade_on, config)
    finally:
        await engine.dispose()
    if revision is None:
        raise RuntimeError("migrations ran but the database records no revision")
    return revision


def upgrade_sync(settings: Settings) -> str:
    """`upgrade` for synchronous callers (not from inside a running event loop)."""
    return asyncio.run(upgrade(settings))


async def current_revision(settings: Settings) -> str | None:
    """The revision the database is at, or None when it was never migrated.

    A SQLite file that does not exist yet is reported as None without being
    created.
    """
    url = settings.resolved_database_url
    path = sqlite_file(url) if is_sqlite(url) else None
    if path is not None and not path.exists():
        return None
    engine = create_engine(settings)
    try:
        await check_connection(engine)
        async with engine.connect() as connection:
            return await connection.run_sync(_revision_on)
    finally:
        await engine.dispose()
