"""Skill coverage: how many of the job's required (or preferred) skills a resume shows.

A resume "has" a skill when its parsed skills list names it, or when its work
experience, headline or summary mentions it (parsers miss skills written only
in prose, and the recruiter would count those). A spoken language the job
requires ("English") counts when the resume lists it among its languages.
Names are compared in their canonical form, case-insensitively.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.resume import ParsedResume
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


def skill_dimension(
    name: str,
    kind: str,
    wanted: list[str],
    held: set[str],
    finder: EvidenceFinder,
) -> DimensionResult:
    """Coverage of one list of skills (`kind` is "required" or "preferred")."""
    if not wanted:
        return not_applicable(name, f"job lists no {kind} skills")
    matched = [s for s in wanted if skill_key(s) in held]
    missing = [s for s in wanted if skill_key(s) not in held]
    evidence = [finder.evidence(s) for s in matched]
    evidence += [f"missing {kind} skill: {s}" for s in missing]
    summary = f"{len(matched)} of {len(wanted)} {kind} skills"
    if matched:
        summary += f" ({', '.join(matched[:4])}{', …' if len(matched) > 4 else ''})"
    return DimensionResult(
        name, clamp_score(100.0 * len(matched) / len(wanted)), tuple(evidence), summary=summary
    )
