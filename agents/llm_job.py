"""The llm job analyser: the offline JobProfile, improved by a model where it is grounded.

Same interface and result as `tools.analyze_job.analyze_job`. The model
classifies required and preferred skills and reads the header fields; a
title, company, place or skill that does not occur in the job text is
dropped. The minimum years are the offline analyser's (computed by code).
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from agents.llm_guards import (
    Dropped,
    SourceText,
    ground_skills,
    grounded_or_none,
    keep_grounded,
)
from agents.llm_role import Fallback, RoleContext
from agents.llm_runtime import LlmTask
from agents.llm_tools import lookup_skill_tool
from agents.redaction import KnownPii, Redactor
from core.job import JobProfile, WorkMode
from prompts.llm_screening import JOB_ANALYSIS
from tools.analyze_job import analyze_job
from tools.taxonomy import Taxonomy

ROLE = "job_analysis"


class JobExtraction(BaseModel):
    """The model's reading of a job description (no minimum years: code counts those)."""

    title: str | None = None
    company: str | None = None
    location: str | None = None
    remote: WorkMode | None = None
    seniority: str | None = None
    employment_type: str | None = None
    required_skills: list[str] = Field(default_factory=list)
    preferred_skills: list[str] = Field(default_factory=list)
    education: str | None = None
    responsibilities: list[str] = Field(default_factory=list)


class LlmJobAnalyzer:
    """`analyze_job` with a model's reading, grounded and merged into the offline profile."""

    name = "llm"

    def __init__(self, context: RoleContext, taxonomy: Taxonomy) -> None:
        self.context = context
        self.taxonomy = taxonomy

    def __call__(self, text: str, taxonomy: Taxonomy | None = None) -> JobProfile:
        """Drop-in for `analyze_job(text, taxonomy)`."""
        return self.analyze(text, taxonomy)

    def analyze(self, text: str, taxonomy: Taxonomy | None = None) -> JobProfile:
        """The offline profile, improved where the model's reading is grounded."""
        taxonomy = taxonomy or self.taxonomy
        offline = analyze_job(text, taxonomy)
        reply = self.context.ask(LlmTask(
            role=ROLE, prompt=JOB_ANALYSIS, schema=JobExtraction,
            values={"job": text, "known_required": ", ".join(offline.required_skills) or "none",
                    "known_preferred": ", ".join(offline.preferred_skills) or "none"},
            redactor=Redactor(KnownPii()), scope=self.context.scope,
            tools=[lookup_skill_tool(taxonomy)], shrink="job",
        ))
        if isinstance(reply, Fallback) or not isinstance(reply.data, JobExtraction):
            return offline
        return self._merge(text, offline, reply.data, taxonomy)

    def _merge(
        self, text: str, offline: JobProfile, found: JobExtraction, taxonomy: Taxonomy
    ) -> JobProfile:
        """Grounded fields over the offline profile; skills the model missed are kept."""
        source, dropped = SourceText(text), list[Dropped]()
        required = ground_skills(found.required_skills, taxonomy, text, source, dropped)
        preferred = [s for s in ground_skills(found.preferred_skills, taxonomy, text, source,
                                              dropped) if s not in required]
        placed = set(required) | set(preferred)
        required += [s for s in offline.required_skills if s not in placed]
        preferred += [s for s in offline.preferred_skills if s not in placed]
        update = {
            "title": grounded_or_none("title", found.title, source, dropped) or offline.title,
            "company": grounded_or_none("employer", found.company, source, dropped)
            or offline.company,
            "location": grounded_or_none("location", found.location, source, dropped)
            or offline.location,
            "remote": found.remote or offline.remote,
            "seniority": found.seniority or offline.seniority,
            "employment_type": found.employment_type or offline.employment_type,
            "required_skills": list(dict.fromkeys(required)),
            "preferred_skills": list(dict.fromkeys(preferred)),
            "education": grounded_or_none("education", found.education, source, dropped)
            or offline.education,
            "responsibilities": keep_grounded("responsibility", found.responsibilities, source,
                                              dropped) or offline.responsibilities,
        }
        self.context.dropped(ROLE, dropped)
        return offline.model_copy(update=update)

