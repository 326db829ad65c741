"""Headings of jobs sections that name a field ("Teaching Experience").

Resumes name their jobs sections by field as often as generically: "Teaching
Experience", "Marketing Related Experience", "Career Experience/Job History",
"Other Employment". No fixed list covers them, so the test is by shape: a
short capitalised line ending in "experience" or "employment" (or
"work/job/career history").
"""

from __future__ import annotations

import re

_EXPERIENCE_HEAD = re.compile(
    r"^(?P<words>[A-Za-z][A-Za-z &/,'-]*?)\s*\b(?:experience|employment"
    r"|(?:work|job|career|employment)\s+history)\s*:?$",
    re.IGNORECASE,
)
_CONNECTORS = frozenset({"and", "of", "or", "the", "in", "&", "/"})
_MAX_WORDS = 5


def is_experience_heading(line: str) -> bool:
    """True for "Teaching Experience", "OTHER EMPLOYMENT", "Career Experience/Job History"."""
    text = line.strip()
    words = text.rstrip(":").split()
    if not words or len(words) > _MAX_WORDS or _EXPERIENCE_HEAD.match(text) is None:
        return False
    tokens = [t for t in re.split(r"[\s/,-]+", text.rstrip(":")) if t]
    return all(t.lower() in _CONNECTORS or t[0].isupper() for t in tokens)
