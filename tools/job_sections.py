"""Split a job description into typed sections of bullets and paragraphs.

Job descriptions come in many shapes: markdown headings, "Requirements:" on a
line of its own, "Requirements: 4+ years ...; ...;" as an inline paragraph,
bullets, or wrapped prose. Downstream rules (which skills are required, which
lines are responsibilities) only need to know *what kind* of section a piece of
text sits in, so this module reduces every shape to a list of sections, each
holding whole units (one bullet or one paragraph, wrapped lines re-joined).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

SectionKind = Literal[
    "intro", "about", "role", "responsibilities", "required", "preferred", "benefits", "other"
]

_BULLET = re.compile(r"^\s*(?:[-*•·‣◦▪–—]|\d{1,2}[.)])\s+")
_MARKDOWN = re.compile(r"^\s*#{1,6}\s*|\*\*|__")
_INLINE_HEAD = re.compile(r"^(?P<head>[^:]{2,60}?)\s*:\s*(?P<rest>.*)$")
# Words that make a short line a job title ("Senior Engineer, Skills Platform")
# rather than a section heading ("Skills").
ROLE_NOUNS = re.compile(
    r"\b(?:engineer|developer|manager|designer|scientist|analyst|architect|director"
    r"|intern|specialist|consultant|administrator|lead|head|officer|programmer"
    r"|researcher|recruiter|coordinator|representative|technician|writer|vp)s?\b",
    re.IGNORECASE,
)

# Order matters: the first kind whose pattern matches a heading wins, so the
# more specific phrases ("preferred qualifications", "about the role") come
# before the generic ones ("qualifications", "about").
_HEADING_KINDS: tuple[tuple[SectionKind, re.Pattern[str]], ...] = (
    ("preferred", re.compile(
        r"nice[ -]to[ -]haves?|preferred|bonus|\bpluses\b|\bplus\b|good[ -]to[ -]haves?"
        r"|desirable|extra credit|would be (?:great|nice)|not required|optional"
        r"|stand out")),
    ("benefits", re.compile(
        r"benefit|perks|what we offer|we offer|compensation|salary|why (?:join|work)"
        r"|what's in it|our offer|package|^pay$|^rewards?$")),
    ("responsibilities", re.compile(
        r"responsibilit|what you(?:'ll| will)? (?:do|be doing|work on|own|achieve)"
        r"|day[ -]to[ -]day|in this role|your impact|duties|key tasks|your tasks"
        r"|what the job involves")),
    ("role", re.compile(
        r"about the (?:role|job|position)|the role|your role|role overview|the opportunity"
        r"|your mission|the position|the job")),
    ("required", re.compile(
        r"requirement|what you(?:'ll| will)? bring|must[ -]haves?|qualifications"
        r"|what we(?:'re| are)? look(?:ing)? for|what we ask|who you are|about you|you have"
        r"|you should have|what you need|essential|required|minimum|ideal candidate"
        r"|your profile|skills|experience|competenc|your background")),
    ("about", re.compile(
        r"^about\b|who we are|our company|the company|company overview|our mission"
        r"|our story|the team|our team")),
    ("other", re.compile(
        r"how to apply|equal opportunit|\beeo\b|diversity|interview process|good to know"
        r"|worth knowing|additional information|other information|practical details"
        r"|hiring process|location|logistics|our stack|tech stack|tools we use")),
)

# "Key: value" lines that describe the posting itself; they are data, not headings.
_META_KEYS = frozenset({
    "title", "job title", "position", "role", "company", "location", "locations",
    "remote", "work mode", "workplace", "employment type", "employment", "type",
    "job type", "contract", "salary", "pay", "department", "team", "level",
    "seniority", "start date", "reports to", "schedule", "hours", "working hours",
    "experience level", "seniority level", "career level", "job level", "work model",
    "workplace type", "contract type", "visa", "relocation", "travel", "compensation",
})


@dataclass(frozen=True)
class JobSection:
    """A run of units (bullets or paragraphs) under one heading."""

    kind: SectionKind
    heading: str
    units: tuple[str, ...]
    bulleted: tuple[bool, ...]


def normalize_text(text: str) -> str:
    """Unify line ends and typographic quotes so one set of patterns fits all."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("’", "'").replace("‘", "'").replace("\u00a0", " ")


def clean_line(line: str) -> str:
    """Drop markdown emphasis and heading markers, keep the words."""
    return _MARKDOWN.sub("", line).strip().strip("*_ ").strip()


def heading_kind(heading: str) -> SectionKind:
    """Classify a heading's words; unknown headings are 'other'."""
    lowered = normalize_text(heading).lower().strip(" :")
    for kind, pattern in _HEADING_KINDS:
        if pattern.search(lowered):
            return kind
    return "other"


def _looks_like_heading(text: str, raw: str) -> bool:
    """A short line with no sentence punctuation that names a section."""
    words = text.split()
    if not 1 <= len(words) <= 8 or len(text) > 70 or text[-1] in ".,;!?":
        return False
    if raw.lstrip().startswith("#") or text.endswith(":"):
        return True
    if _BULLET.match(raw) or ROLE_NOUNS.search(text):
        return False
    if text.isupper() and any(ch.isalpha() for ch in text):
        return True
    return len(words) <= 5 and heading_kind(text) != "other"


def split_heading(raw: str) -> tuple[str, str] | None:
    """Return (heading, inline rest) when a line opens a section, else None."""
    text = clean_line(raw)
    if not text:
        return None
    inline = _INLINE_HEAD.match(text)
    if inline and inline.group("rest") and not _BULLET.match(raw):
        head = inline.group("head").strip()
        if head.lower() in _META_KEYS or len(head.split()) > 6:
            return None
        return (head, inline.group("rest")) if heading_kind(head) != "other" else None
    if _looks_like_heading(text, raw):
        return text.rstrip(":").strip(), ""
    return None


def _continues(previous: str, line: str, indented: bool) -> bool:
    """Whether a non-bullet line wraps the previous unit rather than starting one."""
    if indented or line[:1].islower():
        return True
    return previous[-1:] not in ".!?:;" and len(previous.split("\n")[-1]) >= 60


def _units(lines: list[str]) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """Group a section's lines into bullets and paragraphs."""
    units: list[str] = []
    bullets: list[bool] = []
    open_unit = False
    for raw in lines:
        text = clean_line(raw)
        if not text:
            open_unit = False
            continue
        bullet = _BULLET.match(raw)
        if bullet:
            units.append(clean_line(raw[bullet.end():]))
            bullets.append(True)
        elif open_unit and _continues(units[-1], text, raw[:1] in " \t"):
            units[-1] = f"{units[-1]}\n{text}"
        else:
            units.append(text)
            bullets.append(False)
        open_unit = True
    return tuple(u.replace("\n", " ") for u in units), tuple(bullets)


def split_sections(text: str) -> list[JobSection]:
    """Cut the text at headings; text before the first heading is the intro."""
    chunks: list[tuple[str, list[str]]] = [("", [])]
    for raw in normalize_text(text).split("\n"):
        found = split_heading(raw)
        if found is None:
            chunks[-1][1].append(raw)
            continue
        heading, rest = found
        chunks.append((heading, [rest] if rest else []))
    sections: list[JobSection] = []
    for index, (heading, lines) in enumerate(chunks):
        units, bullets = _units(lines)
        if not units and not heading:
            continue
        kind: SectionKind = "intro" if index == 0 else heading_kind(heading)
        sections.append(JobSection(kind, heading, units, bullets))
    return sections
