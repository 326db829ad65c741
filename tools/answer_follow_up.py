"""The follow-up question for a thin answer: ask for exactly what is missing.

Order of concern: an answer beside the question is steered back first, then
a story's missing part (scene, action, result), then a missing "why",
"example" or "when", then vagueness (ask for a concrete example), then
depth. A strong answer (score ≥ 4, specific and complete) gets none, and
neither does an empty one (there is nothing to follow up on; the interview
moves on) or one past the follow-up budget.
"""

from __future__ import annotations

from tools.answer_completeness import missing_parts
from tools.answer_quality import on_topic
from tools.answer_signals import AnswerSignals
from tools.answer_text import shorten

STRONG_SCORE = 4
QUESTION_CHARS = 160

STORY_ASKS = {
    "situation": "Can you set the scene first: where was this, and what were you responsible for?",
    "action": "What did you personally do, step by step?",
    "result": "What was the result — what changed, and how did you know?",
}
PART_ASKS = {
    "why": "Why does that matter — what problem does it solve for you?",
    "example": "Can you show a short concrete example of {topic}?",
    "when": "When would you choose it, and when would you avoid it?",
}


def follow_up_question(
    signals: AnswerSignals,
    *,
    score: int,
    complete: bool,
    follow_ups_asked: int,
    max_follow_ups: int,
) -> str | None:
    """The follow-up to ask, or None when the answer is strong, empty or the budget spent."""
    if signals.empty or follow_ups_asked >= max_follow_ups:
        return None
    specific = signals.specificity is not None and signals.specificity.specific
    if score >= STRONG_SCORE and specific and complete:
        return None
    return _ask(signals, specific=specific)


def _ask(signals: AnswerSignals, *, specific: bool) -> str:
    """The first thing the answer lacks, asked as a question."""
    topic = _topic(signals)
    if not on_topic(signals):
        asked = shorten(signals.question, QUESTION_CHARS)
        return f"Let's come back to the question: {asked} Could you answer that directly?"
    if signals.star is not None and signals.star.missing():
        return STORY_ASKS[signals.star.missing()[0]]
    parts = [] if signals.star is not None else missing_parts(signals)
    if parts:
        return PART_ASKS[parts[0]].format(topic=topic)
    if not specific:
        return (
            f"Can you give a concrete example of {topic} from your own work — what you did, "
            "which tools you used and what happened?"
        )
    return (
        f"Could you go one level deeper on {topic}: how does it work, and what trade-offs "
        "did you weigh?"
    )


def _topic(signals: AnswerSignals) -> str:
    """What to name in the follow-up: the skill, else the question's key terms."""
    if signals.star is not None:
        return "that"
    if signals.skill:
        return signals.skill
    top = signals.terms.top(2)
    return " and ".join(top) if top else "that"
