"""Quotes for a scorecard: verbatim sentences from the candidate's own turns.

A quote is always `turn.text[start:end]` of the turn it names (a long
sentence is cut to its first MAX_QUOTE_CHARS characters at a word boundary,
which is still a substring), so every quote occurs in the transcript. The
sentences chosen are the ones that best show the answer: the sentence the
assessor found closest to the question first, then the ones naming the
question's key terms and concrete things (numbers, tools). Sentences that
address the assessor are never quoted as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from core.interview import EvidenceQuote, TranscriptTurn
from tools.answer_injection import is_injection
from tools.answer_terms import KeyTerms, coverage
from tools.answer_text import Span, sentence_spans
from tools.taxonomy import Taxonomy

MAX_QUOTE_CHARS = 240
_CONCRETE_RE = re.compile(r"\d|`|\b[A-Z][a-z]+[A-Z]\w*")


@dataclass(frozen=True)
class Candidate:
    """A quotable sentence and how well it shows the answer."""

    turn: TranscriptTurn
    span: Span
    weight: float


def clip(text: str, start: int, end: int) -> str:
    """`text[start:end]`, or its first MAX_QUOTE_CHARS characters cut at a space."""
    quote = text[start:end]
    if len(quote) <= MAX_QUOTE_CHARS:
        return quote
    cut = quote[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-")


def quotable(turn: TranscriptTurn) -> list[Span]:
    """A turn's sentences, or the whole (trimmed) turn when it is one short line."""
    spans = [s for s in sentence_spans(turn.text, min_words=1) if not is_injection(s.sentence)]
    if spans or not turn.text.strip() or is_injection(turn.text):
        return spans
    start = len(turn.text) - len(turn.text.lstrip())
    end = len(turn.text.rstrip())
    return [Span(turn.text[start:end], start, end)]


def best_quotes(
    turns: Iterable[TranscriptTurn],
    terms: KeyTerms,
    taxonomy: Taxonomy,
    *,
    best_sentence: str | None = None,
    limit: int = 2,
) -> list[EvidenceQuote]:
    """Up to `limit` quotes that best show how the question was answered."""
    candidates = [
        Candidate(turn, span, _weight(span.sentence, terms, taxonomy, best_sentence))
        for turn in turns
        for span in quotable(turn)
    ]
    candidates.sort(key=lambda c: (-c.weight, c.turn.seq, c.span.start))
    return [
        EvidenceQuote(quote=clip(c.turn.text, c.span.start, c.span.end), turn=c.turn.seq)
        for c in candidates[:limit]
    ]


def _weight(sentence: str, terms: KeyTerms, taxonomy: Taxonomy, best: str | None) -> float:
    """Closest sentence first; then key terms, concrete detail and some length."""
    weight = 2.0 if best and sentence.strip() == best.strip() else 0.0
    weight += coverage(terms, sentence, taxonomy) or 0.0
    weight += 0.3 * bool(_CONCRETE_RE.search(sentence) or taxonomy.find(sentence))
    weight += 0.2 * min(len(sentence.split()), 25) / 25
    return weight
