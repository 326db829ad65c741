"""The known facts of the demo data, in the shapes Scout's parsers are scored against."""

from __future__ import annotations

import json
from collections.abc import Iterable

from evals.demo.dates import REFERENCE_DATE, YearMonth, total_years
from evals.demo.jobs import JobSpec
from evals.demo.model import Look, Person

CONVENTIONS = (
    ("paths", "Keys are paths relative to the folder holding this file."),
    ("dates", "start/end are YYYY-MM; end is null for a current role. When "
             "date_precision is 'year' the resume shows years only and the facts read "
             "a start year as January and an end year as December (capped at the "
             "month before reference_date)."),
    ("total_years_experience", "Union of all roles, overlaps counted once: each role "
                              "covers its start and end months in full, a current "
                              "role runs up to reference_date; months / 12, rounded "
                              "to one decimal."),
    ("skills", "Canonical names; the resume may print an alias (Postgres, k8s, JS)."),
    ("as_printed", "emails, phones, links, location, degree and certifications are "
                   "exactly as printed on the resume."),
    ("languages", "Language names only; the printed level is not part of the fact."),
    ("projects", "Names of side projects; they are not jobs and add no experience."),
    ("date_style", "How the resume writes dates, shown on March 2020 to now."),
)


def person_facts(person: Person, look: Look) -> dict[str, object]:
    """What a perfect parser would read from this person's resume."""
    precision = "year" if look.year_only else "month"
    return {
        "name": person.name,
        "emails": [person.email],
        "phones": [person.phone],
        "location": person.location,
        "links": list(person.links),
        "headline": person.headline,
        "summary": person.summary,
        "skills": list(person.skills),
        "experience": [
            {
                "title": p.title,
                "company": p.company,
                "location": p.location,
                "start": p.start.iso(),
                "end": None if p.end is None else p.end.iso(),
                "current": p.end is None,
                "date_precision": precision,
            }
            for p in person.positions
        ],
        "education": [
            {
                "institution": d.institution,
                "degree": d.degree,
                "degree_level": d.level,
                "field": d.field,
                "graduation_year": d.year,
            }
            for d in person.education
        ],
        "certifications": list(person.certifications),
        "languages": [lang.name for lang in person.languages],
        "projects": [project.name for project in person.projects],
        "total_years_experience": total_years((p.start, p.end) for p in person.positions),
        "target_job": person.target_job,
        "fit": person.fit,
        "career": person.role,
        "format": look.format,
        "layout": look.layout,
        "date_style": look.dates.span(YearMonth(2020, 3), None),
    }


def job_facts(job: JobSpec) -> dict[str, object]:
    """What a perfect job analyser would read from this posting."""
    return {
        "slug": job.slug,
        "title": job.title,
        "company": job.company,
        "location": job.location,
        "remote": job.remote,
        "seniority": job.seniority,
        "employment_type": job.employment_type,
        "min_years_experience": job.min_years_experience,
        "required_skills": list(job.required_skills),
        "preferred_skills": list(job.preferred_skills),
        "education": job.education,
    }


def facts_document(
    seed: int, jobs: Iterable[JobSpec], resumes: Iterable[tuple[str, Person, Look]]
) -> dict[str, object]:
    """The whole facts.json: reference date, conventions, jobs and resumes by path."""
    return {
        "reference_date": REFERENCE_DATE,
        "seed": seed,
        "conventions": dict(CONVENTIONS),
        "jobs": {job.path: job_facts(job) for job in jobs},
        "resumes": {path: person_facts(person, look) for path, person, look in resumes},
    }


def dump(document: dict[str, object]) -> bytes:
    """Stable JSON bytes: same document, same bytes."""
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
