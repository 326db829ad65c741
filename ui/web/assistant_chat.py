"""Free questions to the recruiter assistant: tool steps shown, the answer streamed, cited."""

from __future__ import annotations

import json
import re

import chainlit as cl

from core.context import RunContext
from core.errors import ScoutError
from core.recruiter import Answer, RecruiterLimits, ToolOutcome
from graphs.recruiter import ask_recruiter
from graphs.recruiter_state import RecruiterRuntime
from ui.web.identity import Identity
from ui.web.render import table
from ui.web.runtime import WebRuntime

_WORDS = re.compile(r"\S+\s*")
EVIDENCE_SHOWN = 3


def thread_key(who: Identity) -> str:
    """The assistant's memory follows the chat thread (and the person in it)."""
    return f"web:{who.tenant_id}:{who.user_id}:{cl.context.session.thread_id}"


async def ask(rt: WebRuntime, who: Identity, question: str) -> None:
    """Run the question through the recruiter graph and render what it did and found."""
    runtime = RecruiterRuntime(
        kit=rt.kit,
        ctx=RunContext(tenant_id=who.tenant_id, user_id=who.user_id, role=who.role),
        brain=rt.recruiter_brain,
        limits=RecruiterLimits(),
    )
    thread = thread_key(who)
    try:
        answer = await ask_recruiter(rt.recruiter_graph, runtime, thread_id=thread,
                                     question=question)
    except ScoutError as exc:
        await cl.Message(f"Could not answer: {exc}").send()
        return
    await _show_tool_steps(rt, thread)
    await _stream_answer(answer)


async def _show_tool_steps(rt: WebRuntime, thread: str) -> None:
    """A step per tool call of this question: its arguments and what it returned."""
    state = await rt.recruiter_graph.aget_state({"configurable": {"thread_id": thread}})
    for raw in state.values.get("outcomes", []):
        outcome = ToolOutcome.model_validate(raw)
        async with cl.Step(name=outcome.call.name, type="tool") as step:
            step.input = json.dumps(outcome.call.args, ensure_ascii=False)
            step.is_error = outcome.error is not None
            step.output = outcome.error or _result_summary(outcome.result or {})


def _result_summary(result: dict[str, object]) -> str:
    """A short account of a tool's result (the full JSON would swamp the chat)."""
    parts = []
    for key in ("total", "conditions", "notes"):
        if result.get(key):
            parts.append(f"{key}: {result[key]}")
    matches = result.get("matches") or result.get("candidates")
    if isinstance(matches, list):
        names = [str(m.get("name") or m.get("id")) for m in matches[:8] if isinstance(m, dict)]
        parts.append(f"{len(matches)} candidates: {', '.join(names)}")
    return "\n".join(parts) or json.dumps(result, ensure_ascii=False)[:600]


def _answer_markdown(answer: Answer) -> tuple[str, str]:
    """(text to stream, the table and the evidence behind each cited candidate)."""
    text = answer.text + "".join(f"\n\n_Note: {note}_" for note in answer.notes)
    parts = []
    if answer.columns and answer.rows:
        parts.append(table(answer.columns, answer.rows))
    cited = [c for c in answer.candidates if c.evidence]
    if cited:
        lines = ["**Evidence**"]
        for ref in cited[:10]:
            lines.append(f"- {ref.name or 'Unnamed'} ({ref.id}): "
                         + "; ".join(ref.evidence[:EVIDENCE_SHOWN]))
        parts.append("\n".join(lines))
    return text, "\n\n".join(parts)


async def _stream_answer(answer: Answer) -> None:
    """The answer word by word, then its table and evidence; a pending move gets buttons."""
    text, details = _answer_markdown(answer)
    actions = []
    if answer.pending is not None:
        actions = [cl.Action(name="confirm_move", payload={"reply": "yes"}, label="Yes, move"),
                   cl.Action(name="confirm_move", payload={"reply": "no"}, label="No")]
    message = cl.Message(content="", actions=actions)
    for word in _WORDS.findall(text):
        await message.stream_token(word)
    if details:
        await message.stream_token("\n\n" + details)
    await message.send()
