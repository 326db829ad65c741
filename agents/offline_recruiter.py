"""The offline recruiter brain: rules, the skills taxonomy and embeddings — no model.

It parses the question once (`agents.question_parser`), turns it into the
tool calls an llm brain would make, and answers from the tool results with
the deterministic renderers of `tools.recruiter_answers`. Follow-ups reuse
the thread's memory: "and which of them…" narrows the last search, "what
about…" redoes it with a change, "the second one" is the second candidate of
the last list.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from agents.question_parser import ParsedQuestion, parse_question
from agents.recruiter_brain import BrainStep
from core.recruiter import (
    Answer,
    CandidateProfile,
    CandidateQuery,
    Comparison,
    JobOption,
    PipelineStats,
    ScoreExplanation,
    SearchResult,
    SimilarResult,
    StageMove,
    ThreadMemory,
    ToolCall,
    ToolOutcome,
)
from tools import recruiter_answers as render
from tools.recruiter_stage import is_confirmation
from tools.taxonomy import Taxonomy

SINGLE_TARGET = ("profile", "explain", "similar", "move")
COUNT_SHOWN = 10
"""A count answer names this many of the candidates counted (all are counted), by name."""
PLACE_FIELDS = frozenset({"locations", "remote"})
"""Where someone is: a follow-up naming a place replaces both, never adds to one."""


def merge_follow_up(parsed: ParsedQuestion, memory: ThreadMemory) -> CandidateQuery:
    """The search a follow-up means: the last one narrowed (or changed) by the new filters."""
    base = memory.last_query
    if parsed.follow_up == "none" or base is None:
        return parsed.query
    changes = set(parsed.query.model_dump(exclude_defaults=True))
    if changes & PLACE_FIELDS:
        changes |= PLACE_FIELDS
    merged = base.model_copy(update={k: getattr(parsed.query, k) for k in changes})
    if parsed.follow_up == "narrow":
        skills = {s.name: s for s in [*base.skills, *parsed.query.skills]}
        merged = merged.model_copy(
            update={"skills": list(skills.values()), "candidate_ids": list(memory.last_ids)}
        )
    else:
        merged = merged.model_copy(update={"candidate_ids": None})
    return merged.model_copy(update={"limit": parsed.query.limit})


def _job_for(parsed: ParsedQuestion, memory: ThreadMemory) -> str | None:
    """The one job a single-candidate question is about, from the question or the thread."""
    if len(parsed.job_ids) == 1:
        return parsed.job_ids[0]
    if not parsed.job_ids and len(memory.last_job_ids) == 1:
        return memory.last_job_ids[0]
    return None


def _call(name: str, **args: Any) -> ToolCall:
    return ToolCall(name=name, args={k: v for k, v in args.items() if v is not None},  # type: ignore[arg-type]
                    id=f"call_{name}")


def plan_calls(parsed: ParsedQuestion, memory: ThreadMemory) -> BrainStep:
    """The tool calls for a parsed question."""
    notes = list(parsed.notes)
    refs = parsed.refs or ([memory.focus.id] if memory.focus and parsed.intent in
                           SINGLE_TARGET else [])
    job_id = _job_for(parsed, memory)
    if parsed.intent in SINGLE_TARGET and not refs:
        notes.append("Name a candidate (or say “the first one” after a list).")
        return BrainStep(intent=parsed.intent, notes=notes)
    calls = {
        "profile": lambda: [_call("get_candidate", candidate=refs[0], job_id=job_id)],
        "explain": lambda: [_call("explain_score", candidate=refs[0], job_id=job_id)],
        "similar": lambda: [_call("similar_candidates", candidate=refs[0],
                                  limit=parsed.query.limit or 5)],
        "move": lambda: [_call("move_stage", candidate=refs[0], stage=parsed.stage,
                               job_id=job_id)],
        "compare": lambda: [_call("compare_candidates", candidates=refs, job_id=job_id)],
        "stats": lambda: [_call("pipeline_stats",
                                job_ids=parsed.job_ids or memory.last_job_ids or None)],
    }
    if parsed.intent in calls:
        return BrainStep(intent=parsed.intent, calls=calls[parsed.intent](), notes=notes)
    query = merge_follow_up(parsed, memory)
    asked = query
    if parsed.intent == "count" and query.limit is None:
        sort = "name" if query.sort == "score" else query.sort
        asked = query.model_copy(update={"limit": COUNT_SHOWN, "sort": sort})
    args = asked.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    return BrainStep(
        intent=parsed.intent, calls=[_call("search_candidates", **args)], query=query,
        notes=notes,
    )


class OfflineRecruiterBrain:
    """The embedded default brain: deterministic, explainable, no network."""

    name = "offline"

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy

    async def decide(
        self,
        question: str,
        *,
        memory: ThreadMemory,
        jobs: list[JobOption],
        outcomes: list[ToolOutcome],
        now: datetime,
    ) -> BrainStep:
        """All the calls at once on the first round; nothing more after."""
        if outcomes:
            return BrainStep()
        if is_confirmation(question):
            return BrainStep(intent="confirm")
        parsed = parse_question(
            question, jobs=jobs, taxonomy=self.taxonomy, memory=memory, now=now
        )
        return plan_calls(parsed, memory)

    async def answer(
        self,
        question: str,
        *,
        first: BrainStep,
        outcomes: list[ToolOutcome],
        memory: ThreadMemory,
    ) -> Answer:
        """Render the main tool result; errors become a plain sentence, never a crash."""
        answer = compose(first, outcomes)
        return answer.model_copy(update={"notes": [*first.notes, *answer.notes]})


def compose(first: BrainStep, outcomes: list[ToolOutcome]) -> Answer:
    """The answer for the last outcome of the turn (the one the question was about)."""
    if first.intent == "confirm":
        return Answer(text="No stage change is waiting for confirmation.")
    if not outcomes:
        return Answer(text="I could not tell what to look up; try naming a skill, a job "
                           "or a candidate.")
    outcome = outcomes[-1]
    if outcome.error or outcome.result is None:
        return Answer(text=outcome.error or "The lookup returned nothing.")
    result = outcome.result
    renderers = {
        "search_candidates": lambda: render.search_answer(
            SearchResult.model_validate(result), first.intent),
        "get_candidate": lambda: render.profile_answer(CandidateProfile.model_validate(result)),
        "compare_candidates": lambda: render.compare_answer(Comparison.model_validate(result)),
        "pipeline_stats": lambda: render.stats_answer(PipelineStats.model_validate(result)),
        "explain_score": lambda: render.explain_answer(ScoreExplanation.model_validate(result)),
        "similar_candidates": lambda: render.similar_answer(SimilarResult.model_validate(result)),
        "move_stage": lambda: render.move_answer(StageMove.model_validate(result)),
    }
    return renderers[outcome.call.name]()
