"""Every role's brain, picked from settings: offline, or llm with offline inside.

`open_brains` decides the brain once (`core.brain_choice`: `SCOUT_BRAIN`,
whether a model is configured and answers), then builds each role: the llm
implementation for the roles in `SCOUT_LLM_ROLES` when the llm brain is
active, the offline one otherwise. Callers — graphs, the CLI, the server —
use the roles through the same interfaces either way and never know which
brain answers:

- `parse_resume(doc, taxonomy, *, reference_date=None) -> ParsedResume`
- `analyze_job(text, taxonomy) -> JobProfile`
- `score_match(resume, lines, job, weights, *, semantic_similarity, taxonomy) -> MatchScore`
- `interview: InterviewBrain`, `recruiter: RecruiterBrain`
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from agents.interview_brain import InterviewBrain
from agents.llm_interview import INTERVIEW_ROLES, LlmInterviewBrain
from agents.llm_job import LlmJobAnalyzer
from agents.llm_match import LlmMatchScorer
from agents.llm_recruiter import LlmRecruiterBrain
from agents.llm_resume import LlmResumeParser
from agents.llm_role import RoleContext
from agents.llm_runtime import LlmRuntime
from agents.llm_trace import LlmTrace
from agents.offline_interview import OfflineInterviewBrain
from agents.offline_recruiter import OfflineRecruiterBrain
from agents.recruiter_brain import RecruiterBrain
from agents.usage import UsageScope, UsageSink
from core.brain_choice import BrainChoice, Probe, choose_brain
from core.chat_models import probe_model
from core.document import ExtractedDocument
from core.job import JobProfile
from core.match import MatchScore
from core.resume import ParsedResume
from core.settings import Settings
from core.weights import MatchWeights
from tools.analyze_job import analyze_job
from tools.answer_relevance import TextEmbedder
from tools.parse_resume import parse_resume
from tools.score_match import score_match
from tools.taxonomy import Taxonomy


class ResumeParser(Protocol):
    """The resume-parsing role (`tools.parse_resume.parse_resume` is the offline one)."""

    def __call__(
        self, doc: ExtractedDocument, taxonomy: Taxonomy, *, reference_date: date | None = None
    ) -> ParsedResume:
        """Parse one extracted resume."""
        ...


class JobAnalyzer(Protocol):
    """The job-analysis role (`tools.analyze_job.analyze_job` is the offline one)."""

    def __call__(self, text: str, taxonomy: Taxonomy) -> JobProfile:
        """Analyse one job description."""
        ...


class MatchScorer(Protocol):
    """The match role (`tools.score_match.score_match` is the offline one)."""

    def __call__(
        self, resume: ParsedResume, resume_lines: list[str], job: JobProfile,
        weights: MatchWeights, *, semantic_similarity: float, taxonomy: Taxonomy | None = None,
    ) -> MatchScore:
        """Score one resume for one job, with an explanation."""
        ...


@dataclass(frozen=True)
class Brains:
    """One implementation per role, and what chose them."""

    choice: BrainChoice
    parse_resume: ResumeParser
    analyze_job: JobAnalyzer
    score_match: MatchScorer
    interview: InterviewBrain
    recruiter: RecruiterBrain
    runtime: LlmRuntime | None = None

    def role_names(self) -> dict[str, str]:
        """Which brain each role runs on (`llm` or `offline`), for logs and doctor."""
        return {
            "resume_parsing": getattr(self.parse_resume, "name", "offline"),
            "job_analysis": getattr(self.analyze_job, "name", "offline"),
            "match_explanation": getattr(self.score_match, "name", "offline"),
            "interview": self.interview.name,
            "recruiter": self.recruiter.name,
        }


def build_brains(
    settings: Settings,
    choice: BrainChoice,
    *,
    embedder: TextEmbedder,
    taxonomy: Taxonomy,
    usage: UsageSink | None = None,
    trace: LlmTrace | None = None,
    on_token: Callable[[str], None] | None = None,
) -> Brains:
    """The roles for a brain choice; the caller closes `runtime` (or uses `open_brains`)."""
    offline_interview = OfflineInterviewBrain(embedder, taxonomy,
                                              max_follow_ups=settings.interview_max_follow_ups)
    offline_recruiter = OfflineRecruiterBrain(taxonomy)
    offline = Brains(choice=choice, parse_resume=parse_resume, analyze_job=analyze_job,
                     score_match=score_match, interview=offline_interview,
                     recruiter=offline_recruiter)
    if choice.active != "llm":
        return offline
    runtime = LlmRuntime(settings, usage=usage, trace=trace)
    context = RoleContext(runtime=runtime, scope=UsageScope(tenant_id=settings.tenant))
    roles = set(settings.llm_roles)
    return Brains(
        choice=choice,
        parse_resume=LlmResumeParser(context, taxonomy) if "resume_parsing" in roles
        else parse_resume,
        analyze_job=LlmJobAnalyzer(context, taxonomy) if "job_analysis" in roles
        else analyze_job,
        score_match=LlmMatchScorer(context) if "match_explanation" in roles else score_match,
        interview=LlmInterviewBrain(context, offline_interview, taxonomy,
                                    max_follow_ups=settings.interview_max_follow_ups,
                                    roles=frozenset(roles & INTERVIEW_ROLES))
        if roles & INTERVIEW_ROLES else offline_interview,
        recruiter=LlmRecruiterBrain(context, offline_recruiter, taxonomy, on_token=on_token)
        if "recruiter" in roles else offline_recruiter,
        runtime=runtime,
    )


@asynccontextmanager
async def open_brains(
    settings: Settings,
    *,
    embedder: TextEmbedder,
    taxonomy: Taxonomy,
    usage: UsageSink | None = None,
    trace: LlmTrace | None = None,
    probe: Probe = probe_model,
) -> AsyncIterator[Brains]:
    """Choose the brain, build every role, and close the llm runtime on exit."""
    choice = await choose_brain(settings, probe=probe)
    brains = build_brains(settings, choice, embedder=embedder, taxonomy=taxonomy, usage=usage,
                          trace=trace)
    try:
        yield brains
    finally:
        if brains.runtime is not None:
            await brains.runtime.aclose()
