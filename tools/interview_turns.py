"""Transcript records as the interview keeps them in its checkpointed state.

Plain JSON-shaped dicts rather than pydantic models: they are serialised on
every checkpoint, and a plain dict round-trips through any checkpointer
without registering classes with its serializer. `to_transcript` gives the
typed contract (`core.interview.TranscriptTurn`) the brains take.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal, NotRequired, TypedDict

from core.interview import TranscriptTurn, TurnKind

Speaker = Literal["scout", "candidate"]


class TurnRecord(TypedDict):
    """One transcript line with what the store keeps beside its text."""

    seq: int
    """Position in the transcript, from 1; the idempotency key of the turn."""
    speaker: Speaker
    kind: TurnKind
    text: str
    question_id: str | None
    """The main question this turn asks or answers (None for consent and closing)."""
    audio_ref: str | None
    """File-store key of the spoken answer, when it was spoken."""
    started_at: str
    """ISO 8601 UTC: when Scout spoke, or when the question was put to the candidate."""
    ended_at: str | None
    """ISO 8601 UTC: when the answer arrived (None for Scout's turns)."""
    confidence: float | None
    """Speech-to-text confidence 0–1 of a spoken answer (None when typed)."""
    elapsed_s: float | None
    """Seconds from question to answer, when measured (None for scripted answers)."""


class Draft(TypedDict):
    """Something Scout is about to say, before it gets its place in the transcript."""

    kind: TurnKind
    text: str
    question_id: str | None


class AnswerPayload(TypedDict):
    """What a UI hands the interview when it resumes: an answer, or the end of input."""

    type: Literal["answer", "end"]
    text: NotRequired[str]
    confidence: NotRequired[float | None]
    audio_ref: NotRequired[str | None]
    elapsed_s: NotRequired[float | None]
    consent: NotRequired[bool | None]
    """An explicit consent choice (a button or `--no-consent`) instead of parsing the text."""
    received_at: NotRequired[str]


def now_iso() -> str:
    """The current UTC time as ISO 8601 (what the state keeps)."""
    return datetime.now(UTC).isoformat()


def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 time from the state back as an aware datetime."""
    return None if value is None else datetime.fromisoformat(value)


def scout_turn(seq: int, draft: Draft, *, at: str | None = None) -> TurnRecord:
    """Scout's line at position `seq`."""
    return TurnRecord(
        seq=seq,
        speaker="scout",
        kind=draft["kind"],
        text=draft["text"],
        question_id=draft["question_id"],
        audio_ref=None,
        started_at=at or now_iso(),
        ended_at=None,
        confidence=None,
        elapsed_s=None,
    )


def candidate_turn(seq: int, prompt: TurnRecord, payload: AnswerPayload) -> TurnRecord:
    """The candidate's reply to `prompt`; consent replies keep the consent kind."""
    return TurnRecord(
        seq=seq,
        speaker="candidate",
        kind="consent" if prompt["kind"] == "consent" else "answer",
        text=(payload.get("text") or "").strip(),
        question_id=prompt["question_id"],
        audio_ref=payload.get("audio_ref"),
        started_at=prompt["started_at"],
        ended_at=payload.get("received_at") or now_iso(),
        confidence=payload.get("confidence"),
        elapsed_s=payload.get("elapsed_s"),
    )


def to_transcript(turns: list[TurnRecord]) -> list[TranscriptTurn]:
    """The typed transcript the brains score."""
    return [
        TranscriptTurn(seq=t["seq"], speaker=t["speaker"], kind=t["kind"], text=t["text"])
        for t in turns
    ]
