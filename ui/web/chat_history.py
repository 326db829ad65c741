"""Chat history kept in Scout's own database, in the `chat_*` tables (migration 0003).

Chainlit's SQLAlchemy data layer names its tables `users`, `threads`,
`steps`, `elements` and `feedbacks`; `users` is already Scout's. Every query
it runs passes through `execute_sql`, so the names are mapped there, and a
failed query is logged with its cause instead of vanishing.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from chainlit.data.sql_alchemy import SQLAlchemyDataLayer

from core.settings import Settings
from store.engine import is_sqlite

log = logging.getLogger(__name__)

CHAT_TABLES = ("users", "threads", "steps", "elements", "feedbacks")
TABLE_PREFIX = "chat_"
_TABLE_REFERENCE = re.compile(
    r"\b(FROM|INTO|UPDATE|JOIN)(\s+)(" + "|".join(CHAT_TABLES) + r")\b", re.IGNORECASE
)


def map_tables(query: str) -> str:
    """The query with the data layer's table names replaced by Scout's `chat_` ones."""
    return _TABLE_REFERENCE.sub(lambda m: f"{m[1]}{m[2]}{TABLE_PREFIX}{m[3]}", query)


class ScoutChatHistory(SQLAlchemyDataLayer):
    """Chainlit's SQL data layer on Scout's database and table names."""

    async def execute_sql(self, query: str, parameters: dict[str, Any]) -> Any:
        """Run the mapped query (the base class catches and returns None on errors)."""
        return await super().execute_sql(map_tables(query), parameters)


def open_chat_history(settings: Settings) -> ScoutChatHistory:
    """The data layer for this process's database (SQLite file or PostgreSQL)."""
    url = settings.resolved_database_url
    connect_args: dict[str, Any] = {"timeout": 30} if is_sqlite(url) else {}
    return ScoutChatHistory(conninfo=url, connect_args=connect_args)
