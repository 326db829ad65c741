"""Years of experience against the job's stated minimum.

Full marks at or above the minimum, linear below it down to 0 at 0 years:
each missing year costs the same, and being over the minimum earns nothing
extra (more years are not a better fit by themselves). The total comes from
the parser; if it has none, only positions with both dates count, because a
"current" position without an end date would need today's date, and the
score must not depend on when it is computed.
"""

from __future__ import annotations

import re

from core.job import JobProfile
from core.resume import ParsedResume
from tools.match_result import DimensionResult, clamp_score, format_years, not_applicable

NAME = "experience_years"
_DATE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2}))?")


def _months(value: str | None) -> int | None:
    """A YYYY or YYYY-MM date as a month count."""
    found = _DATE.match(value or "")
    if not found:
        return None
    return int(found.group("y")) * 12 + int(found.group("m") or 1) - 1


def closed_years(resume: ParsedResume) -> float | None:
    """Years covered by positions with a start and an end date."""
    months = 0
    counted = False
    for entry in resume.experience:
        start, end = _months(entry.start), _months(entry.end)
        if start is not None and end is not None and end >= start:
            months += end - start + 1
            counted = True
    return round(months / 12, 1) if counted else None


def experience_dimension(resume: ParsedResume, job: JobProfile) -> DimensionResult:
    """Score the resume's total years against the job's minimum."""
    years = resume.total_years_experience
    note = ""
    if years is None:
        years, note = closed_years(resume), " (dated, ended positions only)"
    jobs = len(resume.experience)
    shown = (
        f"{format_years(years)} years of experience{note} ({jobs} job{'s' if jobs != 1 else ''})"
        if years is not None
        else "years of experience could not be determined from the resume"
    )
    minimum = job.min_years_experience
    if minimum is None:
        found = f"the resume shows {shown}" if years is not None else shown
        return not_applicable(NAME, f"job states no minimum experience; {found}")
    asked = f"the job asks for {format_years(minimum)}+"
    score = 100.0 if minimum <= 0 else 100.0 * (years or 0.0) / minimum
    summary = (
        f"{format_years(years)} years against {format_years(minimum)}+ asked"
        if years is not None
        else f"no datable experience against {format_years(minimum)}+ years asked"
    )
    return DimensionResult(NAME, clamp_score(score), (f"{shown}; {asked}",), summary=summary)
