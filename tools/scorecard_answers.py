"""Which candidate turns answer which question, read back from the transcript.

A scout "question" turn opens a question: it is matched to the planned
question whose text it contains (the graph may add a prefix such as
"Question 2 of 8:"), else the most similar text (ratio ≥ MATCH_RATIO), else
the next question not asked yet. Candidate "answer" turns after it, and
after its follow-ups, belong to it. Consent and closing turns close it, so
what the candidate says at the end is not scored. Answer turns whose
transcript had low confidence are kept apart: they are not evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from core.interview import InterviewQuestion, TranscriptTurn

MATCH_RATIO = 80.0


@dataclass
class AnsweredQuestion:
    """A question with the candidate turns that answer it."""

    question: InterviewQuestion
    turns: list[TranscriptTurn] = field(default_factory=list)
    unreliable: list[TranscriptTurn] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The usable answer turns joined, main answer first."""
        return "\n".join(turn.text.strip() for turn in self.turns if turn.text.strip())

    @property
    def answered(self) -> bool:
        """At least one usable (not low-confidence) answer turn."""
        return bool(self.turns)


def pair_answers(
    questions: Sequence[InterviewQuestion],
    transcript: Sequence[TranscriptTurn],
    low_confidence_turns: frozenset[int] = frozenset(),
) -> list[AnsweredQuestion]:
    """Every asked question with its answer turns, in the order asked."""
    asked: list[AnsweredQuestion] = []
    current: AnsweredQuestion | None = None
    for turn in sorted(transcript, key=lambda t: t.seq):
        if turn.speaker == "scout" and turn.kind == "question":
            current = _open(turn.text, questions, asked)
        elif turn.kind in ("consent", "closing"):
            current = None
        elif turn.speaker == "candidate" and turn.kind == "answer" and current is not None:
            bucket = current.unreliable if turn.seq in low_confidence_turns else current.turns
            bucket.append(turn)
    return asked


def _open(
    text: str, questions: Sequence[InterviewQuestion], asked: list[AnsweredQuestion]
) -> AnsweredQuestion | None:
    """The entry for the question a scout turn asks; a repeated question reuses its entry."""
    question = match_question(text, questions, {a.question.id for a in asked})
    if question is None:
        return None
    for entry in asked:
        if entry.question.id == question.id:
            return entry
    entry = AnsweredQuestion(question)
    asked.append(entry)
    return entry


def match_question(
    text: str, questions: Sequence[InterviewQuestion], asked_ids: set[str]
) -> InterviewQuestion | None:
    """Contained text first, then the most similar text, then the next unasked question."""
    spoken = " ".join(text.split()).lower()
    for question in questions:
        if " ".join(question.text.split()).lower() in spoken:
            return question
    scored = [(fuzz.ratio(spoken, q.text.lower()), -i) for i, q in enumerate(questions)]
    if scored:
        ratio, neg_index = max(scored)
        if ratio >= MATCH_RATIO:
            return questions[-neg_index]
    return next((q for q in questions if q.id not in asked_ids), None)
