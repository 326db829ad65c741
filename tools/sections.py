"""Resume sections: find the headings, whatever they look like, and cut there.

Headings come as "EXPERIENCE", "## Work History", "Professional Experience:",
"E X P E R I E N C E", "Skills & Awards" or "Skills: Python, SQL" (a heading
with its content on the same line). A heading is recognised by its words, not
its looks: a short line that *is* a known section name, optionally followed by
"& something" or by inline content after a colon. Lines before the first
heading form the `header` section (name, headline, contact).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

SECTION_NAMES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "summary": (
        "summary", "professional summary", "career summary", "executive summary", "profile",
        "professional profile", "personal profile", "career profile", "about", "about me",
        "objective", "career objective", "professional objective", "overview", "introduction",
        "personal statement", "highlights", "summary of qualifications",
    ),
    "experience": (
        "experience", "work experience", "professional experience", "employment",
        "employment history", "work history", "career history", "relevant experience",
        "professional background", "experience summary", "positions held",
        "professional history", "internships", "internship", "internship experience",
        "industry experience", "relevant work experience", "job history", "work",
    ),
    "education": (
        "education", "academic background", "academics", "academic qualifications",
        "educational background", "education and training", "educational qualifications",
        "academic history", "academic profile", "qualifications",
    ),
    "skills": (
        "skills", "technical skills", "core competencies", "competencies", "key skills",
        "skills and tools", "technologies", "tech stack", "tools", "areas of expertise",
        "expertise", "skill set", "skillset", "skills summary", "it skills", "core skills",
        "technical proficiencies", "technical expertise", "tools and technologies",
        "professional skills", "hard skills", "technical competencies", "key competencies",
        "technical summary", "programming languages", "soft skills", "top skills",
        "digital skills", "computer skills", "job-related skills", "job related skills",
        "other skills", "digital competences",
    ),
    "certifications": (
        "certifications", "certification", "certificates", "licenses", "licences",
        "licenses and certifications", "certifications and licenses", "credentials",
        "professional certifications", "courses", "training", "courses and certifications",
    ),
    "languages": ("languages", "spoken languages", "language skills"),
    "projects": (
        "projects", "personal projects", "key projects", "side projects", "selected projects",
        "academic projects", "open source", "project experience", "portfolio",
    ),
    "contact": (
        "contact", "contact information", "contact details", "contact info",
        "personal information", "personal details", "personal info", "links",
    ),
    "awards": (
        "awards", "honors", "honours", "achievements", "accomplishments", "awards and honors",
        "honors and awards", "honours and awards",
    ),
    "publications": ("publications", "papers", "research", "talks", "presentations"),
    "volunteering": ("volunteering", "volunteer experience", "volunteer work", "volunteer"),
    "interests": ("interests", "hobbies", "hobbies and interests", "activities"),
    "references": ("references", "referees"),
    "other": ("additional information", "miscellaneous"),
})
_NO_INLINE = frozenset({"experience", "projects", "volunteering"})
# JSON Resume themes head sections "Work" and "Volunteer"; as a label ("Work: 555 0100",
# "Volunteer: yes") the words mean something else, so they are headings only on their own.
_ALONE_ONLY = frozenset({"work", "volunteer"})
# In a skills list, "Languages" (on its own or as "Languages: Go, Rust") labels a sub-list.
_SKILL_SUBLISTS = frozenset({"languages", "skills"})
_LOOKUP = MappingProxyType(
    {name: kind for kind, names in SECTION_NAMES.items() for name in names}
)
_MARKUP = re.compile(r"^[#=*_\s>-]+|[#=*_:|\s-]+$")
# "E X P E R I E N C E"; a kerned pair may come out as one glyph run: "E D U C AT I O N".
_SPACED_LETTERS = re.compile(r"^(?:[A-Za-z&]{1,2} ){3,}[A-Za-z]{1,2}$")
_INLINE = re.compile(r"^(?P<head>[A-Za-z][A-Za-z &/,'-]{1,40}?)\s*[:|]\s*(?P<rest>\S.*)$")


@dataclass(frozen=True)
class Section:
    """A run of lines under one heading; `kind` is one of SECTION_NAMES or header."""

    kind: str
    heading: str
    lines: tuple[str, ...]


def heading_kind(line: str) -> str | None:
    """The section kind a line announces on its own, or None."""
    key = _key(line)
    if not key or len(key) > 45:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    if "-" in key and key.replace("-", " and ") in _LOOKUP:
        return _LOOKUP[key.replace("-", " and ")]  # "Honors-Awards"
    for sep in (" and ", ", "):
        head = key.split(sep, 1)[0]
        if sep in key and head in _LOOKUP and len(key.split()) <= 5:
            return _LOOKUP[head]
    return None


def _key(line: str) -> str:
    """Lower-case heading words without markup, numbering or letter spacing."""
    text = line.strip()
    if _SPACED_LETTERS.match(text) and _mostly_single(text):
        text = re.sub(r"(?<=\w) (?=\w)", "", text)
    text = _MARKUP.sub("", text)
    text = re.sub(r"^(?:\d{1,2}[.)]|[ivx]{1,4}\.)\s+", "", text)
    text = text.replace("&", " and ").replace("+", " and ").replace("/", " and ")
    return re.sub(r"\s+", " ", text).strip().lower()


def _mostly_single(text: str) -> bool:
    """Letter-spaced: at least three in four tokens are single letters ("C O N TA C T")."""
    tokens = text.split()
    return sum(len(t) == 1 for t in tokens) >= 0.75 * len(tokens)


def inline_heading(line: str) -> tuple[str, str] | None:
    """`(kind, rest)` for "Skills: Python, SQL" style lines, else None."""
    match = _INLINE.match(line.strip().lstrip("#*_ "))
    if not match or _key(match.group("head")) in _ALONE_ONLY:
        return None
    kind = heading_kind(match.group("head"))
    return (kind, match.group("rest").strip()) if kind else None


def split_sections(lines: list[str]) -> list[Section]:
    """Cut lines into sections; the first one is always `header` (possibly empty)."""
    sections: list[Section] = []
    kind, heading, body = "header", "", []
    for line in lines:
        found = heading_kind(line)
        if kind == "skills" and found in _SKILL_SUBLISTS:
            found = None
        # "Tools: Jira, Git" inside a job is part of the job, not a new section.
        inline = None if found or kind in _NO_INLINE else inline_heading(line)
        if inline is not None and kind == "skills" and inline[0] in _SKILL_SUBLISTS:
            inline = None
        if found is None and inline is None:
            body.append(line)
            continue
        sections.append(Section(kind, heading, tuple(body)))
        if inline is not None:
            kind, heading, body = inline[0], line, [inline[1]]
        else:
            kind, heading, body = found or "other", line, []
    sections.append(Section(kind, heading, tuple(body)))
    return sections


def lines_of(sections: list[Section], *kinds: str) -> list[str]:
    """All lines of the sections of the given kinds, in document order."""
    return [line for section in sections if section.kind in kinds for line in section.lines]
