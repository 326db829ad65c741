"""Searching resumes by meaning: vector recall, then a lexical check of the words asked.

"Who has worked on payment systems?" names no filter, so it is answered from
the resume chunks in the vector index (always searched within the asker's
tenant). Cosine similarity alone ranks well but cannot say where relevance
stops: a chunk about a whole job scores 0.3–0.6 against almost any
work-related question. So the chunks recalled by the vector search are also
read for the question's own words (crudely stemmed, weighted by how rare
they are among the recalled chunks): a candidate matches when one chunk
covers most of the weighted words, or when its similarity stands out.
Matching chunks are returned with the sentence that best shows the match,
which becomes the evidence quote.
"""

from __future__ import annotations

import asyncio
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from store.embeddings import Embedder
from store.vectors.base import SearchHit, VectorIndex

COVERAGE_MATCH = 0.6
"""Share of the question's weighted words one chunk must contain to count as a match."""
STRONG_SIMILARITY = 0.62
"""Cosine similarity that counts as a match on its own."""
RELATIVE_SIMILARITY = 0.06
"""With none of the question's words found, keep chunks this close to the best one."""
FLOOR_SIMILARITY = 0.35

_WORD = re.compile(r"[a-z0-9][a-z0-9+#./-]*[a-z0-9+#]|[a-z0-9]")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")
_SUFFIXES = (
    "isation", "ization", "ibility", "ability", "ations", "ation", "ments", "ment", "ings",
    "ated", "ing", "ers", "ies", "ate", "ion", "ible", "able", "ity", "ed", "er", "es", "ly",
    "s",
)
GENERIC_NOUNS = (
    "system",
    "service",
    "platform",
    "solution",
    "project",
    "tool",
    "engineer",
    "developer",
    "team",
    "area",
    "field",
    "domain",
    "thing",
    "stuff",
)
"""Head nouns that rarely carry the meaning of a question; their weight is cut to a quarter."""
_STOPWORD_TEXT = """
    a about above after again all also an and any anyone applicant applicants are as at gave
    give given
    background be been being below between both build building built but by can candidate
    candidates could did do does doing done during each ever experience experienced few
    find for from give good had has have having he her here him his how i if in into is it
    its know knows knowledge led list many me more most my no not of on one or other our out
    over own people person previous prior profile ran real really run same she should show
    skill skills so solid some someone strong such tell than that the their them then there
    these they this those through to too under until up us use used using very was we were
    what when where which while who whom whose why will with work worked working works would
    you your written wrote write writing made make making created create handled handle
    helped help involved responsible
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@dataclass(frozen=True)
class SemanticMatch:
    """A candidate found by meaning: similarity, word coverage and the best sentence."""

    candidate_id: str
    similarity: float
    coverage: float
    sentence: str
    section: str

    @property
    def relevance(self) -> float:
        """One number to rank by: similarity and word coverage, equally weighted."""
        return round(0.5 * self.similarity + 0.5 * self.coverage, 4)


def stem(word: str) -> str:
    """A crude stem: one common suffix and a final "e" removed, keeping four letters."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def words(text: str) -> list[str]:
    """Lower-case word tokens of a text."""
    return _WORD.findall(text.casefold())


def question_terms(text: str) -> list[str]:
    """The stems of a question's content words (stop words and filler removed)."""
    stems = [stem(w) for w in words(text) if w not in STOPWORDS and not w.isdigit()]
    return list(dict.fromkeys(s for s in stems if len(s) >= 2))


def alternatives(text: str) -> list[list[str]]:
    """The question's terms per alternative: "incident response or post-mortems" → two."""
    parts = [part for part in re.split(r"\s+or\s+|\s*/\s*", text) if part.strip()]
    found = [terms for terms in (question_terms(part) for part in parts) if terms]
    return found or [question_terms(text)]


def _weights(terms: Sequence[str], chunk_stems: Sequence[set[str]]) -> dict[str, float]:
    """Inverse document frequency of each term among the recalled chunks (0 if absent)."""
    total = len(chunk_stems)
    weights: dict[str, float] = {}
    for term in terms:
        seen = sum(1 for stems in chunk_stems if term in stems)
        weight = math.log(1 + total / seen) if seen else 0.0
        weights[term] = weight / 4 if term in _generic() else weight
    return weights


def _generic() -> frozenset[str]:
    """The stems of GENERIC_NOUNS."""
    return frozenset(stem(word) for word in GENERIC_NOUNS)


def _coverage(weights: dict[str, float], stems: set[str]) -> float:
    """Weighted share of the question's terms found in one chunk."""
    total = sum(weights.values())
    if total <= 0:
        return 0.0
    return sum(w for term, w in weights.items() if term in stems) / total


def _stems(text: str) -> set[str]:
    """Stems of a chunk's words; hyphenated words also count by their parts."""
    found: set[str] = set()
    for word in words(text):
        found.add(stem(word))
        if "-" in word:
            found.update(stem(part) for part in word.split("-") if part)
    return found


def best_sentence(text: str, terms: Sequence[str]) -> str:
    """The sentence of a chunk that holds most of the question's terms."""
    sentences = [s.strip() for s in _SENTENCE.split(text) if s.strip()] or [text]
    wanted = set(terms)
    return max(sentences, key=lambda s: len(wanted & _stems(s)))


async def recall(
    embedder: Embedder, vectors: VectorIndex, *, tenant_id: str, text: str, limit: int
) -> list[SearchHit]:
    """The tenant's chunks nearest to the text (the index adds the tenant filter itself)."""
    vector = await asyncio.to_thread(embedder.embed_one, text)
    return await asyncio.to_thread(
        vectors.search, tenant_id=tenant_id, vector=vector, limit=limit
    )


def select_matches(text: str, hits: Sequence[SearchHit]) -> list[SemanticMatch]:
    """Candidates whose best chunk matches the question, most relevant first."""
    terms = question_terms(text)
    chunk_stems = [_stems(str(h.payload.get("text", ""))) for h in hits]
    weights = [_weights(option, chunk_stems) for option in alternatives(text)]
    lexical = any(w > 0 for option in weights for w in option.values())
    best_similarity = max((h.score for h in hits), default=0.0)
    best: dict[str, SemanticMatch] = {}
    for hit, stems in zip(hits, chunk_stems, strict=True):
        coverage = max(_coverage(option, stems) for option in weights)
        if not _is_match(hit.score, coverage, lexical, best_similarity):
            continue
        candidate = str(hit.payload.get("candidate_id", ""))
        chunk_text = str(hit.payload.get("text", ""))
        match = SemanticMatch(
            candidate_id=candidate,
            similarity=round(hit.score, 4),
            coverage=round(coverage, 4),
            sentence=best_sentence(chunk_text, terms),
            section=str(hit.payload.get("section", "")),
        )
        if candidate and (candidate not in best or match.relevance > best[candidate].relevance):
            best[candidate] = match
    return sorted(best.values(), key=lambda m: (-m.relevance, m.candidate_id))


def _is_match(similarity: float, coverage: float, lexical: bool, best: float) -> bool:
    """Whether one chunk answers the question (see the module docstring)."""
    if similarity >= STRONG_SIMILARITY or (lexical and coverage >= COVERAGE_MATCH):
        return True
    if lexical:
        return False
    return similarity >= max(FLOOR_SIMILARITY, best - RELATIVE_SIMILARITY)
