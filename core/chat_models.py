"""The one chat-model factory: every llm role gets its model from here.

OpenAI, Azure OpenAI (its `/openai/v1/` endpoint), vLLM, Ollama and LM Studio
all speak the OpenAI chat API, so one `ChatOpenAI` configuration covers them:
`OPENAI_BASE_URL` picks the server, `OPENAI_API_KEY` authenticates (local
servers accept any key), `SCOUT_LLM_MODEL` / `SCOUT_LLM_MODELS` name the model
per role. The client's own retries are off: `agents.llm_resilience` retries
instead, so every retry and fallback shows in Scout's trace and logs.

`probe_model` makes one real, minimal request; `SCOUT_BRAIN=auto` and
`scout doctor` use it to tell "configured" from "answering".
"""

from __future__ import annotations

import time
from typing import Literal

import httpx
from langchain_openai import ChatOpenAI
from pydantic import BaseModel

from core.llm_settings import LlmRole, LlmSettings

KEYLESS = "not-needed"
"""Sent to servers that need no key (vLLM, Ollama); the client refuses to start without one."""
PING = "ping"
"""The probe's whole message: a liveness check, not a prompt — any reply counts."""
PROBE_MAX_TOKENS = 5


def chat_model(
    settings: LlmSettings,
    role: LlmRole | Literal["probe"],
    *,
    timeout: float | None = None,
    http_async_client: httpx.AsyncClient | None = None,
) -> ChatOpenAI:
    """The chat model of one role, configured from settings (no request is made)."""
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else KEYLESS
    return ChatOpenAI(
        model=settings.model_for(role),
        api_key=key,  # type: ignore[arg-type]
        base_url=settings.openai_base_url,
        temperature=settings.llm_temperature,
        timeout=timeout or settings.llm_timeout_seconds,
        max_retries=0,
        stream_usage=True,
        http_async_client=http_async_client,
    )


class ModelProbe(BaseModel):
    """What a minimal request to the configured model showed."""

    ok: bool
    endpoint: str
    model: str
    detail: str
    seconds: float = 0.0


async def probe_model(settings: LlmSettings) -> ModelProbe:
    """Ask the model for one short reply; never raises (a probe reports)."""
    endpoint, model = settings.llm_endpoint, settings.model_for("probe")
    if not settings.llm_configured:
        return ModelProbe(ok=False, endpoint=endpoint, model=model,
                          detail="no OPENAI_BASE_URL or OPENAI_API_KEY configured")
    started = time.perf_counter()
    async with httpx.AsyncClient(timeout=settings.llm_probe_timeout_seconds) as client:
        probe = chat_model(settings, "probe", timeout=settings.llm_probe_timeout_seconds,
                           http_async_client=client)
        try:
            reply = await probe.ainvoke(PING, max_tokens=PROBE_MAX_TOKENS)
        except Exception as exc:  # any failure is the answer to "does it answer?"
            return ModelProbe(ok=False, endpoint=endpoint, model=model,
                              detail=f"no answer: {type(exc).__name__}: {str(exc)[:160]}",
                              seconds=time.perf_counter() - started)
    took = time.perf_counter() - started
    said = reply.text.strip()[:40] or "(empty)"
    return ModelProbe(ok=True, endpoint=endpoint, model=model, seconds=took,
                      detail=f"answered in {took:.1f}s: {said!r}")
