"""`get_candidate` and `compare_candidates`: one candidate in full, or a few side by side.

Only what the asker may see: a hiring manager gets the applications of their
own jobs and nothing of a candidate who applied elsewhere only. Every fact
carries its source — the resume, the match score with its versions, the
interview scorecard with a transcript quote.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from core.context import RunContext
from core.errors import InputError, NotFound
from core.recruiter import ApplicationView, CandidateProfile, Comparison
from store.models import ScorecardRow
from store.repositories.search import ApplicationHit
from tools import recruiter_evidence as ev
from tools.recruiter_conditions import CandidateFacts
from tools.recruiter_kit import RecruiterKit
from tools.recruiter_names import display_name, resolve_references
from tools.recruiter_scope import Scope, resolve_scope
from tools.recruiter_search import load_facts

MAX_COMPARED = 4
TOP_SKILLS = 15


def _application_view(hit: ApplicationHit, cards: list[ScorecardRow]) -> ApplicationView:
    application, score = hit.application, hit.score
    interview = ev.interview_claim(hit.job_title, cards[0], None)[0] if cards else None
    return ApplicationView(
        application_id=application.id,
        job_id=application.job_id,
        job_title=hit.job_title,
        stage=application.stage,
        applied_at=application.applied_at,
        score=None if score is None else score.overall,
        scorer_version=None if score is None else score.scorer_version,
        stale=bool(score and score.stale),
        history=list(application.stage_history),
        interview=interview,
    )


def build_profile(facts: CandidateFacts, job_id: str | None = None) -> CandidateProfile:
    """A profile from loaded facts; with `job_id`, that job's application leads."""
    resume = facts.resume
    hits = sorted(facts.applications, key=lambda h: h.application.job_id != job_id)
    skills = sorted(resume.skills, key=lambda s: -(s.years or 0))[:TOP_SKILLS]
    evidence = [
        ev.location_claim(facts.candidate.location, resume, False)[0],
        ev.years_claim(resume)[0],
    ]
    for hit in hits[:3]:
        evidence.append(ev.score_claim(hit.job_title, hit.score)[0])
        evidence.append(ev.stage_claim(hit.job_title, hit.application)[0])
        cards = facts.scorecards.get(hit.application.id, [])
        if cards:
            evidence.append(ev.interview_claim(hit.job_title, cards[0], None)[0])
    return CandidateProfile(
        id=facts.candidate.id,
        name=display_name(facts.candidate.name),
        evidence=evidence,
        location=facts.candidate.location,
        headline=resume.headline,
        total_years=resume.total_years_experience,
        skills=[f"{s.name} ({s.years:.1f} y)" if s.years else s.name for s in skills],
        experience=[ev.role(entry) for entry in resume.experience[:6]],
        education=[ev.degree_text(e) for e in resume.education],
        applications=[
            _application_view(hit, facts.scorecards.get(hit.application.id, [])) for hit in hits
        ],
    )


async def _profiles(
    session: AsyncSession, scope: Scope, references: Sequence[str], job_id: str | None
) -> tuple[list[CandidateProfile], list[str]]:
    """Profiles of the referenced candidates the asker may see, in the order asked."""
    resolved = await resolve_references(session, scope, references)
    ids = list(dict.fromkeys(ref.id for ref in resolved.refs))
    facts = await load_facts(session, scope, ids, [], with_scorecards=True)
    profiles = [build_profile(facts[i], job_id) for i in ids if i in facts]
    return profiles, resolved.notes


async def get_candidate(
    kit: RecruiterKit, ctx: RunContext, *, candidate: str, job_id: str | None = None
) -> CandidateProfile:
    """One candidate's profile, applications, scores and scorecards; NotFound if not visible."""
    async with kit.store.session() as session:
        scope = await resolve_scope(session, ctx)
        profiles, notes = await _profiles(session, scope, [candidate], job_id)
    if not profiles:
        raise NotFound(" ".join(notes) or f"No candidate you can see is called “{candidate}”.")
    return profiles[0].model_copy(update={"notes": notes})


def _skills_row(profiles: list[CandidateProfile]) -> list[list[str]]:
    """Shared skills, then each candidate's own."""
    names = [{s.split(" (")[0] for s in p.skills} for p in profiles]
    shared = set.intersection(*names) if names else set()
    rows = [["Skills in common", *[", ".join(sorted(shared)) or "—" for _ in profiles]]]
    rows.append(["Only they list", *[", ".join(sorted(n - shared)[:8]) or "—" for n in names]])
    return rows


def _application_rows(profiles: list[CandidateProfile], job_id: str | None) -> list[list[str]]:
    """Match, stage and interview for the job asked about (else each one's best)."""

    def lead(p: CandidateProfile) -> ApplicationView | None:
        if job_id:
            return next((a for a in p.applications if a.job_id == job_id), None)
        scored = [a for a in p.applications if a.score is not None]
        return max(scored, key=lambda a: a.score or 0, default=None)

    leads = [lead(p) for p in profiles]
    match = [
        f"{a.score:.1f} ({a.job_title}, {a.scorer_version})" if a and a.score is not None else "—"
        for a in leads
    ]
    return [
        ["Match", *match],
        ["Stage", *[a.stage if a else "—" for a in leads]],
        ["Interview", *[(a.interview or "—") if a else "—" for a in leads]],
    ]


async def compare_candidates(
    kit: RecruiterKit, ctx: RunContext, *, candidates: list[str], job_id: str | None = None
) -> Comparison:
    """Two to four candidates side by side: place, experience, skills, scores, stage."""
    if len(candidates) < 2:
        raise InputError("Name at least two candidates to compare.")
    async with kit.store.session() as session:
        scope = await resolve_scope(session, ctx)
        profiles, notes = await _profiles(session, scope, candidates[:MAX_COMPARED], job_id)
    if len(candidates) > MAX_COMPARED:
        notes.append(f"Compared the first {MAX_COMPARED} candidates named.")
    rows = [
        ["Location", *[p.location or "—" for p in profiles]],
        ["Experience", *[f"{p.total_years:.1f} y" if p.total_years else "—" for p in profiles]],
        ["Latest role", *[p.experience[0] if p.experience else "—" for p in profiles]],
        ["Education", *[p.education[0] if p.education else "—" for p in profiles]],
        *_skills_row(profiles),
        *_application_rows(profiles, job_id),
    ]
    columns = ["", *[f"{p.name} ({p.id})" for p in profiles]]
    return Comparison(candidates=profiles, columns=columns, rows=rows, notes=notes)
