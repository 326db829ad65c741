"""Small SQL helpers shared by the repositories (not part of their public API)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel


def column_values(row: SQLModel) -> dict[str, Any]:
    """The column values of a not-yet-inserted row, defaults applied."""
    table = row.__table__  # type: ignore[attr-defined]
    return {column.name: getattr(row, column.key) for column in table.columns}


async def insert_ignore(session: AsyncSession, row: SQLModel, *, conflict: Sequence[str]) -> bool:
    """INSERT the row unless one with the same `conflict` key exists; True if inserted.

    Used where two workers may create the same row at once (idempotent
    ingestion). A plain INSERT would fail one of them with an IntegrityError
    that poisons its whole transaction; SQLite's legacy transaction mode also
    rules out the SAVEPOINT that would otherwise contain it.
    """
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(type(row))
        .values(**column_values(row))
        .on_conflict_do_nothing(index_elements=list(conflict))
    )
    result = await session.execute(statement)
    return bool(result.rowcount)  # type: ignore[attr-defined]
