"""The candidate's side: disclosure and consent, one question at a time, typed or spoken.

Nothing is kept in the chat session that the interview's checkpoint does not
also hold: a reload, a dropped connection or another device with the same
link asks the runner where the interview stands and shows that.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import chainlit as cl

from core.errors import InputError, ScoutError
from graphs.interview_runner import InterviewView
from ui.web.identity import Identity
from ui.web.runtime import WebRuntime

PENDING_SEQ = "pending_seq"
PENDING_TEXT = "pending_text"
AUDIO = "audio_buffer"
PCM_RATE = 24_000
MIN_AUDIO_BYTES = PCM_RATE  # half a second of PCM16 mono
MAX_AUDIO_BYTES = PCM_RATE * 2 * 120  # two minutes
FINISHED_TEXT = (
    "Thank you: your interview is complete and has been sent to the recruiter. "
    "You can close this page."
)
DECLINED_TEXT = (
    "You chose not to take the interview, so no questions were asked. The recruiter will see "
    "that you declined. If you change your mind, ask them for a new invitation."
)


def _ending(view: InterviewView) -> str:
    return DECLINED_TEXT if view.status == "declined" else FINISHED_TEXT


def _progress(view: InterviewView) -> str:
    if view.question_count and view.question_number:
        return f"**Question {view.question_number} of {view.question_count}**\n\n"
    return ""


async def _show(view: InterviewView) -> None:
    """Scout's new turns; the one awaiting an answer gets progress and its buttons."""
    pending_seq = view.pending["seq"] if view.pending else None
    for turn in view.said:
        is_pending = turn["seq"] == pending_seq
        actions = _turn_actions(turn) if is_pending else []
        asks = turn["kind"] in ("question", "follow_up")
        header = _progress(view) if is_pending and asks else ""
        content = header + turn["text"]
        await cl.Message(content, actions=actions, author="Scout").send()
    cl.user_session.set(PENDING_SEQ, pending_seq)
    cl.user_session.set(PENDING_TEXT, view.pending["text"] if view.pending else None)
    if view.finished:
        await cl.Message(_ending(view), author="Scout").send()


def _turn_actions(turn: dict[str, object]) -> list[cl.Action]:
    seq = {"seq": turn["seq"]}
    if turn["kind"] == "consent":
        return [cl.Action(name="consent", payload={**seq, "agree": True}, label="I agree"),
                cl.Action(name="consent", payload={**seq, "agree": False}, label="I do not agree")]
    return [cl.Action(name="listen", payload=seq, label="Listen", icon="volume-2")]


async def candidate_start(rt: WebRuntime, who: Identity) -> None:
    """Open (or continue) the one interview the link names."""
    if who.expired():
        await cl.Message("This invitation has expired. Ask the recruiter for a new link.").send()
        return
    try:
        view = await rt.interviews.resume(tenant_id=who.tenant_id,
                                          interview_id=who.interview_id or "")
    except ScoutError as exc:
        await cl.Message(f"This interview cannot be opened: {exc}").send()
        return
    if view.finished:
        await cl.Message(_ending(view), author="Scout").send()
        return
    if view.question_number > 0:
        await cl.Message("Welcome back. We continue where you left off.", author="Scout").send()
    await _show(view.model_copy(update={"said": _current(view)}))


def _current(view: InterviewView) -> list[dict[str, object]]:
    """On return, only what is being asked now (the rest was seen already)."""
    if view.question_number == 0:
        return view.said
    return [turn for turn in view.said if view.pending and turn["seq"] == view.pending["seq"]]


async def candidate_answer(
    rt: WebRuntime, who: Identity, text: str, *, consent: bool | None = None,
    reply_to: int | None = None,
) -> None:
    """A typed answer (or a consent button) to the question on screen."""
    if who.expired():
        await cl.Message("This invitation has expired. Ask the recruiter for a new link.").send()
        return
    if not text.strip():
        await cl.Message("Please type an answer, or use the microphone.").send()
        return
    try:
        view = await rt.interviews.answer(
            tenant_id=who.tenant_id, interview_id=who.interview_id or "", text=text,
            reply_to=reply_to if reply_to is not None else cl.user_session.get(PENDING_SEQ),
            consent=consent,
        )
    except InputError:
        await _catch_up(rt, who)
        return
    if not view.duplicate:
        await _show(view)


async def _catch_up(rt: WebRuntime, who: Identity) -> None:
    """The answer was for a question no longer asked (another tab moved on): show the current."""
    view = await rt.interviews.view(tenant_id=who.tenant_id, interview_id=who.interview_id or "")
    await cl.Message("The interview had already moved on; here is where it stands.").send()
    await _show(view.model_copy(update={"said": _current(view)}))


def audio_start() -> bool:
    """Begin collecting a spoken answer."""
    cl.user_session.set(AUDIO, bytearray())
    return True


def audio_chunk(data: bytes) -> None:
    """Collect PCM16 mono 24 kHz chunks, up to two minutes."""
    buffer = cl.user_session.get(AUDIO)
    if buffer is not None and len(buffer) + len(data) <= MAX_AUDIO_BYTES:
        buffer.extend(data)


async def audio_end(rt: WebRuntime, who: Identity) -> None:
    """Transcribe the spoken answer, show it as the candidate's message, go on."""
    audio = bytes(cl.user_session.get(AUDIO) or b"")
    cl.user_session.set(AUDIO, None)
    if who.expired() or cl.user_session.get(PENDING_SEQ) is None:
        return
    if len(audio) < MIN_AUDIO_BYTES:
        await cl.Message("I did not catch that. Please speak a little longer, or type.").send()
        return
    try:
        view = await rt.interviews.answer_audio(
            tenant_id=who.tenant_id, interview_id=who.interview_id or "", audio=audio,
            sample_rate=PCM_RATE, reply_to=cl.user_session.get(PENDING_SEQ),
        )
    except InputError:
        await _catch_up(rt, who)
        return
    heard = view.heard or "(nothing recognised)"
    await cl.Message(heard, type="user_message", author="You (spoken)").send()
    await _show(view)


async def listen(rt: WebRuntime, seq: int | None) -> None:
    """The question on screen, spoken (text-to-speech)."""
    text = cl.user_session.get(PENDING_TEXT)
    if not text or seq != cl.user_session.get(PENDING_SEQ):
        return
    with tempfile.TemporaryDirectory() as folder:
        try:
            path = await rt.speak(text, Path(folder) / "question.wav")
        except ScoutError as exc:
            await cl.Message(f"Speech is not available here: {exc}").send()
            return
        audio = cl.Audio(name="question.wav", content=path.read_bytes(), mime="audio/wav",
                         auto_play=True, display="inline")
    await cl.Message("", elements=[audio], author="Scout").send()
