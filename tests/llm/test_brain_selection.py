"""SCOUT_BRAIN reaches the interview runner: the llm brain when asked, offline otherwise."""

from __future__ import annotations

from collections.abc import Callable

from core.settings import Settings
from graphs.interview_runner import open_interview_runner


async def test_interview_runner_uses_the_llm_brain_when_configured(
    settings_for: Callable[..., Settings], embedder, taxonomy
) -> None:
    settings = settings_for(brain="llm")
    async with open_interview_runner(settings, embedder=embedder, taxonomy=taxonomy) as runner:
        assert runner.deps.brain.name == "llm"


async def test_interview_runner_stays_offline_when_told(
    settings_for: Callable[..., Settings], embedder, taxonomy
) -> None:
    settings = settings_for(brain="offline")
    async with open_interview_runner(settings, embedder=embedder, taxonomy=taxonomy) as runner:
        assert runner.deps.brain.name == "offline"
