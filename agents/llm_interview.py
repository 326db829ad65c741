"""The llm interview brain: `InterviewBrain` on a model, with the offline brain inside.

Plans, assesses and scores through `agents.llm_interview_plan`, `…_assess`
and `…_score`; each starts from the offline brain's result (which decides
everything the software must decide) and falls back to it whenever the
model cannot give a usable, grounded answer. The interview graph takes it
like any `InterviewBrain` and never knows which brain answered, except from
`Scorecard.brain` and the trace.

`for_interview` gives a copy that accounts usage to one interview and knows
the candidate's contact details, so they are redacted from answers too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from agents.interview_brain import InterviewBrain
from agents.llm_interview_assess import assess_with_llm
from agents.llm_interview_plan import plan_with_llm
from agents.llm_interview_score import score_with_llm
from agents.llm_role import RoleContext
from agents.redaction import KnownPii, Redactor
from agents.usage import UsageScope
from core.interview import (
    AnswerAssessment,
    InterviewDesign,
    InterviewQuestion,
    Scorecard,
    TranscriptTurn,
)
from core.resume import ParsedResume
from tools.taxonomy import Taxonomy

INTERVIEW_ROLES = frozenset({"interview_planning", "answer_assessment", "interview_scoring"})
"""The interview roles; `roles` names those the model plays (the rest stay offline)."""


@dataclass(frozen=True)
class LlmInterviewBrain:
    """Plans, assesses and scores with a model; the offline brain is the fallback."""

    context: RoleContext
    offline: InterviewBrain
    taxonomy: Taxonomy
    max_follow_ups: int = 2
    known: KnownPii = field(default_factory=KnownPii)
    roles: frozenset[str] = INTERVIEW_ROLES
    name: str = "llm"

    def for_interview(
        self, scope: UsageScope, resume: ParsedResume | None = None
    ) -> LlmInterviewBrain:
        """A copy accounting to `scope` and redacting this candidate's contact details."""
        return replace(self, context=self.context.scoped(scope),
                       known=KnownPii.of_resume(resume) if resume else self.known)

    def _context(self, design: InterviewDesign | None = None) -> RoleContext:
        scope = self.context.scope
        if design is not None and scope.job_id is None:
            scope = scope.model_copy(update={"job_id": design.job_id})
        return self.context.scoped(scope)

    def _redactor(self, resume: ParsedResume | None = None) -> Redactor:
        return Redactor(self.known.merge(KnownPii.of_resume(resume)))

    def plan(
        self, design: InterviewDesign, resume: ParsedResume | None, resume_lines: list[str]
    ) -> list[InterviewQuestion]:
        """The offline plan, with questions worded for this candidate where acceptable."""
        planned = self.offline.plan(design, resume, resume_lines)
        if "interview_planning" not in self.roles:
            return planned
        return plan_with_llm(self._context(design), self._redactor(resume), planned, design,
                             resume_lines, self.taxonomy)

    def assess(
        self, question: InterviewQuestion, answer: str, *, follow_ups_asked: int
    ) -> AnswerAssessment:
        """The model's judgement; knockouts and the follow-up budget stay with the software."""
        baseline = self.offline.assess(question, answer, follow_ups_asked=follow_ups_asked)
        if question.kind == "knockout" or "answer_assessment" not in self.roles:
            return baseline
        return assess_with_llm(
            self._context(), self._redactor(), question, answer, baseline,
            follow_up_allowed=follow_ups_asked < self.max_follow_ups, taxonomy=self.taxonomy,
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
        """The offline scorecard, re-judged by the model where its quotes are grounded."""
        extra = {"answer_seconds": answer_seconds} if answer_seconds is not None else {}
        offline = self.offline.score(design, questions, transcript, resume, resume_lines,
                                     low_confidence_turns=low_confidence_turns, **extra)
        if "interview_scoring" not in self.roles:
            return offline
        return score_with_llm(self._context(design), self._redactor(resume), design, transcript,
                              offline, low_confidence_turns=low_confidence_turns)
