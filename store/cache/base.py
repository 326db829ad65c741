"""The cache interface: short-lived bytes, sessions and rate-limit counters.

One async interface with an in-process implementation (the embedded default)
and a Redis one (`SCOUT_REDIS_URL`), so app processes can be stateless when
scaled out (DESIGN §6). Values are bytes: callers choose their encoding
(JSON, msgpack…), and nothing here pickles.
"""

from __future__ import annotations

import math
from typing import Protocol, runtime_checkable


@runtime_checkable
class Cache(Protocol):
    """Key/value bytes with optional expiry, plus fixed-window counters."""

    async def get(self, key: str) -> bytes | None:
        """The value under `key`, or None if absent or expired."""
        ...

    async def set(self, key: str, value: bytes, ttl_seconds: float | None = None) -> None:
        """Store `value`; it expires after `ttl_seconds` (None: never)."""
        ...

    async def delete(self, key: str) -> None:
        """Remove `key` (absent keys are fine)."""
        ...

    async def incr_window(self, key: str, window_seconds: float) -> int:
        """Count one hit in the fixed window that `key` is in and return the count.

        The window starts at the first hit and lasts `window_seconds`; the
        next hit after it expires starts a new window at 1. A rate limiter
        compares the result with its limit. Increment and expiry are applied
        atomically, so a counter never outlives its window.
        """
        ...

    async def close(self) -> None:
        """Release connections; the cache must not be used afterwards."""
        ...


def ttl_millis(ttl_seconds: float) -> int:
    """A positive TTL in whole milliseconds (rounded up, so a TTL never shortens).

    Both implementations use this, so they agree on what an odd TTL means.
    """
    if not math.isfinite(ttl_seconds) or ttl_seconds <= 0:
        raise ValueError(f"TTL must be a positive number of seconds, got {ttl_seconds!r}")
    return max(1, math.ceil(ttl_seconds * 1000))
