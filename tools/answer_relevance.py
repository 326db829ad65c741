"""How close an answer is in meaning to its question, whole and sentence by sentence.

Two views from the MiniLM embedder, taken in one batch:

- the cosine of the question and the whole answer (the model reads only its
  first `max_seq_length` tokens, so a long answer is judged by its start);
- sentence-level max-sim: the mean of the two best cosines between the
  question and single answer sentences, which finds the part of a long or
  rambling answer that does address the question.

semantic = max(whole, sentence max-sim). With an ideal answer, the answer's
cosine to it is measured too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from tools.answer_text import sentences

MAX_SENTENCES = 16
TOP_SENTENCES = 2


class TextEmbedder(Protocol):
    """What the assessor needs from `store.embeddings.Embedder`."""

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised vectors, one row per text."""
        ...


@dataclass(frozen=True)
class Relevance:
    """Cosines between question (and ideal answer) and the answer."""

    whole: float
    sentence: float
    ideal: float | None
    best_sentence: str | None

    @property
    def semantic(self) -> float:
        """The better of the whole-answer and the sentence-level view."""
        return max(self.whole, self.sentence)


def measure_relevance(
    question: str, answer: str, embedder: TextEmbedder, *, ideal_answer: str | None = None
) -> Relevance:
    """Embed question, answer, its sentences (and the ideal answer); compare.

    Short texts (question, sentences) and long ones (answer, ideal answer) go
    in separate batches: a batch is padded to its longest text, and padding
    short sentences up to a whole answer would triple the work.
    """
    found = sentences(answer, limit=MAX_SENTENCES)
    one = len(found) == 1 and found[0].strip() == answer.strip()
    parts = [] if one else found  # one sentence: the whole answer already is it
    short = embedder.embed([question, *parts])
    long = embedder.embed([answer, *([ideal_answer] if ideal_answer else [])])
    q, whole = short[0], float(short[0] @ long[0])
    ideal = float(long[1] @ long[0]) if ideal_answer else None
    sims = short[1:] @ q
    if len(sims) == 0:
        return Relevance(whole, whole, ideal, found[0] if found else None)
    top = np.sort(sims)[::-1][:TOP_SENTENCES]
    return Relevance(whole, float(top.mean()), ideal, parts[int(np.argmax(sims))])
