"""The recruiter tools as LangChain tools, bound to one asker.

`recruiter_tools(kit, ctx)` wraps each typed function with the kit, the
tenant and the user already injected: the model chooses only the arguments a
recruiter would (filters, names, jobs, stages) and can never name a tenant or
act as someone else. Descriptions are written for the model. Each tool
returns a short JSON text for the model and the typed result as the tool
message's artifact, which is what answers are built from.

`move_stage` only proposes: the graph asks the recruiter to confirm before
anything is written.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, Field, ValidationError

from core.context import RunContext
from core.errors import ScoutError
from core.recruiter import CandidateQuery, RecruiterLimits, StageName, ToolCall, ToolOutcome
from tools.recruiter_explain import explain_score
from tools.recruiter_kit import RecruiterKit
from tools.recruiter_profile import compare_candidates, get_candidate
from tools.recruiter_search import search_candidates
from tools.recruiter_similar import similar_candidates
from tools.recruiter_stage import propose_stage_move
from tools.recruiter_stats import pipeline_stats

MAX_CONTENT_CHARS = 6_000


class CandidateArgs(BaseModel):
    """One candidate, by id or by name, optionally for one job."""

    candidate: str = Field(description="Candidate id (cand_…) or name as the recruiter wrote it.")
    job_id: str | None = Field(None, description="A job id, when the question is about one job.")


class CompareArgs(BaseModel):
    """Two to four candidates, optionally for one job."""

    candidates: list[str] = Field(description="Candidate ids or names, two to four.")
    job_id: str | None = Field(None, description="A job id to compare them for.")


class StatsArgs(BaseModel):
    """Jobs to report on."""

    job_ids: list[str] | None = Field(None, description="Job ids; omit for every visible job.")


class SimilarArgs(BaseModel):
    """The candidate to find look-alikes of."""

    candidate: str = Field(description="Candidate id or name.")
    limit: int = Field(5, ge=1, le=20, description="How many similar candidates to return.")


class MoveArgs(BaseModel):
    """A stage change to propose."""

    candidate: str = Field(description="Candidate id or name.")
    stage: StageName = Field(description="The stage to move the application to.")
    job_id: str | None = Field(None, description="The job whose application moves.")


def _content(result: BaseModel) -> str:
    """The result as compact JSON for the model, cut to a bounded length."""
    text = json.dumps(result.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
    return text if len(text) <= MAX_CONTENT_CHARS else text[:MAX_CONTENT_CHARS] + "…"


def _tool(
    name: str,
    description: str,
    schema: type[BaseModel],
    run: Callable[..., Awaitable[BaseModel]],
) -> BaseTool:
    """A tool returning (JSON text for the model, typed result dump as artifact)."""

    async def call(**args: Any) -> tuple[str, dict[str, Any]]:
        result = await run(**args)
        return _content(result), result.model_dump(mode="json")

    return StructuredTool.from_function(
        coroutine=call,
        name=name,
        description=description,
        args_schema=schema,
        response_format="content_and_artifact",
    )


def recruiter_tools(
    kit: RecruiterKit,
    ctx: RunContext,
    *,
    limits: RecruiterLimits | None = None,
    now: datetime | None = None,
) -> list[BaseTool]:
    """Every recruiter tool, bound to this kit and this asker (tenant and user injected)."""
    limits = limits or RecruiterLimits()

    async def search(**fields: Any) -> BaseModel:
        query = CandidateQuery.model_validate(fields)
        return await search_candidates(kit, ctx, query, limits=limits)

    async def similar(candidate: str, limit: int = 5) -> BaseModel:
        return await similar_candidates(kit, ctx, candidate=candidate, limit=limit, limits=limits)

    async def stats(job_ids: list[str] | None = None) -> BaseModel:
        return await pipeline_stats(kit, ctx, job_ids=job_ids, now=now)

    async def profile(candidate: str, job_id: str | None = None) -> BaseModel:
        return await get_candidate(kit, ctx, candidate=candidate, job_id=job_id)

    async def compare(candidates: list[str], job_id: str | None = None) -> BaseModel:
        return await compare_candidates(kit, ctx, candidates=candidates, job_id=job_id)

    async def explain(candidate: str, job_id: str | None = None) -> BaseModel:
        return await explain_score(kit, ctx, candidate=candidate, job_id=job_id)

    async def move(candidate: str, stage: str, job_id: str | None = None) -> BaseModel:
        return await propose_stage_move(kit, ctx, candidate=candidate, stage=stage, job_id=job_id)

    return [
        _tool("search_candidates", SEARCH_DOC, CandidateQuery, search),
        _tool("get_candidate", PROFILE_DOC, CandidateArgs, profile),
        _tool("compare_candidates", COMPARE_DOC, CompareArgs, compare),
        _tool("pipeline_stats", STATS_DOC, StatsArgs, stats),
        _tool("explain_score", EXPLAIN_DOC, CandidateArgs, explain),
        _tool("similar_candidates", SIMILAR_DOC, SimilarArgs, similar),
        _tool("move_stage", MOVE_DOC, MoveArgs, move),
    ]


SEARCH_DOC = (
    "Find candidates. Combine any filters (all must hold): skills with minimum years each "
    "(canonical skill names), total years, current or past employer, job title, job ids, "
    "stages, match score bounds (0-100), interview score or dimension bounds (1-5), places "
    "or remote, degree level and field, applied-after/before dates; put what no filter "
    "covers in `text` to search resumes by meaning. Returns matches with evidence, the "
    "total count, and near-misses when no one matches. Use candidate_ids to narrow a "
    "previous result."
)
PROFILE_DOC = (
    "Get one candidate's profile: location, experience, skills with years, education, and "
    "every application you may see with stage history, match score and interview scorecard."
)
COMPARE_DOC = (
    "Compare two to four candidates side by side (place, experience, skills in common and "
    "apart, match score, stage, interview) — optionally for one job."
)
STATS_DOC = (
    "Pipeline statistics per job: applications by stage, match-score distribution, median "
    "and mean, and average days spent in each stage."
)
EXPLAIN_DOC = (
    "Explain a candidate's stored match score for a job (default: their best): each "
    "dimension with its weight and evidence, matched and missing skills, scorer version."
)
SIMILAR_DOC = (
    "Find candidates whose resumes read most like the given candidate's, with the matching "
    "resume passage and the skills they share."
)
MOVE_DOC = (
    "Propose moving a candidate's application to another stage. Nothing changes until the "
    "recruiter confirms; the change is then applied and audited."
)


async def run_tool_calls(
    tools: list[BaseTool], calls: list[ToolCall], *, max_calls: int
) -> list[ToolOutcome]:
    """Run up to `max_calls` calls in order; a failing call becomes an outcome with its error.

    A Scout error (unknown candidate, job not visible, bad input) is shown to
    the recruiter as is; anything else is reported without internals.
    """
    by_name = {tool.name: tool for tool in tools}
    outcomes: list[ToolOutcome] = []
    for call in calls[:max_calls]:
        tool = by_name.get(call.name)
        if tool is None:
            outcomes.append(ToolOutcome(call=call, error=f"Unknown tool {call.name}."))
            continue
        try:
            message = await tool.ainvoke(
                {"name": call.name, "args": call.args, "id": call.id or call.name,
                 "type": "tool_call"}
            )
            outcomes.append(ToolOutcome(call=call, result=message.artifact))
        except ScoutError as exc:
            outcomes.append(ToolOutcome(call=call, error=str(exc)))
        except ValidationError as exc:
            outcomes.append(ToolOutcome(call=call, error=f"Bad arguments for {call.name}: {exc}"))
    return outcomes
