"""The llm runtime: how every role talks to the model, safely, cheaply and visibly.

One call (`LlmTask`) goes through the same steps whatever the role:

1. redact every input (`agents.redaction`); if that fails nothing is sent;
2. look the inputs up in the response cache (`agents.llm_cache`);
3. send the prompt (`prompts/`) with the pydantic schema as `response_format`
   and the role's tools bound with `bind_tools`; run local tool calls and
   send their (redacted) results back, a bounded number of rounds;
4. validate the JSON answer against the schema; restore the placeholders;
5. on any fault, follow `agents.llm_resilience` (retry, shrink the input,
   prompt-only JSON) and finally raise `LlmUnavailable`, which each role
   turns into its offline answer.

Every request's tokens go to the usage sink and every step to the trace.

All network and cache I/O runs on the runtime's own event loop thread, so
the synchronous roles (called from worker threads by the interview graph or
from plain code) and the async ones share one HTTP client and one cache
connection without tying them to a caller's loop.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import httpx
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.tools import BaseTool
from langchain_openai import ChatOpenAI
from pydantic import BaseModel, ValidationError

from agents.llm_cache import CachedAnswer, LlmCache, cache_key, open_llm_cache
from agents.llm_loop import LoopThread
from agents.llm_resilience import Attempts, LlmFault, RetryPolicy, classify, next_step
from agents.llm_trace import LlmEvent, LlmTrace
from agents.redaction import RedactionError, Redactor, StreamRestorer
from agents.usage import UsageEntry, UsageScope, UsageSink, estimate_cost
from core.chat_models import chat_model
from core.llm_settings import LlmRole
from core.settings import Settings
from prompts.llm_common import JSON_ONLY
from prompts.template import ChatPrompt

Mode = Literal["schema", "json_prompt", "text"]
CHARS_PER_TOKEN = 4
_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$", re.IGNORECASE)


class LlmUnavailable(Exception):
    """The model could not give a usable answer; the role answers offline instead."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail


@dataclass(frozen=True)
class LlmTask:
    """One call of one role: the prompt and its values, the output schema, the tools.

    `tools` run locally when the model calls them; `tool_specs` are only
    offered, and their calls are returned to the caller (the recruiter graph
    runs those). `history` holds earlier, already redacted turns of the same
    conversation. `shrink` names the value cut first when the input is too long.
    """

    role: LlmRole
    prompt: ChatPrompt
    values: Mapping[str, str]
    redactor: Redactor
    scope: UsageScope
    schema: type[BaseModel] | None = None
    tools: Sequence[BaseTool] = ()
    tool_specs: Sequence[dict[str, Any]] = ()
    history: Sequence[BaseMessage] = ()
    shrink: str | None = None
    stream: bool | None = None
    on_token: Callable[[str], None] | None = None


@dataclass
class LlmAnswer:
    """A usable answer: validated data (with a schema), text, or tool calls to run."""

    text: str = ""
    data: BaseModel | None = None
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    cached: bool = False


def response_format(schema: type[BaseModel]) -> dict[str, Any]:
    """The OpenAI `response_format` for a pydantic schema (non-strict: local servers vary)."""
    return {
        "type": "json_schema",
        "json_schema": {"name": schema.__name__, "schema": schema.model_json_schema(),
                        "strict": False},
    }


def parse_json(text: str) -> Any:
    """The JSON object in a reply, tolerating code fences and words around it."""
    stripped = _FENCE.sub("", text.strip())
    try:
        return json.loads(stripped)
    except json.JSONDecodeError:
        start, end = stripped.find("{"), stripped.rfind("}")
        if start < 0 or end <= start:
            raise
        return json.loads(stripped[start : end + 1])


def _cut(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a line break when one is near."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    newline = head.rfind("\n")
    return (head[:newline] if newline > limit * 0.8 else head) + "\n[…cut…]"


class LlmRuntime:
    """Runs `LlmTask`s for every llm role of one process (or test); close it when done."""

    def __init__(
        self,
        settings: Settings,
        *,
        usage: UsageSink | None = None,
        trace: LlmTrace | None = None,
        cache_factory: Callable[[Settings], LlmCache] = open_llm_cache,
    ) -> None:
        self.settings = settings
        self.usage = usage
        self.trace = trace or LlmTrace()
        self.policy = RetryPolicy.from_settings(settings)
        self._cache_factory = cache_factory
        self._thread = LoopThread()
        self._http: httpx.AsyncClient | None = None
        self._cache: LlmCache | None = None
        self._models: dict[str, ChatOpenAI] = {}

    # -- entry points -------------------------------------------------------------------

    def call(self, task: LlmTask) -> LlmAnswer:
        """Run a task from synchronous code (any thread but the runtime's own)."""
        if self._thread.in_loop():
            raise RuntimeError("LlmRuntime.call must not run on the runtime's own loop")
        return self._thread.submit(self.complete(task)).result()

    async def acall(self, task: LlmTask) -> LlmAnswer:
        """Run a task from any event loop; streamed tokens are handed to that loop."""
        if task.on_token is not None:
            caller = asyncio.get_running_loop()
            callback = task.on_token
            task = replace(task, on_token=lambda t: caller.call_soon_threadsafe(callback, t))
        return await asyncio.wrap_future(self._thread.submit(self.complete(task)))

    def close(self) -> None:
        """Close the HTTP client and the cache, and stop the loop thread."""
        self._thread.stop(self._release)

    async def aclose(self) -> None:
        """`close` for async callers."""
        await asyncio.to_thread(self.close)

    # -- one call -------------------------------------------------------------------------

    async def complete(self, task: LlmTask) -> LlmAnswer:
        """Steps 1-5 of the module docstring (runs on the runtime's loop)."""
        values = self._redacted_values(task)
        mode: Mode = "schema" if task.schema is not None else "text"
        key = self._key(task, self._messages(task, values, mode))
        cache = await self._get_cache()
        hit = await cache.get(key)
        if hit is not None:
            answer = self._answer_from_cache(task, hit)
            if answer is not None:
                return answer
        attempts = Attempts()
        while True:
            try:
                answer, content, calls = await self._attempt(task, values, mode)
            except Exception as exc:  # every failure is classified, none escapes unhandled
                fault = classify(exc)
                mode, wait = self._recover(task, fault, attempts, values, mode)
                await asyncio.sleep(wait)
                continue
            model = self.settings.model_for(task.role)
            await cache.put(key, CachedAnswer(content=content, model=model,
                                              prompt=task.prompt.key, tool_calls=calls))
            self._event(task, "answer", f"{mode} mode, {len(calls)} tool calls")
            return answer

    def _redacted_values(self, task: LlmTask) -> dict[str, str]:
        """Every value redacted and within the input limit; redaction failure sends nothing."""
        limit = self.settings.llm_max_input_chars
        try:
            return {k: task.redactor.redact(_cut(v, limit)) for k, v in task.values.items()}
        except RedactionError as exc:
            self._event(task, "fallback", f"redaction: {exc}; nothing was sent")
            raise LlmUnavailable("redaction", str(exc)) from exc

    def _recover(
        self, task: LlmTask, fault: LlmFault, attempts: Attempts, values: dict[str, str],
        mode: Mode,
    ) -> tuple[Mode, float]:
        """The mode and wait before the next try after a fault, or raise LlmUnavailable."""
        step, wait = next_step(fault, attempts, self.policy)
        if step == "shrink" and not (task.shrink and task.shrink in values):
            step = "fallback"
        attempt = attempts.retries + 1
        if step == "fallback":
            self._event(task, "fallback", f"{fault.kind}: {fault.detail}", attempt)
            raise LlmUnavailable(fault.kind, fault.detail)
        if step == "retry":
            attempts.retries += 1
            self._event(task, "retry", fault.kind, attempt, wait)
            return mode, wait
        if step == "shrink":
            attempts.shrunk = True
            name = task.shrink or ""
            values[name] = _cut(values[name], len(values[name]) // 2)
            self._event(task, "shrink", f"{fault.kind}: {name} cut to {len(values[name])} chars")
            return mode, 0.0
        attempts.json_prompt = True
        self._event(task, "json_prompt", fault.kind, attempt)
        return ("json_prompt" if task.schema is not None else mode), 0.0

    async def _attempt(
        self, task: LlmTask, values: dict[str, str], mode: Mode
    ) -> tuple[LlmAnswer, str, list[dict[str, Any]]]:
        """One try: the request (with local tool rounds) and the validated answer."""
        conversation = self._messages(task, values, mode)
        reply = await self._exchange(task, conversation, mode)
        calls = [dict(c) for c in reply.tool_calls] if task.tool_specs else []
        content = reply.text
        return self._answer(task, content, calls, cached=False), content, calls

    def _answer(
        self, task: LlmTask, content: str, calls: list[dict[str, Any]], *, cached: bool
    ) -> LlmAnswer:
        """Validate and restore a reply; invalid output raises an `invalid_output` fault."""
        restore = task.redactor.restore_data
        restored_calls = [{**c, "args": restore(c.get("args") or {})} for c in calls]
        if task.schema is None or restored_calls:
            return LlmAnswer(text=task.redactor.restore(content), tool_calls=restored_calls,
                             cached=cached)
        try:
            data = task.schema.model_validate(restore(parse_json(content)))
        except (json.JSONDecodeError, ValidationError, TypeError) as exc:
            raise LlmFault("invalid_output", f"{type(exc).__name__}") from exc
        return LlmAnswer(text=task.redactor.restore(content), data=data, cached=cached)

    def _answer_from_cache(self, task: LlmTask, hit: CachedAnswer) -> LlmAnswer | None:
        try:
            answer = self._answer(task, hit.content, hit.tool_calls, cached=True)
        except LlmFault:
            return None
        self._event(task, "cache_hit", task.prompt.key)
        if task.on_token is not None and answer.text:
            task.on_token(answer.text)
        return answer

    # -- requests -------------------------------------------------------------------------

    def _messages(self, task: LlmTask, values: Mapping[str, str], mode: Mode) -> list[BaseMessage]:
        system, user = task.prompt.fill(values)
        if mode == "json_prompt" and task.schema is not None:
            schema = json.dumps(task.schema.model_json_schema(), separators=(",", ":"))
            system += JSON_ONLY.format(schema=schema)
        return [SystemMessage(system), HumanMessage(user), *task.history]

    def _key(self, task: LlmTask, messages: list[BaseMessage]) -> str:
        tools = [t.name for t in task.tools] + [s["function"]["name"] for s in task.tool_specs]
        return cache_key(
            model=self.settings.model_for(task.role), prompt=task.prompt.key,
            schema=task.schema.__name__ if task.schema else "text", tools=tools,
            messages=[m.model_dump(include={"type", "content", "tool_calls", "tool_call_id"})
                      for m in messages],
        )

    async def _exchange(self, task: LlmTask, conversation: list[BaseMessage], mode: Mode
                        ) -> AIMessage:
        """Request, run local tool calls, send results back; bounded rounds."""
        model = await self._model(task.role)
        offered: list[Any] = [*task.tools, *task.tool_specs]
        rounds = self.settings.llm_max_tool_rounds
        for round_no in range(rounds + 1):
            runnable: Any = model
            if offered:
                last = round_no == rounds and not task.tool_specs
                runnable = model.bind_tools(offered, tool_choice="none" if last else None)
            if mode == "schema" and task.schema is not None:
                # A plain body field, not ChatOpenAI's `response_format` argument: that one
                # switches to the SDK's parse helpers, which refuse non-strict tools and
                # stream differently. The answer is validated against the schema in `_answer`.
                runnable = runnable.bind(extra_body={"response_format": response_format(
                    task.schema)})
            reply = await self._request(task, runnable, conversation)
            if not reply.tool_calls or task.tool_specs or not task.tools:
                return reply
            conversation = [*conversation, reply, *await self._run_tools(task, reply)]
        return reply

    async def _request(self, task: LlmTask, runnable: Any, messages: list[BaseMessage]
                       ) -> AIMessage:
        """One HTTP request (streamed or not), accounted, with truncation detected."""
        stream = self.settings.llm_stream if task.stream is None else task.stream
        self._event(task, "request", f"{task.prompt.key} {'stream' if stream else 'invoke'}")
        async with asyncio.timeout(self.settings.llm_timeout_seconds):
            if stream:
                reply = await self._streamed(task, runnable, messages)
            else:
                reply = await runnable.ainvoke(messages)
        self._account(task, reply, messages)
        finish = reply.response_metadata.get("finish_reason")
        if finish == "length":
            raise LlmFault("truncated", "the answer was cut at the token limit")
        if stream and finish is None:
            raise LlmFault("truncated", "the stream ended before the answer was complete")
        return reply

    async def _streamed(self, task: LlmTask, runnable: Any, messages: list[BaseMessage]
                        ) -> AIMessage:
        """Aggregate a streamed answer, handing each text token to `on_token`."""
        total: AIMessageChunk | None = None
        shown = StreamRestorer(task.redactor)
        async for chunk in runnable.astream(messages):
            total = chunk if total is None else total + chunk
            if task.on_token is not None and chunk.text and (text := shown.feed(chunk.text)):
                task.on_token(text)
        if task.on_token is not None and (rest := shown.flush()):
            task.on_token(rest)
        if total is None:
            raise LlmFault("malformed", "the stream held no answer")
        return AIMessage(
            content=total.content, tool_calls=total.tool_calls,
            response_metadata=total.response_metadata, usage_metadata=total.usage_metadata,
        )

    async def _run_tools(self, task: LlmTask, reply: AIMessage) -> list[ToolMessage]:
        """Run the model's local tool calls; arguments restored, results redacted."""
        by_name = {t.name: t for t in task.tools}
        results: list[ToolMessage] = []
        for call in reply.tool_calls:
            tool = by_name.get(call["name"])
            args = task.redactor.restore_data(call.get("args") or {})
            try:
                output = str(await tool.ainvoke(args)) if tool else f"unknown tool {call['name']}"
            except Exception as exc:  # a tool error is the model's to handle
                output = f"error: {type(exc).__name__}: {str(exc)[:200]}"
            self._event(task, "tool", f"{call['name']} answered")
            results.append(ToolMessage(content=task.redactor.redact(output),
                                       tool_call_id=call.get("id") or call["name"]))
        return results

    def _account(self, task: LlmTask, reply: AIMessage, messages: list[BaseMessage]) -> None:
        """Record the request's tokens (estimated from characters when the server omits them)."""
        if self.usage is None:
            return
        usage = reply.usage_metadata
        if usage:
            tokens_in, tokens_out = usage["input_tokens"], usage["output_tokens"]
        else:
            sent = sum(len(str(m.content)) for m in messages)
            tokens_in, tokens_out = sent // CHARS_PER_TOKEN, len(reply.text) // CHARS_PER_TOKEN
        model = self.settings.model_for(task.role)
        self.usage.record(UsageEntry(
            scope=task.scope, role=task.role, model=model, prompt=task.prompt.key,
            input_tokens=tokens_in, output_tokens=tokens_out,
            cost_usd=estimate_cost(self.settings, model, tokens_in, tokens_out),
        ))

    # -- resources ------------------------------------------------------------------------

    async def _model(self, role: LlmRole) -> ChatOpenAI:
        if self._http is None:
            self._http = httpx.AsyncClient(timeout=self.settings.llm_timeout_seconds)
        if role not in self._models:
            self._models[role] = chat_model(self.settings, role, http_async_client=self._http)
        return self._models[role]

    async def _get_cache(self) -> LlmCache:
        if self._cache is None:
            self._cache = self._cache_factory(self.settings)
        return self._cache

    async def _release(self) -> None:
        if self._http is not None:
            await self._http.aclose()
        if self._cache is not None:
            await self._cache.close()
        self._http, self._cache, self._models = None, None, {}

    def _event(self, task: LlmTask, kind: Any, detail: str, attempt: int = 0,
               wait: float = 0.0) -> None:
        self.trace.add(LlmEvent(role=task.role, kind=kind, detail=detail, attempt=attempt,
                                wait_seconds=wait))
