"""Question planning with a model: the offline plan, worded for this candidate.

The offline planner decides which questions are asked (ids, kinds, rubric
dimensions, skills, claims probed). The model only rewrites the text of
technical and behavioural questions to fit the resume; custom and knockout
questions are asked verbatim. A rewrite is refused (the offline text kept)
when it names an unknown id, is empty or too long, or touches a protected
trait (age, family, health, religion, origin…).
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from agents.llm_guards import SourceText, ungrounded_employers
from agents.llm_role import Fallback, RoleContext
from agents.llm_runtime import LlmTask
from agents.llm_tools import resume_claims_tool
from agents.redaction import Redactor
from core.interview import InterviewDesign, InterviewQuestion
from prompts.llm_interview import QUESTION_PLANNING
from tools.taxonomy import Taxonomy

ROLE = "interview_planning"
ADAPTABLE = ("technical", "behavioural")
MAX_QUESTION_CHARS = 400
PROTECTED = re.compile(
    r"\b(?:how old|your age|born|married|marital|children|kids|pregnan\w*|religio\w*|church"
    r"|mosque|nationality|ethnic\w*|race|disabilit\w*|health|sexual\w*|gender|spouse"
    r"|husband|wife|girlfriend|boyfriend)\b",
    re.IGNORECASE,
)


class PlannedText(BaseModel):
    """A question's id and its new text."""

    id: str
    text: str


class PlannedQuestions(BaseModel):
    """The model's answer: new texts by question id."""

    questions: list[PlannedText] = Field(default_factory=list)


def acceptable(text: str) -> bool:
    """A rewrite that may be asked: non-empty, short, and clear of protected traits."""
    text = text.strip()
    return bool(text) and len(text) <= MAX_QUESTION_CHARS and not PROTECTED.search(text)


def _question_lines(questions: list[InterviewQuestion]) -> str:
    return "\n".join(f"{q.id} | {q.kind} | {q.skill or '-'} | {q.text}" for q in questions)


def plan_with_llm(
    context: RoleContext,
    redactor: Redactor,
    planned: list[InterviewQuestion],
    design: InterviewDesign,
    resume_lines: list[str],
    taxonomy: Taxonomy,
) -> list[InterviewQuestion]:
    """The offline plan with adaptable questions reworded where the rewrite is acceptable."""
    adaptable = [q for q in planned if q.kind in ADAPTABLE]
    if not adaptable:
        return planned
    reply = context.ask(LlmTask(
        role=ROLE, prompt=QUESTION_PLANNING, schema=PlannedQuestions,
        values={"job_title": design.job_id, "dimensions": ", ".join(d.name for d in
                                                                     design.dimensions),
                "questions": _question_lines(adaptable), "resume": "\n".join(resume_lines)},
        redactor=redactor, scope=context.scope, tools=[resume_claims_tool(resume_lines, taxonomy)],
        shrink="resume",
    ))
    if isinstance(reply, Fallback) or not isinstance(reply.data, PlannedQuestions):
        return planned
    allowed = {q.id for q in adaptable}
    source = SourceText("\n".join([*resume_lines, *(q.text for q in planned)]))
    texts: dict[str, str] = {}
    for item in reply.data.questions:
        dropped = ungrounded_employers(item.text, source)
        if item.id in allowed and acceptable(item.text) and not dropped:
            texts[item.id] = item.text.strip()
        else:
            context.dropped(ROLE, dropped)
            context.guard(ROLE, f"rewrite of {item.id!r} refused")
    return [q.model_copy(update={"text": texts[q.id]}) if q.id in texts else q for q in planned]
