"""Choose the cache from settings: Redis by URL, else in-process."""

from __future__ import annotations

from core.settings import Settings
from store.cache.base import Cache
from store.cache.memory import MemoryCache


def open_cache(settings: Settings) -> Cache:
    """A new cache for this process; the caller keeps it and closes it.

    Redis is imported only when configured, so the embedded default does not
    depend on the redis client being importable.
    """
    if settings.redis_url:
        from store.cache.redis_cache import RedisCache

        return RedisCache(settings.redis_url)
    return MemoryCache()
