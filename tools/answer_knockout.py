"""Knockout questions: a pass/fail check of the answer against the expected one.

The expected answer is the question's `ideal_answer` ("yes", "no", or a
phrase). Yes/no answers are compared by polarity ("Yes, I am" passes "yes";
"No, not yet" fails it); anything else passes when it contains the expected
phrase. Without an expected answer the result is None: a person decides.
Knockouts never end an interview and never change a score; the scorecard
lists them as flags.
"""

from __future__ import annotations

import re

from core.interview import AnswerAssessment, InterviewQuestion

_YES_RE = re.compile(
    r"^\W*(?:yes|yeah|yep|sure|correct|i am|i do|i have|i can|absolutely|of course)\b", re.I
)
_NO_RE = re.compile(
    r"^\W*(?:no|nope|not|i am not|i'm not|i don't|i do not|i can't|i cannot|never)\b", re.I
)


def polarity(text: str) -> bool | None:
    """True for a yes, False for a no, None when the answer is neither."""
    if _NO_RE.search(text):
        return False
    if _YES_RE.search(text):
        return True
    return None


def knockout_passed(question: InterviewQuestion, answer: str) -> bool | None:
    """Pass, fail, or None (no expected answer, or an answer that says neither)."""
    expected = (question.ideal_answer or "").strip()
    if not expected or not answer.strip():
        return None if not expected else False
    wanted = polarity(expected)
    if wanted is not None:
        said = polarity(answer)
        return None if said is None else said == wanted
    return expected.lower() in answer.lower()


def assess_knockout(question: InterviewQuestion, answer: str) -> AnswerAssessment:
    """A knockout's assessment: 5 passed, 1 not passed, 3 for a person to check; no follow-up."""
    passed = knockout_passed(question, answer)
    answered = bool(answer.strip())
    if passed is None:
        reason = "knockout: no answer" if not answered else "knockout: needs a person to check"
        return AnswerAssessment(
            score=3 if answered else 1,
            specific=answered,
            complete=answered,
            on_topic=answered,
            reasons=[reason],
        )
    return AnswerAssessment(
        score=5 if passed else 1,
        specific=True,
        complete=True,
        on_topic=True,
        reasons=["knockout passed" if passed else "knockout not passed"],
    )
