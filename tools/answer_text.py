"""Cutting answers and questions into the pieces the assessor compares.

Sentences are found with their character offsets so that a quote taken from
a candidate's turn is always a verbatim substring of it. Fenced code blocks
are kept out of sentences (a block of code is not a sentence, and it would
drown the sentence embeddings) but stay in the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FENCE_RE = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)
INLINE_CODE_RE = re.compile(r"`([^`\n]+)`")
WORD_RE = re.compile(r"[A-Za-z_$][A-Za-z0-9_$+#]*")
_SENTENCE_RE = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s.!?]))+(?:[.!?]+|$)", re.MULTILINE)
_IDENTIFIER_RE = re.compile(r"[a-z][A-Z]|_|\$|\(\)|\w\.\w")
_INFLECTIONS = ("ating", "ated", "ing", "ed", "ly")
_DERIVATIONS = ("ational", "ation", "ition", "ional", "ate", "ion")
STEM_LENGTH = 6
MIN_SENTENCE_WORDS = 3


@dataclass(frozen=True)
class Span:
    """A sentence of a text: ``text[start:end] == sentence``."""

    sentence: str
    start: int
    end: int


def words(text: str) -> list[str]:
    """Word tokens (identifiers keep `_`, `$`, `+`, `#`; hyphens split words)."""
    return WORD_RE.findall(text)


def word_count(text: str) -> int:
    """Whitespace-separated words, the way people count them."""
    return len(text.split())


def stem(word: str) -> str:
    """A crude stem: lowercase, plural and one common ending off, six letters kept.

    Crude on purpose: "promises" must meet "promise", "delegation" meet
    "delegated" and "queries" meet "query"; a full stemmer is not worth a
    dependency for that, and both sides of a comparison are cut alike.
    """
    lowered = _singular(word.lower())
    lowered = _strip_first(lowered, _INFLECTIONS)
    lowered = _strip_first(lowered, _DERIVATIONS)
    if len(lowered) > 4 and lowered.endswith("e"):
        lowered = lowered[:-1]
    if len(lowered) > 3 and lowered.endswith("y"):
        lowered = lowered[:-1] + "i"
    return lowered[:STEM_LENGTH]


def _singular(word: str) -> str:
    if len(word) <= 3:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _strip_first(word: str, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:
        if len(word) >= len(suffix) + 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def stem_counts(text: str) -> dict[str, int]:
    """How often each stem occurs in a text (inline code counts as words)."""
    counts: dict[str, int] = {}
    for word in words(text):
        key = stem(word)
        counts[key] = counts.get(key, 0) + 1
    return counts


def is_identifier(word: str) -> bool:
    """camelCase, snake_case, `$x`, `f()` or `a.b`: written like code, so specific."""
    return bool(_IDENTIFIER_RE.search(word))


def without_code_blocks(text: str) -> str:
    """The text with fenced code blocks blanked out (offsets are kept)."""
    return FENCE_RE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def sentence_spans(text: str, *, min_words: int = MIN_SENTENCE_WORDS) -> list[Span]:
    """Sentences outside code blocks with at least `min_words` words, with offsets."""
    prose = without_code_blocks(text)
    spans: list[Span] = []
    for match in _SENTENCE_RE.finditer(prose):
        start, end = _trim(prose, match.start(), match.end())
        if end > start and word_count(prose[start:end]) >= min_words:
            spans.append(Span(text[start:end], start, end))
    return spans


def sentences(text: str, *, limit: int | None = None) -> list[str]:
    """The sentences of a text, at most `limit` of them (first ones kept)."""
    found = [span.sentence for span in sentence_spans(text)]
    return found[:limit] if limit is not None else found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding whitespace and list bullets."""
    while start < end and (text[start].isspace() or text[start] in "-*•>#"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return f"{cut}…"
