"""Time windows in questions: "this week", "since March", "in the last 10 days".

Windows are read against `now` (passed in, so a thread answers the same way
in tests and at 23:59 on a Sunday) in UTC, and become the `applied_after`
(inclusive) and `applied_before` (exclusive) bounds of a search. Weeks start
on Monday. A month named without a year is the latest one not in the future
("since March" in November means this year's March).
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime, timedelta

from agents.question_parser_text import NUMBER, QuestionText, number

MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)?"
_YEAR = r"(?:,?\s+(?P<year>20\d\d))?"
_ISO = r"(?P<iso>\d{4}-\d{2}-\d{2})"
_APPLIED = r"(?:(?:who\s+)?(?:applied|applications?|came\s+in|arrived|joined\s+the\s+pipeline)\s+)?"

RELATIVE = re.compile(
    _APPLIED + r"\b(?P<which>this|last|past|previous)\s+(?P<unit>week|month|year)\b", re.I
)
DAY_WORDS = re.compile(_APPLIED + r"\b(?P<day_word>today|yesterday)\b", re.I)
LAST_N = re.compile(
    _APPLIED + rf"\b(?:in\s+|within\s+|over\s+|during\s+)?(?:the\s+)?(?:last|past|previous)\s+"
    rf"(?P<n>{NUMBER})\s+(?P<unit>days?|weeks?|months?)\b",
    re.I,
)
SINCE = re.compile(
    _APPLIED + r"\b(?P<op>since|after|from|before|until|in|during)\s+"
    + rf"(?:{_ISO}|{_MONTH}{_DAY}{_YEAR})\b",
    re.I,
)


def _start_of_day(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def _month_start(year: int, month: int) -> datetime:
    return datetime(year, month, 1, tzinfo=UTC)


def _next_month(moment: datetime) -> datetime:
    return _month_start(moment.year + moment.month // 12, moment.month % 12 + 1)


def _relative(which: str, unit: str, now: datetime) -> tuple[datetime, datetime | None]:
    """"this week" → (Monday 00:00, None); "last month" → (1st of last month, 1st of this)."""
    today = _start_of_day(now)
    if unit == "week":
        start = today - timedelta(days=today.weekday())
        previous = start - timedelta(days=7)
    elif unit == "month":
        start = today.replace(day=1)
        previous = (start - timedelta(days=1)).replace(day=1)
    else:
        start = today.replace(month=1, day=1)
        previous = start.replace(year=start.year - 1)
    if which.casefold() == "this":
        return start, None
    return previous, start


def _dated(match: re.Match[str], now: datetime) -> datetime:
    """The day a SINCE match names (a month alone means its first day)."""
    if match.group("iso"):
        return datetime.fromisoformat(match.group("iso")).replace(tzinfo=UTC)
    month = MONTHS[match.group("month").casefold()]
    year = int(match.group("year")) if match.group("year") else now.year
    day = min(int(match.group("day") or 1), calendar.monthrange(year, month)[1])
    moment = datetime(year, month, day, tzinfo=UTC)
    if not match.group("year") and moment > now:
        moment = moment.replace(year=year - 1)
    return moment


def _window(match: re.Match[str], pattern: re.Pattern[str], now: datetime
            ) -> tuple[datetime | None, datetime | None]:
    """(after, before) of one matched time phrase."""
    groups = match.groupdict()
    if pattern is RELATIVE:
        return _relative(groups["which"], groups["unit"].casefold(), now)
    if pattern is DAY_WORDS:
        today = _start_of_day(now)
        if groups["day_word"].casefold() == "today":
            return today, None
        return today - timedelta(days=1), today
    if pattern is LAST_N:
        count, unit = number(groups["n"]), groups["unit"].casefold().rstrip("s")
        days = {"day": 1, "week": 7, "month": 30}[unit] * count
        return now - timedelta(days=days), None
    moment = _dated(match, now)
    op = groups["op"].casefold()
    if op in ("before", "until"):
        return None, moment
    if op in ("in", "during") and not groups.get("day") and not groups.get("iso"):
        return moment, _next_month(moment)
    return moment, None


def read_window(text: QuestionText, now: datetime) -> tuple[datetime | None, datetime | None]:
    """The applied-date window a question states, blanked out of the text."""
    after: datetime | None = None
    before: datetime | None = None
    for pattern in (LAST_N, RELATIVE, DAY_WORDS, SINCE):
        for match in list(text.finditer(pattern)):
            low, high = _window(match, pattern, now)
            text.take_match(match)
            after = low if low is not None else after
            before = high if high is not None else before
    return after, before
