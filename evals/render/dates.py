"""How a rendered resume writes its dates: several real-world styles."""

from __future__ import annotations

from dataclasses import dataclass

from evals.render.model import PartialDate

_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class DateStyle:
    """One way of writing months and ranges ("Mar 2020 – Present", "03/2020 - Current")."""

    name: str
    month: str  # short, long, numeric, iso, apostrophe
    separator: str
    present: str

    def date(self, value: PartialDate) -> str:
        """One date in this style; a year-only date is written as the year."""
        if value.month is None:
            return str(value.year)
        m = value.month
        if self.month == "short":
            return f"{_SHORT[m - 1]} {value.year}"
        if self.month == "long":
            return f"{MONTH_NAMES[m - 1]} {value.year}"
        if self.month == "numeric":
            return f"{m:02d}/{value.year}"
        if self.month == "iso":
            return f"{value.year}-{m:02d}"
        return f"{_apostrophe_month(m)} '{value.year % 100:02d}"

    def range(self, start: PartialDate | None, end: PartialDate | None) -> str:
        """A start–end range; a missing end is written as the present word."""
        if start is None:
            return self.date(end) if end else ""
        return f"{self.date(start)}{self.separator}{self.date(end) if end else self.present}"


def _apostrophe_month(month: int) -> str:
    """ "Sept.", "Mar.", "May": abbreviated with a dot where something was cut."""
    if month == 9:
        return "Sept."
    long, short = MONTH_NAMES[month - 1], _SHORT[month - 1]
    return short if long == short else f"{short}."


STYLES: tuple[DateStyle, ...] = (
    DateStyle("short", "short", " – ", "Present"),
    DateStyle("numeric", "numeric", " - ", "Current"),
    DateStyle("long", "long", " to ", "Present"),
    DateStyle("apostrophe", "apostrophe", " – ", "Now"),
    DateStyle("iso", "iso", " — ", "Present"),
)


def style_for(resume_index: int, format_index: int) -> DateStyle:
    """A deterministic style per (resume, format), so every style is used across a set."""
    return STYLES[(resume_index + 2 * format_index) % len(STYLES)]
