"""An event loop of its own, in a daemon thread: where the llm runtime does its I/O.

Synchronous callers (worker threads of the interview graph, plain code) and
async callers on other loops all submit coroutines here, so the HTTP client
and the cache connection live on exactly one loop for their whole life.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")


class LoopThread:
    """An event loop running in a daemon thread, started on first use."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def loop(self) -> asyncio.AbstractEventLoop:
        """The running loop, started on first use."""
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="scout-llm", daemon=True)
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    def submit(self, coro: Coroutine[Any, Any, T]) -> Future[T]:
        """Schedule a coroutine on the loop; wait on the returned future."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop())

    def in_loop(self) -> bool:
        """Whether the caller runs on the loop thread (blocking there would deadlock)."""
        return self._thread is not None and threading.current_thread() is self._thread

    def stop(self, cleanup: Callable[[], Awaitable[None]]) -> None:
        """Run `cleanup` on the loop, then stop and join it (idempotent)."""
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return
        asyncio.run_coroutine_threadsafe(cleanup(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()
