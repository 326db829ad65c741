"""The recruiter role every brain implements: decide which tools to call, then answer.

The recruiter graph loops `decide` → tools → `decide` (bounded by
`RecruiterLimits.max_rounds`) and finally calls `answer`; it never knows
which brain it runs. The offline brain parses the question into all its tool
calls at once; an llm brain binds the same LangChain tools and may take
several rounds. Both answer with a `core.recruiter.Answer`.

`remember` turns a finished turn into the thread's memory, the same way for
every brain, so follow-ups ("and which of them…", "the second one") work
whichever brain answered before.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from pydantic import BaseModel, Field

from core.recruiter import (
    Answer,
    CandidateQuery,
    CandidateRef,
    Intent,
    JobOption,
    RecruiterLimits,
    ThreadMemory,
    ToolCall,
    ToolOutcome,
)


class BrainStep(BaseModel):
    """One decision: the tool calls to run next (none when ready to answer)."""

    intent: Intent = "list"
    calls: list[ToolCall] = Field(default_factory=list)
    query: CandidateQuery | None = Field(None, description="The search, for follow-ups.")
    notes: list[str] = Field(default_factory=list)


class RecruiterBrain(Protocol):
    """Turns a recruiter's question into tool calls and tool results into an answer."""

    name: str

    async def decide(
        self,
        question: str,
        *,
        memory: ThreadMemory,
        jobs: list[JobOption],
        outcomes: list[ToolOutcome],
        now: datetime,
    ) -> BrainStep:
        """The next tool calls given what the tools returned so far (none = answer now)."""
        ...

    async def answer(
        self,
        question: str,
        *,
        first: BrainStep,
        outcomes: list[ToolOutcome],
        memory: ThreadMemory,
    ) -> Answer:
        """The reply: short text, table, and every candidate cited with evidence."""
        ...


def _refs(result: dict) -> list[CandidateRef]:
    """The candidates a tool result lists, in order."""
    for key in ("matches", "candidates"):
        if isinstance(result.get(key), list):
            return [CandidateRef(id=r["id"], name=r.get("name")) for r in result[key]]
    if result.get("id"):
        return [CandidateRef(id=result["id"], name=result.get("name"))]
    candidate = result.get("candidate")
    return [CandidateRef(id=candidate["id"], name=candidate.get("name"))] if candidate else []


def remember(
    memory: ThreadMemory,
    first: BrainStep,
    outcomes: list[ToolOutcome],
    limits: RecruiterLimits,
) -> ThreadMemory:
    """The thread's memory after a turn: last search, last list, last job, last person."""
    update: dict = {"questions": memory.questions + 1}
    for outcome in outcomes:
        result = outcome.result or {}
        refs = _refs(result)
        if outcome.call.name == "search_candidates":
            update["last_query"] = first.query or CandidateQuery.model_validate(outcome.call.args)
            update["last_ids"] = list(result.get("all_ids", []))[: limits.memory_ids]
            jobs = outcome.call.args.get("job_ids") or []
            update["last_job_ids"] = jobs or memory.last_job_ids
        if len(refs) > 1 or outcome.call.name == "search_candidates":
            update["last_shown"] = refs
        if len(refs) == 1:
            update["focus"] = refs[0]
        job_id = outcome.call.args.get("job_id") or result.get("job_id")
        if job_id:
            update["last_job_ids"] = [job_id]
    return memory.model_copy(update=update)
