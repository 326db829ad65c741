"""Places in a question → the candidate locations stored for the tenant.

Locations are stored as printed on resumes ("Berlin, Germany", "Toronto, ON,
Canada", "Bengaluru, Karnataka", "London, UK"). A recruiter asks for a city
or a country in their own words ("Bangalore", "the UK", "Canada", "the US"),
so each stored location is read into a set of tags — its parts, the country
its state or province implies, and the usual other names of both — and a
place matches a location when its canonical name is one of the tags.
Matching runs over the tenant's distinct locations (a few hundred strings
even for a large pool), and the search then filters on the exact values.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from tools.resume_places import CA_PROVINCES, US_STATES

COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "united kingdom": ("uk", "u.k.", "britain", "great britain", "england", "scotland", "wales"),
    "united states": ("us", "u.s.", "usa", "u.s.a.", "america", "united states of america"),
    "netherlands": ("the netherlands", "holland"),
    "germany": ("deutschland",),
    "canada": (),
    "india": (),
    "united arab emirates": ("uae",),
    "south korea": ("korea", "republic of korea"),
    "czech republic": ("czechia",),
    "turkey": ("türkiye", "turkiye"),
}
CITY_NAMES: dict[str, tuple[str, ...]] = {
    "bengaluru": ("bangalore",),
    "new york": ("nyc", "new york city", "ny"),
    "san francisco": ("sf", "bay area", "san francisco bay area"),
    "mumbai": ("bombay",),
    "munich": ("münchen", "munchen"),
    "cologne": ("köln", "koln"),
    "kyiv": ("kiev",),
    "gurugram": ("gurgaon",),
}
INDIAN_STATES = frozenset(
    {
        "karnataka", "maharashtra", "tamil nadu", "telangana", "andhra pradesh", "kerala",
        "delhi", "haryana", "uttar pradesh", "west bengal", "gujarat", "rajasthan", "punjab",
    }
)


def fold(text: str) -> str:
    """Lower-case without accents or stray spaces and dots, so spellings compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().replace(".", " ").split())


def _alias_table() -> dict[str, str]:
    """Every folded name or alias → the canonical place name."""
    table: dict[str, str] = {}
    for group in (COUNTRY_NAMES, CITY_NAMES):
        for name, aliases in group.items():
            for alias in (name, *aliases):
                table[fold(alias)] = name
    return table


def canonical_place(phrase: str) -> str:
    """The canonical name of a place phrase ("the UK" → "united kingdom")."""
    folded = fold(phrase)
    folded = folded[4:] if folded.startswith("the ") else folded
    return _alias_table().get(folded, folded)


def location_tags(location: str, table: dict[str, str]) -> set[str]:
    """What a stored location answers to: its parts, implied country, canonical names."""
    raw_parts = [part.strip() for part in location.split(",") if part.strip()]
    tags: set[str] = set()
    for raw in raw_parts:
        part = fold(raw)
        tags.add(part)
        tags.add(table.get(part, part))
        if raw.upper() in US_STATES and raw.isupper():
            tags.add("united states")
        if raw.upper() in CA_PROVINCES and raw.isupper():
            tags.add("canada")
        if part in INDIAN_STATES:
            tags.add("india")
    return tags


def matching_locations(places: Iterable[str], stored: Iterable[str]) -> list[str]:
    """The stored locations in any of the places, in stored order."""
    wanted = {canonical_place(place) for place in places if place.strip()}
    table = _alias_table()
    return [location for location in stored if wanted & location_tags(location, table)]
