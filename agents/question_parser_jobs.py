"""Jobs and pipeline stages named in questions.

A job is named the way recruiters talk: "the backend role", "applied to the
iOS position", "for ML", "SRE candidates". Each visible job gets aliases from
its title (without seniority words, without "engineer", acronyms of
multi-word names, usual spellings like "front-end"), and an alias counts
only next to a job word ("role", "job", "position", …) or after "for"/"to",
so "experience in data engineering" stays a skill question. An alias shared
by several jobs ("the data role") selects all of them and says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from agents.question_parser_text import QuestionText
from core.recruiter import JobOption, StageName

SENIORITY = frozenset(
    {"senior", "junior", "lead", "staff", "principal", "head", "chief", "sr", "jr", "mid",
     "associate", "intern"}
)
ROLE_WORDS = frozenset(
    {"engineer", "developer", "analyst", "scientist", "manager", "designer", "architect"}
)
SPELLINGS = {
    "backend": ("back end", "back-end"),
    "frontend": ("front end", "front-end"),
    "machine learning": ("ml",),
    "site reliability engineer": ("sre", "site reliability", "reliability"),
    "product manager": ("pm",),
    "ios": ("iphone",),
    "data analyst": ("analyst", "analytics"),
}
_JOB_NOUN = r"(?:role|job|opening|position|vacancy|req|requisition|team|one)s?"
_PEOPLE = r"(?:candidates|applicants|pipeline|shortlist)"
_BEFORE = r"(?:applied\s+(?:to|for)|applying\s+(?:to|for)|applications?\s+(?:to|for)|for|to)"

STAGE_WORDS: dict[str, StageName] = {
    "applied": "applied", "new": "applied", "screening": "screened", "screened": "screened",
    "interview": "interview", "interviews": "interview", "interviewing": "interview",
    "interviewed": "interview", "offer": "offer", "offers": "offer", "offered": "offer",
    "hired": "hired", "hire": "hired", "rejected": "rejected", "declined": "rejected",
    "rejection": "rejected",
}
_STAGE = r"(?P<stage>" + "|".join(sorted(STAGE_WORDS, key=len, reverse=True)) + r")"
STAGE_PATTERNS = (
    re.compile(rf"\b(?:in|at|to|reached)\s+(?:the\s+)?{_STAGE}(?:\s+stage)?\b", re.I),
    re.compile(rf"\b{_STAGE}\s+stage\b", re.I),
    re.compile(r"\bstage\s+(?:is\s+|of\s+)?(?P<stage>\w+)\b", re.I),
    re.compile(r"\b(?:got|received|have|has|with)\s+(?:an?\s+)?(?P<stage>offers?)\b", re.I),
    re.compile(r"\b(?:were|was|been|got|get)\s+(?P<stage>screened|rejected|hired|offered)\b",
               re.I),
    re.compile(r"\b(?P<stage>screened|interviewing|hired|rejected)\s+(?:candidates|people|ones)\b",
               re.I),
)


@dataclass(frozen=True)
class JobAlias:
    """One way of naming a job."""

    alias: str
    job: JobOption


def _base_title(title: str) -> str:
    """"Senior Product Manager — Savings & Investing" → "senior product manager"."""
    base = re.split(r"\s+[—–-]\s+|\(|,|/", title)[0]
    return " ".join(base.casefold().replace("-", " ").split())


def aliases_of(title: str) -> set[str]:
    """Every way a question may name a job with this title."""
    base = _base_title(title)
    words = [w for w in base.split() if w not in SENIORITY]
    core = [w for w in words if w not in ROLE_WORDS]
    found = {base, " ".join(words), " ".join(core)}
    if len(words) >= 3:
        found.add("".join(w[0] for w in words))
    for phrase in list(found):
        for key, others in SPELLINGS.items():
            if key in phrase or phrase == key:
                found.update(phrase.replace(key, other) for other in others)
                found.update(others if phrase == key or phrase == " ".join(words) else ())
    return {alias for alias in found if len(alias) >= 2}


def job_aliases(jobs: Sequence[JobOption]) -> list[JobAlias]:
    """All aliases of the visible jobs, longest first (so "data engineer" beats "data")."""
    found = [JobAlias(alias, job) for job in jobs for alias in aliases_of(job.title)]
    return sorted(found, key=lambda a: (-len(a.alias), a.alias))


def _patterns(alias: str) -> list[re.Pattern[str]]:
    name = r"\s+".join(re.escape(part) for part in alias.split())
    return [
        re.compile(rf"\b{_BEFORE}\s+(?:the\s+)?{name}(?:\s+{_JOB_NOUN})?\b", re.I),
        re.compile(rf"\b(?:the\s+)?{name}\s+(?:{_JOB_NOUN}|{_PEOPLE})\b", re.I),
    ]


def read_jobs(text: QuestionText, jobs: Sequence[JobOption]) -> tuple[list[str], list[str]]:
    """Job ids named in the question and notes (e.g. an alias naming several jobs)."""
    found: list[str] = []
    notes: list[str] = []
    for job in jobs:
        named = text.search(re.compile(rf"(?:\b{_BEFORE}\s+)?\b{re.escape(job.id)}\b", re.I))
        if named is not None:
            text.take_match(named)
            found.append(job.id)
    aliases = job_aliases(jobs)
    for alias in dict.fromkeys(a.alias for a in aliases):
        owners = [a.job for a in aliases if a.alias == alias]
        for pattern in _patterns(alias):
            match = text.search(pattern)
            if match is None:
                continue
            text.take_match(match)
            found.extend(job.id for job in owners)
            if len(owners) > 1:
                titles = " and ".join(job.title for job in owners)
                notes.append(f"“{match.group(0).strip()}” matches {titles}; I used both.")
    return list(dict.fromkeys(found)), notes


def read_stages(text: QuestionText) -> list[StageName]:
    """Pipeline stages named in the question ("in the interview stage", "rejected ones")."""
    found: list[StageName] = []
    for pattern in STAGE_PATTERNS:
        for match in list(text.finditer(pattern)):
            stage = STAGE_WORDS.get(match.group("stage").casefold())
            if stage is None:
                continue
            text.take_match(match)
            found.append(stage)
    return list(dict.fromkeys(found))
