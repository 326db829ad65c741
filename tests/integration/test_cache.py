"""The cache contract, run against the in-process cache and a real Redis.

Time is advanced through a fake clock for the memory cache and by sleeping
for Redis (its expiry runs on the server), so TTLs in the Redis cases are
kept to fractions of a second.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

import pytest

from core.settings import Settings
from store.cache.base import Cache
from store.cache.factory import open_cache
from store.cache.memory import MemoryCache


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class CacheCase:
    cache: Cache
    advance: Callable[[float], Awaitable[None]]


@pytest.fixture(params=["memory", "redis"])
async def case(request: pytest.FixtureRequest) -> AsyncIterator[CacheCase]:
    if request.param == "memory":
        clock = FakeClock()

        async def advance(seconds: float) -> None:
            clock.now += seconds

        built = CacheCase(MemoryCache(clock=clock), advance)
    else:
        from store.cache.redis_cache import RedisCache

        url = request.getfixturevalue("redis_url")
        built = CacheCase(RedisCache(url, prefix="scout-test:"), asyncio.sleep)
    try:
        yield built
    finally:
        await built.cache.close()


async def test_implements_protocol(case: CacheCase) -> None:
    assert isinstance(case.cache, Cache)


async def test_get_set_delete(case: CacheCase) -> None:
    cache = case.cache
    assert await cache.get("session:1") is None
    await cache.set("session:1", b'{"user": "u1"}')
    assert await cache.get("session:1") == b'{"user": "u1"}'
    await cache.set("session:1", b"replaced")
    assert await cache.get("session:1") == b"replaced"
    await cache.delete("session:1")
    assert await cache.get("session:1") is None
    await cache.delete("never-set")  # no error


async def test_binary_values_round_trip(case: CacheCase) -> None:
    payload = bytes(range(256))
    await case.cache.set("blob", payload)
    assert await case.cache.get("blob") == payload


async def test_ttl_expiry(case: CacheCase) -> None:
    cache = case.cache
    await cache.set("short", b"v", ttl_seconds=0.3)
    await cache.set("forever", b"v")
    assert await cache.get("short") == b"v"
    await case.advance(0.5)
    assert await cache.get("short") is None
    assert await cache.get("forever") == b"v"


async def test_set_without_ttl_clears_previous_ttl(case: CacheCase) -> None:
    cache = case.cache
    await cache.set("k", b"1", ttl_seconds=0.3)
    await cache.set("k", b"2")
    await case.advance(0.5)
    assert await cache.get("k") == b"2"


@pytest.mark.parametrize("bad_ttl", [0, -1, float("nan"), float("inf")])
async def test_invalid_ttl_is_refused(case: CacheCase, bad_ttl: float) -> None:
    with pytest.raises(ValueError):
        await case.cache.set("k", b"v", ttl_seconds=bad_ttl)
    with pytest.raises(ValueError):
        await case.cache.incr_window("k", bad_ttl)


async def test_incr_window_counts_then_resets(case: CacheCase) -> None:
    cache = case.cache
    counts = [await cache.incr_window("rate:u1", 0.4) for _ in range(3)]
    assert counts == [1, 2, 3]
    assert await cache.incr_window("rate:u2", 0.4) == 1  # keys are independent
    assert await cache.get("rate:u1") == b"3"  # counters read like Redis INCR values
    await case.advance(0.6)
    assert await cache.incr_window("rate:u1", 0.4) == 1


async def test_incr_window_does_not_extend_the_window(case: CacheCase) -> None:
    """Hits inside a window must not push its end back (fixed, not sliding)."""
    cache = case.cache
    assert await cache.incr_window("rate:w", 0.5) == 1
    await case.advance(0.3)
    assert await cache.incr_window("rate:w", 0.5) == 2
    await case.advance(0.35)  # 0.65 s after the first hit: the window is over
    assert await cache.incr_window("rate:w", 0.5) == 1


async def test_incr_window_concurrent_hits_are_all_counted(case: CacheCase) -> None:
    results = await asyncio.gather(*(case.cache.incr_window("rate:burst", 10) for _ in range(50)))
    assert sorted(results) == list(range(1, 51))


async def test_memory_cache_sweeps_expired_entries() -> None:
    clock = FakeClock()
    cache = MemoryCache(clock=clock)
    for i in range(100):
        await cache.set(f"old:{i}", b"v", ttl_seconds=1)
    clock.now += 2
    for i in range(2000):
        await cache.set(f"new:{i}", b"v")
    assert not any(key.startswith("old:") for key in cache._entries)
    await cache.close()


async def test_memory_cache_refuses_use_after_close() -> None:
    cache = MemoryCache()
    await cache.close()
    with pytest.raises(RuntimeError):
        await cache.get("k")


async def test_factory_defaults_to_memory(settings: Settings) -> None:
    cache = open_cache(settings)
    try:
        assert isinstance(cache, MemoryCache)
    finally:
        await cache.close()


async def test_factory_uses_redis_by_url(settings: Settings, redis_url: str) -> None:
    from store.cache.redis_cache import RedisCache

    cache = open_cache(settings.model_copy(update={"redis_url": redis_url}))
    try:
        assert isinstance(cache, RedisCache)
        await cache.set("factory", b"ok", ttl_seconds=5)
        assert await cache.get("factory") == b"ok"
    finally:
        await cache.close()


async def test_redis_unreachable_is_a_service_error() -> None:
    from core.errors import ServiceUnavailable
    from store.cache.redis_cache import RedisCache

    cache = RedisCache("redis://user:secret@127.0.0.1:1/0", socket_timeout=0.5)
    try:
        with pytest.raises(ServiceUnavailable) as info:
            await cache.get("k")
        assert "secret" not in str(info.value)
    finally:
        await cache.close()
