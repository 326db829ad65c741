"""The shapes shared by the builder, the renderers and the facts writer."""

from __future__ import annotations

from dataclasses import dataclass

from evals.demo.dates import DateStyle, YearMonth


@dataclass(frozen=True)
class Position:
    """One job on a resume; `end is None` means it is the current job."""

    title: str
    company: str
    location: str
    start: YearMonth
    end: YearMonth | None
    bullets: tuple[str, ...]


@dataclass(frozen=True)
class Degree:
    """One line of education, with the degree written as the resume writes it."""

    level: str
    degree: str
    field: str | None
    institution: str
    year: int


@dataclass(frozen=True)
class Language:
    """A spoken language and how well the person speaks it."""

    name: str
    level: str


@dataclass(frozen=True)
class Project:
    """A side project: not a job, so it must not count as experience."""

    name: str
    description: str


@dataclass(frozen=True)
class Person:
    """Everything a resume says about one fictional person.

    `skills` are canonical names; `skill_labels` are the same skills as printed.
    `positions` are most recent first.
    """

    slug: str
    name: str
    email: str
    phone: str
    location: str
    links: tuple[str, ...]
    headline: str
    summary: str
    positions: tuple[Position, ...]
    education: tuple[Degree, ...]
    skills: tuple[str, ...]
    skill_labels: tuple[str, ...]
    certifications: tuple[str, ...]
    languages: tuple[Language, ...]
    projects: tuple[Project, ...]
    role: str
    target_job: str | None
    fit: str


@dataclass(frozen=True)
class Look:
    """How one resume file is laid out: format, layout and wording of dates."""

    format: str
    layout: str
    dates: DateStyle
    bullet: str = "•"

    @property
    def year_only(self) -> bool:
        """Whether this resume writes only years, so months are unknown to a reader."""
        return self.dates.year_only
