"""Is an entry field a name (an employer, a school) or a piece of a sentence?

In flattened resumes the first line of a job's description often lands next
to its dates and is read as a header field ("Promoted to work with Business
Development on"). Names are written in capitals apart from a few linking
words ("Bank of America", "Cradles to Crayons"); sentences are mostly
lower-case words.
"""

from __future__ import annotations

import re

_LINKS = frozenset(
    {"and", "of", "the", "for", "to", "in", "on", "at", "de", "la", "du", "von", "van", "&"}
)
_WORD = re.compile(r"[^\s/()\[\],;:]+")
_DATED = re.compile(r"^\W*(?:[A-Za-z]+\.?\s+)?(?:19|20)\d{2}\W*$")  # "Summer 2014"
_DURATION = re.compile(r"^\W*\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|months?|mos?|weeks?)\b", re.I)


def reads_as_name(text: str) -> bool:
    """True for a field that can name an employer: some letters, and not a sentence."""
    if _DURATION.match(text) or _DATED.match(text):  # "9 Months", "Summer 2014"
        return False
    return any(len(w) >= 2 and w[:2].isalpha() for w in _WORD.findall(text)) and not is_prose(text)


def is_prose(text: str) -> bool:
    """True when two or more words are lower-case and not linking words."""
    lower = [
        w for w in _WORD.findall(text) if w[0].isalpha() and w.islower() and w not in _LINKS
    ]
    return len(lower) >= 2
