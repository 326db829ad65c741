"""A job's interview design, generated from its JobProfile: the same rubric for everyone.

Rules, in order:

- Custom questions (the recruiter's own) are asked verbatim, all of them,
  after the generated ones; more than MAX_QUESTIONS is an error.
- The rest of the MAX_QUESTIONS slots are shared: behavioural questions get
  max(2, slots // 3) (at most the bank's size), technical questions one per
  required skill in the job's order (most important first; preferred skills
  when none are required), and slots technical questions cannot fill go back
  to behavioural ones.
- Rubric: a "Technical depth: <skill>" dimension (weight 1.5) for each of the
  first KEY_SKILLS technical skills, "Technical breadth" (1.0) for the rest,
  plus the behavioural dimensions the chosen questions feed (Problem solving
  1.0, Communication 0.75, Ownership & collaboration 1.0) and one dimension
  per custom question dimension not already there (1.0). Every dimension has
  written anchors for a 1 and a 5.
- Knockouts are pass/fail, kept apart from the main questions, and never end
  the interview by themselves (the scorecard flags them for a person).

The question bank is `tools/data/interview_bank.json`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core.errors import InputError
from core.interview import InterviewDesign, InterviewQuestion, RubricDimension
from core.job import JobProfile

BANK_PATH = Path(__file__).resolve().parent / "data" / "interview_bank.json"
MAX_QUESTIONS = 10
KEY_SKILLS = 3
MIN_BEHAVIOURAL = 2
TECHNICAL_SECONDS = 180
BEHAVIOURAL_SECONDS = 240
KNOCKOUT_SECONDS = 60


def load_bank(path: Path | None = None) -> dict[str, Any]:
    """The question bank: templates, behavioural questions, rubric anchors."""
    return json.loads((path or BANK_PATH).read_text(encoding="utf-8"))


def slug(text: str) -> str:
    """An id-friendly form of a skill or competency name."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "item"


def design_interview(
    job: JobProfile,
    *,
    job_id: str,
    custom: Sequence[InterviewQuestion] = (),
    knockouts: Sequence[InterviewQuestion] = (),
) -> InterviewDesign:
    """The default interview for a job: rubric, up to 10 questions, knockouts."""
    if len(custom) > MAX_QUESTIONS:
        raise InputError(f"At most {MAX_QUESTIONS} custom questions fit one interview.")
    bank = load_bank()
    skills = job_skills(job)
    technical, behavioural = allocate(len(custom), len(skills), len(bank["behavioural"]))
    questions = [
        *technical_questions(skills[:technical], bank),
        *behavioural_questions(behavioural, bank),
        *custom_questions(custom),
    ]
    return InterviewDesign(
        job_id=job_id,
        dimensions=rubric(questions, bank),
        questions=questions,
        knockouts=knockout_questions(knockouts),
    )


def job_skills(job: JobProfile) -> list[str]:
    """Required skills in the job's order (preferred ones when none are required)."""
    skills = job.required_skills or job.preferred_skills
    return list(dict.fromkeys(skill for skill in skills if skill.strip()))


def allocate(custom: int, skills: int, bank_size: int) -> tuple[int, int]:
    """How many technical and behavioural questions fill the free slots."""
    free = MAX_QUESTIONS - custom
    if free <= 0:
        return 0, 0
    behavioural = min(bank_size, free, max(MIN_BEHAVIOURAL, free // 3))
    technical = min(skills, free - behavioural)
    behavioural = min(bank_size, free - technical)
    return technical, behavioural


def technical_dimension(position: int, skill: str) -> str:
    """The dimension a technical question on the `position`-th skill feeds."""
    return f"Technical depth: {skill}" if position < KEY_SKILLS else "Technical breadth"


def technical_questions(skills: Sequence[str], bank: dict[str, Any]) -> list[InterviewQuestion]:
    """One question per skill, the templates taken in turn."""
    templates = bank["technical_templates"]
    return [
        InterviewQuestion(
            id=f"tech-{slug(skill)}",
            text=templates[i % len(templates)].format(skill=skill),
            kind="technical",
            dimension=technical_dimension(i, skill),
            skill=skill,
            seconds=TECHNICAL_SECONDS,
        )
        for i, skill in enumerate(skills)
    ]


def behavioural_questions(count: int, bank: dict[str, Any]) -> list[InterviewQuestion]:
    """The first `count` competencies of the bank (ordered to cover every dimension early)."""
    return [
        InterviewQuestion(
            id=f"beh-{entry['competency']}",
            text=entry["text"],
            kind="behavioural",
            dimension=entry["dimension"],
            seconds=BEHAVIOURAL_SECONDS,
        )
        for entry in bank["behavioural"][:count]
    ]


def custom_questions(custom: Sequence[InterviewQuestion]) -> list[InterviewQuestion]:
    """The recruiter's questions, verbatim, with unique ids."""
    seen: set[str] = set()
    out: list[InterviewQuestion] = []
    for i, question in enumerate(custom, start=1):
        qid = question.id if question.id and question.id not in seen else f"custom-{i}"
        seen.add(qid)
        out.append(question.model_copy(update={"id": qid, "kind": "custom"}))
    return out


def knockout_questions(knockouts: Sequence[InterviewQuestion]) -> list[InterviewQuestion]:
    """Pass/fail questions; a short default time unless one was set."""
    out = []
    for i, question in enumerate(knockouts, start=1):
        update: dict[str, Any] = {"kind": "knockout", "id": question.id or f"knockout-{i}"}
        if "seconds" not in question.model_fields_set:
            update["seconds"] = KNOCKOUT_SECONDS
        out.append(question.model_copy(update=update))
    return out


def rubric(questions: Sequence[InterviewQuestion], bank: dict[str, Any]) -> list[RubricDimension]:
    """One dimension per dimension name the questions use, in first-use order."""
    specs = bank["dimensions"]
    dimensions: dict[str, RubricDimension] = {}
    for question in questions:
        if question.dimension not in dimensions:
            dimensions[question.dimension] = _dimension(question, specs)
    return list(dimensions.values())


def _dimension(question: InterviewQuestion, specs: dict[str, Any]) -> RubricDimension:
    """The written anchors for the dimension a question feeds."""
    name = question.dimension
    if question.kind == "technical" and name.startswith("Technical depth"):
        spec = {
            k: v.format(skill=question.skill)
            for k, v in specs["technical_depth"].items()
            if isinstance(v, str)
        }
        return RubricDimension(weight=specs["technical_depth"]["weight"], **spec)
    if name == "Technical breadth":
        return RubricDimension(**specs["technical_breadth"])
    if name in specs:
        return RubricDimension(**specs[name])
    return RubricDimension(name=name, **specs["custom"])
