"""Skill coverage: how many of the job's required (or preferred) skills a resume shows.

A resume "has" a skill when its parsed skills list names it, or when its work
experience, headline or summary mentions it (parsers miss skills written only
in prose, and the recruiter would count those). A spoken language the job
requires ("English") counts when the resume lists it among its languages.
Names are compared in their canonical form, case-insensitively. A group of
alternatives ("Vitest or Jest") is one ask, met by any member (`match_asks`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.resume import ParsedResume
from tools.match_asks import SkillAsk
from tools.match_evidence import EvidenceFinder, literal_pattern, mentions, skill_key
from tools.match_result import DimensionResult, clamp_score, not_applicable

if TYPE_CHECKING:
    from tools.taxonomy import Taxonomy


def _prose(resume: ParsedResume) -> list[str]:
    """The resume's own words about its work: descriptions, headline, summary."""
    texts = [entry.description for entry in resume.experience if entry.description]
    texts += [entry.title for entry in resume.experience if entry.title]
    return texts + [t for t in (resume.headline, resume.summary) if t]


def _language_name(language: str) -> str:
    """"German (B2)" → "German": the level does not decide whether it is held."""
    return language.split("(")[0].split(" - ")[0].split(":")[0].strip()


def held_skills(
    resume: ParsedResume, wanted: list[str], taxonomy: Taxonomy | None
) -> set[str]:
    """Keys of the `wanted` skills that the resume shows."""
    names = resume.skill_names() + [_language_name(lang) for lang in resume.languages]
    listed = {skill_key(name) for name in names}
    if taxonomy is not None:
        listed |= {skill_key(taxonomy.canonical(n) or n) for n in names}
    prose = _prose(resume)
    found: set[str] = set()
    for text in prose:
        found |= {key for key, _, _ in mentions(text, taxonomy)}
    held: set[str] = set()
    for name in wanted:
        key = skill_key(name)
        if key in listed or key in found or any(literal_pattern(name).search(t) for t in prose):
            held.add(key)
    return held


def _ask_evidence(ask: SkillAsk, held: set[str], finder: EvidenceFinder) -> str:
    """The quote for a met ask; for a group, of the member the resume shows."""
    shown = next(n for n in ask.names if skill_key(n) in held)
    quote = finder.evidence(shown)
    return quote if len(ask.names) == 1 else f"{quote} (one of {', '.join(ask.names)})"


def skill_dimension(
    name: str,
    kind: str,
    asks: list[SkillAsk],
    held: set[str],
    finder: EvidenceFinder,
    set_aside: list[SkillAsk] | None = None,
) -> DimensionResult:
    """Coverage of one list of asks (`kind` is "required" or "preferred").

    A group of alternatives is one ask, met by any of its skills. Asks
    `set_aside` (soft skills, `match_asks.interview_only`) are named in the
    evidence and not counted.
    """
    aside = _set_aside_note(set_aside or [])
    if not asks:
        return not_applicable(name, f"job lists no {kind} skills{aside and ' to score'}{aside}")
    matched = [a for a in asks if a.met(held)]
    missing = [a for a in asks if not a.met(held)]
    evidence = [_ask_evidence(a, held, finder) for a in matched]
    evidence += [f"missing {kind} skill: {a.label}" for a in missing]
    evidence += [aside.removeprefix("; ")] if aside else []
    summary = f"{len(matched)} of {len(asks)} {kind} skills"
    if matched:
        labels = [a.label for a in matched]
        summary += f" ({', '.join(labels[:4])}{', …' if len(labels) > 4 else ''})"
    return DimensionResult(
        name, clamp_score(100.0 * len(matched) / len(asks)), tuple(evidence), summary=summary
    )


def _set_aside_note(asks: list[SkillAsk]) -> str:
    """"; left to the interview: Teamwork, Attention to Detail", or "" when none."""
    if not asks:
        return ""
    return "; left to the interview: " + ", ".join(a.label for a in asks)
