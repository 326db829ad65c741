"""Evidence for recruiter answers: each claim about a candidate with its source.

A claim cites the resume line it rests on (quoted as data, never followed as
an instruction), the match score with the scorer and weights versions that
produced it, or the interview scorecard with a quote from the transcript.
The same builders describe why a near-miss failed a condition, so they state
the value found, not just that a test passed.
"""

from __future__ import annotations

import re

from core.recruiter import CandidateQuery, SkillFilter
from core.resume import EducationEntry, ExperienceEntry, ParsedResume
from store.models import Application, MatchScoreRow, ScorecardRow
from store.repositories.search import DEGREE_WORDS
from tools.match_evidence import literal_pattern
from tools.taxonomy import Taxonomy

MAX_QUOTE = 160
_BULLET = re.compile(r"^\s*(?:[-*•·‣◦▪–—]|\d{1,2}[.)])\s+")


def quote(text: str, limit: int = MAX_QUOTE) -> str:
    """Resume or transcript text as a quotation: one line, bounded, in quote marks."""
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rsplit(" ", 1)[0] + "…"
    return f"“{flat}”"


def role(entry: ExperienceEntry) -> str:
    """"Senior Engineer at Acme (2019-03 – present)"."""
    head = " at ".join(part for part in (entry.title, entry.company) if part) or "a role"
    end = "present" if entry.current else (entry.end or "?")
    dates = f" ({entry.start or '?'} – {end})" if entry.start or entry.end or entry.current else ""
    return head + dates


def _lines(entry: ExperienceEntry) -> list[str]:
    """The title and the description lines of a role, bullets removed."""
    lines = [_BULLET.sub("", line).strip() for line in entry.description.splitlines()]
    return [line for line in (entry.title or "", *lines) if line]


def skill_line(resume: ParsedResume, name: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """(line, role) of the first line of work experience that names the skill."""
    pattern = literal_pattern(name)
    for entry in resume.experience:
        for line in _lines(entry):
            if pattern.search(line) or any(m.name == name for m in taxonomy.find(line)):
                return line, role(entry)
    return None


def skill_claim(
    resume: ParsedResume, skill: SkillFilter, taxonomy: Taxonomy
) -> tuple[str, str]:
    """(claim, cell) for a skill: the years and the line of work that shows it."""
    entry = next((s for s in resume.skills if s.name == skill.name), None)
    if entry is None:
        return f"{skill.name}: not on the resume", "—"
    years = f"{entry.years:.1f} years" if entry.years is not None else "years not dated"
    found = skill_line(resume, skill.name, taxonomy)
    if found is None:
        return f"{skill.name}: {years} — listed in the resume's skills", _years_cell(entry.years)
    line, where = found
    return f"{skill.name}: {years} — {quote(line)} ({where})", _years_cell(entry.years)


def _years_cell(years: float | None) -> str:
    return "listed" if years is None else f"{years:.1f} y"


def years_claim(resume: ParsedResume) -> tuple[str, str]:
    """(claim, cell) for total experience, with the span of dated roles behind it."""
    total = resume.total_years_experience
    if total is None:
        return "Total experience: not dated on the resume", "—"
    starts = [e.start for e in resume.experience if e.start]
    since = f" (roles since {min(starts)})" if starts else ""
    return f"Total experience: {total:.1f} years{since}", f"{total:.1f}"


def employer_claim(resume: ParsedResume, query: CandidateQuery) -> tuple[str, str]:
    """(claim, cell) for the role at the asked-for employer (or the employers held)."""
    phrase = (query.employer or "").casefold()
    for entry in resume.experience:
        if phrase and phrase in (entry.company or "").casefold():
            when = "works" if entry.current else "worked"
            return f"{when.capitalize()} at {entry.company}: {role(entry)}", entry.company or ""
    held = ", ".join(dict.fromkeys(e.company for e in resume.experience if e.company))
    return f"Employers on the resume: {held or 'none named'}", "—"


def title_claim(resume: ParsedResume, query: CandidateQuery) -> tuple[str, str]:
    """(claim, cell) for the role whose title holds the asked-for phrase."""
    phrase = (query.title or "").casefold()
    for entry in resume.experience:
        if phrase and phrase in (entry.title or "").casefold():
            return f"Title: {role(entry)}", entry.title or ""
    titles = "; ".join(e.title for e in resume.experience if e.title)
    return f"Titles on the resume: {titles or 'none'}", "—"


def education_claim(resume: ParsedResume, query: CandidateQuery) -> tuple[str, str]:
    """(claim, cell) for the degree that meets the education filter (or all degrees)."""
    field = (query.education_field or "").casefold()
    for entry in resume.education:
        level_ok = not query.education_level or _has_level(entry, query.education_level)
        field_ok = not field or field in (entry.field or "").casefold()
        if level_ok and field_ok:
            return f"Education: {degree_text(entry)}", entry.degree or ""
    listed = "; ".join(degree_text(e) for e in resume.education)
    return f"Education on the resume: {listed or 'none'}", "—"


def _has_level(entry: EducationEntry, level: str) -> bool:
    """The entry's level, or for an entry read before levels were kept, its degree's words."""
    if entry.degree_level:
        return entry.degree_level == level
    degree = (entry.degree or "").casefold()
    return any(word in degree for word in DEGREE_WORDS.get(level, ()))


def degree_text(entry: EducationEntry) -> str:
    """"Master of Science in Statistics, University of Toronto"."""
    parts = (entry.degree_and_field(), entry.institution)
    return ", ".join(part for part in parts if part) or "a degree"


def location_claim(
    location: str | None, resume: ParsedResume, remote: bool
) -> tuple[str, str]:
    """(claim, cell) for where the candidate lives, or their current remote role."""
    if remote and not (location and "remote" in location.casefold()):
        for entry in resume.experience:
            if entry.current and "remote" in (entry.location or "").casefold():
                return f"Works remotely now: {role(entry)} ({entry.location})", "remote"
    return f"Location: {location or 'not given'} (resume header)", location or "—"


def score_claim(job_title: str, score: MatchScoreRow | None) -> tuple[str, str]:
    """(claim, cell) for a match score, with the versions that produced it."""
    if score is None:
        return f"Match for {job_title}: not scored yet", "—"
    stale = ", stale: inputs changed since" if score.stale else ""
    claim = (
        f"Match {score.overall:.1f}/100 for {job_title} "
        f"({score.scorer_version}, weights {score.weights_version}{stale})"
    )
    return claim, f"{score.overall:.1f}"


def stage_claim(job_title: str, application: Application) -> tuple[str, str]:
    """(claim, cell) for an application's stage and since when."""
    last = application.stage_history[-1] if application.stage_history else {}
    since = f" since {str(last.get('at', ''))[:10]}" if last.get("at") else ""
    by = f" (by {last['by']})" if last.get("by") else ""
    return f"Stage {application.stage} for {job_title}{since}{by}", application.stage


def applied_claim(job_title: str, application: Application) -> tuple[str, str]:
    """(claim, cell) for when the candidate applied."""
    day = application.applied_at.date().isoformat()
    return f"Applied to {job_title} on {day}", day


def interview_claim(
    job_title: str, card: ScorecardRow | None, dimension: str | None
) -> tuple[str, str]:
    """(claim, cell) for an interview scorecard, quoting the transcript where it can."""
    if card is None:
        return f"Interview for {job_title}: no scorecard yet", "—"
    overall = "—" if card.overall is None else f"{card.overall:.1f}"
    claim = f"Interview {overall}/5 for {job_title} ({card.brain} brain"
    claim += f", {card.recommendation})" if card.recommendation else ")"
    chosen = _dimension(card, dimension)
    if chosen is None:
        return claim, overall
    score = chosen.get("score")
    evidence = chosen.get("evidence") or []
    said = ""
    if evidence and isinstance(evidence[0], dict) and evidence[0].get("quote"):
        said = f" — {quote(evidence[0]['quote'])} (turn {evidence[0].get('turn', '?')})"
    claim += f"; {chosen.get('name')} {score}{said}"
    return claim, f"{score}" if dimension else overall


def _dimension(card: ScorecardRow, wanted: str | None) -> dict | None:
    """The scorecard dimension asked about, else the best-scored one."""
    dimensions = [d for d in card.dimensions if isinstance(d, dict)]
    if wanted:
        return next((d for d in dimensions if wanted.casefold() in str(d.get("name")).casefold()),
                    None)
    scored = [d for d in dimensions if d.get("score") is not None]
    return max(scored, key=lambda d: d["score"], default=None)
