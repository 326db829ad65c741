"""Education: the highest degree on the resume against the degree the job asks for.

Degrees are compared by level only (none < associate < bachelor < master <
phd); fields of study are quoted in the evidence but not scored, because
postings almost always add "or a related field" and the recruiter reads the
field better than a rule. A job that accepts "equivalent experience", or
states the degree as a plus, softens the penalty for a missing degree.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from core.job import JobProfile
from core.resume import EducationEntry, ParsedResume
from tools.job_markers import is_optional
from tools.match_result import DimensionResult, clamp_score, not_applicable

NAME = "education"
LEVEL_NAMES = ("no degree", "associate", "bachelor's", "master's", "PhD")
EQUIVALENT_SCORE = 70.0
OPTIONAL_SCORE = 80.0
_LEVELS: Mapping[str, int] = MappingProxyType(
    {"associate": 1, "bachelor": 2, "master": 3, "phd": 4}
)
GAP_SCORES: Mapping[int, float] = MappingProxyType({1: 50.0, 2: 25.0})
# Long words match in any case; short abbreviations ("BA", "MS", "BE") only in
# capitals, since "be" or "ms" in lower case are ordinary words.
_LEVEL_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (4, re.compile(r"(?i:ph\.?\s?d|doctor(?:ate|al)?|d\.?phil)")),
    (3, re.compile(
        r"(?i:\bmaster|\bmba\b|\bm\.?eng\b|\bm\.?tech\b|\bmphil\b|\bmsc\b|\bm\.sc\b|\bllm\b)"
        r"|\b(?:MS|M\.S\.|MA|M\.A\.|M\.Ed\.?|MEd)(?![\w.])")),
    (2, re.compile(
        r"(?i:\bbachelor|\bb\.?eng\b|\bb\.?tech\b|\bbsc\b|\bb\.sc\b|\bbcom\b|\bbba\b"
        r"|undergraduate degree|four-year degree|4-year degree)"
        r"|\b(?:BS|B\.S\.|BA|B\.A\.|BE|B\.E\.)(?![\w])")),
    (1, re.compile(r"(?i:\bassociate'?s?\b)|\b(?:AA|AAS|A\.A\.)(?![\w])")),
)
# A degree named without its level is read as a bachelor's, the usual meaning.
_GENERIC = re.compile(r"(?i:\bdegree\b|\buniversity\b|\bcollege\b|\bdiploma in\b)")
_NO_DEGREE = re.compile(
    r"\bno (?:college |university |formal )?degree\b|\bdegree (?:is )?not (?:required|needed)"
    r"|\bdon'?t (?:need|require) a degree",
    re.I,
)
_EQUIVALENT = re.compile(r"\bequivalent\b|\bor (?:comparable|similar) experience\b", re.I)
_CLAUSES = re.compile(r";\s*|(?<=[a-z)][.!?])\s+")


def degree_levels(text: str | None) -> list[int]:
    """Every level a text names; a bare "degree" counts as a bachelor's."""
    if not text:
        return []
    levels = [level for level, pattern in _LEVEL_PATTERNS if pattern.search(text)]
    return levels or ([2] if _GENERIC.search(text) else [])


def _entry_level(entry: EducationEntry) -> int:
    """Level of one resume education entry (0 when it is not a degree).

    The parser's level when it gave one; otherwise (an entry read before
    levels were kept) the levels its degree text names.
    """
    if entry.degree_level:
        return _LEVELS.get(entry.degree_level, 0)
    return max(degree_levels(entry.degree), default=0)


def _describe(entry: EducationEntry) -> str:
    """"B.Sc. in Computer Science, TU Berlin (2015)" from an entry's parts."""
    head = entry.degree_and_field() or "education"
    tail = f", {entry.institution}" if entry.institution else ""
    year = f" ({entry.graduation_year})" if entry.graduation_year else ""
    return f"{head}{tail}{year}"


def job_requirement(statement: str) -> tuple[int, bool] | None:
    """(lowest level asked, whether it is optional), None when no degree is asked."""
    if _NO_DEGREE.search(statement):
        return None
    asked = [
        (min(levels), is_optional(clause))
        for clause in _CLAUSES.split(statement)
        if (levels := degree_levels(clause))
    ]
    return min(asked) if asked else None


def education_dimension(resume: ParsedResume, job: JobProfile) -> DimensionResult:
    """Score the best degree on the resume against the job's requirement."""
    if not job.education:
        return not_applicable(NAME, "job states no education requirement")
    asked = job_requirement(job.education)
    if asked is None:
        return not_applicable(NAME, f'job requires no degree ("{job.education}")')
    needed, optional = asked
    best = max(resume.education, key=_entry_level, default=None)
    have = _entry_level(best) if best else 0
    shown = f"resume: {_describe(best)}" if best else "no education found on the resume"
    gap = needed - have
    if gap <= 0:
        score = 100.0
    elif optional:
        score = OPTIONAL_SCORE
    elif _EQUIVALENT.search(job.education):
        score = EQUIVALENT_SCORE
    else:
        score = GAP_SCORES.get(gap, 0.0)
    evidence = (f'job asks for "{job.education}"', shown)
    summary = f"{LEVEL_NAMES[have]} against {LEVEL_NAMES[needed]} asked"
    return DimensionResult(NAME, clamp_score(score), evidence, summary=summary)
