"""The JobProfile contract (DESIGN §9): what a job description asks for."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

WorkMode = Literal["remote", "hybrid", "onsite"]


class SkillGroup(BaseModel):
    """Skills named as alternatives ("React or Vue", "AWS/GCP/Azure"): any one of them will do.

    `required` says whether the job asks for one of them or merely prefers
    one. The members stay listed in `preferred_skills` (none is required on
    its own), so readers that ignore groups still see every skill named.
    """

    any_of: list[str] = Field(default_factory=list)
    required: bool = True


class JobProfile(BaseModel):
    """Requirements read from a job description; `id` is set once stored."""

    id: str | None = None
    title: str | None = None
    company: str | None = None
    location: str | None = None
    remote: WorkMode | None = None
    seniority: str | None = None
    employment_type: str | None = None
    min_years_experience: float | None = None
    required_skills: list[str] = Field(default_factory=list)
    preferred_skills: list[str] = Field(default_factory=list)
    education: str | None = None
    responsibilities: list[str] = Field(default_factory=list)
    skill_groups: list[SkillGroup] = Field(default_factory=list)
