"""Open the SQL store with its schema brought up to date first.

A user's first command on a fresh data folder should just work, so commands
that touch the store migrate it on open (idempotent and quick when current).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from core.settings import Settings
from store.engine import Store, open_store
from store.migrate import upgrade


@asynccontextmanager
async def open_ready_store(settings: Settings) -> AsyncIterator[Store]:
    """Migrate to head, then yield an open Store (closed on exit)."""
    settings.ensure_dirs()
    await upgrade(settings)
    async with open_store(settings) as store:
        yield store
