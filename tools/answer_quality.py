"""The assessor's formula: signals → a continuous quality → a 1–5 score.

    topic      T = clamp((semantic − 0.10) / 0.60)       semantic: tools.answer_relevance
    terms      C = key-term coverage (tools.answer_terms); T when the question has none
    with an ideal answer: T = ½(T + clamp((cos(answer, ideal) − 0.20) / 0.60)),
                          C = ½(C + coverage of the ideal answer's heaviest terms)
    relevance  R = 0.6·T + 0.4·C
    length     L = min(1, 0.4 + 0.6·ln(1 + words) / ln(31))   (30 words count in full)
    quality    Q = R · (0.7 + 0.3·specificity) · L
    behavioural questions: Q ·= 0.6 + 0.4·(share of scene, action, result told)

Relevance dominates on purpose: a detailed answer to another question is
still the wrong answer. Coverage is what separates an answer to *this*
question from a fluent one on the same topic: on the public
30-seconds-of-interviews set, cosine alone ranks a question's model answer
above the nearest same-topic model answer with AUC ≈ 0.93, cosine plus
coverage ≈ 0.95 (see evals/interview_assessor.py).

Score bands on Q: < 0.15 → 1, < 0.28 → 2, < 0.40 → 3, < 0.52 → 4, else 5,
then capped: an off-topic answer at 2, a vague one at 3, an incomplete story
at 3. An empty answer is 1.
"""

from __future__ import annotations

import math

from tools.answer_signals import AnswerSignals

SEMANTIC_FLOOR = 0.10
SEMANTIC_SPAN = 0.60
IDEAL_FLOOR = 0.20
TOPIC_WEIGHT = 0.6
TERMS_WEIGHT = 0.4
FULL_LENGTH_WORDS = 30
BANDS = (0.15, 0.28, 0.40, 0.52)  # lower edges of scores 2, 3, 4 and 5
ON_TOPIC_AT = 0.30  # relevance R from which an answer counts as on topic
OFF_TOPIC_CAP = 2
VAGUE_CAP = 3
INCOMPLETE_CAP = 3


def clamp(value: float, low: float = 0.0, high: float = 1.0) -> float:
    """`value` limited to [low, high]."""
    return max(low, min(high, value))


def topic_score(signals: AnswerSignals) -> float:
    """T: semantic closeness to the question (and the ideal answer), 0–1."""
    if signals.relevance is None:
        return 0.0
    topic = clamp((signals.relevance.semantic - SEMANTIC_FLOOR) / SEMANTIC_SPAN)
    if signals.relevance.ideal is not None:
        ideal = clamp((signals.relevance.ideal - IDEAL_FLOOR) / SEMANTIC_SPAN)
        topic = (topic + ideal) / 2
    return topic


def relevance_score(signals: AnswerSignals) -> float:
    """R = 0.6·T + 0.4·C: is this an answer to *this* question?"""
    topic = topic_score(signals)
    terms = topic if signals.coverage is None else signals.coverage
    if signals.ideal_coverage is not None:
        terms = (terms + signals.ideal_coverage) / 2
    return TOPIC_WEIGHT * topic + TERMS_WEIGHT * terms


def length_factor(words: int) -> float:
    """L: a few words cannot carry much, beyond about 30 length earns nothing."""
    return min(1.0, 0.4 + 0.6 * math.log1p(words) / math.log1p(FULL_LENGTH_WORDS))


def quality(signals: AnswerSignals) -> float:
    """Q, the continuous quality in [0, 1] that ranks answers (0 for no answer)."""
    if signals.empty:
        return 0.0
    specificity = signals.specificity.score if signals.specificity else 0.0
    value = relevance_score(signals) * (0.7 + 0.3 * specificity) * length_factor(signals.words)
    if signals.star is not None:
        value *= 0.6 + 0.4 * signals.star.fraction
    return value


def on_topic(signals: AnswerSignals) -> bool:
    """Relevance high enough to count as answering the question's topic."""
    return not signals.empty and relevance_score(signals) >= ON_TOPIC_AT


def band(value: float) -> int:
    """The 1–5 band of a quality value."""
    return 1 + sum(value >= edge for edge in BANDS)


def score(signals: AnswerSignals, *, complete: bool) -> int:
    """The 1–5 score: the quality band, capped by what the answer lacks."""
    if signals.empty:
        return 1
    value = band(quality(signals))
    if not on_topic(signals):
        value = min(value, OFF_TOPIC_CAP)
    if signals.specificity is not None and not signals.specificity.specific:
        value = min(value, VAGUE_CAP)
    if signals.behavioural and not complete:
        value = min(value, INCOMPLETE_CAP)
    return value
