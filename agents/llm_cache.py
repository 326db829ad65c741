"""The llm response cache: the same model, prompt version and inputs never cost twice.

Keys hash the model, the prompt's `name@version`, the output schema, the
tools offered and the redacted messages, so a changed prompt or model misses
and nothing personal is ever part of a key or a value (values are the
model's redacted answer; placeholders are restored per call). Backends speak
`store.cache.base.Cache`: SQLite in the data folder by default (it survives
restarts), Redis by URL (shared by replicas), or none (`SCOUT_LLM_CACHE=off`).
A cache that fails is logged and skipped: it can cost money, never an answer.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from core.settings import Settings
from store.cache.base import Cache, ttl_millis

log = logging.getLogger(__name__)

KEY_VERSION = "llm:v1"
FILE_NAME = "llm_cache.sqlite"


class SqliteCache:
    """A `Cache` in one SQLite file: durable across restarts, no server needed.

    Operations are single short statements under a lock, so it is safe from
    any thread; they run inline because they take microseconds.
    """

    def __init__(self, path: Path, clock: Any = time.time) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS entries "
            "(key TEXT PRIMARY KEY, value BLOB NOT NULL, expires_at REAL)"
        )
        self._lock = threading.Lock()
        self._clock = clock

    def _expiry(self, ttl_seconds: float | None) -> float | None:
        return None if ttl_seconds is None else self._clock() + ttl_millis(ttl_seconds) / 1000

    async def get(self, key: str) -> bytes | None:
        """The value, or None if absent or expired."""
        with self._lock:
            row = self._db.execute(
                "SELECT value, expires_at FROM entries WHERE key = ?", (key,)
            ).fetchone()
            if row is None:
                return None
            if row[1] is not None and row[1] <= self._clock():
                self._db.execute("DELETE FROM entries WHERE key = ?", (key,))
                return None
            return bytes(row[0])

    async def set(self, key: str, value: bytes, ttl_seconds: float | None = None) -> None:
        """Store bytes, replacing any previous value and expiry."""
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO entries (key, value, expires_at) VALUES (?, ?, ?)",
                (key, bytes(value), self._expiry(ttl_seconds)),
            )

    async def delete(self, key: str) -> None:
        """Remove the key if present."""
        with self._lock:
            self._db.execute("DELETE FROM entries WHERE key = ?", (key,))

    async def incr_window(self, key: str, window_seconds: float) -> int:
        """Fixed-window counter (part of the Cache interface; unused by the llm cache)."""
        with self._lock:
            row = self._db.execute(
                "SELECT value, expires_at FROM entries WHERE key = ?", (key,)
            ).fetchone()
            live = row is not None and (row[1] is None or row[1] > self._clock())
            count = int(row[0]) + 1 if live else 1
            expires = row[1] if live else self._expiry(window_seconds)
            self._db.execute(
                "INSERT OR REPLACE INTO entries (key, value, expires_at) VALUES (?, ?, ?)",
                (key, str(count).encode(), expires),
            )
            return count

    async def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._db.close()


class CachedAnswer(BaseModel):
    """What is kept per key: the model's redacted answer and what produced it."""

    content: str
    model: str
    prompt: str
    tool_calls: list[dict[str, Any]] = Field(default_factory=list)


def cache_key(
    *, model: str, prompt: str, schema: str, tools: Sequence[str], messages: list[dict[str, Any]]
) -> str:
    """A stable key for one request's inputs (all redacted already)."""
    payload = json.dumps(
        {"model": model, "prompt": prompt, "schema": schema, "tools": sorted(tools),
         "messages": messages},
        sort_keys=True, ensure_ascii=False, separators=(",", ":"),
    )
    return f"{KEY_VERSION}:{hashlib.sha256(payload.encode('utf-8')).hexdigest()}"


class LlmCache:
    """Answers by key over any `Cache` backend (or none); failures only log."""

    def __init__(self, backend: Cache | None, *, ttl_seconds: float | None = None) -> None:
        self._backend = backend
        self._ttl = ttl_seconds

    @property
    def enabled(self) -> bool:
        """Whether answers are kept at all."""
        return self._backend is not None

    async def get(self, key: str) -> CachedAnswer | None:
        """The cached answer, or None (also when the backend fails)."""
        if self._backend is None:
            return None
        try:
            raw = await self._backend.get(key)
            return None if raw is None else CachedAnswer.model_validate_json(raw)
        except ValidationError:
            log.warning("llm cache entry %s is unreadable, asking the model", key[-12:])
            return None
        except Exception as exc:  # a Redis outage must not cost the answer
            log.warning("llm cache read failed, asking the model: %s", type(exc).__name__)
            return None

    async def put(self, key: str, answer: CachedAnswer) -> None:
        """Keep an answer; a failing backend is logged and ignored."""
        if self._backend is None:
            return
        try:
            await self._backend.set(key, answer.model_dump_json().encode(), self._ttl)
        except Exception as exc:  # a Redis outage must not cost the answer
            log.warning("llm cache write failed: %s", type(exc).__name__)

    async def close(self) -> None:
        """Release the backend."""
        if self._backend is not None:
            await self._backend.close()


def open_llm_cache(settings: Settings) -> LlmCache:
    """The cache the settings ask for; call from the loop that will use it (Redis is per loop)."""
    choice = settings.llm_cache
    if choice == "auto":
        choice = "redis" if settings.redis_url else "sqlite"
    ttl = settings.llm_cache_ttl_hours * 3600
    if choice == "off":
        return LlmCache(None)
    if choice == "redis":
        if not settings.redis_url:
            raise ValueError("SCOUT_LLM_CACHE=redis needs SCOUT_REDIS_URL")
        from store.cache.redis_cache import RedisCache

        return LlmCache(RedisCache(settings.redis_url), ttl_seconds=ttl)
    return LlmCache(SqliteCache(settings.data_dir / FILE_NAME), ttl_seconds=ttl)
