"""Every llm role through real HTTP: answers, tools, streams, faults, grounding, privacy, cache.

Each test runs for all seven roles (see `RoleDriver` in conftest): the
scripted server returns queued replies and records every request body.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest
from conftest import SCOPE, RoleDriver
from scripted_server import (
    Reply,
    ScriptedServer,
    answer,
    context_overflow,
    cut_off,
    delay,
    format_rejected,
    malformed,
    rate_limited,
    server_error,
    truncated,
)

from agents.llm_role import RoleContext
from agents.llm_runtime import LlmRuntime
from agents.llm_trace import LlmTrace
from agents.usage import UsageLedger
from core.settings import Settings

pytestmark = [
    pytest.mark.timeout(30),
    pytest.mark.filterwarnings("ignore:This model does not support OpenAI:UserWarning"),
]


def _messages(body: dict[str, Any]) -> list[dict[str, Any]]:
    return body.get("messages", [])


def test_normal_answer(driver: RoleDriver, context: RoleContext, server: ScriptedServer) -> None:
    server.queue(driver.good())

    result = driver.run(context)

    assert driver.used_llm(result)
    assert len(server.requests) == 1
    body = server.requests[0]
    assert body["model"] == "scripted-model"
    assert body["tools"], "the role's tools are bound"
    if driver.role != "recruiter":
        assert body["response_format"]["type"] == "json_schema"


def test_tokens_recorded_per_scope_and_role(
    driver: RoleDriver, runtime_for: Callable[[Settings], LlmRuntime],
    settings_for: Callable[..., Settings], server: ScriptedServer, ledger: UsageLedger,
) -> None:
    settings = settings_for(llm_prices={"scripted-model": {"input_per_mtok": 1000,
                                                           "output_per_mtok": 2000}})
    context = RoleContext(runtime=runtime_for(settings), scope=SCOPE)
    server.queue(driver.good())

    driver.run(context)

    [entry] = ledger.entries()
    assert (entry.role, entry.input_tokens, entry.output_tokens) == (driver.role, 40, 12)
    assert entry.scope.tenant_id == "t1" and entry.scope.job_id == "job_1"
    assert entry.cost_usd == pytest.approx((40 * 1000 + 12 * 2000) / 1_000_000)
    assert "@" in entry.prompt


def test_tool_call_round_trip(
    driver: RoleDriver, context: RoleContext, server: ScriptedServer
) -> None:
    if driver.role == "recruiter":
        pytest.skip("the recruiter's tools run in the graph: see test_llm_recruiter")
    server.queue(driver.tool, driver.good())

    result = driver.run(context)

    assert driver.used_llm(result)
    assert len(server.requests) == 2
    second = _messages(server.requests[1])
    assert second[-2]["role"] == "assistant" and second[-2]["tool_calls"]
    assert second[-1]["role"] == "tool"
    assert driver.tool_result_contains in second[-1]["content"]


def test_streamed_answer(
    driver: RoleDriver, runtime_for: Callable[[Settings], LlmRuntime],
    settings_for: Callable[..., Settings], server: ScriptedServer, ledger: UsageLedger,
) -> None:
    context = RoleContext(runtime=runtime_for(settings_for(llm_stream=True)), scope=SCOPE)
    server.queue(driver.good())

    result = driver.run(context)

    assert driver.used_llm(result)
    assert server.requests[0]["stream"] is True
    assert server.requests[0]["stream_options"] == {"include_usage": True}
    assert ledger.tokens() == (40, 12), "usage arrives in the last SSE chunk"


RECOVERABLE: dict[str, tuple[Callable[[], Reply], str]] = {
    "timeout": (lambda: delay(3), "retry"),
    "429": (lambda: rate_limited(0.2), "retry"),
    "500": (server_error, "retry"),
    "malformed": (malformed, "retry"),
    "truncated_body": (truncated, "retry"),
    "cut_at_token_limit": (lambda: cut_off('{"partial": '), "retry"),
    "context_overflow": (context_overflow, "shrink"),
    "format_rejected": (format_rejected, "json_prompt"),
    "invalid_json": (lambda: answer("Sure! Here is what I found: nothing useful"), "json_prompt"),
}
NOT_FOR_RECRUITER = {"context_overflow", "invalid_json"}
"""The recruiter's decision has no long text to cut and no JSON: those fall back instead."""


@pytest.mark.parametrize("fault", list(RECOVERABLE))
def test_fault_then_recovery(
    fault: str, driver: RoleDriver, context: RoleContext, server: ScriptedServer,
    trace: LlmTrace,
) -> None:
    reply, step = RECOVERABLE[fault]
    server.queue(reply(), driver.good())

    result = driver.run(context)

    if driver.role == "recruiter" and fault in NOT_FOR_RECRUITER:
        assert not driver.used_llm(result)
        assert "fallback" in trace.kinds(driver.role)
        return
    assert driver.used_llm(result), trace.events()
    assert step in trace.kinds(driver.role)
    assert len(server.requests) == 2
    if step == "json_prompt":
        retry = server.requests[1]
        assert "response_format" not in retry
        if driver.role != "recruiter":
            assert "JSON Schema" in _messages(retry)[0]["content"]
    if step == "shrink":
        sent = [len(json.dumps(_messages(b))) for b in server.requests]
        assert sent[1] < sent[0]


REPEATED: dict[str, Callable[[], Reply]] = {
    "timeout": lambda: delay(3),
    "500": server_error,
    "malformed": malformed,
    "truncated_body": truncated,
    "context_overflow": context_overflow,
    "invalid_json": lambda: answer("not json at all"),
}


@pytest.mark.parametrize("fault", list(REPEATED))
def test_repeated_fault_falls_back_to_offline(
    fault: str, driver: RoleDriver, context: RoleContext, server: ScriptedServer,
    trace: LlmTrace,
) -> None:
    server.queue(REPEATED[fault](), REPEATED[fault](), REPEATED[fault]())

    result = driver.run(context)

    assert result is not None
    assert not driver.used_llm(result)
    assert trace.kinds(driver.role)[-1] == "fallback"
    assert len(server.requests) <= 2, "bounded: one retry, then offline"


def test_connection_refused_falls_back(
    driver: RoleDriver, context: RoleContext, server: ScriptedServer, trace: LlmTrace
) -> None:
    server.stop()

    result = driver.run(context)

    assert not driver.used_llm(result)
    fallback = trace.events(driver.role)[-1]
    assert fallback.kind == "fallback" and fallback.detail.startswith("connection")


def test_long_retry_after_falls_back_without_waiting(
    driver: RoleDriver, context: RoleContext, server: ScriptedServer, trace: LlmTrace
) -> None:
    server.queue(rate_limited(120), driver.good())
    started = time.monotonic()

    result = driver.run(context)

    assert not driver.used_llm(result)
    assert time.monotonic() - started < 2
    assert trace.events(driver.role)[-1].detail.startswith("rate_limited")


def test_ungrounded_employer_dropped(
    driver: RoleDriver, context: RoleContext, server: ScriptedServer, trace: LlmTrace
) -> None:
    if driver.ghost is None:
        pytest.skip("the recruiter's grounding is on its answer: see test_llm_recruiter")
    server.queue(driver.ghost())

    result = driver.run(context)

    assert driver.ghost_dropped(result)
    assert "guard" in trace.kinds(driver.role)


def test_request_bodies_hold_no_contact_details(
    driver: RoleDriver, context: RoleContext, server: ScriptedServer
) -> None:
    if driver.role != "recruiter":
        server.queue(driver.tool)
    server.queue(driver.good())

    result = driver.run(context)

    assert driver.used_llm(result)
    sent = server.bodies_text()
    for value in driver.pii:
        assert value not in sent, f"{value!r} left the process"
    assert "[EMAIL_1]" in sent or "[NAME_1]" in sent or "[PHONE_1]" in sent


def test_repeated_call_served_from_cache(
    driver: RoleDriver, context: RoleContext, server: ScriptedServer, trace: LlmTrace,
    ledger: UsageLedger,
) -> None:
    server.queue(driver.good())

    first = driver.run(context)
    second = driver.run(context)

    assert driver.used_llm(first) and driver.used_llm(second)
    assert len(server.requests) == 1, "the second call never reached the server"
    assert "cache_hit" in trace.kinds(driver.role)
    assert len(ledger.entries()) == 1, "a cache hit costs nothing"
