"""Month arithmetic, resume date wording and total-years merging.

Everything is relative to one fixed reference date so the data never depends on
the day it is generated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

REFERENCE_DATE = "2026-11-01"
"""The "today" of every resume: current roles run up to this date."""

MONTHS_FULL = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
MONTHS_ABBR = tuple(name[:3] for name in MONTHS_FULL)
MONTHS_DOTTED = (
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)


@dataclass(frozen=True, order=True)
class YearMonth:
    """A calendar month; ordering is chronological."""

    year: int
    month: int

    @property
    def index(self) -> int:
        """Months since year 0, so ranges can be compared and subtracted."""
        return self.year * 12 + self.month - 1

    @classmethod
    def from_index(cls, index: int) -> YearMonth:
        """Inverse of `index`."""
        return cls(index // 12, index % 12 + 1)

    @classmethod
    def parse(cls, text: str) -> YearMonth:
        """Read `YYYY-MM`, the form used in facts.json."""
        year, month = text.split("-")[:2]
        return cls(int(year), int(month))

    def iso(self) -> str:
        """`YYYY-MM`, the form used in facts.json."""
        return f"{self.year:04d}-{self.month:02d}"

    def shift(self, months: int) -> YearMonth:
        """The month `months` later (or earlier when negative)."""
        return YearMonth.from_index(self.index + months)


REFERENCE_MONTH = YearMonth.parse(REFERENCE_DATE)
LAST_FULL_MONTH = REFERENCE_MONTH.shift(-1)
"""The latest month a role can start or end in: the month before the reference date."""


@dataclass(frozen=True)
class DateStyle:
    """How one resume writes its dates; a resume uses a single style throughout."""

    key: str
    separator: str
    present: str
    year_only: bool = False

    def month(self, when: YearMonth) -> str:
        """One date in this style."""
        return format_month(self.key, when)

    def span(self, start: YearMonth, end: YearMonth | None) -> str:
        """A start–end range; `None` as end means the role is current."""
        tail = self.present if end is None else self.month(end)
        return f"{self.month(start)}{self.separator}{tail}"


def format_month(key: str, when: YearMonth) -> str:
    """Write one month in the named style ("abbr" gives "Mar 2020")."""
    match key:
        case "abbr":
            return f"{MONTHS_ABBR[when.month - 1]} {when.year}"
        case "full":
            return f"{MONTHS_FULL[when.month - 1]} {when.year}"
        case "slash":
            return f"{when.month:02d}/{when.year}"
        case "iso":
            return when.iso()
        case "year":
            return str(when.year)
        case "apostrophe":
            return f"{MONTHS_DOTTED[when.month - 1]} '{when.year % 100:02d}"
    raise ValueError(f"unknown date style {key!r}")

DATE_STYLES = (
    DateStyle("abbr", " – ", "Present"),
    DateStyle("full", " - ", "Present"),
    DateStyle("slash", " – ", "present"),
    DateStyle("iso", " to ", "now"),
    DateStyle("year", " – ", "Present", year_only=True),
    DateStyle("year", " - ", "Present", year_only=True),
    DateStyle("apostrophe", " – ", "Present"),
    DateStyle("abbr", " to ", "current"),
    DateStyle("full", " — ", "Today"),
)
"""E.g. "Mar 2020 – Present", "03/2020", "2020-03 to now", "2017 - 2019", "Sept. '18"."""


def covered_months(start: YearMonth, end: YearMonth | None) -> tuple[int, int]:
    """Half-open month-index range a role covers.

    Both the start and end months count in full; a current role runs up to the
    reference date (so through the month before it).
    """
    stop = REFERENCE_MONTH.index if end is None else end.index + 1
    return start.index, stop


def merged_months(ranges: Iterable[tuple[int, int]]) -> int:
    """Months covered by the union of half-open ranges: overlaps count once."""
    total = 0
    cursor = None
    for lo, hi in sorted(ranges):
        if cursor is None or lo > cursor:
            total += hi - lo
            cursor = hi
        elif hi > cursor:
            total += hi - cursor
            cursor = hi
    return total


def total_years(spans: Iterable[tuple[YearMonth, YearMonth | None]]) -> float:
    """Years of experience from (start, end) spans, overlaps merged, one decimal."""
    months = merged_months(covered_months(start, end) for start, end in spans)
    return round(months / 12, 1)
