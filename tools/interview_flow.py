"""Small decisions of the interview flow, kept apart from the graph that wires them.

Pure functions over the transcript records and the planned questions: what
to say next, which answers belong to a question, what a closing reply gets.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from core.interview import AnswerAssessment, InterviewDesign, InterviewQuestion
from prompts import interview_script as script
from tools.interview_turns import Draft, TurnRecord


def question_draft(question: InterviewQuestion) -> Draft:
    """A main question, asked as planned (custom questions verbatim)."""
    return Draft(kind="question", text=question.text, question_id=question.id)


def follow_up_draft(question: InterviewQuestion, text: str) -> Draft:
    """A follow-up on the current question."""
    return Draft(kind="follow_up", text=text, question_id=question.id)


def repeat_draft(question: InterviewQuestion) -> Draft:
    """Asking again after an answer that could not be understood (not a follow-up)."""
    return Draft(
        kind="question",
        text=script.REPEAT_REQUEST.format(question=question.text),
        question_id=question.id,
    )


def consent_draft(job_title: str, *, again: bool = False) -> Draft:
    """The AI disclosure and consent question (or the plainer second ask)."""
    text = script.CONSENT_UNCLEAR if again else script.DISCLOSURE_AND_CONSENT.format(job=job_title)
    return Draft(kind="consent", text=text, question_id=None)


def closing_draft(text: str) -> Draft:
    """A closing line from Scout."""
    return Draft(kind="closing", text=text, question_id=None)


def is_low_confidence(turn: TurnRecord, min_confidence: float) -> bool:
    """A spoken answer whose transcription is too unsure to assess or to quote."""
    confidence = turn["confidence"]
    return confidence is not None and confidence < min_confidence


def answers_to(turns: Iterable[TurnRecord], question_id: str, *, skip: Iterable[int] = ()) -> str:
    """Everything the candidate said on one question (with follow-ups), unsure turns left out."""
    skipped = set(skip)
    return "\n".join(
        t["text"]
        for t in turns
        if t["speaker"] == "candidate"
        and t["kind"] == "answer"
        and t["question_id"] == question_id
        and t["seq"] not in skipped
        and t["text"]
    )


def wants_follow_up(assessment: AnswerAssessment, follow_ups: int, budget: int) -> bool:
    """A follow-up is asked when the brain proposes one and the budget allows it."""
    return bool(assessment.follow_up) and follow_ups < budget


def with_knockouts(
    planned: list[InterviewQuestion], design: InterviewDesign
) -> list[InterviewQuestion]:
    """The planned questions plus any knockout question the plan left out (asked last)."""
    known = {q.id for q in planned}
    return [*planned, *(q for q in design.knockouts if q.id not in known)]


def dimension_names(design: dict[str, Any] | None) -> str:
    """The rubric dimensions, for telling the candidate what is assessed."""
    if not design:
        return "the job's rubric"
    names = [d["name"] for d in design.get("dimensions", [])]
    return ", ".join(names) or "the job's rubric"


def next_seq(turns: list[TurnRecord]) -> int:
    """The seq of the next turn: seqs run 1, 2, 3... with no gaps."""
    return len(turns) + 1

