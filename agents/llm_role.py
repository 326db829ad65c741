"""What every llm role shares: the runtime, the usage scope, and "try the model, else offline".

A role asks `ask` (or `aask`) for an answer and gets either the model's
`LlmAnswer` or a `Fallback` saying why there is none — the runtime has
already traced and logged the details — and then returns its offline result,
with `Fallback.note` wherever its contract has room for one (a warning, a
note, the scorecard's `brain`).
"""

from __future__ import annotations

from dataclasses import dataclass

from agents.llm_guards import Dropped, log_dropped
from agents.llm_runtime import LlmAnswer, LlmRuntime, LlmTask, LlmUnavailable
from agents.llm_trace import LlmEvent
from agents.usage import UsageScope


@dataclass(frozen=True)
class Fallback:
    """No usable model answer: the fault kind, and a note for the result."""

    kind: str

    @property
    def note(self) -> str:
        """Short text for a result's notes or warnings."""
        return f"llm unavailable ({self.kind}); offline brain used"


@dataclass(frozen=True)
class RoleContext:
    """The runtime a role uses and who its requests are accounted to."""

    runtime: LlmRuntime
    scope: UsageScope

    def ask(self, task: LlmTask) -> LlmAnswer | Fallback:
        """The model's answer from synchronous code, or why to answer offline."""
        try:
            return self.runtime.call(task)
        except LlmUnavailable as exc:
            return Fallback(exc.kind)

    async def aask(self, task: LlmTask) -> LlmAnswer | Fallback:
        """The model's answer from async code, or why to answer offline."""
        try:
            return await self.runtime.acall(task)
        except LlmUnavailable as exc:
            return Fallback(exc.kind)

    def guard(self, role: str, detail: str) -> None:
        """Trace a guard's decision (a dropped value, a rejected text)."""
        self.runtime.trace.add(LlmEvent(role=role, kind="guard", detail=detail))

    def fell_back(self, role: str, detail: str) -> None:
        """Trace a fallback a role decided on after a usable but empty answer."""
        self.runtime.trace.add(LlmEvent(role=role, kind="fallback", detail=detail))

    def dropped(self, role: str, dropped: list[Dropped]) -> None:
        """Log and trace every ungrounded value a guard dropped."""
        log_dropped(role, dropped)
        for item in dropped:
            self.guard(role, f"dropped ungrounded {item.kind}")

    def scoped(self, scope: UsageScope) -> RoleContext:
        """The same runtime, accounting to another tenant, job or interview."""
        return RoleContext(runtime=self.runtime, scope=scope)
