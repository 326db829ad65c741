"""The ParsedResume contract (DESIGN §9): what a resume is reduced to.

Field names and shapes are a public contract of `scout parse --json`; add
fields only with care, never rename.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

EducationLevel = Literal["high_school", "associate", "bachelor", "master", "phd"]


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
    """One degree or course of study.

    `degree` is kept as the resume writes it ("B.Sc. in Computer Science"),
    so the recruiter reads what the candidate wrote; `degree_level` is the
    kind of degree it is, for filters and scoring ("BSc" and "Bachelor of
    Science" are both "bachelor").
    """

    institution: str | None = None
    degree: str | None = None
    field: str | None = None
    graduation_year: int | None = None
    degree_level: EducationLevel | None = None

    def degree_and_field(self) -> str:
        """"B.Sc. in Physics" from its parts, the field not repeated when the degree names it."""
        if self.degree and self.field and self.field.casefold() in self.degree.casefold():
            return self.degree
        return " in ".join(part for part in (self.degree, self.field) if part)


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

    def contract_json(self) -> dict[str, Any]:
        """Exactly the fields of the DESIGN §9 contract, for `scout parse --json`.

        The degree level is Scout's own reading for filters and scoring; it is
        stored with the resume but not part of the published contract.
        """
        internal = {"education": {"__all__": {"degree_level"}}}
        return self.model_dump(mode="json", exclude=internal)
