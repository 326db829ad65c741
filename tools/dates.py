"""Resume dates: one date, a range, and years of experience from many ranges.

Resumes write the same month a dozen ways ("Mar 2020", "March 2020", "03/2020",
"2020-03", "Sept. '18") and the same "still there" a dozen more ("Present",
"current", "to date", "onwards"). Everything here reduces them to `YYYY-MM`,
or `YYYY` when only the year is written, so ranges can be compared.

Counting convention (the one a recruiter uses when reading a resume): a range
covers its start and end months in full; a year-only start means January and a
year-only end means December, capped before the reference month; a current role
runs up to the reference month. Overlapping roles count once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

_MONTHS = MappingProxyType({
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
})
_SEASONS = MappingProxyType({"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12})
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|spring|summer|fall|autumn|winter)"
)
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_SHORT_YEAR = r"['’‘`]\d{2}"
DATE = (
    rf"(?:(?<![A-Za-z]){_MONTH}\.?,?\s*(?:{_YEAR}|{_SHORT_YEAR})(?!\d)"
    rf"|(?<![\d/.-])(?:[0-3]?\d[/.-])?(?:0?[1-9]|1[0-2])\s?[/.-]\s?{_YEAR}(?!\d)"
    rf"|(?<![\d/.-]){_YEAR}[/.-](?:0[1-9]|1[0-2])(?![\d/.-]?\d)"
    rf"|(?<![\d/.]){_YEAR}(?![\d/]|\.\d))"
)
PRESENT = (
    r"(?:present|current(?:ly)?|now|today|ongoing|till\s+(?:date|now|present)"
    r"|to\s+date|date|onwards|on-?going|continuing)"
)
_SEPARATOR = r"\s*(?:-{1,2}|[–—−‐‑~→]|to|till|until|through|thru|and)\s*"
RANGE = re.compile(
    rf"(?:(?<![A-Za-z])(?:from|since)\s+)?(?P<start>{DATE})"
    rf"(?:{_SEPARATOR}(?P<end>{DATE}|(?<![A-Za-z]){PRESENT}(?![A-Za-z]))"
    rf"|\s*[-–—]?\s*(?P<onwards>onwards|on-?going|till\s+date|to\s+date)(?![A-Za-z]))",
    re.IGNORECASE,
)
_SINCE = re.compile(rf"(?<![A-Za-z])since\s+(?P<start>{DATE})", re.IGNORECASE)
_DATE_RE = re.compile(DATE, re.IGNORECASE)
_PRESENT_RE = re.compile(rf"^\s*{PRESENT}\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class DateRange:
    """A start-end range found in text; `end` is None when current or unknown."""

    start: str
    end: str | None
    current: bool
    begin: int  # character offsets of the range in the text it was found in
    stop: int


def parse_date(text: str) -> str | None:
    """One date as `YYYY-MM` or `YYYY`, or None when `text` holds no date."""
    match = _DATE_RE.search(text)
    return _normalise(match.group(0)) if match else None


def is_present(text: str) -> bool:
    """True for the words that mean "until now" (Present, Current, Now, to date...)."""
    return _PRESENT_RE.match(text) is not None


def _normalise(token: str) -> str | None:
    token = token.strip().lower()
    year_match = re.search(rf"{_YEAR}|{_SHORT_YEAR}", token)
    if year_match is None:
        return None
    year = _year(year_match.group(0))
    word = re.match(r"[a-z]+", token)
    if word:
        month = _MONTHS.get(word.group(0)[:3]) or _SEASONS.get(word.group(0))
        return f"{year:04d}-{month:02d}" if month else f"{year:04d}"
    numbers = [int(n) for n in re.findall(r"\d+", token)]
    if len(numbers) == 1:
        return f"{year:04d}"
    month = numbers[1] if token.startswith(str(year)) else numbers[-2]
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else f"{year:04d}"


def _year(text: str) -> int:
    """A four-digit year, or a two-digit one ('18 -> 2018, '98 -> 1998)."""
    digits = int(text.strip("'’‘`"))
    if digits >= 100:
        return digits
    return 2000 + digits if digits < 50 else 1900 + digits


def find_ranges(text: str) -> list[DateRange]:
    """Every date range in `text`, in order ("Mar 2020 – Present", "since 2019")."""
    found: list[DateRange] = []
    for match in RANGE.finditer(text):
        start = _normalise(match.group("start"))
        if start is None:
            continue
        end_text = match.group("end")
        current = bool(match.group("onwards")) or bool(end_text and is_present(end_text))
        end = None if current or not end_text else _normalise(end_text)
        if end is not None and _ordinal(end, False) < _ordinal(start, True):
            start, end = end, start
        found.append(DateRange(start, end, current, match.start(), match.end()))
    if not found:
        found = [
            DateRange(start, None, True, m.start(), m.end())
            for m in _SINCE.finditer(text)
            if (start := _normalise(m.group("start")))
        ]
    return found


def find_dates(text: str) -> list[str]:
    """Every single date in `text`, normalised, in order."""
    return [d for m in _DATE_RE.finditer(text) if (d := _normalise(m.group(0)))]


def date_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of every single date in `text` (to cut dates out of a line)."""
    return [m.span() for m in _DATE_RE.finditer(text)]


def _ordinal(value: str, is_start: bool) -> int:
    """Month index of a normalised date; a bare year is January (start) or December (end)."""
    year, _, month = value.partition("-")
    return int(year) * 12 + (int(month) if month else (1 if is_start else 12)) - 1


def month_span(found: DateRange, reference: date) -> tuple[int, int] | None:
    """Half-open month-index interval a range covers, or None when it cannot be counted."""
    ref = reference.year * 12 + reference.month - 1
    begin = _ordinal(found.start, True)
    if found.current:
        stop = ref
    elif found.end is None:
        return None
    else:
        stop = _ordinal(found.end, False) + 1
        if "-" not in found.end:
            stop = min(stop, ref)
    return (begin, stop) if stop > begin else None


def merge_ranges(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of half-open intervals: overlapping or touching ones become one."""
    merged: list[tuple[int, int]] = []
    for begin, stop in sorted(spans):
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((begin, stop))
    return merged


def total_years(spans: Iterable[tuple[int, int]]) -> float:
    """Years covered by month spans, overlaps counted once, one decimal."""
    months = sum(stop - begin for begin, stop in merge_ranges(spans))
    return round(months / 12, 1)


def reference_note(
    reference_date: date | None,
    today: date,
    *,
    document_date: date | None = None,
    latest_job_date: str | None = None,
) -> tuple[date, str]:
    """The date years are counted to, and the warning that says which.

    A date given by the caller wins. Else the document's own date, when it is
    believable: not after today, and not before the latest date the resume
    writes in its jobs (`latest_job_date`, `YYYY-MM` or `YYYY`; a resume
    naming 2024 was not saved in 2019). Else today.
    """
    if reference_date is not None:
        return reference_date, f"years counted as of {reference_date.isoformat()}"
    if document_date is not None and document_date <= today and (
        latest_job_date is None
        or document_date.year * 12 + document_date.month - 1 >= _ordinal(latest_job_date, True)
    ):
        return document_date, (
            f"years counted as of {document_date.isoformat()} (the document's date)"
        )
    return today, f"years counted as of {today.isoformat()} (today)"


def latest_written(dates: Iterable[str | None]) -> str | None:
    """The latest of some normalised dates (`YYYY-MM` or `YYYY`), by their first month."""
    written = [d for d in dates if d]
    return max(written, key=lambda d: _ordinal(d, True), default=None)
