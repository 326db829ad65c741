"""Grounding: what a model extracts must occur in the source text, or it is dropped.

A model may word, explain and judge; it may not introduce facts. An
employer, job title, school or skill that is not in the source text is
dropped and logged (`Dropped`), and quotes must occur in the turn they cite.
Numbers that can be computed — years of experience, skill coverage, overall
scores from weights — are always computed by code elsewhere; these helpers
only decide what text is allowed through.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from agents.redaction import PLACEHOLDER
from tools.taxonomy import Taxonomy

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"[\w+#]+(?:[./&'’-][\w+#]+)*")


@dataclass(frozen=True)
class Dropped:
    """One extracted value that was not in the source, and what kind of value it was."""

    kind: str
    value: str


def normalise(text: str) -> str:
    """Case-, accent- and spacing-insensitive form for containment checks."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_TOKEN.findall(text.casefold()))


class SourceText:
    """A source text prepared once for many "does this occur?" questions."""

    def __init__(self, text: str) -> None:
        self._text = f" {normalise(text)} "
        self._words = set(self._text.split())

    def contains(self, value: str) -> bool:
        """True when `value` occurs as a phrase, or each of its words occurs as a word."""
        wanted = normalise(PLACEHOLDER.sub(" ", value))
        if not wanted:
            return False
        if f" {wanted} " in self._text:
            return True
        words = [w for w in wanted.split() if len(w) > 1]
        return bool(words) and all(w in self._words for w in words)


def keep_grounded(
    kind: str, values: Iterable[str], source: SourceText, dropped: list[Dropped]
) -> list[str]:
    """The values that occur in the source; the others are recorded in `dropped`."""
    kept: list[str] = []
    for value in values:
        if source.contains(value):
            kept.append(value)
        else:
            dropped.append(Dropped(kind, value))
    return kept


def grounded_or_none(
    kind: str, value: str | None, source: SourceText, dropped: list[Dropped]
) -> str | None:
    """`value` if it occurs in the source, else None (recorded in `dropped`)."""
    if value is None or not value.strip():
        return None
    if source.contains(value):
        return value
    dropped.append(Dropped(kind, value))
    return None


def ground_skills(
    names: list[str], taxonomy: Taxonomy, text: str, source: SourceText, dropped: list[Dropped]
) -> list[str]:
    """Canonical skills the resume mentions (by name or alias); the rest dropped."""
    mentioned = {m.name for m in taxonomy.find(text)}
    kept: list[str] = []
    for name in names:
        canonical = taxonomy.canonical(name)
        if canonical and (canonical in mentioned or source.contains(name)):
            kept.append(canonical)
        else:
            dropped.append(Dropped("skill", name))
    return list(dict.fromkeys(kept))


def quote_in(quote: str, text: str) -> bool:
    """True when a quote occurs word for word (ignoring case, spacing and punctuation)."""
    wanted = normalise(quote)
    return bool(wanted) and f" {wanted} " in f" {normalise(text)} "


def log_dropped(role: str, dropped: list[Dropped]) -> None:
    """Say what was dropped, by kind, without repeating personal data in the log."""
    for item in dropped:
        log.warning("llm %s: dropped ungrounded %s %r", role, item.kind, item.value[:60])


def numbers_in(text: str) -> set[str]:
    """The numbers a text states ("87.5", "5"), to check them against computed ones."""
    return {n.rstrip(".") for n in re.findall(r"\d+(?:\.\d+)?", text)}


def states_only(text: str, allowed: Iterable[float | int | str]) -> bool:
    """True when every number in `text` is one of the allowed (computed) values."""
    permitted: set[str] = set()
    for value in allowed:
        if isinstance(value, str):
            permitted |= numbers_in(value)
            continue
        number = float(value)
        permitted |= {f"{number:g}", f"{number:.0f}", f"{number:.1f}", f"{round(number)}"}
    return numbers_in(text) <= permitted


_EMPLOYER = re.compile(
    r"\b(?:at|for|with|from|joined|by)\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:of\s+|&\s+)?"
    r"[A-Z][\w&.'’-]*)*)"
)


def ungrounded_employers(text: str, source: SourceText) -> list[Dropped]:
    """Organisations a free text names ("at Initech") that the source never mentions."""
    found = (m.group("name").rstrip(".'’") for m in _EMPLOYER.finditer(text))
    return [Dropped("employer", name) for name in found if not source.contains(name)]
