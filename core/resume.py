"""The ParsedResume contract (DESIGN §9): what a resume is reduced to.

Field names and shapes are a public contract of `scout parse --json`; add
fields only with care, never rename.
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class SkillEntry(BaseModel):
    """A canonical skill and, where the experience dates support it, years used."""

    name: str
    years: float | None = None


class ExperienceEntry(BaseModel):
    """One job. Dates are `YYYY-MM` (or `YYYY` when only the year is known)."""

    title: str | None = None
    company: str | None = None
    location: str | None = None
    start: str | None = None
    end: str | None = None
    current: bool = False
    description: str = ""


class EducationEntry(BaseModel):
    """One degree or course of study."""

    institution: str | None = None
    degree: str | None = None
    field: str | None = None
    graduation_year: int | None = None


class ParsedResume(BaseModel):
    """Structured facts read from one resume."""

    name: str | None = None
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    location: str | None = None
    links: list[str] = Field(default_factory=list)
    headline: str | None = None
    summary: str | None = None
    skills: list[SkillEntry] = Field(default_factory=list)
    experience: list[ExperienceEntry] = Field(default_factory=list)
    education: list[EducationEntry] = Field(default_factory=list)
    certifications: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    total_years_experience: float | None = None
    warnings: list[str] = Field(default_factory=list)
    parser_version: str = ""

    def skill_names(self) -> list[str]:
        """Canonical skill names, in resume order."""
        return [skill.name for skill in self.skills]
