"""The interview graph's nodes: each reads the state, calls one capability, returns an update.

Nodes may run again after a crash (LangGraph replays the node that was
interrupted or cut short), so every store write they make is idempotent,
keyed by the turn's `seq`. Brain calls are CPU work and run in a worker
thread, so one slow assessment does not stall other candidates' turns.
"""

from __future__ import annotations

import asyncio
import functools
from typing import Any, Literal

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from core.interview import InterviewDesign, InterviewQuestion, Scorecard
from graphs.interview_state import InterviewDeps, InterviewState
from prompts import interview_script as script
from tools import interview_flow as flow
from tools.interview_flags import answer_seconds, claim_flags, merge_flags
from tools.interview_replies import closing_intents, consent_reply
from tools.interview_turns import (
    AnswerPayload,
    TurnRecord,
    candidate_turn,
    scout_turn,
    to_transcript,
)

Update = dict[str, Any]


def _question(state: InterviewState) -> InterviewQuestion:
    return InterviewQuestion.model_validate(state["questions"][state["position"]])


def _questions(state: InterviewState) -> list[InterviewQuestion]:
    return [InterviewQuestion.model_validate(q) for q in state.get("questions", [])]


async def _flush(state: InterviewState, deps: InterviewDeps, *new: TurnRecord) -> Update:
    """Store the turns not stored yet (the candidate's last reply) with `new`, in one write.

    The answer is stored together with the question that follows it: one
    transaction per turn instead of two. Until then it lives in the state.
    """
    stored = state.get("stored_seq", 0)
    turns = [t for t in state["transcript"] if t["seq"] > stored] + list(new)
    if not turns:
        return {}
    await deps.records.record_turns(state["tenant_id"], state["interview_id"], turns)
    return {"stored_seq": turns[-1]["seq"]}


async def disclose(state: InterviewState) -> Update:
    """Open with the AI disclosure and ask for consent."""
    return {
        "phase": "consent",
        "status": "pending",
        "queued": flow.consent_draft(state["job_title"]),
        "consent_asks": 1,
        "ended": False,
    }


async def ask(state: InterviewState, runtime: Runtime[InterviewDeps]) -> Update:
    """Say the queued line: it joins the transcript and becomes the pending prompt."""
    draft = state["queued"]
    if draft is None:  # pragma: no cover - routing only comes here with a line queued
        raise RuntimeError("ask reached with nothing queued")
    turn = scout_turn(flow.next_seq(state["transcript"]), draft)
    stored = await _flush(state, runtime.context, turn)
    return {"transcript": [turn], "pending": turn, "queued": None, **stored}


async def await_answer(state: InterviewState) -> Update:
    """Wait for the candidate (the run stops here until a UI resumes it with a payload)."""
    prompt = state["pending"]
    if prompt is None:  # pragma: no cover - routing only comes here after `ask`
        raise RuntimeError("await_answer reached with no pending prompt")
    payload: AnswerPayload = interrupt(prompt)
    if payload.get("type") == "end":
        return {"ended": True, "pending": None, "reply": payload}
    turn = candidate_turn(flow.next_seq(state["transcript"]), prompt, payload)
    return {"transcript": [turn], "pending": None, "reply": payload}


async def check_consent(state: InterviewState, runtime: Runtime[InterviewDeps]) -> Update:
    """Read the consent reply: yes starts, no ends, unclear is asked again (bounded)."""
    reply = state.get("reply") or {}
    agreed = False if state.get("ended") else reply.get("consent")
    if agreed is None:
        agreed = consent_reply(reply.get("text") or "")
    if agreed is None and state["consent_asks"] < runtime.context.limits.max_consent_asks:
        return {
            "queued": flow.consent_draft(state["job_title"], again=True),
            "consent_asks": state["consent_asks"] + 1,
        }
    agreed = bool(agreed)
    stored = await _flush(state, runtime.context)
    await runtime.context.records.record_consent(
        state["tenant_id"], state["interview_id"], agreed=agreed
    )
    if not agreed:
        return {"consent": False, "status": "declined", "phase": "done", **stored}
    return {"consent": True, "status": "in_progress", **stored}


async def plan(state: InterviewState, runtime: Runtime[InterviewDeps]) -> Update:
    """Plan this candidate's questions from the job's design and their resume."""
    deps = runtime.context
    design = await deps.records.load_design(state["tenant_id"], state["job_id"])
    resume, lines = await deps.records.load_resume(state["tenant_id"], state["resume_id"])
    planned = await asyncio.to_thread(deps.brain.plan, design, resume, lines)
    questions = flow.with_knockouts(planned, design)
    first = flow.question_draft(questions[0]) if questions else None
    return {
        "design": design.model_dump(mode="json"),
        "questions": [q.model_dump(mode="json") for q in questions],
        "position": 0,
        "follow_ups": 0,
        "repeats": 0,
        "phase": "questions",
        "queued": first,
    }


def _advance(state: InterviewState) -> Update:
    """Move to the next main question, or to nothing (closing) after the last."""
    position = state["position"] + 1
    questions = _questions(state)
    queued = flow.question_draft(questions[position]) if position < len(questions) else None
    return {"position": position, "follow_ups": 0, "repeats": 0, "queued": queued}


async def assess(state: InterviewState, runtime: Runtime[InterviewDeps]) -> Update:
    """Judge the answer: ask again if unheard, follow up if thin, else move on."""
    deps = runtime.context
    limits = deps.limits
    answer = state["transcript"][-1]
    question = _question(state)
    if len(state["transcript"]) >= limits.max_turns:
        return {"queued": None, "position": len(state["questions"])}
    if flow.is_low_confidence(answer, limits.min_confidence):
        update: Update = {"low_confidence": [answer["seq"]]}
        if state["repeats"] < limits.max_repeats:
            repeat = flow.repeat_draft(question)
            return {**update, "queued": repeat, "repeats": state["repeats"] + 1}
        return {**update, **_advance(state)}
    text = flow.answers_to(state["transcript"], question.id, skip=state.get("low_confidence", []))
    assessment = await asyncio.to_thread(
        deps.brain.assess, question, text, follow_ups_asked=state["follow_ups"]
    )
    record = {
        "question_id": question.id,
        "seq": answer["seq"],
        **assessment.model_dump(mode="json"),
    }
    budget = min(limits.max_follow_ups, (state.get("design") or {}).get("max_follow_ups", 2))
    if flow.wants_follow_up(assessment, state["follow_ups"], budget):
        return {
            "assessments": [record],
            "queued": flow.follow_up_draft(question, assessment.follow_up or ""),
            "follow_ups": state["follow_ups"] + 1,
        }
    return {"assessments": [record], **_advance(state)}


async def close(state: InterviewState) -> Update:
    """Invite the candidate's own questions before finishing."""
    return {
        "phase": "closing",
        "closing_rounds": 0,
        "queued": flow.closing_draft(script.CLOSING_INVITATION),
    }


async def reply_closing(state: InterviewState, runtime: Runtime[InterviewDeps]) -> Update:
    """Answer what is assessed, open review tickets, pass questions on; then ask again."""
    deps = runtime.context
    answer = state["transcript"][-1]
    intents = closing_intents(answer["text"])
    too_long = len(state["transcript"]) >= deps.limits.max_turns
    if intents == {"done"} or too_long:
        return {"queued": None}
    parts = []
    if "what_assessed" in intents:
        parts.append(
            script.WHAT_IS_ASSESSED.format(dimensions=flow.dimension_names(state.get("design")))
        )
    tickets: list[str] = []
    for intent, reason, line in (
        ("human_review", "The candidate asked for a human review", script.REVIEW_REQUESTED),
        ("question", "The candidate asked a question", script.QUESTION_PASSED_ON),
    ):
        if intent in intents:
            ticket = await deps.records.open_review(
                state["tenant_id"],
                state["interview_id"],
                reason=f"{reason} (turn {answer['seq']}): “{answer['text']}”",
                seq=answer["seq"],
            )
            tickets.append(ticket)
            parts.append(line.format(ticket=ticket))
    rounds = state["closing_rounds"] + 1
    update: Update = {"closing_rounds": rounds, "review_tickets": tickets}
    if rounds < deps.limits.max_closing_rounds:
        queued = flow.closing_draft(" ".join([*parts, script.ANYTHING_ELSE]))
        return {**update, "queued": queued}
    return {**update, "queued": None, "closing_note": " ".join(parts)}


async def farewell(state: InterviewState, runtime: Runtime[InterviewDeps]) -> Update:
    """Thank the candidate (after any last answer): nothing more is asked."""
    text = " ".join(filter(None, [state.get("closing_note", ""), script.FAREWELL]))
    turn = scout_turn(flow.next_seq(state["transcript"]), flow.closing_draft(text))
    stored = await _flush(state, runtime.context, turn)
    return {"transcript": [turn], **stored}


async def score(state: InterviewState, runtime: Runtime[InterviewDeps]) -> Update:
    """Score every rubric dimension with quotes; contradicted claims become flags too."""
    deps = runtime.context
    design = InterviewDesign.model_validate(state["design"])
    questions = _questions(state)
    resume, lines = await deps.records.load_resume(state["tenant_id"], state["resume_id"])
    scorecard: Scorecard = await asyncio.to_thread(
        functools.partial(
            deps.brain.score,
            design,
            [q for q in questions if q.kind != "knockout"],  # the brain adds the design's own
            to_transcript(state["transcript"]),
            resume,
            lines,
            low_confidence_turns=frozenset(state.get("low_confidence", [])),
            answer_seconds=answer_seconds(state["transcript"]),
        )
    )
    flags = merge_flags(scorecard.flags, claim_flags(scorecard.claims))
    scorecard = scorecard.model_copy(update={"flags": flags})
    cut_short = state.get("ended", False) and state.get("phase") == "questions"
    return {
        "scorecard": scorecard.model_dump(mode="json"),
        "status": "incomplete" if cut_short else "completed",
    }


async def persist(state: InterviewState, runtime: Runtime[InterviewDeps]) -> Update:
    """Store the scorecard and the final status."""
    scorecard = Scorecard.model_validate(state["scorecard"])
    stored = await _flush(state, runtime.context)
    await runtime.context.records.finish(
        state["tenant_id"], state["interview_id"], status=state["status"], scorecard=scorecard
    )
    return {"phase": "done", "pending": None, **stored}


def after_answer(
    state: InterviewState,
) -> Literal["check_consent", "assess", "reply_closing", "farewell", "score"]:
    """Where a reply goes, by phase; a candidate who left ends the interview there."""
    phase = state["phase"]
    if phase == "consent":
        return "check_consent"
    if state.get("ended"):
        return "farewell" if phase == "closing" else "score"
    return "assess" if phase == "questions" else "reply_closing"


def after_consent(state: InterviewState) -> Literal["ask", "plan", "__end__"]:
    """Consent asked again, given (plan), or declined (the end: nothing else is stored)."""
    if state.get("queued") is not None:
        return "ask"
    return "plan" if state.get("consent") else "__end__"


def ask_or_close(state: InterviewState) -> Literal["ask", "close"]:
    """Another question (or follow-up, or repeat) is queued, or the questions are done."""
    return "ask" if state.get("queued") is not None else "close"


def ask_or_farewell(state: InterviewState) -> Literal["ask", "farewell"]:
    """The candidate gets an answer and another chance to ask, or the goodbye."""
    return "ask" if state.get("queued") is not None else "farewell"
