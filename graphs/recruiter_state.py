"""State of the recruiter graph: one thread per conversation, one turn per question.

Values are plain JSON (dumps of the `core.recruiter` models) so any
checkpointer stores them and an old thread still loads after the models
grow a field. `memory` lives across turns; every other key belongs to the
current turn and is reset when a question arrives.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypedDict

from agents.recruiter_brain import RecruiterBrain
from core.context import RunContext
from core.recruiter import RecruiterLimits
from tools.recruiter_kit import RecruiterKit


class RecruiterInput(TypedDict, total=False):
    """What a caller sends: the question, and optionally the clock to read it by."""

    question: str
    """The recruiter's question, as typed."""
    clock: str | None
    """ISO 8601 time that "this week" and "since March" are read against (default: now)."""


class RecruiterOutput(TypedDict, total=False):
    """What a caller reads back after a turn (or after it paused for confirmation)."""

    answer: dict[str, Any]
    """`core.recruiter.Answer` dump: text, table, candidates with evidence, notes."""


class RecruiterState(TypedDict, total=False):
    """Everything the nodes read and write. Keys are replaced, never merged."""

    question: str
    """The current question."""
    clock: str | None
    """The clock the caller gave with this question, if any (cleared after reading)."""
    now: str
    """The current turn's clock (ISO 8601)."""
    memory: dict[str, Any]
    """`ThreadMemory` dump: last search, last list, last job, last person — kept across turns."""
    first: dict[str, Any] | None
    """The brain's first `BrainStep` of this turn (intent, notes, the search)."""
    calls: list[dict[str, Any]]
    """`ToolCall` dumps still to run."""
    outcomes: list[dict[str, Any]]
    """`ToolOutcome` dumps of this turn, in order."""
    rounds: int
    """Brain decisions made this turn (bounded by `RecruiterLimits.max_rounds`)."""
    pending: dict[str, Any] | None
    """A `StageMove` waiting for the recruiter's yes."""
    answer: dict[str, Any] | None
    """The `Answer` dump of this turn."""


@dataclass(frozen=True)
class RecruiterRuntime:
    """Per-run context, passed at invoke time: the open kit, the asker, the brain, limits."""

    kit: RecruiterKit
    ctx: RunContext
    brain: RecruiterBrain
    limits: RecruiterLimits
