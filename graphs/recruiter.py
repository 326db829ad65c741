"""The recruiter graph: question → brain decides → tools → … → answer.

    start → decide ⇄ act → respond
                      ↘ confirm (interrupt: "Move Ana to interview? yes/no")

`decide` asks the brain for tool calls (at most `RecruiterLimits.max_rounds`
times per question), `act` runs them through the LangChain tools with the
tenant and user injected, and `respond` lets the brain answer and updates
the thread's memory. A stage move pauses in `confirm` until the recruiter
replies; only a yes applies it (audited in the same transaction).

Export: `build_recruiter_graph()` — the caller compiles it with the
checkpointer it owns and passes a `RecruiterRuntime` as the run context.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from langchain_core.runnables import RunnableConfig
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from agents.recruiter_brain import BrainStep, remember
from core.errors import ScoutError
from core.recruiter import Answer, StageMove, ThreadMemory, ToolCall, ToolOutcome
from graphs.recruiter_state import (
    RecruiterInput,
    RecruiterOutput,
    RecruiterRuntime,
    RecruiterState,
)
from tools.recruiter_answers import move_answer
from tools.recruiter_langchain import recruiter_tools, run_tool_calls
from tools.recruiter_scope import visible_jobs
from tools.recruiter_stage import apply_stage_move, is_confirmation

RECURSION_LIMIT = 40
"""LangGraph's own step bound, above what `max_rounds` allows (a second safety net)."""


def _now(state: RecruiterState) -> datetime:
    return datetime.fromisoformat(state.get("now") or datetime.now(UTC).isoformat())


def _outcomes(state: RecruiterState) -> list[ToolOutcome]:
    return [ToolOutcome.model_validate(o) for o in state.get("outcomes", [])]


def _memory(state: RecruiterState) -> ThreadMemory:
    return ThreadMemory.model_validate(state.get("memory") or {})


async def start(state: RecruiterState) -> RecruiterState:
    """A new question: clear the last turn, keep the memory, fix the clock."""
    return {
        "now": state.get("clock") or datetime.now(UTC).isoformat(),
        "clock": None,
        "memory": _memory(state).model_dump(mode="json"),
        "first": None, "calls": [], "outcomes": [], "rounds": 0, "pending": None,
        "answer": None,
    }


async def decide(
    state: RecruiterState, runtime: Runtime[RecruiterRuntime]
) -> Command[Literal["act", "respond"]]:
    """Ask the brain for the next tool calls; answer when it has none or rounds run out."""
    run = runtime.context
    rounds = state.get("rounds", 0) + 1
    step = await run.brain.decide(
        state["question"], memory=_memory(state), jobs=await visible_jobs(run.kit.store, run.ctx),
        outcomes=_outcomes(state), now=_now(state),
    )
    calls = [c.model_dump(mode="json") for c in step.calls]
    update: RecruiterState = {"rounds": rounds, "calls": calls}
    if state.get("first") is None:
        update["first"] = step.model_dump(mode="json")
    go = "act" if step.calls and rounds <= run.limits.max_rounds else "respond"
    return Command(update=update, goto=go)


async def act(
    state: RecruiterState, runtime: Runtime[RecruiterRuntime]
) -> Command[Literal["decide", "confirm"]]:
    """Run the calls; a proposed stage move goes to confirmation instead of back to the brain."""
    run = runtime.context
    tools = recruiter_tools(run.kit, run.ctx, limits=run.limits, now=_now(state))
    calls = [ToolCall.model_validate(c) for c in state.get("calls", [])]
    fresh = await run_tool_calls(tools, calls, max_calls=run.limits.max_calls)
    update: RecruiterState = {
        "calls": [],
        "outcomes": [*state.get("outcomes", []), *[o.model_dump(mode="json") for o in fresh]],
    }
    for outcome in fresh:
        if outcome.call.name == "move_stage" and outcome.result:
            move = StageMove.model_validate(outcome.result)
            if move.problem is None:
                update["pending"] = move.model_dump(mode="json")
                update["answer"] = move_answer(move).model_dump(mode="json")
                return Command(update=update, goto="confirm")
    return Command(update=update, goto="decide")


async def confirm(state: RecruiterState, runtime: Runtime[RecruiterRuntime]) -> RecruiterState:
    """Pause until the recruiter answers; apply and audit the move only on yes."""
    run = runtime.context
    move = StageMove.model_validate(state["pending"])
    reply = interrupt({"question": (state.get("answer") or {}).get("text", ""),
                       "move": state["pending"]})
    if not is_confirmation(reply):
        answer = move_answer(move, cancelled=True)
    else:
        try:
            answer = move_answer(await apply_stage_move(run.kit, run.ctx, move))
        except ScoutError as exc:
            answer = move_answer(move.model_copy(update={"problem": str(exc)}))
    first = BrainStep.model_validate(state.get("first") or {})
    memory = remember(_memory(state), first, _outcomes(state), run.limits)
    return {"pending": None, "answer": answer.model_dump(mode="json"),
            "memory": memory.model_dump(mode="json")}


async def respond(state: RecruiterState, runtime: Runtime[RecruiterRuntime]) -> RecruiterState:
    """The brain's answer, and the thread's memory for the next question."""
    run = runtime.context
    first = BrainStep.model_validate(state.get("first") or {})
    outcomes = _outcomes(state)
    answer = await run.brain.answer(
        state["question"], first=first, outcomes=outcomes, memory=_memory(state)
    )
    memory = remember(_memory(state), first, outcomes, run.limits)
    return {"answer": answer.model_dump(mode="json"), "memory": memory.model_dump(mode="json")}


async def ask_recruiter(
    graph: CompiledStateGraph,
    runtime: RecruiterRuntime,
    *,
    thread_id: str,
    question: str,
    clock: datetime | None = None,
) -> Answer:
    """One question on a thread; a thread paused on a confirmation takes it as the reply."""
    config: RunnableConfig = {
        "configurable": {"thread_id": thread_id}, "recursion_limit": RECURSION_LIMIT,
    }
    snapshot = await graph.aget_state(config)
    waiting = any(task.interrupts for task in snapshot.tasks)
    payload: Command | RecruiterInput = (
        Command(resume=question) if waiting
        else {"question": question, "clock": clock.isoformat() if clock else None}
    )
    await graph.ainvoke(payload, config, context=runtime)
    values = (await graph.aget_state(config)).values
    return Answer.model_validate(values.get("answer") or {"text": "No answer."})


def build_recruiter_graph() -> StateGraph:
    """The uncompiled graph; compile it with your checkpointer (threads need one)."""
    graph = StateGraph(
        RecruiterState, context_schema=RecruiterRuntime, input_schema=RecruiterInput,
        output_schema=RecruiterOutput,
    )
    graph.add_node("start", start)
    graph.add_node("decide", decide)
    graph.add_node("act", act)
    graph.add_node("confirm", confirm)
    graph.add_node("respond", respond)
    graph.add_edge(START, "start")
    graph.add_edge("start", "decide")
    graph.add_edge("confirm", END)
    graph.add_edge("respond", END)
    return graph
