"""A question being read: what has been understood is blanked out, the rest is left over.

Each reader of the offline parser (jobs, dates, scores, places, skills, …)
searches the working text, takes the span it understood, and the span turns
into spaces so no other reader takes it again and offsets stay valid. What
is left at the end is the part no filter understood, which is then searched
by meaning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}
NUMBER = r"(?:\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r")"
AT_LEAST = (
    r"(?:at\s+least|minimum(?:\s+of)?|min\.?|no\s+less\s+than|not\s+less\s+than|more\s+than|"
    r"over|above|greater\s+than|higher\s+than|better\s+than|upwards\s+of|>=|≥|>)"
)
AT_MOST = (
    r"(?:at\s+most|maximum(?:\s+of)?|max\.?|no\s+more\s+than|less\s+than|fewer\s+than|under|"
    r"below|lower\s+than|worse\s+than|<=|≤|<)"
)


def number(text: str) -> float:
    """A number written in digits or as a word ("five")."""
    word = text.strip().casefold()
    return float(NUMBER_WORDS[word]) if word in NUMBER_WORDS else float(word)


def bound_kind(comparator: str | None, plus: str | None) -> str:
    """"min", "max" or "exact" for a comparator phrase and an optional trailing "+"."""
    if plus:
        return "min"
    if comparator and re.fullmatch(AT_MOST, comparator.strip(), re.IGNORECASE):
        return "max"
    if comparator:
        return "min"
    return "exact"


class QuestionText:
    """The question with understood spans blanked out (offsets never move)."""

    def __init__(self, question: str) -> None:
        self.original = " ".join(question.replace("’", "'").split())
        self.work = self.original

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """The first match of a pattern in what is still unread."""
        return pattern.search(self.work)

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """All matches in what is still unread (take them in a later pass)."""
        return pattern.finditer(self.work)

    def take(self, start: int, end: int) -> str:
        """Mark a span as understood and return its original text."""
        taken = self.original[start:end]
        self.work = self.work[:start] + " " * (end - start) + self.work[end:]
        return taken

    def take_match(self, match: re.Match[str]) -> str:
        """Mark a whole match as understood."""
        return self.take(match.start(), match.end())

    def unread(self, start: int, end: int) -> bool:
        """Whether nothing in the span has been taken yet."""
        return self.work[start:end] == self.original[start:end]

    def leftover(self) -> str:
        """What no reader understood, as one line."""
        return " ".join(self.work.split())
