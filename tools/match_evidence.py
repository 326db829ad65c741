"""Finding the resume line that shows a skill, to quote as evidence.

A recruiter trusts "'Python' — "Built payment APIs in Python and FastAPI""
more than a bare tick, so the quote prefers a line of work experience, then
other prose, and only then the skills list. Contact lines (emails, links,
phone numbers) are never quoted: they are not evidence of anything and may
hold personal data.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.resume import ParsedResume

if TYPE_CHECKING:
    from tools.taxonomy import Taxonomy

MAX_QUOTE = 160
_BULLET = re.compile(r"^\s*(?:[-*•·‣◦▪–—]|\d{1,2}[.)])\s+")
_CONTACT = re.compile(r"@|https?://|www\.|(?:\d[\s().-]*){7,}")
_LIST_SEPARATORS = re.compile(r"[,|•;/·]")
_SKILLS_LABEL = re.compile(r"^\s*(?:technical\s+)?(?:skills|technologies|tools|tech stack|stack)\b",
                           re.I)


def skill_key(name: str) -> str:
    """Case- and space-insensitive identity of a skill name."""
    return " ".join(name.casefold().split())


def literal_pattern(name: str) -> re.Pattern[str]:
    """A whole-word pattern for a skill name; short names must match their case.

    "Go" or "R" in lower case are ordinary words, so names of up to three
    characters are matched case-sensitively.
    """
    flags = 0 if len(name) <= 3 else re.IGNORECASE
    return re.compile(rf"(?<![\w+#.]){re.escape(name)}(?![\w+#])", flags)


def mentions(text: str, taxonomy: Taxonomy | None) -> list[tuple[str, int, int]]:
    """(skill key, start, end) of skills named in a text."""
    if taxonomy is not None:
        return [(skill_key(m.name), m.start, m.end) for m in taxonomy.find(text)]
    return []


def _norm(text: str) -> str:
    """Lower-case text with bullets and runs of whitespace removed."""
    return " ".join(_BULLET.sub("", text).casefold().split())


def _rank(line: str, experience: list[str], prose: list[str]) -> int:
    """0 for a line of work experience, 1 other prose, 2 a skills list."""
    norm = _norm(line)
    if _SKILLS_LABEL.match(_BULLET.sub("", line)) or len(_LIST_SEPARATORS.findall(line)) >= 3:
        return 2
    if len(norm) >= 15 and any(norm in block for block in experience):
        return 0
    return 1 if len(norm) >= 15 or any(norm in block for block in prose) else 2


def _window(line: str, start: int, end: int) -> str:
    """The line, or a word-aligned piece of it around the mention when too long."""
    if len(line) <= MAX_QUOTE:
        return line
    half = (MAX_QUOTE - (end - start)) // 2
    left, right = max(0, start - half), min(len(line), end + half)
    left = line.rfind(" ", 0, left) + 1 if left > 0 else 0
    right_space = line.find(" ", right)
    right = len(line) if right_space < 0 else right_space
    return ("…" if left else "") + line[left:right].strip() + ("…" if right < len(line) else "")


class EvidenceFinder:
    """Quotes resume lines for skills; built once per resume."""

    def __init__(
        self, resume: ParsedResume, lines: list[str], taxonomy: Taxonomy | None
    ) -> None:
        experience = [_norm(e.description) for e in resume.experience if e.description]
        prose = [_norm(t) for t in (resume.summary, resume.headline) if t]
        ranked: list[tuple[int, int, str]] = []
        for index, raw in enumerate(lines):
            text = _BULLET.sub("", raw).strip()
            if text and not _CONTACT.search(text):
                ranked.append((_rank(raw, experience, prose), index, text))
        ranked.sort(key=lambda item: (item[0], item[1]))
        # Each line is read by the taxonomy once, however many skills are looked up.
        self._lines = [(text, mentions(text, taxonomy)) for _, _, text in ranked]

    @staticmethod
    def _span(
        text: str, found: list[tuple[str, int, int]], name: str
    ) -> tuple[int, int] | None:
        """Where the skill is named in one line, by taxonomy alias or literally."""
        key = skill_key(name)
        for mention, start, end in found:
            if mention == key:
                return start, end
        literal = literal_pattern(name).search(text)
        return (literal.start(), literal.end()) if literal else None

    def quote(self, name: str) -> str | None:
        """The best line naming the skill, trimmed to a quotable length."""
        for text, found in self._lines:
            span = self._span(text, found, name)
            if span:
                return _window(text, *span)
        return None

    def evidence(self, name: str) -> str:
        """"'Python' — "quoted line"", or a note that it is only listed."""
        quote = self.quote(name)
        return f"'{name}' — \"{quote}\"" if quote else f"'{name}' — listed in the resume's skills"
