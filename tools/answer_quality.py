"""The assessor's formula: signals → a continuous quality → a 1–5 score.

    topic      T = max(0, (semantic − 0.10) / 0.60)      semantic: tools.answer_relevance
    with an ideal answer: T = ½(T + max(0, (cos(answer, ideal) − 0.20) / 0.60))

    relevance R, by the style of question (tools.answer_style):
      knowledge   R = 0.6·T + 0.4·√C, C = key-term coverage (tools.answer_terms),
                  min(1, T) when the question has no key terms; with an ideal
                  answer C = ½(C + coverage of the ideal answer's heaviest terms)
      experience  R = 0.6·T + 0.4·E, E = min(1, 0.5·[names the skill]
                  + 0.25·other named tools) (0.5 per tool without a skill)
      story       R = 0.3·S + 0.7·(share of scene, action, result told),
                  S = clamp((semantic − 0.05) / 0.25): a story is about the
                  candidate's work, so it shares few words with the question
    length     L = min(1, 0.4 + 0.6·ln(1 + words) / ln(31))   (30 words count in full)
    quality    Q = R · (0.85 + 0.15·specificity) · L     (≥ 0; about 1 for a strong answer)

Relevance dominates on purpose: a detailed answer to another question is
still the wrong answer, so specificity only nudges the ranking (it caps the
1–5 score instead, below). Coverage is what separates an answer to *this*
question from a fluent one on the same topic; its square root rewards
addressing some of the question's terms over none more than the last few
over most. T is not capped at 1, so among close answers the closer one
still ranks higher. On the public 30-seconds-of-interviews set, cosine alone
ranks a question's model answer above the nearest same-topic model answer
with AUC ≈ 0.92, this formula ≈ 0.96 (evals/interview_assessor.py).

Score bands on Q: < 0.20 → 1, < 0.40 → 2, < 0.60 → 3, < 0.80 → 4, else 5,
then capped: an off-topic answer (R < 0.30) at 2, a vague one at 3, an
incomplete one at 3 for stories (at 4 otherwise). An empty answer is 1.
"""

from __future__ import annotations

import math

from tools.answer_signals import AnswerSignals

SEMANTIC_FLOOR = 0.10
SEMANTIC_SPAN = 0.60
IDEAL_FLOOR = 0.20
STORY_FLOOR = 0.05
STORY_SPAN = 0.25
TOPIC_WEIGHT = 0.6
TERMS_WEIGHT = 0.4
STORY_TOPIC_WEIGHT = 0.3
SPECIFICITY_WEIGHT = 0.15
FULL_LENGTH_WORDS = 30
BANDS = (0.20, 0.40, 0.60, 0.80)  # lower edges of scores 2, 3, 4 and 5
ON_TOPIC_AT = 0.30  # relevance R from which an answer counts as on topic
OFF_TOPIC_CAP = 2
VAGUE_CAP = 3
INCOMPLETE_STORY_CAP = 3
INCOMPLETE_CAP = 4


def clamp(value: float, low: float = 0.0, high: float = 1.0) -> float:
    """`value` limited to [low, high]."""
    return max(low, min(high, value))


def topic_score(signals: AnswerSignals) -> float:
    """T: semantic closeness to the question (and the ideal answer); ≥ 0, not capped."""
    if signals.relevance is None:
        return 0.0
    topic = max(0.0, (signals.relevance.semantic - SEMANTIC_FLOOR) / SEMANTIC_SPAN)
    if signals.relevance.ideal is not None:
        ideal = max(0.0, (signals.relevance.ideal - IDEAL_FLOOR) / SEMANTIC_SPAN)
        topic = (topic + ideal) / 2
    return topic


def relevance_score(signals: AnswerSignals) -> float:
    """R: is this an answer to *this* question? (formula by question style above)"""
    if signals.star is not None:
        return (
            STORY_TOPIC_WEIGHT * story_topic(signals)
            + (1 - STORY_TOPIC_WEIGHT) * signals.star.fraction
        )
    topic = topic_score(signals)
    if signals.style == "experience":
        return TOPIC_WEIGHT * topic + TERMS_WEIGHT * experience_terms(signals)
    terms = _coverage(signals)
    terms = min(1.0, topic) if terms is None else math.sqrt(terms)
    return TOPIC_WEIGHT * topic + TERMS_WEIGHT * terms


def _coverage(signals: AnswerSignals) -> float | None:
    """C: key-term coverage, blended with the ideal answer's terms when there is one."""
    terms = signals.coverage
    if signals.ideal_coverage is not None:
        terms = signals.ideal_coverage if terms is None else (terms + signals.ideal_coverage) / 2
    return terms


def experience_terms(signals: AnswerSignals) -> float:
    """E: does an answer about one's own work name the skill and the tools used with it?"""
    if signals.skill:
        return min(1.0, 0.5 * signals.names_skill + 0.25 * signals.other_tools)
    return min(1.0, 0.5 * signals.other_tools)


def story_topic(signals: AnswerSignals) -> float:
    """S: semantic closeness of a story to its question, on a story's lower scale."""
    if signals.relevance is None:
        return 0.0
    return clamp((signals.relevance.semantic - STORY_FLOOR) / STORY_SPAN)


def length_factor(words: int) -> float:
    """L: a few words cannot carry much, beyond about 30 length earns nothing."""
    return min(1.0, 0.4 + 0.6 * math.log1p(words) / math.log1p(FULL_LENGTH_WORDS))


def quality(signals: AnswerSignals) -> float:
    """Q, the continuous quality that ranks answers (0 for no answer, about 1 for a strong one)."""
    if signals.empty:
        return 0.0
    specificity = signals.specificity.score if signals.specificity else 0.0
    nudge = 1 - SPECIFICITY_WEIGHT + SPECIFICITY_WEIGHT * specificity
    return relevance_score(signals) * nudge * length_factor(signals.words)


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
    if not complete:
        value = min(value, INCOMPLETE_STORY_CAP if signals.behavioural else INCOMPLETE_CAP)
    return value
