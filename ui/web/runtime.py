"""Everything the web app holds open while it runs, built once from the settings.

The chat handlers and the HTTP routes get this one object; nothing else in
the web layer opens a database, a model or a graph.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langgraph.graph.state import CompiledStateGraph

from agents.brains import open_brains
from agents.recruiter_brain import RecruiterBrain
from agents.usage import StoreUsageSink
from core.settings import Settings
from graphs.checkpointer import open_checkpointer
from graphs.interview_runner import InterviewRunner, open_interview_runner
from graphs.recruiter import build_recruiter_graph
from store.migrate import upgrade
from tools.screening_kit import ScreeningKit, open_screening_kit
from tools.signing_key import signing_key
from tools.speech import TextToSpeech


@dataclass
class WebRuntime:
    """The open parts: screening kit, interview runner, recruiter graph and brain, voice."""

    settings: Settings
    key: str
    kit: ScreeningKit
    interviews: InterviewRunner
    recruiter_graph: CompiledStateGraph[Any, Any, Any, Any]
    recruiter_brain: RecruiterBrain
    _voice: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=1, thread_name_prefix="tts")
    )
    _tts: list[TextToSpeech] = field(default_factory=list)

    async def speak(self, text: str, out_path: Path) -> Path:
        """Text to a WAV file; the speech engine lives on one thread of its own."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._voice, self._speak, text, out_path)

    def _speak(self, text: str, out_path: Path) -> Path:
        if not self._tts:
            self._tts.append(TextToSpeech.load())
        return self._tts[0].save(text, out_path)

    def close(self) -> None:
        """Stop the speech thread."""
        self._voice.shutdown(wait=False, cancel_futures=True)


@asynccontextmanager
async def open_web_runtime(settings: Settings) -> AsyncIterator[WebRuntime]:
    """Migrate, then open every part the app needs; all closed on exit."""
    await upgrade(settings)
    async with AsyncExitStack() as stack:
        kit = await stack.enter_async_context(open_screening_kit(settings))
        interviews = await stack.enter_async_context(
            open_interview_runner(settings, embedder=kit.embedder, taxonomy=kit.taxonomy)
        )
        usage = StoreUsageSink(kit.store)
        stack.push_async_callback(usage.drain)
        brains = await stack.enter_async_context(
            open_brains(settings, embedder=kit.embedder, taxonomy=kit.taxonomy, usage=usage)
        )
        saver = await stack.enter_async_context(open_checkpointer(settings))
        runtime = WebRuntime(
            settings=settings,
            key=signing_key(settings),
            kit=kit,
            interviews=interviews,
            recruiter_graph=build_recruiter_graph().compile(checkpointer=saver),
            recruiter_brain=brains.recruiter,
        )
        stack.callback(runtime.close)
        yield runtime
