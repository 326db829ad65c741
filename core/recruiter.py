"""Recruiter questions: the parsed query, the tool results and the answer.

A recruiter's question becomes a `CandidateQuery` (structured filters plus an
optional free-text part searched by meaning) and a few tool calls; the tools
return the typed results below and the answer cites every candidate by id and
name with the evidence behind each claim. Shared by tools/, agents/, graphs/
and ui/ (the `scout ask --json` contract is `AskOutput`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

STAGES = ("applied", "screened", "interview", "offer", "hired", "rejected")
StageName = Literal["applied", "screened", "interview", "offer", "hired", "rejected"]
DegreeLevel = Literal["bachelor", "master", "phd"]
Intent = Literal[
    "list", "count", "profile", "compare", "stats", "explain", "similar", "move", "confirm"
]
SortKey = Literal["score", "years", "relevance", "name"]
ToolName = Literal[
    "search_candidates",
    "get_candidate",
    "compare_candidates",
    "pipeline_stats",
    "explain_score",
    "similar_candidates",
    "move_stage",
]


class RecruiterLimits(BaseModel):
    """Bounds of one recruiter turn; every loop and list is capped by one of these."""

    max_rounds: int = Field(4, ge=1, le=10, description="Brain → tools rounds per question.")
    max_calls: int = Field(6, ge=1, le=20, description="Tool calls per round.")
    max_results: int = Field(50, ge=1, le=500, description="Candidates listed per answer.")
    memory_ids: int = Field(500, ge=10, le=5000, description="Result ids kept for follow-ups.")
    near_misses: int = Field(3, ge=0, le=10, description="Near-misses shown when none match.")
    semantic_chunks: int = Field(400, ge=10, le=2000, description="Chunks read per search.")


class SkillFilter(BaseModel):
    """A canonical skill, optionally with the minimum years it was used."""

    name: str
    min_years: float | None = None


class InterviewFilter(BaseModel):
    """An interview scorecard bound: the overall score, or one rubric dimension (1–5)."""

    dimension: str | None = None
    min_score: float | None = None
    max_score: float | None = None


class CandidateQuery(BaseModel):
    """Filters of a candidate search; every given filter must hold (AND).

    Application filters (job, stage, score, interview, applied dates) must
    hold on one and the same application.
    """

    skills: list[SkillFilter] = Field(default_factory=list)
    any_skills: list[SkillFilter] = Field(
        default_factory=list, description="At least one of these skills ('Go or Java')."
    )
    min_years: float | None = Field(None, description="Minimum total years of experience.")
    max_years: float | None = None
    employer: str | None = Field(None, description="Company name, matched as a phrase.")
    employer_when: Literal["any", "current", "past"] = "any"
    title: str | None = Field(None, description="Job title phrase, e.g. 'data engineer'.")
    job_ids: list[str] = Field(default_factory=list, description="Any of these jobs.")
    stages: list[StageName] = Field(default_factory=list)
    min_score: float | None = Field(None, description="Match score (0–100) at least.")
    max_score: float | None = None
    interview: InterviewFilter | None = None
    locations: list[str] = Field(default_factory=list, description="Any of these places.")
    remote: bool = False
    education_level: DegreeLevel | None = None
    education_field: str | None = None
    applied_after: datetime | None = None
    applied_before: datetime | None = None
    text: str | None = Field(None, description="Searched by meaning over resume chunks.")
    candidate_ids: list[str] | None = Field(None, description="Only among these (follow-ups).")
    sort: SortKey = "score"
    limit: int | None = Field(None, ge=1, description="Top N; default the run's max_results.")

    def has_filters(self) -> bool:
        """Whether anything narrows the search beyond the asker's scope."""
        data = self.model_dump(exclude={"sort", "limit", "candidate_ids", "employer_when"})
        return any(value not in (None, [], False) for value in data.values())


class JobOption(BaseModel):
    """A job the asker can see, as questions name it."""

    id: str
    title: str


class CandidateRef(BaseModel):
    """A candidate named in an answer, with the evidence behind every claim about them."""

    id: str
    name: str | None = None
    evidence: list[str] = Field(default_factory=list)


class CandidateMatch(CandidateRef):
    """One search result: evidence plus the values shown in the answer's table."""

    score: float | None = Field(None, description="Best match score in scope, 0–100.")
    relevance: float | None = Field(None, description="Semantic similarity, when searched.")
    cells: dict[str, str] = Field(default_factory=dict)


class NearMiss(CandidateRef):
    """A candidate who meets every condition but one."""

    failed: str = Field(description="The condition that excluded them, as text.")


class SearchResult(BaseModel):
    """What `search_candidates` found: a page of matches and how many matched in all."""

    matches: list[CandidateMatch] = Field(default_factory=list)
    total: int = 0
    all_ids: list[str] = Field(default_factory=list, description="Every match id (capped).")
    conditions: list[str] = Field(default_factory=list, description="The filters, as text.")
    columns: list[str] = Field(default_factory=list)
    near_misses: list[NearMiss] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class ApplicationView(BaseModel):
    """One application of a candidate as a recruiter sees it."""

    application_id: str
    job_id: str
    job_title: str
    stage: str
    applied_at: datetime
    score: float | None = None
    scorer_version: str | None = None
    stale: bool = False
    history: list[dict[str, Any]] = Field(default_factory=list)
    interview: str | None = Field(None, description="Interview result with quotes, as text.")


class CandidateProfile(CandidateRef):
    """A candidate's profile, applications, scores and scorecards."""

    location: str | None = None
    headline: str | None = None
    total_years: float | None = None
    skills: list[str] = Field(default_factory=list, description="'Python (5.0 y)' entries.")
    experience: list[str] = Field(default_factory=list)
    education: list[str] = Field(default_factory=list)
    applications: list[ApplicationView] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class Comparison(BaseModel):
    """Candidates side by side: one row per aspect, one column per candidate."""

    candidates: list[CandidateProfile] = Field(default_factory=list)
    columns: list[str] = Field(default_factory=list)
    rows: list[list[str]] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class JobStats(BaseModel):
    """One job's pipeline: applications by stage, score spread, days in stage."""

    job_id: str
    job_title: str
    applications: int
    by_stage: dict[str, int] = Field(default_factory=dict)
    score_buckets: dict[str, int] = Field(default_factory=dict)
    score_median: float | None = None
    score_mean: float | None = None
    days_in_stage: dict[str, float] = Field(default_factory=dict)


class PipelineStats(BaseModel):
    """`pipeline_stats` for one or more jobs."""

    jobs: list[JobStats] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class ScoreExplanation(CandidateRef):
    """Why a candidate scored what they did for a job, dimension by dimension."""

    job_id: str | None = None
    job_title: str | None = None
    overall: float | None = None
    scorer_version: str | None = None
    weights_version: str | None = None
    stale: bool = False
    dimensions: list[dict[str, Any]] = Field(default_factory=list)
    matched_skills: list[str] = Field(default_factory=list)
    missing_skills: list[str] = Field(default_factory=list)
    explanation: str = ""
    notes: list[str] = Field(default_factory=list)


class SimilarResult(BaseModel):
    """Candidates whose resumes read most like one candidate's."""

    anchor: CandidateRef | None = None
    matches: list[CandidateMatch] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class StageMove(BaseModel):
    """A proposed (or applied) stage change of one application."""

    candidate: CandidateRef | None = None
    application_id: str | None = None
    job_id: str | None = None
    job_title: str | None = None
    from_stage: str | None = None
    to_stage: StageName | None = None
    applied: bool = False
    problem: str | None = Field(None, description="Why the move cannot be made, if it cannot.")


class ToolCall(BaseModel):
    """One tool call a brain asks for; the graph runs it with tenant and user injected."""

    name: ToolName
    args: dict[str, Any] = Field(default_factory=dict)
    id: str = ""


class ToolOutcome(BaseModel):
    """A tool call and what it returned (the result's JSON), or the error it raised."""

    call: ToolCall
    result: dict[str, Any] | None = None
    error: str | None = None


class Answer(BaseModel):
    """The reply to one question: short text, a table, and every candidate cited."""

    text: str
    columns: list[str] = Field(default_factory=list)
    rows: list[list[str]] = Field(default_factory=list)
    candidates: list[CandidateRef] = Field(default_factory=list)
    count: int | None = None
    notes: list[str] = Field(default_factory=list)
    pending: StageMove | None = Field(None, description="A stage move awaiting 'yes'.")


class AskOutput(BaseModel):
    """`scout ask --json`: exactly the thread, the answer text and the candidates."""

    thread: str
    answer: str
    candidates: list[CandidateRef] = Field(default_factory=list)


class ThreadMemory(BaseModel):
    """What a thread remembers between questions, so follow-ups can refer back."""

    last_query: CandidateQuery | None = None
    last_ids: list[str] = Field(default_factory=list, description="Every id of the last result.")
    last_shown: list[CandidateRef] = Field(
        default_factory=list, description="The candidates last listed, in order ('the second one')."
    )
    last_job_ids: list[str] = Field(default_factory=list)
    focus: CandidateRef | None = Field(None, description="The candidate last talked about.")
    questions: int = 0
