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
from tools.answer_star import StarParts, star_parts
from tools.answer_style import AnswerStyle, answer_style
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
    canonical_skill: str | None
    words: int
    injection: bool
    style: AnswerStyle
    terms: KeyTerms
    coverage: float | None
    ideal_coverage: float | None
    missing: list[str]
    relevance: Relevance | None
    specificity: Specificity | None
    star: StarParts | None

    @property
    def behavioural(self) -> bool:
        """A story question (situation–task–action–result)."""
        return self.style == "story"

    @property
    def names_skill(self) -> bool:
        """The answer names the question's skill (any alias)."""
        if not self.skill or self.specificity is None:
            return False
        wanted = {self.skill.lower(), (self.canonical_skill or "").lower()}
        return any(tool.lower() in wanted for tool in self.specificity.tools)

    @property
    def other_tools(self) -> int:
        """Named tools other than the question's skill."""
        if self.specificity is None:
            return 0
        wanted = {(self.skill or "").lower(), (self.canonical_skill or "").lower()}
        return sum(tool.lower() not in wanted for tool in self.specificity.tools)

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
    """Measure an answer; `behavioural=None` tells the question's style by its wording."""
    text, injection = strip_injection(answer or "")
    style = answer_style(question, behavioural=behavioural)
    terms = key_terms(question, skill=skill, taxonomy=taxonomy)
    words = word_count(text)
    common = {
        "question": question,
        "skill": skill,
        "canonical_skill": taxonomy.canonical(skill) if skill else None,
        "words": words,
        "injection": injection,
        "style": style,
        "terms": terms,
    }
    if words == 0:
        return AnswerSignals(
            answer="",
            coverage=None,
            ideal_coverage=None,
            missing=[],
            relevance=None,
            specificity=None,
            star=None,
            **common,
        )
    ideal = ideal_answer.strip() if ideal_answer and ideal_answer.strip() else None
    return AnswerSignals(
        answer=text,
        coverage=coverage(terms, text, taxonomy),
        ideal_coverage=_ideal_coverage(ideal, text, taxonomy),
        missing=missing_terms(terms, text, taxonomy),
        relevance=measure_relevance(question, text, embedder, ideal_answer=ideal),
        specificity=measure_specificity(text, taxonomy),
        star=star_parts(text) if style == "story" else None,
        **common,
    )


def _ideal_coverage(ideal: str | None, answer: str, taxonomy: Taxonomy) -> float | None:
    """Share of the ideal answer's heaviest terms that the answer also uses."""
    if ideal is None:
        return None
    terms = key_terms(ideal, skill=None, taxonomy=taxonomy)
    heaviest = dict(sorted(terms.stems.items(), key=lambda kv: (-kv[1], kv[0]))[:IDEAL_TERMS])
    top = KeyTerms(heaviest, terms.skills, terms.labels)
    return coverage(top, answer, taxonomy)
