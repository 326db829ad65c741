"""Answer assessment and follow-ups with a model, inside the software's budget.

The model judges the answer (score, specific, complete, on topic, reasons)
and may word a follow-up; whether a follow-up may be asked at all is the
software's decision (the budget), and a follow-up touching a protected trait
is dropped. The offline assessment is the baseline shown to the model and
the fallback.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from agents.llm_guards import SourceText, ungrounded_employers
from agents.llm_interview_plan import acceptable
from agents.llm_role import Fallback, RoleContext
from agents.llm_runtime import LlmTask
from agents.llm_tools import lookup_skill_tool
from agents.redaction import Redactor
from core.interview import AnswerAssessment, InterviewQuestion
from prompts.llm_interview import ANSWER_ASSESSMENT
from tools.taxonomy import Taxonomy

ROLE = "answer_assessment"
MAX_REASONS = 4


class AssessmentOut(BaseModel):
    """The model's judgement of one answer."""

    score: int = Field(..., ge=1, le=5)
    specific: bool
    complete: bool
    on_topic: bool
    follow_up: str | None = None
    reasons: list[str] = Field(default_factory=list)


def _baseline(assessment: AnswerAssessment) -> str:
    return f"score {assessment.score}; " + "; ".join(assessment.reasons)


def assess_with_llm(
    context: RoleContext,
    redactor: Redactor,
    question: InterviewQuestion,
    answer: str,
    baseline: AnswerAssessment,
    *,
    follow_up_allowed: bool,
    taxonomy: Taxonomy,
) -> AnswerAssessment:
    """The model's assessment, or the baseline when the model cannot give one."""
    reply = context.ask(LlmTask(
        role=ROLE, prompt=ANSWER_ASSESSMENT, schema=AssessmentOut,
        values={"kind": question.kind, "skill": f", skill: {question.skill}" if question.skill
                else "", "question": question.text, "answer": answer,
                "follow_up_allowed": "allowed" if follow_up_allowed else "not allowed",
                "baseline": _baseline(baseline)},
        redactor=redactor, scope=context.scope,
        tools=[lookup_skill_tool(taxonomy, for_answers=True)], shrink="answer",
    ))
    if isinstance(reply, Fallback) or not isinstance(reply.data, AssessmentOut):
        return baseline
    judged = reply.data
    follow_up = (judged.follow_up or "").strip() or None
    source = SourceText(f"{question.text}\n{question.ideal_answer or ''}\n{answer}")
    dropped = ungrounded_employers(follow_up or "", source)
    if follow_up and (dropped or not (follow_up_allowed and acceptable(follow_up))):
        context.dropped(ROLE, dropped)
        context.guard(ROLE, "follow-up dropped (budget spent, ungrounded or not acceptable)")
        follow_up = None
    return AnswerAssessment(
        score=judged.score, specific=judged.specific, complete=judged.complete,
        on_topic=judged.on_topic, follow_up=follow_up,
        reasons=[r for r in judged.reasons if r.strip()][:MAX_REASONS] or baseline.reasons,
    )
