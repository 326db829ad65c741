"""The interview graph's wiring, with an in-memory checkpointer and a scripted brain.

These pin the flow (consent, follow-up and repeat budgets, closing requests,
an interview cut short), not the quality of any brain: the offline brain is
exercised end to end in `test_interview_flow.py`.
"""

from __future__ import annotations

from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from core.interview import (
    AnswerAssessment,
    EvidenceQuote,
    InterviewDesign,
    InterviewQuestion,
    RubricDimension,
    Scorecard,
    ScorecardDimension,
)
from graphs.interview import build_interview_graph
from graphs.interview_state import InterviewDeps, InterviewLimits


class ScriptedBrain:
    """Vague means fewer than eight words: it draws a follow-up while the budget lasts."""

    name = "scripted"

    def plan(self, design, resume, resume_lines):
        return list(design.questions)

    def assess(self, question, answer, *, follow_ups_asked):
        vague = len(answer.split()) < 8
        return AnswerAssessment(
            score=2 if vague else 4,
            specific=not vague,
            complete=not vague,
            on_topic=True,
            follow_up="Could you give a concrete example?" if vague else None,
        )

    def score(
        self,
        design,
        questions,
        transcript,
        resume,
        resume_lines,
        *,
        low_confidence_turns=frozenset(),
        answer_seconds=None,
    ):
        asked = {t.seq + 1 for t in transcript if t.kind in ("question", "follow_up")}
        answers = [
            t
            for t in transcript
            if t.seq in asked and t.text.strip() and t.seq not in low_confidence_turns
        ]
        dimensions = [
            ScorecardDimension(
                name=d.name,
                score=3 if answers else None,
                weight=d.weight,
                evidence=[EvidenceQuote(quote=a.text, turn=a.seq) for a in answers[:1]],
            )
            for d in design.dimensions
        ]
        return Scorecard(
            overall=60 if answers else None,
            recommendation="yes" if answers else None,
            summary="scripted",
            dimensions=dimensions,
            brain=self.name,
        )


class MemoryRecords:
    """The store side, in memory, with the same idempotency as the real one."""

    def __init__(self) -> None:
        self.turns: dict[int, dict[str, Any]] = {}
        self.consent: bool | None = None
        self.tickets: dict[int, str] = {}
        self.finished: tuple[str, Scorecard] | None = None

    async def load_design(self, tenant_id, job_id):
        return InterviewDesign(
            job_id=job_id,
            dimensions=[
                RubricDimension(name="python", anchor_1="none", anchor_5="expert"),
                RubricDimension(name="teamwork", anchor_1="alone", anchor_5="leads"),
            ],
            questions=[
                InterviewQuestion(
                    id="q1",
                    text="How have you used Python?",
                    kind="technical",
                    dimension="python",
                    skill="python",
                ),
                InterviewQuestion(
                    id="q2",
                    text="Tell me about a disagreement in your team.",
                    kind="behavioural",
                    dimension="teamwork",
                ),
            ],
        )

    async def load_resume(self, tenant_id, resume_id):
        return None, []

    async def record_turns(self, tenant_id, interview_id, turns):
        for turn in turns:
            self.turns.setdefault(turn["seq"], turn)

    async def record_consent(self, tenant_id, interview_id, *, agreed):
        self.consent = agreed

    async def open_review(self, tenant_id, interview_id, *, reason, seq):
        return self.tickets.setdefault(seq, f"rev_{seq}")

    async def finish(self, tenant_id, interview_id, *, status, scorecard):
        self.finished = (status, scorecard)


STRONG = "I built a billing service in Python with FastAPI and cut latency by half."
STRONG_2 = "We disagreed on a schema change, so I wrote a prototype and we measured both options."


class Session:
    """One interview thread on a fresh graph."""

    def __init__(self, limits: InterviewLimits | None = None) -> None:
        self.records = MemoryRecords()
        self.graph = build_interview_graph().compile(checkpointer=InMemorySaver())
        self.deps = InterviewDeps(
            brain=ScriptedBrain(), records=self.records, limits=limits or InterviewLimits()
        )
        self.config = {"configurable": {"thread_id": "thread-1"}}
        self.state: dict[str, Any] = {}

    async def start(self) -> dict[str, Any]:
        start = {
            "interview_id": "int_1",
            "tenant_id": "t",
            "job_id": "job_1",
            "job_title": "Backend Engineer",
            "candidate_id": "cand_1",
            "resume_id": None,
        }
        self.state = await self.graph.ainvoke(start, self.config, context=self.deps)
        return self.state

    async def reply(self, text: str, **extra: Any) -> dict[str, Any]:
        payload = {"type": "answer", "text": text, **extra}
        self.state = await self.graph.ainvoke(
            Command(resume=payload), self.config, context=self.deps
        )
        return self.state

    async def leave(self) -> dict[str, Any]:
        self.state = await self.graph.ainvoke(
            Command(resume={"type": "end"}), self.config, context=self.deps
        )
        return self.state

    @property
    def pending(self) -> dict[str, Any] | None:
        return self.state.get("pending")

    def kinds(self) -> list[str]:
        return [t["kind"] for t in self.state["transcript"]]


async def test_declining_consent_ends_with_only_the_consent_record() -> None:
    session = Session()
    first = await session.start()
    assert first["pending"]["kind"] == "consent"
    assert "AI" in first["pending"]["text"]
    done = await session.reply("No, I do not agree.")
    assert done["status"] == "declined" and done["pending"] is None
    assert session.kinds() == ["consent", "consent"]
    assert session.records.consent is False
    assert session.records.finished is None
    assert sorted(session.records.turns) == [1, 2]


async def test_unclear_consent_is_asked_again_then_counts_as_declined() -> None:
    session = Session(InterviewLimits(max_consent_asks=2))
    await session.start()
    again = await session.reply("hmm, what?")
    assert again["pending"]["kind"] == "consent"
    done = await session.reply("maybe later")
    assert done["status"] == "declined"


async def test_follow_ups_are_bounded_and_strong_answers_move_on() -> None:
    session = Session(InterviewLimits(max_follow_ups=1))
    await session.start()
    await session.reply("yes")
    assert session.pending["kind"] == "question" and session.pending["question_id"] == "q1"
    await session.reply("Python, yes.")
    assert session.pending["kind"] == "follow_up"
    await session.reply("Scripts.")
    assert session.pending["kind"] == "question" and session.pending["question_id"] == "q2"
    await session.reply(STRONG_2)
    assert session.pending["kind"] == "closing"


async def test_low_confidence_answer_is_asked_again_not_assessed() -> None:
    session = Session(InterviewLimits(max_repeats=1, min_confidence=0.35))
    await session.start()
    await session.reply("yes")
    await session.reply("uh mumble", confidence=0.1)
    assert session.pending["kind"] == "question"
    assert "could you repeat" in session.pending["text"].lower()
    assert session.pending["question_id"] == "q1"
    await session.reply("mumble again", confidence=0.2)
    assert session.pending["question_id"] == "q2"
    await session.reply(STRONG_2, confidence=0.9)
    await session.reply("No questions, thanks.")
    assert session.state["status"] == "completed"
    _, scorecard = session.records.finished
    quoted = {e.turn for d in scorecard.dimensions for e in d.evidence}
    assert quoted and all(session.records.turns[t]["confidence"] == 0.9 for t in quoted)


async def test_closing_answers_what_is_assessed_and_opens_a_review_ticket() -> None:
    session = Session()
    await session.start()
    await session.reply("yes")
    await session.reply(STRONG)
    await session.reply(STRONG_2)
    assert session.pending["kind"] == "closing"
    await session.reply("What do you assess? And can a human review my interview?")
    said = session.pending["text"]
    assert "python, teamwork" in said
    assert "ticket rev_" in said
    assert len(session.records.tickets) == 1
    await session.reply("No, thank you.")
    assert session.state["status"] == "completed"
    assert session.state["transcript"][-1]["kind"] == "closing"
    assert session.records.finished[0] == "completed"


async def test_leaving_mid_interview_scores_it_as_incomplete() -> None:
    session = Session()
    await session.start()
    await session.reply("yes")
    await session.reply(STRONG)
    done = await session.leave()
    assert done["status"] == "incomplete"
    assert session.records.finished[0] == "incomplete"
    assert done["scorecard"]["dimensions"][0]["score"] == 3


async def test_turn_budget_closes_the_interview() -> None:
    session = Session(InterviewLimits(max_turns=6))
    await session.start()
    await session.reply("yes")
    await session.reply("Short.")
    assert session.pending["kind"] == "follow_up"
    await session.reply("Still short.")
    assert session.pending["kind"] == "closing"


@pytest.mark.parametrize("text", ["", "   "])
async def test_empty_answers_are_recorded_and_scored_as_no_evidence(text: str) -> None:
    session = Session(InterviewLimits(max_follow_ups=0))
    await session.start()
    await session.reply("yes")
    await session.reply(text)
    await session.reply(text)
    await session.reply("no")
    _, scorecard = session.records.finished
    assert scorecard.overall is None
    assert all(d.score is None for d in scorecard.dimensions)
