"""A typed, read-only view of a JSON Resume document (https://jsonresume.org/schema)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_DATE_RE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?")


@dataclass(frozen=True)
class PartialDate:
    """A year, and the month when the source gives one."""

    year: int
    month: int | None = None

    @property
    def iso(self) -> str:
        """`YYYY-MM`, or `YYYY` when only the year is known."""
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"


def partial_date(value: Any) -> PartialDate | None:
    """`"2020-03-01"`, `"2020-03"` or `"2020"` as a PartialDate; None otherwise."""
    match = _DATE_RE.match(str(value or ""))
    if not match:
        return None
    month = int(match.group(2)) if match.group(2) else None
    return PartialDate(int(match.group(1)), month if month and 1 <= month <= 12 else None)


@dataclass(frozen=True)
class Job:
    """One `work` (or `volunteer`) entry."""

    title: str
    company: str
    location: str
    start: PartialDate | None
    end: PartialDate | None
    summary: str
    highlights: tuple[str, ...]
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class School:
    """One `education` entry."""

    institution: str
    study_type: str
    area: str
    start: PartialDate | None
    end: PartialDate | None
    score: str

    @property
    def degree_line(self) -> str:
        """ "Bachelor of Science in Computer Science" (or whichever half is given)."""
        if self.study_type and self.area:
            return f"{self.study_type} in {self.area}"
        return self.study_type or self.area


@dataclass(frozen=True)
class SkillGroup:
    """One `skills` entry: a heading and its keywords (the heading alone when none)."""

    name: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    """A dated line of a minor section (project, certificate, award)."""

    title: str
    detail: str
    date: PartialDate | None
    highlights: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resume:
    """What the renderer draws and the evals compare against."""

    name: str
    label: str
    email: str
    phone: str
    url: str
    city: str
    region: str
    profiles: tuple[str, ...]
    summary: str
    work: tuple[Job, ...]
    volunteer: tuple[Job, ...]
    education: tuple[School, ...]
    skills: tuple[SkillGroup, ...]
    projects: tuple[Item, ...]
    certificates: tuple[Item, ...]
    awards: tuple[Item, ...]
    languages: tuple[str, ...]

    @property
    def location(self) -> str:
        """ "City, Region" as written in the contact block."""
        return ", ".join(part for part in (self.city, self.region) if part)

    @property
    def links(self) -> tuple[str, ...]:
        """The personal site first, then the profile links."""
        return tuple(link for link in (self.url, *self.profiles) if link)

    def skill_words(self, *, with_job_stacks: bool = False) -> list[str]:
        """Every skill keyword (a group's name when it lists none), each once whatever its case.

        With `with_job_stacks`, the jobs' own keywords follow.
        """
        words = [w for group in self.skills for w in (group.keywords or (group.name,)) if w]
        words += [w for job in self.work for w in job.keywords] if with_job_stacks else []
        first: dict[str, str] = {}
        for word in words:
            first.setdefault(word.casefold(), word)
        return list(first.values())


def _text(value: Any) -> str:
    return " ".join(str(value or "").split())


def _texts(values: Any) -> tuple[str, ...]:
    return tuple(t for v in values or () if (t := _text(v)))


def _job(raw: dict[str, Any], *, volunteer: bool = False) -> Job:
    return Job(
        title=_text(raw.get("position")),
        company=_text(
            raw.get("organization") if volunteer else raw.get("name") or raw.get("company")
        ),
        location=_text(raw.get("location")),
        start=partial_date(raw.get("startDate")),
        end=partial_date(raw.get("endDate")),
        summary=_text(raw.get("summary") or raw.get("description")),
        highlights=_texts(raw.get("highlights")),
        keywords=_texts(raw.get("keywords")),
    )


def _school(raw: dict[str, Any]) -> School:
    return School(
        institution=_text(raw.get("institution")),
        study_type=_text(raw.get("studyType")),
        area=_text(raw.get("area")),
        start=partial_date(raw.get("startDate")),
        end=partial_date(raw.get("endDate")),
        score=_text(raw.get("score")),
    )


def _items(raw: Any, title: str, detail: str, when: str) -> tuple[Item, ...]:
    return tuple(
        Item(
            title=_text(entry.get(title)),
            detail=_text(entry.get(detail)),
            date=partial_date(entry.get(when)),
            highlights=_texts(entry.get("highlights")),
        )
        for entry in raw or ()
        if _text(entry.get(title))
    )


def resume_from_json(data: dict[str, Any]) -> Resume:
    """Read the parts of a JSON Resume that a printed resume shows."""
    basics = data.get("basics") or {}
    location = basics.get("location") or {}
    return Resume(
        name=_text(basics.get("name")),
        label=_text(basics.get("label")),
        email=_text(basics.get("email")),
        phone=_text(basics.get("phone")),
        url=_text(basics.get("url") or basics.get("website")),
        city=_text(location.get("city")),
        region=_text(location.get("region")),
        profiles=_texts(p.get("url") for p in basics.get("profiles") or ()),
        summary=_text(basics.get("summary")),
        work=tuple(_job(w) for w in data.get("work") or ()),
        volunteer=tuple(_job(v, volunteer=True) for v in data.get("volunteer") or ()),
        education=tuple(_school(e) for e in data.get("education") or ()),
        skills=tuple(
            SkillGroup(_text(s.get("name")), _texts(s.get("keywords")))
            for s in data.get("skills") or ()
        ),
        projects=_items(data.get("projects"), "name", "description", "startDate"),
        certificates=_items(data.get("certificates"), "name", "issuer", "date"),
        awards=_items(data.get("awards"), "title", "awarder", "date"),
        languages=tuple(
            f"{_text(lang.get('language'))} ({_text(lang.get('fluency'))})"
            if lang.get("fluency")
            else _text(lang.get("language"))
            for lang in data.get("languages") or ()
            if lang.get("language")
        ),
    )
