"""Token counts and estimated cost of every model request, per tenant, job, interview and role.

The llm runtime records one `UsageEntry` per request that reached the model
(cache hits cost nothing and are not recorded) into a `UsageSink`:

- `UsageLedger` keeps entries in memory (CLI runs, tests, reports);
- `StoreUsageSink` writes each entry to the `llm_usage` table on the event
  loop that owns the store, so the runtime's own thread never touches it;
  `drain()` waits for the writes before the store closes.

Cost is an estimate: tokens × the configured price of the model.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import Future
from datetime import datetime
from typing import Protocol

from pydantic import BaseModel, Field

from core.llm_settings import LlmRole, LlmSettings
from store.engine import Store
from store.models import utcnow
from store.repositories.usage import record_usage

log = logging.getLogger(__name__)


class UsageScope(BaseModel):
    """What a request is accounted to; the job and interview when known."""

    tenant_id: str
    job_id: str | None = None
    interview_id: str | None = None


class UsageEntry(BaseModel):
    """One model request's tokens and estimated cost."""

    scope: UsageScope
    role: LlmRole
    model: str
    prompt: str
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    at: datetime = Field(default_factory=utcnow)


def estimate_cost(
    settings: LlmSettings, model: str, input_tokens: int, output_tokens: int
) -> float:
    """USD for the tokens at the model's configured price (0 when unknown)."""
    price = settings.price_for(model)
    cost = input_tokens * price.input_per_mtok + output_tokens * price.output_per_mtok
    return round(cost / 1_000_000, 8)


class UsageSink(Protocol):
    """Where usage goes; `record` must be safe from any thread and must not block."""

    def record(self, entry: UsageEntry) -> None:
        """Account one request."""
        ...


class UsageLedger:
    """Usage kept in memory, in order; safe from any thread."""

    def __init__(self) -> None:
        self._entries: list[UsageEntry] = []
        self._lock = threading.Lock()

    def record(self, entry: UsageEntry) -> None:
        """Append one entry."""
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[UsageEntry]:
        """A copy of every entry so far."""
        with self._lock:
            return list(self._entries)

    def tokens(self) -> tuple[int, int]:
        """Input and output tokens in all."""
        entries = self.entries()
        return sum(e.input_tokens for e in entries), sum(e.output_tokens for e in entries)


class StoreUsageSink:
    """Writes usage rows through the store, on the loop the store belongs to.

    Create it inside that loop (e.g. where the store was opened). A failed
    write (say, an unknown tenant) is logged; accounting never breaks a call.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._loop = asyncio.get_running_loop()
        self._pending: set[Future[None]] = set()
        self._lock = threading.Lock()

    def record(self, entry: UsageEntry) -> None:
        """Schedule the write on the store's loop and return at once."""
        future = asyncio.run_coroutine_threadsafe(self._write(entry), self._loop)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._done)

    def _done(self, future: Future[None]) -> None:
        with self._lock:
            self._pending.discard(future)

    async def _write(self, entry: UsageEntry) -> None:
        try:
            async with self._store.transaction() as session:
                await record_usage(
                    session, tenant_id=entry.scope.tenant_id, job_id=entry.scope.job_id,
                    interview_id=entry.scope.interview_id, role=entry.role, model=entry.model,
                    prompt=entry.prompt, input_tokens=entry.input_tokens,
                    output_tokens=entry.output_tokens, cost_usd=entry.cost_usd, at=entry.at,
                )
        except Exception as exc:  # accounting must never break a conversation
            log.warning("could not record llm usage: %s", type(exc).__name__)

    async def drain(self) -> None:
        """Wait for every scheduled write (call on the store's loop before closing it)."""
        with self._lock:
            pending = list(self._pending)
        if pending:
            await asyncio.gather(*(asyncio.wrap_future(f) for f in pending))
