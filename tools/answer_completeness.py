"""Does an answer cover every part of what was asked?

A behavioural answer is complete when it tells a whole story (scene, action,
result; see `tools.answer_star`). An answer about the candidate's own work
is complete when it is on topic, specific and at least EXPERIENCE_WORDS
long. A knowledge answer is complete when it is
on topic, long enough to explain something (MIN_WORDS), mentions at least
half of the question's key terms (by weight), and answers the parts the
question asks for explicitly: a "why" wants a reason, an "example" wants an
example, code or numbers, a "when should" wants a condition.
"""

from __future__ import annotations

import re

from tools.answer_quality import on_topic
from tools.answer_signals import AnswerSignals

MIN_WORDS = 20
EXPERIENCE_WORDS = 30
MIN_COVERAGE = 0.5

_WHY_Q = re.compile(r"\bwhy\b|\bwhat for\b|\bpurpose\b|\badvantages?\b|\bbenefits?\b", re.I)
_EXAMPLE_Q = re.compile(r"\bexamples?\b|\bshow\b|\bdemonstrate\b", re.I)
_WHEN_Q = re.compile(r"\bwhen (?:should|would|do|to)\b|\bin which cases?\b", re.I)
_REASON_A = re.compile(
    r"\b(?:because|so that|since|therefore|which (?:means|lets|allows)|allows?|lets|helps?|"
    r"avoids?|prevents?|ensures?|in order to|benefits?|advantages?|the point is|useful)\b",
    re.I,
)
_EXAMPLE_A = re.compile(r"\b(?:for example|for instance|e\.g\.|such as|like|say)\b|`|\d", re.I)
_WHEN_A = re.compile(r"\b(?:when|if|whenever|unless|only|in cases?|should|prefer)\b", re.I)


def missing_parts(signals: AnswerSignals) -> list[str]:
    """Parts of a knowledge question the answer leaves out: "why", "example", "when"."""
    if signals.style != "knowledge":
        return []
    checks = (
        ("why", _WHY_Q, _REASON_A),
        ("example", _EXAMPLE_Q, _EXAMPLE_A),
        ("when", _WHEN_Q, _WHEN_A),
    )
    return [
        name
        for name, asked, told in checks
        if asked.search(signals.question) and not told.search(signals.answer)
    ]


def is_complete(signals: AnswerSignals) -> bool:
    """Complete story for behavioural questions; every asked part for technical ones."""
    if signals.empty:
        return False
    if signals.star is not None:
        return signals.star.complete
    if signals.style == "experience":
        specific = signals.specificity is not None and signals.specificity.specific
        return on_topic(signals) and signals.words >= EXPERIENCE_WORDS and specific
    covered = signals.coverage is None or signals.coverage >= MIN_COVERAGE
    return (
        on_topic(signals) and signals.words >= MIN_WORDS and covered and not missing_parts(signals)
    )
