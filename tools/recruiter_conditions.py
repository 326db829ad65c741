"""The conditions of a candidate search in words, and the claim each one makes.

A search condition has a key (`skill:Python`, `min_score`, `location`, …, as
in `store.repositories.search`), a label that states it ("Python ≥ 5
years"), a table column, and a claim builder that states what one candidate
has for it — with the evidence — whether they pass (a match) or fail (a
near-miss).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from core.recruiter import CandidateQuery, SkillFilter
from core.resume import ParsedResume
from store.models import Candidate, ScorecardRow
from store.repositories.search import ApplicationHit
from tools import recruiter_evidence as ev
from tools.taxonomy import Taxonomy


@dataclass(frozen=True)
class CandidateFacts:
    """What the claims about one candidate are built from."""

    candidate: Candidate
    resume: ParsedResume
    applications: list[ApplicationHit]
    scorecards: dict[str, list[ScorecardRow]]

    @property
    def best(self) -> ApplicationHit | None:
        """The best-scored application that meets the query (or any visible one)."""
        return self.applications[0] if self.applications else None


Claim = Callable[[CandidateFacts], tuple[str, str]]


def _stated(value: float) -> str:
    return f"{value:g}"


def skill_label(skill: SkillFilter) -> str:
    """ "Python" or "Python ≥ 5 years"."""
    if skill.min_years is None:
        return skill.name
    return f"{skill.name} ≥ {_stated(skill.min_years)} years"


def _employer_label(query: CandidateQuery) -> str:
    verb = {"current": "works at", "past": "used to work at"}.get(query.employer_when, "worked at")
    return f"{verb} {query.employer}"


def _education_label(query: CandidateQuery) -> str:
    level = {"phd": "a PhD", "master": "a master's degree", "bachelor": "a bachelor's degree"}
    text = level.get(query.education_level or "", "a degree")
    return f"{text} in {query.education_field}" if query.education_field else text


def _interview_label(query: CandidateQuery) -> str:
    bound = query.interview
    if bound is None:
        return ""
    what = f"interview {bound.dimension} score" if bound.dimension else "interview score"
    parts = []
    if bound.min_score is not None:
        parts.append(f"≥ {_stated(bound.min_score)}")
    if bound.max_score is not None:
        parts.append(f"≤ {_stated(bound.max_score)}")
    return f"{what} {' and '.join(parts)}".strip()


def _place_label(query: CandidateQuery) -> str:
    places = " or ".join(query.locations)
    if query.remote:
        places = f"{places} or remote" if places else "remote"
    return f"in {places}" if query.locations else places


def labels(query: CandidateQuery, job_titles: list[str]) -> dict[str, str]:
    """Condition key → the condition in words, for every filter the query sets."""
    found = {f"skill:{s.name}": skill_label(s) for s in query.skills}
    if query.any_skills:
        found["any_skills"] = " or ".join(skill_label(s) for s in query.any_skills)
    optional = {
        "min_years": query.min_years is not None
        and f"at least {_stated(query.min_years or 0)} years of experience",
        "max_years": query.max_years is not None
        and f"at most {_stated(query.max_years or 0)} years of experience",
        "employer": bool(query.employer) and _employer_label(query),
        "title": bool(query.title) and f"title “{query.title}”",
        "education": bool(query.education_level or query.education_field)
        and _education_label(query),
        "location": bool(query.locations or query.remote) and _place_label(query),
        "job": bool(query.job_ids) and f"applied to {' or '.join(job_titles)}",
        "stage": bool(query.stages) and f"stage {' or '.join(query.stages)}",
        "min_score": query.min_score is not None
        and f"match score ≥ {_stated(query.min_score or 0)}",
        "max_score": query.max_score is not None
        and f"match score ≤ {_stated(query.max_score or 0)}",
        "interview": query.interview is not None and _interview_label(query),
        "applied_after": query.applied_after is not None
        and f"applied on or after {query.applied_after.date().isoformat()}",
        "applied_before": query.applied_before is not None
        and f"applied before {query.applied_before.date().isoformat()}",
    }
    found.update({key: text for key, text in optional.items() if text})
    return found


def _application_claim(kind: str, query: CandidateQuery) -> Claim:
    """Claims read from the candidate's best matching application."""

    def claim(facts: CandidateFacts) -> tuple[str, str]:
        hit = facts.best
        if hit is None:
            return "No application in view", "—"
        if kind == "score":
            return ev.score_claim(hit.job_title, hit.score)
        if kind == "stage":
            return ev.stage_claim(hit.job_title, hit.application)
        if kind == "applied":
            return ev.applied_claim(hit.job_title, hit.application)
        cards = facts.scorecards.get(hit.application.id, [])
        dimension = query.interview.dimension if query.interview else None
        return ev.interview_claim(hit.job_title, cards[0] if cards else None, dimension)

    return claim


def claim_builders(query: CandidateQuery, taxonomy: Taxonomy) -> dict[str, tuple[str, Claim]]:
    """Condition key → (table column, claim builder)."""
    builders: dict[str, tuple[str, Claim]] = {
        f"skill:{s.name}": (s.name, _skill_claim(s, taxonomy)) for s in query.skills
    }
    if query.any_skills:
        builders["any_skills"] = ("Skills", _any_skill_claim(query.any_skills, taxonomy))
    resume_claims: dict[str, tuple[str, Claim]] = {
        "min_years": ("Years", lambda f: ev.years_claim(f.resume)),
        "max_years": ("Years", lambda f: ev.years_claim(f.resume)),
        "employer": ("Employer", lambda f: ev.employer_claim(f.resume, query)),
        "title": ("Title", lambda f: ev.title_claim(f.resume, query)),
        "education": ("Education", lambda f: ev.education_claim(f.resume, query)),
        "location": (
            "Location",
            lambda f: ev.location_claim(f.candidate.location, f.resume, query.remote),
        ),
    }
    application_claims: dict[str, tuple[str, Claim]] = {
        "job": ("Match", _application_claim("score", query)),
        "min_score": ("Match", _application_claim("score", query)),
        "max_score": ("Match", _application_claim("score", query)),
        "stage": ("Stage", _application_claim("stage", query)),
        "interview": ("Interview", _application_claim("interview", query)),
        "applied_after": ("Applied", _application_claim("applied", query)),
        "applied_before": ("Applied", _application_claim("applied", query)),
    }
    builders.update(resume_claims)
    builders.update(application_claims)
    return builders


def _skill_claim(skill: SkillFilter, taxonomy: Taxonomy) -> Claim:
    return lambda facts: ev.skill_claim(facts.resume, skill, taxonomy)


def _any_skill_claim(skills: list[SkillFilter], taxonomy: Taxonomy) -> Claim:
    """The first of the alternatives the candidate has (or that they have none)."""

    def claim(facts: CandidateFacts) -> tuple[str, str]:
        held = {s.name: s.years for s in facts.resume.skills}
        for skill in skills:
            years = held.get(skill.name, -1.0)
            if skill.name in held and (skill.min_years is None or (years or 0) >= skill.min_years):
                return ev.skill_claim(facts.resume, skill, taxonomy)
        return f"None of {', '.join(s.name for s in skills)} on the resume", "—"

    return claim


def best_score_claim(facts: CandidateFacts) -> tuple[str, str]:
    """The candidate's best match in view, shown even when no score was asked about."""
    hit = facts.best
    if hit is None:
        return "No application in view", "—"
    return ev.score_claim(hit.job_title, hit.score)
