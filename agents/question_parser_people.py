"""Facts about people in questions: employers, job titles, degrees, places, remote work.

"worked at Rivermark Insurance" (any time), "works at" / "currently at"
(their current job), "used to work at" / "formerly at" (a past job); "worked
as a data engineer", "with the title Staff Engineer"; "a master's in
statistics", "PhD"; "in Berlin", "based in the UK", "Toronto-based";
"remote". Company names and places are taken as written (capitalised);
lower-case places are accepted when they are known countries, regions or
cities, so "who is in berlin" works but "in production" is no place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agents.question_parser_places import is_known_place
from agents.question_parser_text import QuestionText
from core.recruiter import DegreeLevel
from tools.taxonomy import Taxonomy

_NAME_WORD = r"[A-Z0-9][\w&'.-]*"
_COMPANY = rf"(?P<x>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|&|of|and|de|du|la|the)){{0,5}})"
EMPLOYER = re.compile(
    r"\b(?P<when>used\s+to\s+(?:work|be\s+employed|be)|previously\s+(?:worked|was|been|employed)|"
    r"formerly\s+(?:worked|employed)|formerly|ex|worked|has\s+worked|have\s+worked|"
    r"work(?:s|ing)?|currently\s+(?:works|working|employed)|currently|employed|is|are)"
    r"\s*(?:-|\s)(?:at|for)?\s*" + _COMPANY,
)
_TITLE = r"(?P<t>[A-Za-z][\w/&+.-]*(?:\s+[A-Za-z][\w/&+.-]*){0,4})"
TITLE = (
    re.compile(r"\b(?:worked|working|works|work|served|serving|been|is|are|currently)\s+as\s+"
               r"(?:an?\s+|the\s+)?" + _TITLE),
    re.compile(r"\b(?:job\s+)?titles?\s+(?:of\s+|like\s+|containing\s+)?[\"“']?" + _TITLE, re.I),
    re.compile(r"\btitled\s+[\"“']?" + _TITLE, re.I),
)
_LEVEL = (
    r"(?P<lvl>ph\.?\s?d\.?|doctorate|doctoral|master'?s?|msc|m\.sc\.?|mba|"
    r"bachelor'?s?|bsc|b\.sc\.?|undergraduate)"
)
_FIELD_STOP = r"(?!and\b|or\b|with\b|who\b|from\b|at\b)"
_FIELD = rf"(?P<field>[A-Za-z][\w&-]*(?:\s+{_FIELD_STOP}[A-Za-z][\w&-]*){{0,3}})"
EDUCATION = (
    re.compile(rf"\b(?:an?\s+)?{_LEVEL}(?:\s+degrees?)?(?:\s+(?:in|of)\s+{_FIELD})?", re.I),
    re.compile(rf"\b(?:a\s+)?degree\s+in\s+{_FIELD}", re.I),
    re.compile(rf"\bstudied\s+{_FIELD}", re.I),
)
_PLACE = r"(?:the\s+)?[A-Za-zÀ-ÿ][\w'À-ÿ.-]*(?:\s+[A-ZÀ-Þ][\w'À-ÿ.-]*){0,2}"
PLACE = re.compile(
    rf"\b(?:in|from|based\s+in|located\s+in|living\s+in|lives\s+in|live\s+in|near|around)\s+"
    rf"(?P<p>{_PLACE}(?:\s*(?:,|or|/)\s*{_PLACE})*)"
)
PLACE_BASED = re.compile(rf"\b(?P<p>{_PLACE})-based\b")
REMOTE = re.compile(r"\b(?:fully\s+)?remote(?:ly)?\b|\bwork(?:s|ing)?\s+from\s+home\b", re.I)
_TRAILING = re.compile(r"\s+(?:and|or|of|the|&|de|du|la)$", re.I)
_STOP_TITLE = re.compile(
    r"\s+(?:and|or|with|who|in|at|for|from|that|which|before|after|since|on|by)\b.*$", re.I
)


@dataclass
class PeopleFacts:
    """What the question says about employers, titles, degrees and places."""

    employer: str | None = None
    employer_when: str = "any"
    title: str | None = None
    education_level: DegreeLevel | None = None
    education_field: str | None = None
    places: list[str] = field(default_factory=list)
    remote: bool = False


def _when(verb: str) -> str:
    """"past", "current" or "any" for the verb before an employer."""
    words = verb.casefold().split()
    if words[0] in ("used", "previously", "formerly", "ex"):
        return "past"
    if words[0] in ("works", "working", "work", "currently", "employed", "is", "are"):
        return "current"
    return "any"


def read_employer(text: QuestionText, facts: PeopleFacts) -> None:
    """"worked at X" / "works at X" / "used to work at X"."""
    for match in text.finditer(EMPLOYER):
        joined = match.group(0)
        if not re.search(r"\b(?:at|for)\b|ex-", joined, re.I):
            continue
        company = _TRAILING.sub("", match.group("x")).strip(" .,")
        if not company or company.casefold() in {"the", "a"}:
            continue
        text.take_match(match)
        facts.employer, facts.employer_when = company, _when(match.group("when"))
        return


def read_title(text: QuestionText, facts: PeopleFacts) -> None:
    """"worked as a data engineer", "title Staff Engineer"."""
    for pattern in TITLE:
        match = text.search(pattern)
        if match:
            title = _STOP_TITLE.sub("", match.group("t")).strip(" .,?\"”'")
            if title:
                text.take_match(match)
                facts.title = title
                return


def _level(raw: str) -> DegreeLevel:
    word = raw.casefold().replace(".", "").replace(" ", "")
    if word.startswith(("phd", "doctor")):
        return "phd"
    if word.startswith(("master", "msc", "mba")):
        return "master"
    return "bachelor"


def read_education(text: QuestionText, facts: PeopleFacts) -> None:
    """A degree level and/or field ("a master's in statistics", "degree in CS")."""
    for pattern in EDUCATION:
        match = text.search(pattern)
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("lvl"):
            facts.education_level = _level(groups["lvl"])
        if groups.get("field"):
            facts.education_field = _STOP_TITLE.sub("", groups["field"]).strip(" .,?")
        text.take_match(match)
        return


def is_place(phrase: str, taxonomy: Taxonomy) -> bool:
    """A capitalised phrase that is no skill, or a known place in any case."""
    bare = re.sub(r"^the\s+", "", phrase.strip(), flags=re.I)
    if not bare or bare.casefold() in {"the", "interview", "stage", "it", "them"}:
        return False
    if is_known_place(bare):
        return True
    return bare[0].isupper() and taxonomy.canonical(bare) is None


def read_places(text: QuestionText, facts: PeopleFacts, taxonomy: Taxonomy) -> None:
    """Places after "in"/"from"/"based in", or before "-based"; and remote work."""
    for pattern in (PLACE, PLACE_BASED):
        for match in list(text.finditer(pattern)):
            parts = [p.strip() for p in re.split(r"\s*(?:,|\bor\b|/)\s*", match.group("p"))]
            places = [p for p in parts if p and is_place(p, taxonomy)]
            if places and len(places) == len([p for p in parts if p]):
                text.take_match(match)
                facts.places.extend(re.sub(r"^the\s+", "", p, flags=re.I) for p in places)
    remote = text.search(REMOTE)
    if remote:
        text.take_match(remote)
        facts.remote = True
