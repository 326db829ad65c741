"""Which brain runs: `SCOUT_BRAIN=auto|offline|llm`, decided once per process.

- `offline`: the embedded brain, no model calls.
- `llm`: the llm brain even if the model does not answer now; each call then
  falls back to offline and says so (an explicit choice is honoured).
- `auto` (default): the llm brain when a model is configured *and* answers a
  probe request, else offline; the reason is kept for `scout doctor` and logs.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Literal

from pydantic import BaseModel

from core.chat_models import ModelProbe, probe_model
from core.settings import Settings

BrainKind = Literal["offline", "llm"]
Probe = Callable[[Settings], Awaitable[ModelProbe]]


class BrainChoice(BaseModel):
    """The brain that runs, why, and where the model is (when one is configured)."""

    requested: Literal["auto", "offline", "llm"]
    active: BrainKind
    reason: str
    endpoint: str | None = None
    model: str | None = None
    answering: bool | None = None


def _offline(settings: Settings, reason: str, probe: ModelProbe | None = None) -> BrainChoice:
    return BrainChoice(
        requested=settings.brain, active="offline", reason=reason,
        endpoint=probe.endpoint if probe else None, model=probe.model if probe else None,
        answering=probe.ok if probe else None,
    )


async def choose_brain(settings: Settings, *, probe: Probe = probe_model) -> BrainChoice:
    """Decide the brain from settings, probing the model only when it matters."""
    if settings.brain == "offline":
        return _offline(settings, "SCOUT_BRAIN=offline")
    if not settings.llm_configured:
        why = "no model configured (set OPENAI_BASE_URL and/or OPENAI_API_KEY)"
        return _offline(settings, f"SCOUT_BRAIN={settings.brain} but {why}")
    checked = await probe(settings)
    if settings.brain == "auto" and not checked.ok:
        return _offline(settings, f"the model does not answer ({checked.detail})", checked)
    reason = "SCOUT_BRAIN=llm" if settings.brain == "llm" else "a model is configured and answers"
    if not checked.ok:
        reason += f"; it does not answer now ({checked.detail}), so every call falls back"
    return BrainChoice(
        requested=settings.brain, active="llm", reason=reason,
        endpoint=checked.endpoint, model=checked.model, answering=checked.ok,
    )
