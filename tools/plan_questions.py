"""This candidate's questions: the job's design, bent toward their resume's gaps and claims.

For each technical question of the design, on skill S:

- the resume does not show S (not among its parsed skills, not named on any
  line) → a gap probe: what have they done with S or something close;
- the resume makes a claim about S (the best line naming S: one with years
  counts most, then numbers, then an action verb) → a deep dive on that
  claim, `probes_claim` set to the line;
- otherwise the design's question stays.

Behavioural and custom questions stay as designed (custom ones verbatim).
With a free slot, one more question goes deeper on the resume's strongest
project line that no question probes yet. Never more than MAX_QUESTIONS,
and the same inputs always give the same plan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from core.interview import InterviewDesign, InterviewQuestion
from core.resume import ParsedResume
from tools.answer_text import shorten
from tools.interview_design import MAX_QUESTIONS, TECHNICAL_SECONDS, load_bank, slug
from tools.taxonomy import Taxonomy

CLAIM_CHARS = 110
PROJECT_DIMENSION = "Ownership & collaboration"
YEARS_RE = re.compile(r"\b\d+(?:\.\d+)?\s*\+?\s*(?:years?|yrs?)\b", re.IGNORECASE)
NUMBER_RE = re.compile(r"\d")
ACTION_RE = re.compile(
    r"\b(?:built|led|ran|designed|migrated|launched|shipped|created|developed|implemented|"
    r"architected|managed|owned|scaled|automated|reduced|improved|introduced|maintained|"
    r"deployed|operated|running|building|leading)\b",
    re.IGNORECASE,
)
LIST_LINE_RE = re.compile(r"^\s*(?:skills?|technologies|tools|tech stack|languages)\b", re.I)


@dataclass(frozen=True)
class Claim:
    """A resume line that makes a claim, and how strong a claim it is."""

    line: str
    strength: int


def plan_questions(
    design: InterviewDesign,
    resume: ParsedResume | None,
    resume_lines: Sequence[str],
    *,
    taxonomy: Taxonomy | None = None,
) -> list[InterviewQuestion]:
    """The main questions for this candidate (at most 10, deterministic)."""
    questions = list(design.questions)[:MAX_QUESTIONS]
    if resume is None and not resume_lines:
        return questions
    bank = load_bank()
    shown = resume_skills(resume, resume_lines, taxonomy)
    used: set[str] = set()
    planned = [_adapt(q, shown, resume_lines, bank, taxonomy, used) for q in questions]
    if len(planned) < MAX_QUESTIONS:
        extra = _project_question(planned, resume_lines, bank, design)
        planned += [extra] if extra else []
    return planned


def resume_skills(
    resume: ParsedResume | None, lines: Sequence[str], taxonomy: Taxonomy | None
) -> set[str]:
    """Canonical skills the resume shows, lowercased (parsed, or named on a line)."""
    shown = {name.lower() for name in (resume.skill_names() if resume else [])}
    if taxonomy is not None:
        shown |= {m.name.lower() for line in lines for m in taxonomy.find(line)}
    return shown


def _adapt(
    question: InterviewQuestion,
    shown: set[str],
    lines: Sequence[str],
    bank: dict[str, Any],
    taxonomy: Taxonomy | None,
    used: set[str],
) -> InterviewQuestion:
    """Gap probe, claim deep dive, or the designed question unchanged.

    A resume line is probed once: two skills named on the same line would
    otherwise ask the candidate the same question twice.
    """
    skill = question.skill
    if question.kind != "technical" or not skill:
        return question
    claim = best_claim(skill, [line for line in lines if line.strip() not in used], taxonomy)
    if claim is None and not _shows(skill, shown, taxonomy):
        text = bank["gap_template"].format(skill=skill)
        return question.model_copy(update={"id": f"gap-{slug(skill)}", "text": text})
    if claim is None:
        return question
    text = bank["claim_templates"]["skill"].format(claim=_fragment(claim.line), skill=skill)
    used.add(claim.line.strip())
    update = {"id": f"claim-{slug(skill)}", "text": text, "probes_claim": claim.line.strip()}
    return question.model_copy(update=update)


def _shows(skill: str, shown: set[str], taxonomy: Taxonomy | None) -> bool:
    canonical = taxonomy.canonical(skill) if taxonomy else None
    return skill.lower() in shown or (canonical or "").lower() in shown


def best_claim(skill: str, lines: Sequence[str], taxonomy: Taxonomy | None) -> Claim | None:
    """The strongest resume line naming `skill` (ties: the earliest line)."""
    best: Claim | None = None
    for line in lines:
        if LIST_LINE_RE.match(line) or not names_skill(line, skill, taxonomy):
            continue
        claim = Claim(line, claim_strength(line))
        if claim.strength > 0 and (best is None or claim.strength > best.strength):
            best = claim
    return best


def names_skill(line: str, skill: str, taxonomy: Taxonomy | None) -> bool:
    """Does the line name the skill (any alias, when a taxonomy is given)?"""
    if taxonomy is not None:
        canonical = taxonomy.canonical(skill) or skill
        if any(m.name == canonical for m in taxonomy.find(line)):
            return True
    return re.search(rf"(?<!\w){re.escape(skill)}(?!\w)", line, re.IGNORECASE) is not None


def claim_strength(line: str) -> int:
    """Years claimed count 3, any number 1, an action verb 1; a bare mention 0."""
    return (
        3 * bool(YEARS_RE.search(line))
        + bool(NUMBER_RE.search(line))
        + bool(ACTION_RE.search(line))
    )


def _fragment(line: str) -> str:
    """The claim as quoted in a question: trimmed of bullets, not too long."""
    return shorten(line.strip().lstrip("-•*▪◦ ").rstrip("."), CLAIM_CHARS)


def _project_question(
    planned: Sequence[InterviewQuestion],
    lines: Sequence[str],
    bank: dict[str, Any],
    design: InterviewDesign,
) -> InterviewQuestion | None:
    """One deep dive on the strongest project line no question probes yet."""
    probed = {q.probes_claim for q in planned if q.probes_claim}
    candidates = [
        Claim(line, claim_strength(line))
        for line in lines
        if ACTION_RE.search(line) and line.strip() not in probed and not LIST_LINE_RE.match(line)
    ]
    if not candidates or not design.dimensions:
        return None
    best = max(candidates, key=lambda c: (c.strength, -lines.index(c.line)))
    names = [d.name for d in design.dimensions]
    dimension = PROJECT_DIMENSION if PROJECT_DIMENSION in names else names[0]
    return InterviewQuestion(
        id="claim-project",
        text=bank["claim_templates"]["project"].format(claim=_fragment(best.line)),
        kind="technical",
        dimension=dimension,
        probes_claim=best.line.strip(),
        seconds=TECHNICAL_SECONDS,
    )
