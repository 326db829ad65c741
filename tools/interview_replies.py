"""Reading the candidate's replies that are not answers: consent, and closing questions.

Rules, not a model: a consent must be an unmistakable yes (anything unclear
is asked again, then counts as a no), and closing requests are recognised
by their wording so that asking for a human review always works, whichever
brain runs the interview.
"""

from __future__ import annotations

import re
from typing import Literal

ClosingIntent = Literal["done", "what_assessed", "human_review", "question"]

_NO = re.compile(
    r"\b(no|nope|nah|decline|declined|disagree|refuse|stop|don'?t|do not|not agree|"
    r"rather not|not consent|withdraw)\b"
)
_YES = re.compile(
    r"\b(yes|yeah|yep|yup|sure|ok|okay|agree|agreed|consent|accept|of course|certainly|"
    r"go ahead|let'?s (go|start|begin)|ready|fine|absolutely)\b|^y$"
)
_DONE_CLAUSE = re.compile(
    r"(no|nope|nah|none|nothing( else)?|(i have )?no (more |other |further )?questions?|"
    r"that'?s (all|it)|i'?m (good|fine|done|all set)|all (good|set)|not really|"
    r"(no )?thanks?( you)?( so much| very much)?|that'?s everything|i think that'?s (all|it))"
)
_CLAUSE_BREAK = re.compile(r"[,.!;]+|\s+-\s+|\s+(?:and|but)\s+")
_ASSESSED = re.compile(
    r"\b(assess\w*|evaluat\w*|scor\w*|judg\w*|rubric|criteria|graded?|grading|measur\w*|"
    r"looking for)\b"
)
_REVIEW = re.compile(
    r"\b(human|person|people|someone|somebody|recruiter|real)\b.*\b(review|look|check|see|talk|"
    r"speak)\w*|\b(review|appeal|reconsider)\w*\b.*\b(human|person|someone|interview|manual\w*)\b"
    r"|\bhuman review\b|\bmanual review\b"
)


def _normalise(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def consent_reply(text: str) -> bool | None:
    """True for a clear yes, False for a no, None when it is unclear (ask again)."""
    said = _normalise(text)
    if not said:
        return None
    if _NO.search(said):
        return False
    if _YES.search(said):
        return True
    return None


def closing_intents(text: str) -> set[ClosingIntent]:
    """What a closing reply asks for; `{"done"}` when the candidate has nothing more."""
    said = _normalise(text)
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(said) if c.strip()]
    if all(_DONE_CLAUSE.fullmatch(clause) for clause in clauses):
        return {"done"}
    intents: set[ClosingIntent] = set()
    if _REVIEW.search(said):
        intents.add("human_review")
    if _ASSESSED.search(said):
        intents.add("what_assessed")
    return intents or {"question"}
