"""Terms of a job: work mode, seniority level and employment type.

Each is read from explicit "Key: value" lines first, then from phrases in the
text. Phrase checks run from the most specific to the most generic ("2 days
in the office" is hybrid even though it mentions the office), so the order of
the pattern tuples below is part of the rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from core.job import WorkMode

_WORDS: Mapping[str, int] = MappingProxyType(
    {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
)
_DAYS = re.compile(
    r"\b(?P<n>[1-5]|one|two|three|four|five)(?:\s*(?:-|–|to|or)\s*(?:[1-5]|two|three|four|five))?"
    r"\s+days?\s+(?:a|per|each)?\s*(?:week\s+)?(?:in|at|from)\s+(?:the|our)\s+(?:office|hq|studio)"
    r"|\b(?:in|at)\s+(?:the|our)\s+office\s+(?P<m>[1-5]|one|two|three|four|five)"
    r"(?:\s*(?:-|–|to|or)\s*(?:[1-5]|two|three|four))?\s+days?",
    re.I,
)
_MODE_KEY = re.compile(
    r"^\s*(?:remote|work\s*mode|workplace(?:\s+type)?|work\s+model|work\s+arrangement"
    r"|location|locations|where)\s*:\s*(?P<v>.+)$",
    re.I | re.M,
)
_HYBRID = re.compile(r"\bhybrid\b|partly remote|partially remote|split between home and", re.I)
_REMOTE = re.compile(
    r"fully[- ]remote|100\s*% remote|remote[- ](?:first|only|friendly)|work from anywhere"
    r"|\bremote (?:role|position|job|team|company|opportunity|work|within|in|across|from"
    r"|across|anywhere)\b|\(remote\b|\bis remote\b|\bcan be (?:done )?remote|distributed team"
    r"|\bremote(?:ly)? from\b|\bwork remotely\b",
    re.I,
)
_NOT_REMOTE = re.compile(r"\b(?:not|no|non)[- ]remote\b|\bremote work is not\b", re.I)
_ONSITE = re.compile(
    r"\bon[- ]?site\b|\bin[- ]office\b|\bin[- ]person\b|\boffice[- ]based\b"
    r"|in the office (?:five|5|every) days|\bfrom our office\b",
    re.I,
)

# "non-internship experience" asks for work that was not an internship.
_NOT_NEGATED = r"(?<!non-)(?<!non )"

# First match wins: a people-manager title outranks "senior" in front of it.
_TITLE_LEVELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("intern", re.compile(r"\bintern(?:ship)?\b|\bco-?op\b|\btrainee\b", re.I)),
    ("director", re.compile(r"\bdirector\b|\bvp\b|vice president|\bhead of\b|\bchief\b", re.I)),
    ("manager", re.compile(
        r"\b(?:engineering|people|team|development|delivery|software|data|it)\s+manager\b"
        r"|\bmanager,\s|\bmanager of\b|\bmanager\s*\((?:people|team)", re.I)),
    ("principal", re.compile(r"\bprincipal\b|\bdistinguished\b", re.I)),
    ("staff", re.compile(r"\bstaff\b", re.I)),
    ("lead", re.compile(r"\blead\b|\bleader\b", re.I)),
    ("senior", re.compile(r"\bsenior\b|\bsr\b\.?", re.I)),
    ("junior", re.compile(
        r"\bjunior\b|\bjr\b\.?|\bentry[- ]level\b|\bgraduate\b|\bnew grad", re.I)),
    ("mid", re.compile(r"\bmid(?:[- ]level)?\b|\bintermediate\b", re.I)),
    # Ladder numerals closing a title: "Software Development Engineer II".
    ("junior", re.compile(r"\s(?:I|1)\s*$")),
    ("mid", re.compile(r"\s(?:II|2)\s*$")),
    ("senior", re.compile(r"\s(?:III|IV|3|4)\s*$")),
)
_LEVEL_KEY = re.compile(
    r"^\s*(?:seniority|level|experience\s+level|seniority\s+level|career\s+level|job\s+level)"
    r"\s*:\s*(?P<v>.+)$",
    re.I | re.M,
)
_TEXT_LEVELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("intern", re.compile(rf"{_NOT_NEGATED}\binternship\b", re.I)),
    ("junior", re.compile(r"\bentry[- ]level\b|\bjunior[- ]level\b|\bnew grads?\b", re.I)),
    ("mid", re.compile(r"\bmid[- ]level\b|\bmid[- ]senior\b|\bintermediate[- ]level\b", re.I)),
    ("senior", re.compile(r"\bsenior[- ]level\b", re.I)),
)

_EMPLOYMENT_KEY = re.compile(
    r"^\s*(?:employment(?:\s+type)?|job\s+type|type|contract(?:\s+type)?|schedule|hours)"
    r"\s*:\s*(?P<v>.+)$",
    re.I | re.M,
)
_EMPLOYMENT: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("internship", re.compile(rf"{_NOT_NEGATED}\b(?:internship|intern)\b", re.I)),
    ("part-time", re.compile(r"\bpart[- ]time\b", re.I)),
    ("contract", re.compile(
        r"\bcontract(?:or)?\s*(?:role|position|basis|engagement|-to-hire|to hire|\)|$)"
        r"|\(contract|\bfreelance\b|\bfixed[- ]term\b|\b\d+[- ]month contract\b"
        r"|^contract\b|\bcontractor\b", re.I | re.M)),
    ("temporary", re.compile(r"\btemporary\b|\bseasonal\b|\btemp\b", re.I)),
    ("full-time", re.compile(r"\bfull[- ]time\b|\bpermanent\b", re.I)),
)


def _mode_of(phrase: str) -> WorkMode | None:
    """Work mode named by one phrase, most specific reading first."""
    days = _DAYS.search(phrase)
    if days:
        count = days.group("n") or days.group("m")
        number = _WORDS.get(count.lower()) or int(count)
        return "onsite" if number >= 5 else "hybrid"
    if _HYBRID.search(phrase):
        return "hybrid"
    if _NOT_REMOTE.search(phrase):
        return "onsite"
    if _REMOTE.search(phrase) or re.search(r"^\W*remote\b|\bremote\W*$", phrase, re.I):
        return "remote"
    if _ONSITE.search(phrase):
        return "onsite"
    return None


def extract_remote(text: str, header: tuple[str, ...] = ()) -> WorkMode | None:
    """Work mode from "Remote:/Work mode:/Location:" lines, the header, then the text."""
    for found in _MODE_KEY.finditer(text):
        value = found.group("v").strip()
        if re.fullmatch(r"(?:yes|true)\W*", value, re.I):
            return "remote"
        if re.fullmatch(r"(?:no|false)\W*", value, re.I):
            return "onsite"
        mode = _mode_of(value)
        if mode:
            return mode
    for line in header:
        mode = _mode_of(line)
        if mode:
            return mode
    return _mode_of(text)


def _level_in(value: str, levels: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    """The first level whose pattern matches."""
    for level, pattern in levels:
        if pattern.search(value):
            return level
    return None


def title_level(title: str) -> str | None:
    """The seniority a job title names ("Senior ...", "Staff ...", "... Intern")."""
    return _level_in(title, _TITLE_LEVELS)


def extract_seniority(
    title: str | None, text: str, min_years: float | None, header: tuple[str, ...] = ()
) -> str | None:
    """Level from a "Seniority:" line, the title, the header, level phrases, then years.

    Years map to a level only as a last resort: 0–1 junior, 2–4 mid, 5+ senior,
    the usual bands on engineering career ladders.
    """
    for found in _LEVEL_KEY.finditer(text):
        level = _level_in(found.group("v"), _TITLE_LEVELS)
        if level:
            return level
    for source in (title or "", " ".join(header)):
        level = _level_in(source, _TITLE_LEVELS)
        if level:
            return level
    level = _level_in(text, _TEXT_LEVELS)
    if level or min_years is None:
        return level
    if min_years < 2:
        return "junior"
    return "mid" if min_years < 5 else "senior"


def _employment_in(value: str) -> str | None:
    """The employment type one short phrase names."""
    for kind, pattern in _EMPLOYMENT:
        if pattern.search(value):
            return kind
    return None


def extract_employment_type(
    text: str, title: str | None, header: tuple[str, ...] = ()
) -> str | None:
    """Employment type from a "Type:" line, the title, the header, then the earliest phrase."""
    for found in _EMPLOYMENT_KEY.finditer(text):
        kind = _employment_in(found.group("v"))
        if kind:
            return kind
    for source in (title or "", *header):
        kind = _employment_in(source)
        if kind:
            return kind
    hits: list[tuple[int, str]] = []
    for kind, pattern in _EMPLOYMENT:
        found = pattern.search(text)
        if found and not (kind == "internship" and found.group(0).lower() == "intern"):
            hits.append((found.start(), kind))
    return min(hits)[1] if hits else None
