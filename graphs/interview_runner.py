"""The one interview runner every UI drives: start, answer (typed or spoken), finish, view.

It owns the compiled interview graph, its checkpointer and the run context
(brain, store side, limits). Each call reads the thread's checkpoint, so any
process (or app replica) can continue any interview, and a process that
died mid-interview leaves the candidate at the same question.

Double submits: a UI passes `reply_to`, the seq of the question it showed.
An answer to a question that is no longer pending, with the same text as
the answer recorded for it, is a repeat (double click, retry after a
timeout) and changes nothing. Calls on one interview are serialised inside
the process; across processes, turns are keyed by seq, so two replicas
racing with the same answer still record it once.
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command
from pydantic import BaseModel, Field

from agents.brains import open_brains
from agents.interview_brain import InterviewBrain
from agents.offline_interview import OfflineInterviewBrain
from agents.usage import StoreUsageSink
from core.errors import InputError, NotFound
from core.settings import Settings
from graphs.checkpointer import open_checkpointer
from graphs.interview import build_interview_graph
from graphs.interview_state import InterviewDeps, InterviewInput, InterviewLimits
from store.embeddings import Embedder, load_embedder
from store.engine import Store
from store.files import LocalFileStore
from store.models import InterviewMode
from tools.embedding_batcher import BatchingEmbedder
from tools.interview_service import (
    InterviewReport,
    InterviewTarget,
    StoreInterviewRecords,
    find_target,
    load_report,
    prepare_interview,
)
from tools.interview_turns import AnswerPayload, TurnRecord, now_iso, parse_time
from tools.ready_store import open_ready_store
from tools.speech import SpeechToText
from tools.taxonomy import Taxonomy

LOCK_STRIPES = 64
"""Per-interview serialisation without a lock per interview kept forever."""


class InterviewView(BaseModel):
    """Where an interview stands after a call: what Scout just said, and what it asks now."""

    interview_id: str
    status: str
    phase: str
    said: list[dict[str, Any]] = Field(default_factory=list)
    """Scout's turns since the candidate last spoke (TurnRecord dicts), to show or speak."""
    pending: dict[str, Any] | None = None
    """The turn awaiting an answer; answer it with `reply_to=pending["seq"]`."""
    finished: bool = False
    duplicate: bool = False
    """The call repeated an answer already recorded: nothing changed."""
    heard: str | None = None
    """What speech-to-text made of a spoken answer."""
    question_number: int = 0
    """Which planned main question is being asked (1-based; 0 before the first)."""
    question_count: int = 0
    """How many main questions are planned (0 until planned)."""
    confidence: float | None = None


def _said(transcript: list[TurnRecord]) -> list[dict[str, Any]]:
    tail: list[dict[str, Any]] = []
    for turn in reversed(transcript):
        if turn["speaker"] == "candidate":
            break
        tail.append(dict(turn))
    return tail[::-1]


def _recorded_reply(transcript: list[TurnRecord], question_seq: int) -> TurnRecord | None:
    """The candidate turn that answered the turn `question_seq`, if it was answered."""
    if question_seq < len(transcript):
        following = transcript[question_seq]  # seq n+1 sits at index n
        if following["speaker"] == "candidate":
            return following
    return None


def _question_number(values: dict[str, Any]) -> int:
    """1-based number of the main question being asked, 0 while consent is asked."""
    if not values.get("questions") or values.get("phase") == "consent":
        return 0
    return min(int(values.get("position", 0)) + 1, len(values["questions"]))


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


@dataclass
class InterviewRunner:
    """Drives interviews through the compiled graph; build with `open_interview_runner`."""

    settings: Settings
    store: Store
    graph: CompiledStateGraph[Any, Any, Any, Any]
    deps: InterviewDeps
    speech: SpeechToText | None = None
    _locks: list[asyncio.Lock] = field(
        default_factory=lambda: [asyncio.Lock() for _ in range(LOCK_STRIPES)]
    )
    _speech_lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def _lock(self, interview_id: str) -> asyncio.Lock:
        return self._locks[zlib.crc32(interview_id.encode()) % LOCK_STRIPES]

    @staticmethod
    def _config(interview_id: str) -> dict[str, Any]:
        return {"configurable": {"thread_id": interview_id}}

    async def _invoke(self, interview_id: str, value: Any) -> dict[str, Any]:
        result = await self.graph.ainvoke(
            value,
            self._config(interview_id),
            context=self.deps,
            durability=self.settings.interview_durability,
        )
        return dict(result)

    async def _values(self, tenant_id: str, interview_id: str) -> dict[str, Any]:
        """The interview's checkpointed state, refused for another tenant's interview.

        A run that stopped on an error (a brain or database failure) left
        steps to do and nobody waiting: those steps are run first, so an
        interview never stalls between two questions.
        """
        snapshot = await self.graph.aget_state(self._config(interview_id))
        values = dict(snapshot.values)
        if values and values.get("tenant_id") != tenant_id:
            raise NotFound(f"interview {interview_id} not found")
        if snapshot.next and not snapshot.interrupts:
            values = await self._invoke(interview_id, None)
        return values

    def _view(self, interview_id: str, values: dict[str, Any], **extra: Any) -> InterviewView:
        transcript = values.get("transcript", [])
        status = values.get("status", "pending")
        pending = values.get("pending")
        return InterviewView(
            interview_id=interview_id,
            status=status,
            phase=values.get("phase", "consent"),
            said=_said(transcript),
            pending=dict(pending) if pending else None,
            finished=pending is None and status in ("completed", "incomplete", "declined"),
            question_number=_question_number(values),
            question_count=len(values.get("questions") or []),
            **extra,
        )

    async def start(
        self,
        *,
        tenant_id: str,
        job_id: str,
        candidate_id: str,
        mode: InterviewMode = "chat",
        fresh: bool = False,
    ) -> InterviewView:
        """Begin the application's interview, or continue the one already open."""
        target = await prepare_interview(
            self.store,
            tenant_id=tenant_id,
            job_id=job_id,
            candidate_id=candidate_id,
            mode=mode,
            fresh=fresh,
        )
        return await self._begin(target)

    async def resume(self, *, tenant_id: str, interview_id: str) -> InterviewView:
        """Continue an existing interview by id (after a disconnect or a restart)."""
        target = await find_target(self.store, tenant_id=tenant_id, interview_id=interview_id)
        return await self._begin(target)

    async def _begin(self, target: InterviewTarget) -> InterviewView:
        async with self._lock(target.interview_id):
            values = await self._values(target.tenant_id, target.interview_id)
            if values:
                return self._view(target.interview_id, values)
            if target.finished:
                raise InputError(f"interview {target.interview_id} has ended and kept no state")
            start = InterviewInput(
                interview_id=target.interview_id,
                tenant_id=target.tenant_id,
                job_id=target.job_id,
                job_title=target.job_title,
                candidate_id=target.candidate_id,
                resume_id=target.resume_id,
            )
            return self._view(target.interview_id, await self._invoke(target.interview_id, start))

    async def view(self, *, tenant_id: str, interview_id: str) -> InterviewView:
        """Where the interview stands (finishing a step an error interrupted, if any)."""
        async with self._lock(interview_id):
            values = await self._values(tenant_id, interview_id)
        if not values:
            raise NotFound(f"interview {interview_id} has not started")
        return self._view(interview_id, values)

    async def answer(
        self,
        *,
        tenant_id: str,
        interview_id: str,
        text: str,
        reply_to: int | None = None,
        confidence: float | None = None,
        audio_ref: str | None = None,
        consent: bool | None = None,
        timed: bool = True,
    ) -> InterviewView:
        """Give the candidate's reply to the pending turn and run to the next question.

        `timed=False` for scripted answers: their timing says nothing about
        the candidate, so no integrity signal is drawn from it.
        """
        async with self._lock(interview_id):
            values = await self._values(tenant_id, interview_id)
            pending = values.get("pending")
            if reply_to is not None and (pending is None or pending["seq"] != reply_to):
                return self._repeat(interview_id, values, reply_to, text)
            if pending is None:
                raise InputError(f"interview {interview_id} is not waiting for an answer")
            received = datetime.now(UTC)
            asked = parse_time(pending["started_at"])
            payload = AnswerPayload(
                type="answer",
                text=text,
                confidence=confidence,
                audio_ref=audio_ref,
                consent=consent,
                received_at=received.isoformat(),
                elapsed_s=(received - asked).total_seconds() if timed and asked else None,
            )
            return self._view(
                interview_id, await self._invoke(interview_id, Command(resume=payload))
            )

    def _repeat(
        self, interview_id: str, values: dict[str, Any], reply_to: int, text: str
    ) -> InterviewView:
        """An answer to a turn that is no longer pending: a repeat if it matches, else refused."""
        recorded = _recorded_reply(values.get("transcript", []), reply_to)
        if recorded is not None and _same_text(recorded["text"], text):
            return self._view(interview_id, values, duplicate=True)
        pending = values.get("pending")
        now_asking = f"turn {pending['seq']}" if pending else "nothing"
        raise InputError(
            f"turn {reply_to} of interview {interview_id} is not waiting for an answer "
            f"(now asking: {now_asking})"
        )

    async def answer_audio(
        self,
        *,
        tenant_id: str,
        interview_id: str,
        audio: bytes,
        reply_to: int | None = None,
        sample_rate: int | None = None,
    ) -> InterviewView:
        """A spoken answer: stored, transcribed, then answered with its confidence.

        A transcription below `stt_min_confidence` is not assessed: the
        interview asks the candidate to repeat.
        """
        speech = await self._speech()
        heard = await asyncio.to_thread(speech.transcribe, audio, sample_rate=sample_rate)
        audio_ref = await asyncio.to_thread(LocalFileStore(self.settings.files_dir).put, audio)
        view = await self.answer(
            tenant_id=tenant_id,
            interview_id=interview_id,
            text=heard.text,
            reply_to=reply_to,
            confidence=heard.confidence,
            audio_ref=audio_ref,
        )
        return view.model_copy(update={"heard": heard.text, "confidence": heard.confidence})

    async def _speech(self) -> SpeechToText:
        """The speech-to-text model, loaded on the first spoken answer and kept."""
        async with self._speech_lock:
            if self.speech is None:
                self.speech = await asyncio.to_thread(SpeechToText.load, self.settings)
            return self.speech

    async def finish(self, *, tenant_id: str, interview_id: str) -> InterviewView:
        """No more answers are coming: score the interview as it stands (idempotent)."""
        async with self._lock(interview_id):
            values = await self._values(tenant_id, interview_id)
            if values.get("pending") is None:
                return self._view(interview_id, values)
            end = AnswerPayload(type="end", received_at=now_iso())
            return self._view(interview_id, await self._invoke(interview_id, Command(resume=end)))

    async def report(self, *, tenant_id: str, interview_id: str) -> InterviewReport:
        """The stored transcript and scorecard (the `interview run|show --json` contract)."""
        return await load_report(self.store, tenant_id=tenant_id, interview_id=interview_id)


def offline_brain(
    settings: Settings, embedder: Embedder | None, taxonomy: Taxonomy | None
) -> InterviewBrain:
    """The embedded offline brain (models loaded here unless the caller passes its own).

    Its embedder is wrapped so that candidates answering at the same moment
    share model calls, and questions asked of every candidate are embedded once.
    """
    return OfflineInterviewBrain(
        BatchingEmbedder(embedder or load_embedder(settings)),
        taxonomy or Taxonomy.load(),
        max_follow_ups=settings.interview_max_follow_ups,
    )


@asynccontextmanager
async def open_interview_runner(
    settings: Settings,
    *,
    embedder: Embedder | None = None,
    taxonomy: Taxonomy | None = None,
    brain: InterviewBrain | None = None,
    speech: SpeechToText | None = None,
) -> AsyncIterator[InterviewRunner]:
    """Store, checkpointer, brain and compiled graph for this process, closed on exit.

    Without a `brain`, the one `SCOUT_BRAIN` selects is used: the llm brain
    when a model is configured and answers (falling back per call), else the
    offline brain. Its token usage is written to the store.
    """
    async with (
        open_ready_store(settings) as store,
        open_checkpointer(settings) as saver,
        AsyncExitStack() as stack,
    ):
        if brain is None:
            brain = await _selected_brain(settings, stack, store, embedder, taxonomy)
        deps = InterviewDeps(
            brain=brain,
            records=StoreInterviewRecords(store),
            limits=InterviewLimits.from_settings(settings),
        )
        graph = build_interview_graph().compile(checkpointer=saver)
        yield InterviewRunner(settings=settings, store=store, graph=graph, deps=deps, speech=speech)


async def _selected_brain(
    settings: Settings,
    stack: AsyncExitStack,
    store: Store,
    embedder: Embedder | None,
    taxonomy: Taxonomy | None,
) -> InterviewBrain:
    """The interview brain settings choose, closed (and its usage flushed) with the stack."""
    usage = StoreUsageSink(store)
    stack.push_async_callback(usage.drain)
    brains = await stack.enter_async_context(
        open_brains(
            settings,
            embedder=BatchingEmbedder(embedder or load_embedder(settings)),
            taxonomy=taxonomy or Taxonomy.load(),
            usage=usage,
        )
    )
    return brains.interview
