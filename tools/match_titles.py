"""Title and seniority: does the candidate's recent work look like this role?

Two parts, 70/30: how close the most recent titles are to the job title (the
role itself: "Backend Developer" vs "Senior Backend Engineer"), and whether
the level fits (a junior for a staff role is a poor fit even with the right
role name). Titles are compared without their level words, with common
abbreviations expanded and developer/programmer read as engineer, so the
role part and the level part do not count the same word twice.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from rapidfuzz import fuzz

from core.job import JobProfile
from core.resume import ExperienceEntry, ParsedResume
from tools.job_terms import title_level
from tools.match_result import DimensionResult, clamp_score, not_applicable

NAME = "title_seniority"
TITLE_SHARE = 0.7
RECENCY = (1.0, 0.9, 0.8)
LEVELS: Mapping[str, int] = MappingProxyType({
    "intern": 0, "junior": 1, "mid": 2, "senior": 3, "lead": 4, "staff": 4,
    "manager": 4, "principal": 5, "director": 6,
})
# Level gap (candidate minus job) → alignment score; being above the level is
# a milder misfit than being below it.
ALIGNMENT: Mapping[int, float] = MappingProxyType(
    {-2: 25.0, -1: 60.0, 0: 100.0, 1: 85.0, 2: 70.0}
)
_ABBREVIATIONS = (
    (r"\bsr\b\.?", "senior"), (r"\bjr\b\.?", "junior"), (r"\bswe\b", "software engineer"),
    (r"\bsde\b", "software engineer"), (r"\beng\b\.?", "engineer"), (r"\bdev\b", "engineer"),
    (r"\bmgr\b", "manager"), (r"\bml\b", "machine learning"),
    (r"\bai\b", "artificial intelligence"),
    (r"\bsre\b", "site reliability engineer"), (r"\bqa\b", "quality assurance"),
    (r"\bdevelopers?\b|\bprogrammers?\b", "engineer"), (r"\bengineering\b", "engineer"),
)
_LEVEL_WORDS = re.compile(
    r"\b(?:senior|junior|mid|level|staff|principal|lead|intern|entry|graduate|trainee"
    r"|i{1,3}|iv|[1-5])\b"
)


def role_core(title: str) -> str:
    """A title reduced to its role words, comparable across spellings."""
    text = title.casefold()
    for pattern, replacement in _ABBREVIATIONS:
        text = re.sub(pattern, replacement, text)
    text = re.sub(r"[^\w+#]+", " ", text)
    return " ".join(_LEVEL_WORDS.sub(" ", text).split())


def title_similarity(a: str, b: str) -> float:
    """0–100 closeness of two role cores; the mean of set and order-free ratios.

    The set ratio alone gives a bare "Engineer" full marks against any
    engineering title; averaging with the sorted-token ratio keeps the extra
    words ("Backend", "Python") in play.
    """
    left, right = role_core(a), role_core(b)
    if not left or not right:
        return 0.0
    return (fuzz.token_set_ratio(left, right) + fuzz.token_sort_ratio(left, right)) / 2


def _sort_key(entry: ExperienceEntry) -> tuple[int, str, str]:
    """Most recent first: current roles, then by end, then by start date."""
    return (0 if entry.current else 1, _neg(entry.end), _neg(entry.start))


def _neg(date: str | None) -> str:
    """A date string that sorts descending under an ascending sort."""
    digits = re.sub(r"\D", "", date or "")[:6].ljust(6, "0")
    return "".join(str(9 - int(d)) for d in digits)


def recent_titles(resume: ParsedResume) -> list[str]:
    """Up to three most recent job titles."""
    entries = sorted((e for e in resume.experience if e.title), key=_sort_key)
    return [e.title for e in entries[: len(RECENCY)] if e.title]


def candidate_level(title: str | None, years: float | None) -> tuple[str | None, str]:
    """Level from the title's words, else from total years (0–1, 2–4, 5+)."""
    level = title_level(title) if title else None
    if level:
        return level, "from title"
    if years is None:
        return None, ""
    band = "junior" if years < 2 else "mid" if years < 5 else "senior"
    return band, f"from {years:g} years"


def alignment(candidate: str | None, job: str | None) -> float | None:
    """Fit of the candidate's level to the job's level, None when either is unknown."""
    if candidate not in LEVELS or job not in LEVELS:
        return None
    gap = max(-3, min(2, LEVELS[candidate] - LEVELS[job]))
    return ALIGNMENT.get(gap, 0.0)


def _quote(title: str, lines: list[str]) -> str:
    """The resume line holding the title, else the title itself."""
    key = title.casefold()
    for line in lines:
        if key in line.casefold() and "@" not in line:
            return line.strip()
    return title


def title_dimension(
    resume: ParsedResume, lines: list[str], job: JobProfile
) -> DimensionResult:
    """Best recency-weighted title similarity, blended with level alignment."""
    if not job.title:
        return not_applicable(NAME, "job has no title to compare with")
    titles = recent_titles(resume)
    if not titles:
        return DimensionResult(NAME, 0.0, ("no job titles found on the resume",),
                               summary="no job titles on the resume")
    scored = [(title_similarity(t, job.title) * RECENCY[i], i, t) for i, t in enumerate(titles)]
    similarity, position, best = max(scored, key=lambda item: (item[0], -item[1]))
    older = "" if position == 0 else f" (an earlier role, weighted {RECENCY[position]:g})"
    job_level = job.seniority or title_level(job.title)
    level, source = candidate_level(titles[0], resume.total_years_experience)
    fit = alignment(level, job_level)
    score = similarity if fit is None else TITLE_SHARE * similarity + (1 - TITLE_SHARE) * fit
    evidence = [
        f'"{_quote(best, lines)}" vs job title "{job.title}": similarity {similarity:.0f}{older}'
    ]
    if fit is not None:
        evidence.append(f"seniority {level} ({source}) vs job {job_level}: fit {fit:.0f}")
    summary = f'recent title "{best}" against "{job.title}"'
    return DimensionResult(NAME, clamp_score(score), tuple(evidence), summary=summary)
