"""Everything the assessor measures about one answer, measured once.

The formula that turns these signals into a quality and a 1–5 score lives in
`tools.answer_quality`; the reasons and the follow-up are built from the same
signals, so what the assessment says is what the score used.
"""

from __future__ import annotations

from dataclasses import dataclass

from tools.answer_injection import strip_injection
from tools.answer_relevance import Relevance, TextEmbedder, measure_relevance
from tools.answer_specificity import Specificity, measure_specificity
from tools.answer_star import StarParts, is_behavioural, star_parts
from tools.answer_terms import KeyTerms, coverage, key_terms, missing_terms
from tools.answer_text import word_count
from tools.taxonomy import Taxonomy

IDEAL_TERMS = 12  # the ideal answer's heaviest terms an answer should share


@dataclass(frozen=True)
class AnswerSignals:
    """Measurements of one answer to one question."""

    question: str
    answer: str  # what was assessed: the answer without text addressed to the assessor
    skill: str | None
    words: int
    injection: bool
    behavioural: bool
    terms: KeyTerms
    coverage: float | None
    ideal_coverage: float | None
    missing: list[str]
    relevance: Relevance | None
    specificity: Specificity | None
    star: StarParts | None

    @property
    def empty(self) -> bool:
        """No words left to assess."""
        return self.words == 0


def measure_answer(
    question: str,
    answer: str,
    *,
    skill: str | None,
    embedder: TextEmbedder,
    taxonomy: Taxonomy,
    ideal_answer: str | None = None,
    behavioural: bool | None = None,
) -> AnswerSignals:
    """Measure an answer; `behavioural=None` tells story questions by their wording."""
    text, injection = strip_injection(answer or "")
    story = is_behavioural(question) if behavioural is None else behavioural
    terms = key_terms(question, skill=skill, taxonomy=taxonomy)
    words = word_count(text)
    if words == 0:
        return AnswerSignals(
            question, "", skill, 0, injection, story, terms, None, None, [], None, None, None
        )
    ideal = ideal_answer.strip() if ideal_answer and ideal_answer.strip() else None
    return AnswerSignals(
        question=question,
        answer=text,
        skill=skill,
        words=words,
        injection=injection,
        behavioural=story,
        terms=terms,
        coverage=coverage(terms, text, taxonomy),
        ideal_coverage=_ideal_coverage(ideal, text, taxonomy),
        missing=missing_terms(terms, text, taxonomy),
        relevance=measure_relevance(question, text, embedder, ideal_answer=ideal),
        specificity=measure_specificity(text, taxonomy),
        star=star_parts(text) if story else None,
    )


def _ideal_coverage(ideal: str | None, answer: str, taxonomy: Taxonomy) -> float | None:
    """Share of the ideal answer's heaviest terms that the answer also uses."""
    if ideal is None:
        return None
    terms = key_terms(ideal, skill=None, taxonomy=taxonomy)
    heaviest = dict(sorted(terms.stems.items(), key=lambda kv: (-kv[1], kv[0]))[:IDEAL_TERMS])
    top = KeyTerms(heaviest, terms.skills, terms.labels)
    return coverage(top, answer, taxonomy)
