"""Redis cache: sessions and rate limits shared by every app replica.

Uses `redis.asyncio` with the connection pool the client keeps. Keys are
prefixed (default `scout:`) so Scout can share a Redis with other software.
The fixed-window counter runs as one Lua script, so increment and expiry are
a single atomic step on the server: no counter is ever left without a TTL,
even if the app dies between the two.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

import redis.asyncio as redis_async
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from core.errors import ServiceUnavailable
from store.cache.base import ttl_millis

T = TypeVar("T")

# INCR, and give the key its window TTL when it has none (first hit, or a key
# left without TTL by any other writer). Returns the new count.
_INCR_WINDOW_LUA = """
local count = redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return count
"""


class RedisCache:
    """A `Cache` on a Redis server given by URL."""

    def __init__(
        self,
        url: str,
        *,
        prefix: str = "scout:",
        socket_timeout: float = 5.0,
    ) -> None:
        self._url = url
        self._prefix = prefix
        self._client = redis_async.Redis.from_url(
            url, socket_timeout=socket_timeout, socket_connect_timeout=socket_timeout
        )
        self._incr_window = self._client.register_script(_INCR_WINDOW_LUA)

    def _key(self, key: str) -> str:
        return self._prefix + key

    async def _call(self, operation: Awaitable[T]) -> T:
        """Await a Redis call, turning connection failures into a user-facing error."""
        try:
            return await operation
        except (RedisConnectionError, RedisTimeoutError) as exc:
            raise ServiceUnavailable(f"Redis at {self._safe_url()} is unreachable: {exc}") from exc

    def _safe_url(self) -> str:
        """The URL without credentials, for error messages."""
        head, sep, tail = self._url.rpartition("@")
        if not sep:
            return self._url
        scheme = head.split("://", 1)[0]
        return f"{scheme}://***@{tail}"

    async def get(self, key: str) -> bytes | None:
        """The value, or None if absent or expired."""
        return await self._call(self._client.get(self._key(key)))

    async def set(self, key: str, value: bytes, ttl_seconds: float | None = None) -> None:
        """SET with PX when a TTL is given."""
        px = None if ttl_seconds is None else ttl_millis(ttl_seconds)
        await self._call(self._client.set(self._key(key), value, px=px))

    async def delete(self, key: str) -> None:
        """DEL the key."""
        await self._call(self._client.delete(self._key(key)))

    async def incr_window(self, key: str, window_seconds: float) -> int:
        """Atomic INCR + PEXPIRE-on-first-hit via Lua."""
        window_ms = ttl_millis(window_seconds)
        result = await self._call(self._incr_window(keys=[self._key(key)], args=[window_ms]))
        return int(result)

    async def close(self) -> None:
        """Close the connection pool."""
        await self._client.aclose()
