"""The llm trace: every request, cache hit, retry, fallback and guard drop, in order.

Each event is also logged (logger `agents.llm`), so a fallback is visible in
the logs of a server as well as in the trace a test or `scout doctor` reads.
The trace is bounded: old events fall off, it never grows without limit.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from typing import Literal

from pydantic import BaseModel

log = logging.getLogger("agents.llm")

EventKind = Literal[
    "request", "tool", "answer", "cache_hit", "retry", "shrink", "json_prompt", "fallback",
    "guard",
]
MAX_EVENTS = 500


class LlmEvent(BaseModel):
    """One thing that happened during an llm call."""

    role: str
    kind: EventKind
    detail: str = ""
    attempt: int = 0
    wait_seconds: float = 0.0


class LlmTrace:
    """A bounded, thread-safe list of events, mirrored to the log."""

    def __init__(self, max_events: int = MAX_EVENTS) -> None:
        self._events: deque[LlmEvent] = deque(maxlen=max_events)
        self._lock = threading.Lock()

    def add(self, event: LlmEvent) -> None:
        """Record and log one event (fallbacks and retries as warnings)."""
        with self._lock:
            self._events.append(event)
        level = logging.WARNING if event.kind in ("fallback", "retry", "shrink") else logging.INFO
        log.log(level, "llm %s %s %s", event.role, event.kind, event.detail)

    def events(self, role: str | None = None) -> list[LlmEvent]:
        """Events so far, optionally of one role."""
        with self._lock:
            return [e for e in self._events if role is None or e.role == role]

    def kinds(self, role: str | None = None) -> list[str]:
        """Just the kinds, in order (handy in tests and reports)."""
        return [e.kind for e in self.events(role)]
