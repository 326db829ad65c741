"""Places the parser recognises in any letter case.

A capitalised phrase after "in" is taken as a place anyway; this list lets a
lower-case one through ("who is in berlin?") without taking "in production"
or "in python" for places. Countries and regions come from the resume
parser's list; cities are the usual hiring hubs.
"""

from __future__ import annotations

import functools

from tools.recruiter_places import CITY_NAMES, COUNTRY_NAMES, fold
from tools.resume_places import COUNTRIES, REGIONS

CITIES = (
    "amsterdam", "athens", "atlanta", "austin", "bangalore", "bengaluru", "barcelona",
    "beijing", "belgrade", "berlin", "bogota", "boston", "brussels", "bucharest", "budapest",
    "buenos aires", "cairo", "cape town", "chennai", "chicago", "cologne", "copenhagen",
    "delhi", "denver", "dubai", "dublin", "edinburgh", "frankfurt", "gdansk", "geneva",
    "glasgow", "gothenburg", "hamburg", "helsinki", "ho chi minh city", "hong kong",
    "hyderabad", "istanbul", "jakarta", "johannesburg", "karachi", "krakow", "kyiv", "lagos",
    "lima", "lisbon", "ljubljana", "london", "los angeles", "lyon", "madrid", "manchester",
    "manila", "melbourne", "mexico city", "miami", "milan", "montreal", "moscow", "mumbai",
    "munich", "nairobi", "new york", "oslo", "paris", "porto", "prague", "pune", "riga",
    "rome", "rotterdam", "san francisco", "santiago", "sao paulo", "seattle", "seoul",
    "shanghai", "singapore", "sofia", "stockholm", "sydney", "taipei", "tallinn",
    "tel aviv", "tokyo", "toronto", "utrecht", "vancouver", "vienna", "vilnius", "warsaw",
    "washington", "wroclaw", "zagreb", "zurich", "brooklyn", "eindhoven", "the hague",
)


@functools.cache
def known_places() -> frozenset[str]:
    """Every known place name, folded (computed once; the lists never change)."""
    known = {fold(c) for c in CITIES} | {fold(c) for c in COUNTRIES} | {fold(r) for r in REGIONS}
    for group in (COUNTRY_NAMES, CITY_NAMES):
        for name, aliases in group.items():
            known.update(fold(a) for a in (name, *aliases))
    return frozenset(known)


def is_known_place(phrase: str) -> bool:
    """Whether the phrase names a known country, region or city (any case, any accents)."""
    folded = fold(phrase)
    folded = folded[4:] if folded.startswith("the ") else folded
    return folded in known_places()
