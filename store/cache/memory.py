"""In-process cache: the embedded default when no Redis URL is configured.

State lives in the instance, so it is per process: fine for one app process
and for tests, wrong for several replicas (use Redis there). Expiry uses a
monotonic clock, immune to wall-clock jumps; tests inject their own clock.
Operations never await mid-update, so they are atomic within one event
loop; the instance is not meant to be shared across threads.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from store.cache.base import ttl_millis

Clock = Callable[[], float]

_SWEEP_EVERY_WRITES = 1024


@dataclass(slots=True)
class _Entry:
    value: bytes
    expires_at: float | None  # clock time in seconds; None = never


class MemoryCache:
    """A `Cache` backed by a dict, with lazy expiry and a periodic sweep."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._entries: dict[str, _Entry] = {}
        self._writes_since_sweep = 0
        self._closed = False

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("MemoryCache is closed")

    def _live(self, key: str) -> _Entry | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry.expires_at is not None and entry.expires_at <= self._clock():
            del self._entries[key]
            return None
        return entry

    def _expiry(self, ttl_seconds: float | None) -> float | None:
        if ttl_seconds is None:
            return None
        return self._clock() + ttl_millis(ttl_seconds) / 1000

    def _note_write(self) -> None:
        """Drop expired entries now and then, so keys never read again don't pile up."""
        self._writes_since_sweep += 1
        if self._writes_since_sweep < _SWEEP_EVERY_WRITES:
            return
        self._writes_since_sweep = 0
        now = self._clock()
        expired = [
            key
            for key, entry in self._entries.items()
            if entry.expires_at is not None and entry.expires_at <= now
        ]
        for key in expired:
            del self._entries[key]

    async def get(self, key: str) -> bytes | None:
        """The value, or None if absent or expired."""
        self._check_open()
        entry = self._live(key)
        return None if entry is None else entry.value

    async def set(self, key: str, value: bytes, ttl_seconds: float | None = None) -> None:
        """Store bytes with an optional TTL (replacing any previous TTL, as Redis SET does)."""
        self._check_open()
        self._entries[key] = _Entry(bytes(value), self._expiry(ttl_seconds))
        self._note_write()

    async def delete(self, key: str) -> None:
        """Remove the key if present."""
        self._check_open()
        self._entries.pop(key, None)

    async def incr_window(self, key: str, window_seconds: float) -> int:
        """Fixed-window counter; stored as decimal bytes like a Redis INCR counter."""
        self._check_open()
        entry = self._live(key)
        if entry is None:
            entry = _Entry(b"0", self._expiry(window_seconds))
            self._entries[key] = entry
            self._note_write()
        count = int(entry.value) + 1
        entry.value = str(count).encode()
        return count

    async def close(self) -> None:
        """Drop all entries; further use raises."""
        self._entries.clear()
        self._closed = True
