"""Assess one interview answer: specific? complete? on topic? a 1–5 score and a follow-up.

`answer_quality` is the continuous value answers are ranked by (the eval
measures it); `assess_answer` maps it onto the `scout assess --json`
contract (`core.interview.AnswerAssessment`). The formula is documented in
`tools.answer_quality`. Text in the answer that addresses the assessor is
taken out before anything is measured (`tools.answer_injection`).
"""

from __future__ import annotations

from core.interview import AnswerAssessment
from tools import answer_quality as formula
from tools.answer_completeness import is_complete, missing_parts
from tools.answer_follow_up import follow_up_question
from tools.answer_relevance import TextEmbedder
from tools.answer_signals import AnswerSignals, measure_answer
from tools.answer_specificity import describe as describe_specificity
from tools.answer_star import describe as describe_star
from tools.taxonomy import Taxonomy

NO_ANSWER = "no answer"
INJECTION_NOTE = "text addressed to the assessor was ignored"
MISSING_WEIGHT = 0.5  # only terms at least this rare are named as missed
WELL_COVERED = 0.75
_PART_WORDS = {"why": "why", "example": "an example", "when": "when to use it"}


def answer_quality(
    question: str,
    answer: str,
    *,
    skill: str | None,
    embedder: TextEmbedder,
    taxonomy: Taxonomy,
    ideal_answer: str | None = None,
    behavioural: bool | None = None,
) -> float:
    """The continuous quality (0–1) behind the 1–5 score; higher is better."""
    signals = measure_answer(
        question,
        answer,
        skill=skill,
        embedder=embedder,
        taxonomy=taxonomy,
        ideal_answer=ideal_answer,
        behavioural=behavioural,
    )
    return formula.quality(signals)


def assess_answer(
    question: str,
    answer: str,
    *,
    skill: str | None,
    embedder: TextEmbedder,
    taxonomy: Taxonomy,
    ideal_answer: str | None = None,
    follow_ups_asked: int = 0,
    max_follow_ups: int = 2,
    behavioural: bool | None = None,
) -> AnswerAssessment:
    """Judge an answer; `behavioural=None` tells story questions by their wording."""
    signals = measure_answer(
        question,
        answer,
        skill=skill,
        embedder=embedder,
        taxonomy=taxonomy,
        ideal_answer=ideal_answer,
        behavioural=behavioural,
    )
    return assessment_of(signals, follow_ups_asked=follow_ups_asked, max_follow_ups=max_follow_ups)


def assessment_of(
    signals: AnswerSignals, *, follow_ups_asked: int = 0, max_follow_ups: int = 2
) -> AnswerAssessment:
    """The contract's view of measured signals (score, flags, reasons, follow-up)."""
    if signals.empty:
        reasons = [NO_ANSWER] + ([INJECTION_NOTE] if signals.injection else [])
        return AnswerAssessment(
            score=1, specific=False, complete=False, on_topic=False, reasons=reasons
        )
    complete = is_complete(signals)
    score = formula.score(signals, complete=complete)
    return AnswerAssessment(
        score=score,
        specific=bool(signals.specificity and signals.specificity.specific),
        complete=complete,
        on_topic=formula.on_topic(signals),
        follow_up=follow_up_question(
            signals,
            score=score,
            complete=complete,
            follow_ups_asked=follow_ups_asked,
            max_follow_ups=max_follow_ups,
        ),
        reasons=reasons_for(signals),
    )


def reasons_for(signals: AnswerSignals) -> list[str]:
    """Short, human reasons, in the order a reader weighs them."""
    reasons = [_topic_reason(signals)]
    if signals.specificity is not None:
        reasons.append(describe_specificity(signals.specificity))
    if signals.star is not None:
        reasons.append(describe_star(signals.star))
    else:
        reasons.extend(f"does not say {_PART_WORDS[part]}" for part in missing_parts(signals))
    if signals.words < 8:
        reasons.append(f"very short ({signals.words} words)")
    if signals.injection:
        reasons.append(INJECTION_NOTE)
    return reasons


def _topic_reason(signals: AnswerSignals) -> str:
    """On or off topic, with the key terms addressed or clearly missed."""
    if not formula.on_topic(signals):
        return "off topic: says little about what was asked"
    if signals.style == "story":
        return "on topic: tells a story that fits the question"
    if signals.style == "experience":
        return _experience_reason(signals)
    addressed = [t for t in signals.terms.top(4) if t not in signals.missing]
    weighty = [t for t in signals.missing if _weight(signals, t) >= MISSING_WEIGHT]
    if weighty and (signals.coverage or 0) < WELL_COVERED:
        missed = ", ".join(f"'{term}'" for term in weighty)
        return f"on topic, but does not address {missed}"
    if addressed:
        return "on topic: addresses " + ", ".join(f"'{term}'" for term in addressed[:3])
    return "on topic"


def _experience_reason(signals: AnswerSignals) -> str:
    """For questions about the candidate's own work: the skill and tools named."""
    tools = signals.other_tools
    named = f"names {tools} related tool{'s' if tools != 1 else ''}" if tools else ""
    if signals.skill and not signals.names_skill:
        if named:
            return f"on topic: {named}, though not {signals.skill} itself"
        return f"on topic, but never names {signals.skill}"
    about = f"talks about {signals.skill}" if signals.skill else ""
    detail = " and ".join(part for part in (about, named) if part)
    return f"on topic: {detail}" if detail else "on topic"


def _weight(signals: AnswerSignals, label: str) -> float:
    """Weight of a key term given by its label (skills weigh 1)."""
    if label in signals.terms.skills:
        return signals.terms.skills[label]
    keys = [k for k, v in signals.terms.labels.items() if v == label]
    return max((signals.terms.stems[k] for k in keys), default=0.0)
