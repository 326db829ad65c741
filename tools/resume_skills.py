"""Skills with years: taxonomy mentions, and how long each was used in dated jobs.

A skills list says what a candidate knows, the jobs say for how long. Years per
skill are the merged duration of the dated jobs whose own text (title and
description) mentions the skill, overlaps counted once; a skill that no dated
job mentions has no years (None), rather than a guessed number.
"""

from __future__ import annotations

from datetime import date

from core.resume import SkillEntry
from tools.dates import month_span, total_years
from tools.resume_experience import Job
from tools.taxonomy import Taxonomy


def skill_names(taxonomy: Taxonomy, texts: list[str]) -> list[str]:
    """Canonical skill names mentioned in the texts, first mention first, each once."""
    names: list[str] = []
    for text in texts:
        for mention in taxonomy.find(text):
            if mention.name not in names:
                names.append(mention.name)
    return names


def job_text(job: Job) -> str:
    """The words of a job that can mention a skill (not the company or place)."""
    return "\n".join(part for part in (job.entry.title, job.entry.description) if part)


def skills_with_years(
    taxonomy: Taxonomy, names: list[str], jobs: list[Job], reference: date
) -> list[SkillEntry]:
    """Each named skill with the years of the dated jobs that mention it."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for job in jobs:
        span = month_span(job.dates, reference) if job.dates else None
        if span is None:
            continue
        for name in skill_names(taxonomy, [job_text(job)]):
            spans.setdefault(name, []).append(span)
    return [
        SkillEntry(name=name, years=total_years(spans[name]) if name in spans else None)
        for name in names
    ]
