"""Read a job description into a JobProfile: offline, deterministic, fast.

The pipeline: normalise the text, cut it into typed sections
(`tools.job_sections`), split sections into clauses (`tools.job_markers`), then
read each field with its own small rule set (`job_header`, `job_terms`,
`job_requirements`, `job_skills`). A field the text does not state stays
empty: a recruiter can fill it in, and a wrong guess costs more than a gap.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.job import JobProfile
from core.versions import JOB_ANALYZER_VERSION
from tools.job_header import read_header
from tools.job_markers import Clause, iter_clauses
from tools.job_overrides import apply_overrides
from tools.job_requirements import extract_education, extract_min_years
from tools.job_sections import JobSection, normalize_text, split_sections
from tools.job_skills import classify_skills
from tools.job_terms import extract_employment_type, extract_remote, extract_seniority

if TYPE_CHECKING:
    from tools.taxonomy import Taxonomy

__all__ = ["JOB_ANALYZER_VERSION", "analyze_job", "apply_overrides", "extract_responsibilities"]

MAX_RESPONSIBILITIES = 20
_ITEM_SPLIT = re.compile(r";\s+|(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")
_YOU_WILL = re.compile(
    r"^(?:you will|you'll|in this role,? you|day[- ]to[- ]day|your (?:work|day) will)", re.I
)


def _items(unit: str, bulleted: bool) -> list[str]:
    """A bullet is one item; a paragraph is split at ';' or sentence ends."""
    pieces = [unit] if bulleted else _ITEM_SPLIT.split(unit)
    return [p.strip().rstrip(";").strip() for p in pieces if p.strip()]


def extract_responsibilities(sections: list[JobSection]) -> list[str]:
    """Bullets or sentences of the responsibilities sections.

    A posting without such a section usually states the work in "You will ..."
    sentences of its opening paragraphs; those stand in for the list.
    """
    found = [
        item
        for section in sections
        if section.kind == "responsibilities"
        for unit, bulleted in zip(section.units, section.bulleted, strict=True)
        for item in _items(unit, bulleted)
    ]
    if not found:
        found = [
            item
            for section in sections
            if section.kind in {"intro", "role", "other"}
            for unit in section.units
            for item in _items(unit, False)
            if _YOU_WILL.match(item)
        ]
    return found[:MAX_RESPONSIBILITIES]


def analyze_job(text: str, taxonomy: Taxonomy) -> JobProfile:
    """The JobProfile of one job description (see module docstring for the rules)."""
    text = normalize_text(text)
    sections = split_sections(text)
    clauses: list[Clause] = list(iter_clauses(sections))
    header = read_header(text)
    min_years = extract_min_years(clauses)
    required, preferred, groups = classify_skills(clauses, taxonomy)
    return JobProfile(
        title=header.title,
        company=header.company,
        location=header.location,
        remote=extract_remote(text, header.lines),
        seniority=extract_seniority(header.title, text, min_years, header.lines),
        employment_type=extract_employment_type(text, header.title_line, header.lines),
        min_years_experience=min_years,
        required_skills=required,
        preferred_skills=preferred,
        education=extract_education(sections),
        responsibilities=extract_responsibilities(sections),
        skill_groups=groups,
    )
