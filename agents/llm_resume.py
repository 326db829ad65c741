"""The llm resume parser: the offline parse, improved by a model where it is grounded.

Same interface and result as `tools.parse_resume.parse_resume`. The offline
parse runs first and supplies everything personal (name, emails, phones,
links, location — the model never sees them) and the fallback. The model
reads the redacted text and extracts headline, skills, jobs, education,
certifications and languages; each employer, title, school and skill must
occur in the resume or it is dropped. Years are computed by code from the
kept dates, never taken from the model.
"""

from __future__ import annotations

from datetime import date

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
from core.document import ExtractedDocument
from core.resume import EducationEntry, ExperienceEntry, ParsedResume
from prompts.llm_screening import RESUME_EXTRACTION
from tools.dates import (
    DateRange,
    latest_written,
    month_span,
    parse_date,
    reference_note,
    total_years,
)
from tools.parse_resume import parse_resume, written_dates
from tools.resume_education import degree_level
from tools.resume_experience import Job
from tools.resume_skills import skills_with_years
from tools.taxonomy import Taxonomy

ROLE = "resume_parsing"


class ExtractedJob(BaseModel):
    """One job as the model read it (dates as written: YYYY-MM or YYYY)."""

    title: str | None = None
    company: str | None = None
    location: str | None = None
    start: str | None = None
    end: str | None = None
    current: bool = False
    description: str = ""


class ExtractedEducation(BaseModel):
    """One degree as the model read it."""

    institution: str | None = None
    degree: str | None = None
    field: str | None = None
    graduation_year: int | None = None


class ResumeExtraction(BaseModel):
    """The model's answer for one resume (no contact details, no computed years)."""

    headline: str | None = None
    summary: str | None = None
    skills: list[str] = Field(default_factory=list)
    experience: list[ExtractedJob] = Field(default_factory=list)
    education: list[ExtractedEducation] = Field(default_factory=list)
    certifications: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)


def _date(value: str | None, source: SourceText) -> str | None:
    """A date the resume really shows (its year occurs in the text), normalised."""
    normal = parse_date(value) if value else None
    return normal if normal and source.contains(normal[:4]) else None


def ground_jobs(
    jobs: list[ExtractedJob], source: SourceText, dropped: list[Dropped]
) -> list[ExperienceEntry]:
    """Jobs whose employer occurs in the resume; ungrounded titles and places cleared."""
    kept: list[ExperienceEntry] = []
    for job in jobs:
        if job.company and grounded_or_none("employer", job.company, source, dropped) is None:
            continue
        title = grounded_or_none("title", job.title, source, dropped)
        if not (title or job.company):
            continue
        start, end = _date(job.start, source), _date(job.end, source)
        current = job.current and start is not None
        kept.append(ExperienceEntry(
            title=title, company=job.company,
            location=grounded_or_none("location", job.location, source, dropped),
            start=start, end=None if current else end, current=current,
            description=job.description,
        ))
    return kept


def ground_education(
    items: list[ExtractedEducation], source: SourceText, dropped: list[Dropped]
) -> list[EducationEntry]:
    """Degrees whose school occurs in the resume; other fields kept only when they occur."""
    kept: list[EducationEntry] = []
    for item in items:
        if item.institution and grounded_or_none(
                "school", item.institution, source, dropped) is None:
            continue
        year = item.graduation_year
        degree = grounded_or_none("degree", item.degree, source, dropped)
        kept.append(EducationEntry(
            institution=item.institution,
            degree=degree,
            field=grounded_or_none("field", item.field, source, dropped),
            graduation_year=year if year and source.contains(str(year)) else None,
            degree_level=degree_level(degree),
        ))
    return [e for e in kept if e.institution or e.degree]


def header_name(doc: ExtractedDocument, parsed: ParsedResume) -> list[str]:
    """The first line as a name when the parser found none and it reads like one.

    Redaction must not depend on the parser having recognised the name: a
    first line of two to four capitalised words is treated as one.
    """
    lines = doc.lines
    if parsed.name or not lines:
        return []
    words = lines[0].split()
    looks = 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)
    return [lines[0]] if looks else []


class LlmResumeParser:
    """`parse_resume` with a model's reading, grounded and merged into the offline parse."""

    name = "llm"

    def __init__(self, context: RoleContext, taxonomy: Taxonomy) -> None:
        self.context = context
        self.taxonomy = taxonomy

    def __call__(
        self, doc: ExtractedDocument, taxonomy: Taxonomy | None = None, *,
        reference_date: date | None = None,
    ) -> ParsedResume:
        """Drop-in for `parse_resume(doc, taxonomy, reference_date=...)`."""
        return self.parse(doc, taxonomy, reference_date=reference_date)

    def parse(
        self, doc: ExtractedDocument, taxonomy: Taxonomy | None = None, *,
        reference_date: date | None = None,
    ) -> ParsedResume:
        """The offline parse, improved where the model's reading is grounded."""
        taxonomy = taxonomy or self.taxonomy
        offline = parse_resume(doc, taxonomy, reference_date=reference_date)
        reply = self.context.ask(self._task(doc, offline, taxonomy))
        if isinstance(reply, Fallback):
            return offline.model_copy(update={"warnings": [*offline.warnings, reply.note]})
        assert isinstance(reply.data, ResumeExtraction)
        reference, _ = reference_note(
            reference_date, date.today(), document_date=doc.document_date,
            latest_job_date=latest_written(written_dates(offline.experience)),
        )
        return self._merge(doc, offline, reply.data, taxonomy, reference)

    def _task(self, doc: ExtractedDocument, offline: ParsedResume, taxonomy: Taxonomy) -> LlmTask:
        return LlmTask(
            role=ROLE, prompt=RESUME_EXTRACTION, schema=ResumeExtraction,
            values={"resume": doc.text, "known_skills": ", ".join(offline.skill_names())},
            redactor=Redactor(KnownPii.of_resume(offline, *header_name(doc, offline))),
            scope=self.context.scope,
            tools=[lookup_skill_tool(taxonomy)], shrink="resume",
        )

    def _merge(
        self, doc: ExtractedDocument, offline: ParsedResume, found: ResumeExtraction,
        taxonomy: Taxonomy, reference: date,
    ) -> ParsedResume:
        """Grounded model facts over the offline parse; every number computed here."""
        source, dropped = SourceText(doc.text), list[Dropped]()
        entries = ground_jobs(found.experience, source, dropped)
        jobs = dated(entries or offline.experience)
        names = ground_skills(found.skills, taxonomy, doc.text, source, dropped)
        update = {
            "headline": grounded_or_none("headline", found.headline, source, dropped)
            or offline.headline,
            "summary": offline.summary or found.summary,
            "experience": entries or offline.experience,
            "education": ground_education(found.education, source, dropped) or offline.education,
            "certifications": keep_grounded("certification", found.certifications, source,
                                            dropped) or offline.certifications,
            "languages": keep_grounded("language", found.languages, source, dropped)
            or offline.languages,
        }
        self.context.dropped(ROLE, dropped)
        spans = [s for job in jobs if job.dates and (s := month_span(job.dates, reference))]
        names = list(dict.fromkeys([*offline.skill_names(), *names]))
        return offline.model_copy(update={
            **update,
            "skills": skills_with_years(taxonomy, names, jobs, reference),
            "total_years_experience": total_years(spans) if spans
            else offline.total_years_experience,
            "parser_version": f"{offline.parser_version}+llm:{RESUME_EXTRACTION.key}",
        })


def dated(entries: list[ExperienceEntry]) -> list[Job]:
    """Jobs with the date ranges their entries state, for computing years by code."""
    return [
        Job(entry=e, dates=DateRange(e.start, e.end, e.current, 0, 0) if e.start else None)
        for e in entries
    ]
