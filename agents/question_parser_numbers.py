"""Numbers in questions: match scores, interview scores, "top N" and sort order.

Match scores run 0–100 and interview scores 1–5, so "scored above 80" is a
match score and "interview score of at least 4" an interview one. Bounds are
inclusive: "above 80" keeps an 80.0 (scores are shown to one decimal, and a
recruiter asking "above 80" rarely means to drop exactly 80).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agents.question_parser_text import AT_LEAST, AT_MOST, NUMBER, QuestionText, number
from core.recruiter import InterviewFilter, SortKey

_CMP = rf"(?P<cmp>{AT_LEAST}|{AT_MOST})"
_BETWEEN = rf"between\s+(?P<low>{NUMBER})\s+and\s+(?P<high>{NUMBER})"
_OR_MORE = r"(?P<plus>\+|\s*or\s+(?:more|higher|above|better))"
_VALUE = rf"(?:{_BETWEEN}|{_CMP}?\s*(?P<n>{NUMBER})\s*{_OR_MORE}?)"
_OR_LESS = re.compile(r"or\s+(?:less|lower|below|worse)", re.IGNORECASE)

INTERVIEW_DIMENSION = re.compile(
    rf"\b(?:interview(?:ed)?\s+)?(?P<dim>[a-z]+(?:\s+[a-z]+)?)\s+(?:score|rating)\s*"
    rf"(?:of\s+|is\s+|was\s+)?{_VALUE}(?:\s*(?:in|on|during)\s+(?:the|their|his|her)\s+interviews?)?",
    re.IGNORECASE,
)
INTERVIEW_OVERALL = re.compile(
    rf"\b(?:(?:interview|interviewed|interviews)\s+(?:score[sd]?|rating|result)?\s*"
    rf"(?:of\s+|is\s+|was\s+)?{_VALUE}|(?:scored|rated|got)\s+{_VALUE.replace('?P<', '?P<i_')}"
    rf"\s+(?:in|on|during)\s+(?:the|their|his|her|an?)\s+interviews?)",
    re.IGNORECASE,
)
INTERVIEW_ON = re.compile(
    rf"\b(?:scored|rated|got)\s+{_VALUE}\s*(?:on|in|for)\s+(?P<dim>[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:in|during)\s+(?:the|their|his|her|an?)\s+interviews?",
    re.IGNORECASE,
)
MATCH_SCORE = re.compile(
    rf"\b(?:(?:match\s+|fit\s+)?score[sd]?|scoring|rated|ranked|match(?:ed)?|fit)\s*"
    rf"(?:of\s+|is\s+|was\s+|at\s+)?{_VALUE}",
    re.IGNORECASE,
)
TOP = re.compile(
    rf"\b(?:(?:the\s+)?(?:top|best|strongest|highest[- ]scoring)\s+(?P<n1>{NUMBER})|"
    rf"(?P<n2>{NUMBER})\s+(?:best|top|strongest|highest[- ]scoring)|"
    r"(?:the\s+)?(?P<one>top|best|strongest)\s+(?:candidate|person|applicant|fit|match)\b)",
    re.IGNORECASE,
)
MOST_EXPERIENCED = re.compile(r"\b(?:most|more)\s+experienced\b|\bmost\s+senior\b", re.I)
NOT_DIMENSIONS = frozenset({"match", "fit", "interview", "overall", "total", ""})
_DIMENSION_FILLER = frozenset(
    {"a", "an", "the", "their", "his", "her", "with", "has", "have", "who", "good", "high",
     "strong", "low", "and", "interview"}
)


@dataclass(frozen=True)
class Bounds:
    """A numeric range read from words; either end may be open."""

    low: float | None = None
    high: float | None = None


def bounds(match: re.Match[str], prefix: str = "", *, exact: bool = False) -> Bounds | None:
    """The range a matched value phrase states ("at least 4", "80+", "between 60 and 80").

    A bare number is a range only when `exact` allows it ("scored 4 in the interview").
    """
    groups = {k.removeprefix(prefix): v for k, v in match.groupdict().items() if v is not None}
    if "low" in groups and "high" in groups:
        low, high = sorted((number(groups["low"]), number(groups["high"])))
        return Bounds(low, high)
    if "n" not in groups:
        return None
    value = number(groups["n"])
    cmp, plus = groups.get("cmp"), groups.get("plus")
    if _OR_LESS.search(match.string[match.end(): match.end() + 12]):
        return Bounds(high=value)
    if cmp is None and plus is None:
        return Bounds(value, value) if exact else None
    if plus or not re.fullmatch(AT_MOST, cmp or "", re.IGNORECASE):
        return Bounds(low=value)
    return Bounds(high=value)


def read_interview(text: QuestionText) -> InterviewFilter | None:
    """An interview score bound, overall or on one rubric dimension."""
    match = text.search(INTERVIEW_ON)
    if match:
        found = bounds(match, exact=True)
        if found:
            text.take_match(match)
            dimension = match.group("dim").strip().casefold()
            return InterviewFilter(dimension=dimension, min_score=found.low, max_score=found.high)
    match = text.search(INTERVIEW_OVERALL)
    if match:
        found = bounds(match, exact=True) or bounds(match, "i_", exact=True)
        if found:
            text.take_match(match)
            return InterviewFilter(min_score=found.low, max_score=found.high)
    match = text.search(INTERVIEW_DIMENSION)
    if match and "interview" in match.group(0).casefold():
        words = match.group("dim").casefold().split()
        dimension = " ".join(w for w in words if w not in _DIMENSION_FILLER)
        found = bounds(match, exact=True)
        if found and dimension not in NOT_DIMENSIONS and (found.low or found.high or 0) <= 5:
            text.take_match(match)
            return InterviewFilter(dimension=dimension, min_score=found.low, max_score=found.high)
    return None


def read_match_score(text: QuestionText) -> Bounds | None:
    """A match-score bound ("scored above 80", "score between 60 and 80")."""
    for match in text.finditer(MATCH_SCORE):
        found = bounds(match)
        if found is not None:
            text.take_match(match)
            return found
    return None


def read_top(text: QuestionText) -> tuple[int | None, SortKey | None]:
    """"top 5" → (5, "score"); "most experienced" → (None, "years")."""
    limit: int | None = None
    sort: SortKey | None = None
    match = text.search(TOP)
    if match:
        text.take_match(match)
        raw = match.group("n1") or match.group("n2")
        limit, sort = (int(number(raw)) if raw else 1), "score"
    experienced = text.search(MOST_EXPERIENCED)
    if experienced:
        text.take_match(experienced)
        sort = "years"
    return limit, sort
