"""The response cache (SQLite by default, Redis by URL) and usage rows in the database."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import SCOPE, RoleDriver, make_settings
from scripted_server import ScriptedServer

from agents.llm_cache import SqliteCache, cache_key
from agents.llm_role import RoleContext
from agents.llm_runtime import LlmRuntime
from agents.llm_trace import LlmTrace
from agents.usage import StoreUsageSink, UsageLedger
from core.settings import Settings
from store.engine import open_store
from store.migrate import upgrade
from store.repositories.tenants import ensure_tenant
from store.repositories.usage import usage_totals

pytestmark = pytest.mark.timeout(30)


def _key(**change: object) -> str:
    base: dict[str, object] = {"model": "m", "prompt": "p@1", "schema": "S", "tools": ["a"],
                               "messages": [{"type": "human", "content": "hi"}]}
    return cache_key(**{**base, **change})  # type: ignore[arg-type]


def test_key_changes_with_model_prompt_version_and_inputs() -> None:
    keys = {_key(), _key(model="n"), _key(prompt="p@2"), _key(schema="T"),
            _key(messages=[{"type": "human", "content": "ho"}])}

    assert len(keys) == 5
    assert _key(tools=["a"]) == _key()


async def test_sqlite_cache_round_trip_and_expiry(tmp_path: Path) -> None:
    now = [1000.0]
    cache = SqliteCache(tmp_path / "c.sqlite", clock=lambda: now[0])
    await cache.set("k", b"v", ttl_seconds=10)
    await cache.set("forever", b"w")

    assert await cache.get("k") == b"v"
    now[0] += 11
    assert await cache.get("k") is None
    assert await cache.get("forever") == b"w"
    assert await cache.incr_window("n", 5) == 1 and await cache.incr_window("n", 5) == 2
    await cache.close()


@pytest.mark.parametrize("driver", ["job_analysis"], indirect=True)
def test_sqlite_cache_survives_a_restart(
    driver: RoleDriver, runtime_for: Callable[[Settings], LlmRuntime],
    llm_settings: Settings, server: ScriptedServer, trace: LlmTrace,
) -> None:
    server.queue(driver.good())
    first = RoleContext(runtime=runtime_for(llm_settings), scope=SCOPE)
    assert driver.used_llm(driver.run(first))
    first.runtime.close()

    again = RoleContext(runtime=runtime_for(llm_settings), scope=SCOPE)

    assert driver.used_llm(driver.run(again))
    assert len(server.requests) == 1
    assert (llm_settings.data_dir / "llm_cache.sqlite").is_file()


@pytest.mark.parametrize("driver", ["answer_assessment"], indirect=True)
def test_cache_off_asks_every_time(
    driver: RoleDriver, runtime_for: Callable[[Settings], LlmRuntime],
    settings_for: Callable[..., Settings], server: ScriptedServer,
) -> None:
    context = RoleContext(runtime=runtime_for(settings_for(llm_cache="off")), scope=SCOPE)
    server.queue(driver.good(), driver.good())

    driver.run(context)
    driver.run(context)

    assert len(server.requests) == 2


@pytest.mark.parametrize("driver", ["match_explanation"], indirect=True)
def test_redis_cache_by_url(
    driver: RoleDriver, runtime_for: Callable[[Settings], LlmRuntime], tmp_path: Path,
    server: ScriptedServer, redis_url: str, trace: LlmTrace,
) -> None:
    settings = make_settings(tmp_path, server.base_url, redis_url=redis_url, llm_cache="auto")
    server.queue(driver.good())
    first = RoleContext(runtime=runtime_for(settings), scope=SCOPE)
    driver.run(first)
    first.runtime.close()

    second = RoleContext(runtime=runtime_for(settings), scope=SCOPE)

    assert driver.used_llm(driver.run(second))
    assert len(server.requests) == 1, "served from Redis by a fresh runtime"
    assert not (tmp_path / "scout" / "llm_cache.sqlite").exists()


@pytest.mark.parametrize("driver", ["interview_scoring"], indirect=True)
async def test_usage_rows_written_per_tenant_job_interview_and_role(
    driver: RoleDriver, llm_settings: Settings, server: ScriptedServer,
) -> None:
    llm_settings.ensure_dirs()
    await upgrade(llm_settings)
    server.queue(driver.tool, driver.good())
    async with open_store(llm_settings) as store:
        async with store.transaction() as session:
            await ensure_tenant(session, tenant_id="t1")
        sink = StoreUsageSink(store)
        runtime = LlmRuntime(llm_settings, usage=sink)
        try:
            result = await asyncio.to_thread(driver.run, RoleContext(runtime, SCOPE))
        finally:
            await runtime.aclose()
        await sink.drain()
        async with store.transaction() as session:
            by_interview = await usage_totals(session, tenant_id="t1", interview_id="int_1")
            other = await usage_totals(session, tenant_id="t1", interview_id="int_2")

    assert driver.used_llm(result)
    [total] = by_interview
    assert (total.role, total.requests, total.input_tokens, total.output_tokens) == (
        "interview_scoring", 2, 80, 24)
    assert other == []


def test_ledger_totals() -> None:
    ledger = UsageLedger()

    assert ledger.tokens() == (0, 0) and ledger.entries() == []
