"""Hard requirements stated in prose: minimum years of experience and education.

Numbers of years appear all over a posting ("founded 10 years ago", "ideally
8+ years"), so only clauses that state a requirement count: not the company
blurb, not the benefits, not a clause marked as a nice-to-have.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from tools.job_markers import Clause, is_optional
from tools.job_sections import JobSection

_NUMBER_WORDS: Mapping[str, int] = MappingProxyType({
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20,
})
_NUM = r"(?:\d{1,2}(?:\.\d)?|" + "|".join(_NUMBER_WORDS) + r")"
_YEARS = re.compile(
    rf"(?:(?P<pre>at least|a minimum of|minimum of|minimum|min\.?|over|more than)\s+)?"
    rf"(?P<n>{_NUM})\s*(?:(?P<plus>\+)|\s*(?P<range>-|–|to)\s*{_NUM}\+?|\s+or\s+more)?"
    rf"\s*(?:years?|yrs?)\b(?:'|’)?(?P<tail>[^.;\n]{{0,70}})",
    re.I,
)
_EXPERIENCE_TAIL = re.compile(
    r"\bexperience\b|\bexp\b|\bof (?:professional|hands-on|industry|relevant|commercial|work)"
    r"|\b(?:building|working|developing|writing|shipping|leading|managing|designing|in (?:a|an)\b)",
    re.I,
)
_NOT_EXPERIENCE = re.compile(r"^\s*(?:ago|old|of age|in business|running)\b", re.I)
_REQUIRING = frozenset({"intro", "role", "responsibilities", "required", "other"})

_DEGREE = re.compile(
    r"(?i:\b(?:bachelor'?s?|master'?s (?:degree|in)|masters? degree|master of|ph\.?\s?d"
    r"|doctorate|doctoral|associate'?s? degree|(?<![-\w])degree(?! of)|diploma)\b)"
    r"|\b(?:BS|BSc|B\.S\.|BA|B\.A\.|MS(?! Office| Excel| Teams)|MSc|M\.S\.|MBA|BEng|MEng"
    r"|B\.Tech|M\.Tech)\b"
)
_MAX_EDUCATION = 200
_SENTENCES = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])|;\s+")
_LEAD_IN = re.compile(r"^(?:requirements?|qualifications?|education)\s*:\s*", re.I)


def _number(token: str) -> float:
    """A digit string or a number word as a float."""
    return float(_NUMBER_WORDS.get(token.lower(), 0) or token)


def _years_in(text: str) -> list[float]:
    """Years of experience a clause asks for ("5+ years", "3-5 years" → 3)."""
    found: list[float] = []
    for match in _YEARS.finditer(text):
        tail = match.group("tail")
        if _NOT_EXPERIENCE.match(tail):
            continue
        explicit = match.group("pre") or match.group("plus") or match.group("range")
        if explicit or " or more" in match.group(0) or _EXPERIENCE_TAIL.search(tail):
            found.append(_number(match.group("n")))
    return found


def extract_min_years(clauses: list[Clause]) -> float | None:
    """The largest minimum stated in a requiring clause.

    The largest, because postings add narrower minimums next to the overall
    one ("7+ years of engineering, 2+ years leading a team").
    """
    years = [
        value
        for clause in clauses
        if clause.kind in _REQUIRING and not is_optional(clause.text)
        for value in _years_in(clause.text)
    ]
    return max(years) if years else None


def degree_at(text: str) -> int | None:
    """Where a clause first names a degree, if it does."""
    found = _DEGREE.search(text)
    return found.start() if found else None


def _education_text(unit: str) -> str:
    """The statement as written, minus a lead-in label, article and final stop."""
    text = _LEAD_IN.sub("", unit).strip().rstrip(".;,")
    text = re.sub(r"^(?:an?|the)\s+(?=\S)", "", text, flags=re.I)
    text = re.sub(r"(?<![Nn]o )(\bdegree)\s+(?:is\s+)?required\b", r"\1", text, flags=re.I)
    return text[:1].upper() + text[1:]


def extract_education(sections: list[JobSection]) -> str | None:
    """The bullet or paragraph that states the degree asked for, as written.

    The whole unit is kept ("No degree required; a Bachelor's ... is welcome")
    because its qualifiers matter to the scorer; an overlong paragraph is cut
    to the sentence that names the degree.
    """
    for section in sections:
        if section.kind in {"benefits", "about"}:
            continue
        for unit in section.units:
            if not _DEGREE.search(unit):
                continue
            if len(unit) > _MAX_EDUCATION:
                unit = next(c for c in _SENTENCES.split(unit) if _DEGREE.search(c))
            return _education_text(unit)
    return None
