"""Score a finished (or stopped) interview against its rubric: the scorecard.

Each answered main question is assessed as one answer (main answer plus the
answers to its follow-ups) with `tools.assess_answer`; a rubric dimension's
score is the mean of the 1–5 scores of the questions that feed it, with the
best verbatim quotes as evidence. Overall, recommendation and summary come
from `tools.scorecard_verdict`, resume claims from `tools.scorecard_claims`,
flags from `tools.scorecard_flags` (flags never change a score).

Insufficient evidence — no number, no recommendation — when no answer can be
used: none given, all empty, all from low-confidence transcripts, or too
short (fewer than MIN_TOTAL_WORDS words in all, or no answer of at least
MIN_ANSWER_WORDS words).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import zip_longest

from core.interview import (
    AnswerAssessment,
    InterviewDesign,
    InterviewQuestion,
    RubricDimension,
    Scorecard,
    ScorecardDimension,
    TranscriptTurn,
)
from core.resume import ParsedResume
from tools.answer_relevance import TextEmbedder
from tools.answer_signals import AnswerSignals, measure_answer
from tools.answer_text import word_count
from tools.assess_answer import assessment_of
from tools.scorecard_answers import AnsweredQuestion, pair_answers
from tools.scorecard_claims import check_claims
from tools.scorecard_evidence import best_quotes
from tools.scorecard_flags import integrity_flags
from tools.scorecard_verdict import overall_score, recommendation, summary
from tools.taxonomy import Taxonomy

MIN_TOTAL_WORDS = 20
MIN_ANSWER_WORDS = 5
QUOTES_PER_QUESTION = 2
QUOTES_PER_DIMENSION = 3


@dataclass(frozen=True)
class Assessed:
    """A main question's answer, measured and judged."""

    entry: AnsweredQuestion
    signals: AnswerSignals
    assessment: AnswerAssessment


def score_interview(
    design: InterviewDesign,
    questions: Sequence[InterviewQuestion],
    transcript: Sequence[TranscriptTurn],
    resume: ParsedResume | None,
    resume_lines: Sequence[str],
    *,
    embedder: TextEmbedder,
    taxonomy: Taxonomy,
    low_confidence_turns: frozenset[int] = frozenset(),
    answer_seconds: Mapping[int, float] | None = None,
) -> Scorecard:
    """The scorecard: dimensions 1–5 with quotes, overall, recommendation, claims, flags."""
    del resume  # the claims are read from the resume's own lines, quoted verbatim
    pool = [*questions, *design.knockouts]
    answered = pair_answers(pool, transcript, low_confidence_turns)
    main = [a for a in answered if a.question.kind != "knockout"]
    flags = integrity_flags(answered, answer_seconds=answer_seconds)
    reason = insufficient_reason(main)
    if reason is not None:
        return insufficient(design, reason, flags)
    assessed = [assess_entry(a, embedder, taxonomy) for a in main if a.answered]
    dimensions = [score_dimension(d, assessed, taxonomy) for d in _dimensions(design, questions)]
    overall = overall_score(dimensions)
    if overall is None:
        return insufficient(design, "no rubric dimension has an assessed answer", flags)
    assessments = {a.entry.question.id: a.assessment for a in assessed}
    claims = check_claims(main, resume_lines, taxonomy, assessments)
    verdict = recommendation(overall)
    return Scorecard(
        overall=overall,
        recommendation=verdict,
        summary=summary(overall, verdict, dimensions, claims),
        dimensions=dimensions,
        claims=claims,
        flags=flags,
    )


def insufficient_reason(main: Sequence[AnsweredQuestion]) -> str | None:
    """Why the answers cannot carry a score, or None when they can."""
    if not any(a.answered for a in main):
        if any(a.unreliable for a in main):
            return "all answers came from low-confidence transcripts"
        return "no answers were given"
    counts = [word_count(t.text) for a in main for t in a.turns]
    if sum(counts) == 0:
        return "the answers were empty"
    if sum(counts) < MIN_TOTAL_WORDS or max(counts) < MIN_ANSWER_WORDS:
        return "the answers were too short to assess"
    return None


def insufficient(design: InterviewDesign, reason: str, flags: list[str]) -> Scorecard:
    """A scorecard that says why it holds no score."""
    return Scorecard(
        overall=None,
        recommendation=None,
        summary=f"Insufficient evidence: {reason}.",
        dimensions=[
            ScorecardDimension(name=d.name, score=None, weight=d.weight) for d in design.dimensions
        ],
        flags=flags,
        insufficient_evidence=reason,
    )


def assess_entry(entry: AnsweredQuestion, embedder: TextEmbedder, taxonomy: Taxonomy) -> Assessed:
    """One question's answer turns, assessed as one answer."""
    question = entry.question
    signals = measure_answer(
        question.text,
        entry.text,
        skill=question.skill,
        embedder=embedder,
        taxonomy=taxonomy,
        ideal_answer=question.ideal_answer,
        behavioural=True if question.kind == "behavioural" else None,
    )
    return Assessed(entry, signals, assessment_of(signals))


def score_dimension(
    dimension: RubricDimension, assessed: Sequence[Assessed], taxonomy: Taxonomy
) -> ScorecardDimension:
    """Mean score of the dimension's questions, with their best quotes."""
    mine = [a for a in assessed if a.entry.question.dimension == dimension.name]
    if not mine:
        return ScorecardDimension(name=dimension.name, score=None, weight=dimension.weight)
    score = round(sum(a.assessment.score for a in mine) / len(mine), 1)
    per_question = [
        best_quotes(
            a.entry.turns,
            a.signals.terms,
            taxonomy,
            best_sentence=a.signals.relevance.best_sentence if a.signals.relevance else None,
            limit=QUOTES_PER_QUESTION,
        )
        for a in mine
    ]
    # Round robin: every question's best quote before any question's second one.
    evidence = [q for rank in zip_longest(*per_question) for q in rank if q is not None]
    return ScorecardDimension(
        name=dimension.name,
        score=score,
        weight=dimension.weight,
        evidence=evidence[:QUOTES_PER_DIMENSION],
    )


def _dimensions(
    design: InterviewDesign, questions: Sequence[InterviewQuestion]
) -> list[RubricDimension]:
    """The design's dimensions, plus any a planned question feeds that the design lacks."""
    known = {d.name for d in design.dimensions}
    extra = [
        RubricDimension(name=name, anchor_1="No evidence.", anchor_5="Full, specific evidence.")
        for name in dict.fromkeys(q.dimension for q in questions)
        if name not in known
    ]
    return [*design.dimensions, *extra]
