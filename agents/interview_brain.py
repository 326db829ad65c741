"""The interview roles every brain implements: plan, assess, score.

The interview graph calls these and never knows which brain answers: the
offline brain (rules, taxonomy, embeddings) or an llm brain later. Return
types are the contracts in `core.interview`.
"""

from __future__ import annotations

from typing import Protocol

from core.interview import (
    AnswerAssessment,
    InterviewDesign,
    InterviewQuestion,
    Scorecard,
    TranscriptTurn,
)
from core.resume import ParsedResume


class InterviewBrain(Protocol):
    """Plans questions, assesses answers (with follow-ups), scores interviews."""

    name: str

    def plan(
        self, design: InterviewDesign, resume: ParsedResume | None, resume_lines: list[str]
    ) -> list[InterviewQuestion]:
        """This candidate's main questions: the job's rubric plus their resume's gaps and claims."""
        ...

    def assess(
        self, question: InterviewQuestion, answer: str, *, follow_ups_asked: int
    ) -> AnswerAssessment:
        """Judge one answer; `follow_up` is set when the answer is thin and the budget allows."""
        ...

    def score(
        self,
        design: InterviewDesign,
        questions: list[InterviewQuestion],
        transcript: list[TranscriptTurn],
        resume: ParsedResume | None,
        resume_lines: list[str],
        *,
        low_confidence_turns: frozenset[int] = frozenset(),
        answer_seconds: dict[int, float] | None = None,
    ) -> Scorecard:
        """Score every rubric dimension 1–5 with quotes from the transcript.

        `answer_seconds` (turn → seconds taken) only feeds integrity flags for
        a human; it never changes a score.
        """
        ...
