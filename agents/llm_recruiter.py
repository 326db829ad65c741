"""The llm recruiter brain: a model picks the tool calls and words the answer.

Implements `agents.recruiter_brain.RecruiterBrain`. `decide` offers the
recruiter tools (their argument schemas and descriptions, through
`bind_tools`) and returns the model's calls for the graph to run — with
tenant and user injected there, never chosen here; later rounds send the
calls and their (redacted) results back, so the model can follow up.
`answer` streams a short text token by token; the table, the cited
candidates, counts and pending stage moves come from the offline renderers,
so numbers and citations are computed from the tool results by code. A text
citing a candidate or a number the results do not hold is replaced by the
offline text. Any failure falls back to the offline brain, noted in the
answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, ToolMessage
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import BaseModel, ValidationError

from agents.llm_guards import SourceText, numbers_in, ungrounded_employers
from agents.llm_role import Fallback, RoleContext
from agents.llm_runtime import LlmTask
from agents.question_parser import parse_question
from agents.question_parser_places import is_known_place
from agents.recruiter_brain import BrainStep, RecruiterBrain
from agents.redaction import KnownPii, Redactor
from core.recruiter import (
    Answer,
    CandidateQuery,
    Intent,
    JobOption,
    ThreadMemory,
    ToolCall,
    ToolOutcome,
)
from prompts.llm_recruiter import RECRUITER_ANSWER, RECRUITER_DECIDE
from tools import recruiter_langchain as rt
from tools.taxonomy import Taxonomy

ROLE = "recruiter"
IDS_IN_PROMPT = 50
RESULT_CHARS = 6_000
_CANDIDATE_ID = re.compile(r"\bcand_[0-9a-z]+\b")
SMALL_NUMBERS = frozenset(str(n) for n in range(11))
"""Ordinals and list numbers ("the 2 of them", "1.") need no source."""
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}\b")
_LEADING_WORDS = frozenset({
    "who", "which", "what", "whose", "show", "find", "list", "tell", "is", "are", "does", "did",
    "do", "compare", "move", "how", "give", "get", "and", "or", "with", "like", "than", "about",
})
_ROLE_NOUN = re.compile(
    r"\b(?:engineers?|developers?|analysts?|scientists?|managers?|designers?|architects?"
    r"|leads?|consultants?|administrators?|specialists?|interns?)\b", re.IGNORECASE,
)
_COUNT = re.compile(r"^\s*how\s+many\b", re.IGNORECASE)

TOOLS: Mapping[str, tuple[type[BaseModel], str, Intent]] = MappingProxyType({
    "search_candidates": (CandidateQuery, rt.SEARCH_DOC, "list"),
    "get_candidate": (rt.CandidateArgs, rt.PROFILE_DOC, "profile"),
    "compare_candidates": (rt.CompareArgs, rt.COMPARE_DOC, "compare"),
    "pipeline_stats": (rt.StatsArgs, rt.STATS_DOC, "stats"),
    "explain_score": (rt.CandidateArgs, rt.EXPLAIN_DOC, "explain"),
    "similar_candidates": (rt.SimilarArgs, rt.SIMILAR_DOC, "similar"),
    "move_stage": (rt.MoveArgs, rt.MOVE_DOC, "move"),
})
"""Each recruiter tool: its argument schema, its description for the model, its intent."""


def tool_specs() -> list[dict[str, Any]]:
    """The recruiter tools as OpenAI function specs (what `bind_tools` sends)."""
    specs = []
    for name, (schema, doc, _) in TOOLS.items():
        spec = convert_to_openai_tool(schema)
        spec["function"].update(name=name, description=doc)
        specs.append(spec)
    return specs


def valid_calls(raw: list[dict[str, Any]]) -> tuple[list[ToolCall], list[str]]:
    """The model's calls whose tool exists and whose arguments validate; notes for the rest."""
    calls, problems = [], []
    for n, item in enumerate(raw):
        entry = TOOLS.get(item.get("name", ""))
        if entry is None:
            problems.append(f"unknown tool {item.get('name')!r}")
            continue
        try:
            entry[0].model_validate(item.get("args") or {})
        except ValidationError:
            problems.append(f"bad arguments for {item['name']}")
            continue
        calls.append(ToolCall(name=item["name"], args=item.get("args") or {},  # type: ignore[arg-type]
                              id=item.get("id") or f"call_{n}"))
    return calls, problems


def name_like(question: str, taxonomy: Taxonomy, jobs: list[JobOption]) -> list[str]:
    """Runs of two to four capitalised words that are no skill, place or job title.

    A recruiter may name any candidate, known to the thread or not; such runs
    are redacted like names (and restored in the tool arguments), so a
    company name is sometimes hidden too — the safer mistake.
    """
    titles = " ".join(j.title for j in jobs).casefold()
    found = []
    for match in _CAPITALISED_RUN.finditer(question):
        words = match.group(0).split()
        words = words[1:] if words[0].casefold() in _LEADING_WORDS else words
        phrase = " ".join(words)
        if len(words) < 2 or _ROLE_NOUN.search(phrase) or taxonomy.canonical(phrase) \
                or is_known_place(phrase) or phrase.casefold() in titles:
            continue
        if any(taxonomy.canonical(w) for w in words):
            continue
        found.append(phrase)
    return found


def _names(value: Any) -> Iterator[str]:
    """Every `name` field in JSON-shaped tool results (the candidates they mention)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "name" and isinstance(item, str):
                yield item
            else:
                yield from _names(item)
    elif isinstance(value, list):
        for item in value:
            yield from _names(item)


def _results_json(outcomes: list[ToolOutcome]) -> str:
    data = [{"call": o.call.name, "args": o.call.args, "result": o.result, "error": o.error}
            for o in outcomes]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)


class LlmRecruiterBrain:
    """`RecruiterBrain` on a model: tool calls chosen by it, answers worded by it."""

    name = "llm"

    def __init__(
        self,
        context: RoleContext,
        offline: RecruiterBrain,
        taxonomy: Taxonomy,
        *,
        on_token: Callable[[str], None] | None = None,
    ) -> None:
        self.context = context
        self.offline = offline
        self.taxonomy = taxonomy
        self.on_token = on_token
        self._specs = tool_specs()

    def _redactor(self, question: str, memory: ThreadMemory, outcomes: list[ToolOutcome],
                  jobs: list[JobOption], now: datetime | None = None) -> Redactor:
        """Redacts every candidate name the thread knows, the results hold or the question names."""
        names = name_like(question, self.taxonomy, jobs)
        if now is not None:
            parsed = parse_question(question, jobs=jobs, taxonomy=self.taxonomy, memory=memory,
                                    now=now)
            names += [r for r in parsed.refs if not r.startswith("cand_")]
        names += [c.name for c in memory.last_shown if c.name]
        names += [memory.focus.name] if memory.focus and memory.focus.name else []
        names += [n for o in outcomes for n in _names(o.result)]
        return Redactor(KnownPii(names=tuple(dict.fromkeys(names))))

    def _history(self, outcomes: list[ToolOutcome], redactor: Redactor) -> list[BaseMessage]:
        """Earlier calls and their results, redacted, as the model's own tool round trips."""
        if not outcomes:
            return []
        calls = [{"name": o.call.name, "id": o.call.id or f"call_{n}", "type": "tool_call",
                  "args": json.loads(redactor.redact(json.dumps(o.call.args)))}
                 for n, o in enumerate(outcomes)]
        results: list[BaseMessage] = [
            ToolMessage(content=redactor.redact(_results_json([o])[:RESULT_CHARS]),
                        tool_call_id=call["id"])
            for o, call in zip(outcomes, calls, strict=True)
        ]
        return [AIMessage(content="", tool_calls=calls), *results]

    async def decide(
        self,
        question: str,
        *,
        memory: ThreadMemory,
        jobs: list[JobOption],
        outcomes: list[ToolOutcome],
        now: datetime,
    ) -> BrainStep:
        """The model's next tool calls; the offline plan when it cannot give any."""
        redactor = self._redactor(question, memory, outcomes, jobs, now)
        reply = await self.context.aask(LlmTask(
            role=ROLE, prompt=RECRUITER_DECIDE, values=self._decide_values(
                question, memory, jobs, now),
            redactor=redactor, scope=self.context.scope, tool_specs=self._specs,
            history=self._history(outcomes, redactor),
        ))
        if isinstance(reply, Fallback):
            return await self._offline_decide(question, memory, jobs, outcomes, now, reply.note)
        calls, problems = valid_calls(reply.tool_calls)
        for problem in problems:
            self.context.guard(ROLE, problem)
        if not calls:
            if outcomes:
                return BrainStep()
            self.context.fell_back(ROLE, "no_tool_call: the model chose no tool")
            return await self._offline_decide(question, memory, jobs, outcomes, now,
                                              "llm chose no tool; offline brain used")
        return self._step(question, calls)

    def _decide_values(self, question: str, memory: ThreadMemory, jobs: list[JobOption],
                       now: datetime) -> dict[str, str]:
        last = memory.last_query.model_dump_json(exclude_defaults=True) if memory.last_query \
            else "none"
        shown = "; ".join(f"{n}. {c.id} {c.name or ''}".strip()
                          for n, c in enumerate(memory.last_shown, 1))
        return {
            "today": now.date().isoformat(),
            "jobs": "; ".join(f"{j.id}: {j.title}" for j in jobs) or "none",
            "last_query": last, "shown_ids": str(min(IDS_IN_PROMPT, len(memory.last_ids))),
            "last_ids": ", ".join(memory.last_ids[:IDS_IN_PROMPT]) or "none",
            "last_shown": shown or "none", "question": question,
        }

    def _step(self, question: str, calls: list[ToolCall]) -> BrainStep:
        first = calls[0]
        intent: Intent = TOOLS[first.name][2]
        query = None
        if first.name == "search_candidates":
            query = CandidateQuery.model_validate(first.args)
            intent = "count" if _COUNT.search(question) else "list"
        return BrainStep(intent=intent, calls=calls, query=query)

    async def _offline_decide(self, question: str, memory: ThreadMemory, jobs: list[JobOption],
                              outcomes: list[ToolOutcome], now: datetime, note: str) -> BrainStep:
        step = await self.offline.decide(question, memory=memory, jobs=jobs, outcomes=outcomes,
                                         now=now)
        return step.model_copy(update={"notes": [*step.notes, note]}) if not outcomes else step

    async def answer(
        self,
        question: str,
        *,
        first: BrainStep,
        outcomes: list[ToolOutcome],
        memory: ThreadMemory,
        on_token: Callable[[str], None] | None = None,
    ) -> Answer:
        """The offline answer's table and citations with the model's streamed text."""
        base = await self.offline.answer(question, first=first, outcomes=outcomes, memory=memory)
        useful = [o for o in outcomes if o.result is not None]
        if base.pending is not None or not useful:
            return base
        results = _results_json(useful)
        redactor = self._redactor(question, memory, useful, [])
        reply = await self.context.aask(LlmTask(
            role=ROLE, prompt=RECRUITER_ANSWER,
            values={"question": question, "results": results, "draft": base.text},
            redactor=redactor, scope=self.context.scope, stream=True,
            on_token=on_token or self.on_token, shrink="results",
        ))
        if isinstance(reply, Fallback):
            return base.model_copy(update={"notes": [*base.notes, reply.note]})
        text = reply.text.strip()
        if not self._grounded_text(text, results, f"{base.text} {question}"):
            return base
        return base.model_copy(update={"text": text})

    def _grounded_text(self, text: str, results: str, draft: str) -> bool:
        """Only candidates and numbers that the results, the draft or the question hold."""
        known_ids = set(_CANDIDATE_ID.findall(results))
        if not text or not set(_CANDIDATE_ID.findall(text)) <= known_ids:
            self.context.guard(ROLE, "answer cited a candidate not in the results")
            return False
        if not numbers_in(text) <= numbers_in(results) | numbers_in(draft) | SMALL_NUMBERS:
            self.context.guard(ROLE, "answer stated a number not in the results")
            return False
        if dropped := ungrounded_employers(text, SourceText(f"{results}\n{draft}")):
            self.context.dropped(ROLE, dropped)
            return False
        return True
