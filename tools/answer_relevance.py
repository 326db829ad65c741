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

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


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
    """Embed question, answer, its sentences (and the ideal answer) once; compare."""
    parts = sentences(answer, limit=MAX_SENTENCES)
    extra = [ideal_answer] if ideal_answer else []
    vectors = embedder.embed([question, answer, *extra, *parts])
    q, whole = vectors[0], float(vectors[0] @ vectors[1])
    ideal = float(vectors[2] @ vectors[1]) if extra else None
    sims = vectors[2 + len(extra) :] @ q
    if len(sims) == 0:
        return Relevance(whole, whole, ideal, None)
    top = np.sort(sims)[::-1][:TOP_SENTENCES]
    return Relevance(whole, float(top.mean()), ideal, parts[int(np.argmax(sims))])
