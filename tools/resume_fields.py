"""Cut an entry line ("Senior Engineer — Acme Corp, Berlin, Germany") into fields.

Entry lines join title, company, place and school with whatever the author
likes: pipes, dashes, middots, "at", "@", commas. Commas are the treacherous
one, since they also sit inside places ("Austin, TX") and company names
("ABC Company, Inc."), so places are taken off the end first and corporate
suffixes stay attached to their company.
"""

from __future__ import annotations

import re

from tools.contact import is_place
from tools.resume_places import is_country, is_known_place, is_place_word

_STRONG = re.compile(
    r"\s*\|\s*|\s+[—–]\s+|\s+-\s+|\s*[·•]\s*|\t|\s{2,}|\s+@\s+|\s+at\s+(?=[A-Z0-9])"
)
_COMMA = re.compile(
    r",\s+(?!(?:inc|ltd|llc|l\.l\.c|gmbh|corp|co|plc|ag|s\.a|sa|pvt|bv|b\.v|n\.v|se)\b)",
    re.IGNORECASE,
)
_EDGE_JUNK = " ,;:|·•—–-*_"
_LEADING_STOP = re.compile(r"^\s*\.\s+")  # ". Features editor" after "2012 - present."
_EMPTY_BRACKETS = re.compile(r"\(\s*[-–,]?\s*\)|\[\s*\]")


def tidy(text: str) -> str:
    """Strip separators off the ends, and brackets left unbalanced or empty."""
    text = _LEADING_STOP.sub("", _EMPTY_BRACKETS.sub("", text)).strip(_EDGE_JUNK)
    while text.startswith(("(", "[")) and not any(c in text for c in ")]"):
        text = text[1:].strip(_EDGE_JUNK)
    while text.endswith((")", "]")) and not any(c in text for c in "(["):
        text = text[:-1].strip(_EDGE_JUNK)
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip(_EDGE_JUNK)
    return text


def strong_fields(text: str) -> list[str]:
    """Fields split at unambiguous separators (pipes, spaced dashes, middots, "at")."""
    return [tidy(f) for f in _STRONG.split(text) if tidy(f)]


def comma_fields(text: str) -> list[str]:
    """A field split at commas, keeping "Company, Inc." together."""
    return [tidy(f) for f in _COMMA.split(text) if tidy(f)]


def take_location(field: str) -> tuple[str, str | None]:
    """Split a trailing place off a field: "Acme, Berlin, Germany" -> ("Acme", "Berlin, Germany").

    The last part must be a region or country; a state before a country
    joins the place too ("Mountain View, CA, USA", but "Acme, New York, NY").
    """
    text = tidy(field)
    parts = comma_fields(text)
    if len(parts) >= 2 and not is_place_word(parts[-1]) and is_known_place(parts[-1]):
        return ", ".join(parts[:-1]), parts[-1]  # "Acme Analytics, London"
    if len(parts) < 2 or not is_place_word(parts[-1]):
        return (text, None) if not is_place(text) else ("", text)
    size = 3 if len(parts) >= 3 and is_place_word(parts[-2]) and is_country(parts[-1]) else 2
    tail = ", ".join(parts[-size:])
    if not is_place(tail):
        return text, None
    return ", ".join(parts[:-size]), tail


def fields_with_location(text: str) -> tuple[list[str], str | None]:
    """All fields of a line, with the first place found taken out."""
    fields: list[str] = []
    location: str | None = None
    for field in strong_fields(text):
        rest, place = take_location(field) if location is None else (field, None)
        location = location or place
        fields += comma_fields(rest) if rest else []
    return fields, location
