"""The offline interview brain: rules, the skills taxonomy and MiniLM embeddings.

Implements `agents.interview_brain.InterviewBrain` by delegating to the
tools (`plan_questions`, `assess_answer`, `score_interview`); it holds the
embedder and taxonomy the caller built once, and nothing else. Knockout
questions are judged pass/fail and never get a follow-up.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.interview import (
    AnswerAssessment,
    InterviewDesign,
    InterviewQuestion,
    Scorecard,
    TranscriptTurn,
)
from core.resume import ParsedResume
from tools.answer_knockout import assess_knockout
from tools.answer_relevance import TextEmbedder
from tools.assess_answer import assess_answer
from tools.plan_questions import plan_questions
from tools.score_interview import score_interview
from tools.taxonomy import Taxonomy


class OfflineInterviewBrain:
    """Plans, assesses and scores interviews without any model service."""

    name = "offline"

    def __init__(
        self, embedder: TextEmbedder, taxonomy: Taxonomy, *, max_follow_ups: int = 2
    ) -> None:
        self._embedder = embedder
        self._taxonomy = taxonomy
        self.max_follow_ups = max_follow_ups

    def plan(
        self, design: InterviewDesign, resume: ParsedResume | None, resume_lines: list[str]
    ) -> list[InterviewQuestion]:
        """The job's questions adapted to this resume's gaps and claims."""
        return plan_questions(design, resume, resume_lines, taxonomy=self._taxonomy)

    def assess(
        self, question: InterviewQuestion, answer: str, *, follow_ups_asked: int
    ) -> AnswerAssessment:
        """Judge one answer; a follow-up only while the budget allows."""
        if question.kind == "knockout":
            return assess_knockout(question, answer)
        return assess_answer(
            question.text,
            answer,
            skill=question.skill,
            embedder=self._embedder,
            taxonomy=self._taxonomy,
            ideal_answer=question.ideal_answer,
            follow_ups_asked=follow_ups_asked,
            max_follow_ups=self.max_follow_ups,
            behavioural=True if question.kind == "behavioural" else None,
        )

    def score(
        self,
        design: InterviewDesign,
        questions: list[InterviewQuestion],
        transcript: list[TranscriptTurn],
        resume: ParsedResume | None,
        resume_lines: list[str],
        *,
        low_confidence_turns: frozenset[int] = frozenset(),
        answer_seconds: Mapping[int, float] | None = None,
    ) -> Scorecard:
        """The scorecard; `answer_seconds` (turn seq → seconds) enables timing flags."""
        return score_interview(
            design,
            questions,
            transcript,
            resume,
            resume_lines,
            embedder=self._embedder,
            taxonomy=self._taxonomy,
            low_confidence_turns=low_confidence_turns,
            answer_seconds=answer_seconds,
        )
