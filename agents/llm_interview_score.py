"""Interview scoring with a model: dimension scores and quotes judged, the rest computed.

The model scores each rubric dimension 1–5 and picks quotes; a quote counts
only when it occurs word for word in a candidate turn it names, and a
dimension whose quotes all fail keeps its offline score and evidence. The
overall (weighted mean), the recommendation band, claims and flags are the
software's. The summary is the model's when it states only the computed
numbers, else the offline one.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from agents.llm_guards import SourceText, quote_in, states_only, ungrounded_employers
from agents.llm_role import Fallback, RoleContext
from agents.llm_runtime import LlmTask
from agents.llm_tools import find_quote_tool
from agents.redaction import Redactor
from core.interview import (
    EvidenceQuote,
    InterviewDesign,
    Scorecard,
    ScorecardDimension,
    TranscriptTurn,
)
from prompts.llm_interview import INTERVIEW_SCORING
from tools.scorecard_verdict import overall_score, recommendation
from tools.scorecard_verdict import summary as computed_summary

ROLE = "interview_scoring"
MAX_QUOTES = 3


class QuoteOut(BaseModel):
    """A quote and the turn it is from."""

    quote: str
    turn: int


class DimensionOut(BaseModel):
    """One rubric dimension as the model scored it."""

    name: str
    score: float | None = Field(None, ge=1, le=5)
    evidence: list[QuoteOut] = Field(default_factory=list)


class ScoringOut(BaseModel):
    """The model's answer for a whole interview."""

    dimensions: list[DimensionOut] = Field(default_factory=list)
    summary: str = ""


def _rubric(design: InterviewDesign) -> str:
    return "\n".join(f"{d.name} | {d.weight:g} | {d.anchor_1} | {d.anchor_5}"
                     for d in design.dimensions)


def _transcript(transcript: list[TranscriptTurn], skip: frozenset[int]) -> str:
    return "\n".join(f"{t.seq} | {t.speaker} | {t.text}" for t in transcript if t.seq not in skip)


def grounded_quotes(
    found: DimensionOut, turns: dict[int, TranscriptTurn], skip: frozenset[int]
) -> list[EvidenceQuote]:
    """The quotes that occur in the candidate turn they name (low-confidence turns excluded)."""
    kept: list[EvidenceQuote] = []
    for item in found.evidence:
        turn = turns.get(item.turn)
        if turn and turn.speaker == "candidate" and item.turn not in skip \
                and quote_in(item.quote, turn.text):
            kept.append(EvidenceQuote(quote=item.quote.strip(), turn=item.turn))
    return kept[:MAX_QUOTES]


def merge_dimensions(
    context: RoleContext, offline: Scorecard, found: ScoringOut,
    transcript: list[TranscriptTurn], skip: frozenset[int],
) -> list[ScorecardDimension]:
    """Model scores where their quotes are grounded; the offline dimension elsewhere."""
    turns = {t.seq: t for t in transcript}
    by_name = {d.name: d for d in found.dimensions}
    merged: list[ScorecardDimension] = []
    for base in offline.dimensions:
        judged = by_name.get(base.name)
        quotes = grounded_quotes(judged, turns, skip) if judged else []
        if judged is None or judged.score is None or not quotes:
            if judged is not None and judged.evidence and not quotes:
                context.guard(ROLE, f"{base.name}: no quote found in the transcript")
            merged.append(base)
            continue
        merged.append(base.model_copy(update={"score": round(judged.score, 1),
                                              "evidence": quotes}))
    return merged


def score_with_llm(
    context: RoleContext,
    redactor: Redactor,
    design: InterviewDesign,
    transcript: list[TranscriptTurn],
    offline: Scorecard,
    *,
    low_confidence_turns: frozenset[int] = frozenset(),
) -> Scorecard:
    """The scorecard with the model's grounded judgement, or the offline one."""
    if offline.insufficient_evidence or offline.overall is None:
        return offline
    reply = context.ask(LlmTask(
        role=ROLE, prompt=INTERVIEW_SCORING, schema=ScoringOut,
        values={"rubric": _rubric(design),
                "transcript": _transcript(transcript, low_confidence_turns)},
        redactor=redactor, scope=context.scope, tools=[find_quote_tool(transcript)],
        shrink="transcript",
    ))
    if isinstance(reply, Fallback) or not isinstance(reply.data, ScoringOut):
        why = reply.kind if isinstance(reply, Fallback) else "unusable answer"
        return offline.model_copy(update={"brain": f"offline (llm {why})"})
    dimensions = merge_dimensions(context, offline, reply.data, transcript, low_confidence_turns)
    overall = overall_score(dimensions)
    if overall is None:
        return offline
    verdict = recommendation(overall)
    summary = reply.data.summary.strip()
    computed: list[float | str] = [overall, *(d.score for d in dimensions if d.score), 1, 5]
    source = SourceText("\n".join(t.text for t in transcript))
    dropped = ungrounded_employers(summary, source)
    if not summary or dropped or not states_only(summary, computed):
        context.dropped(ROLE, dropped)
        context.guard(ROLE, "summary replaced: ungrounded names or numbers")
        summary = computed_summary(overall, verdict, dimensions, offline.claims)
    return offline.model_copy(update={
        "dimensions": dimensions, "overall": overall, "recommendation": verdict,
        "summary": summary, "brain": "llm",
    })
