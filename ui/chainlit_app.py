"""Scout's chat app: who may do what, and which handler does it.

Thin by design: every handler checks the signed-in identity, then calls the
web layer, which calls a graph or a tool through the one runtime opened at
startup. Started by `scout serve` (see ui/web/server.py), which hands it the
settings on the server's state.
"""

from __future__ import annotations

import chainlit as cl
from chainlit.server import app as chat_server
from chainlit.types import ThreadDict

from tools.accounts import sign_in
from ui.web import assistant_chat, candidate_chat, screening_chat, shortlist_chat
from ui.web.chat_history import ScoutChatHistory, open_chat_history
from ui.web.identity import Identity, identity_of, staff_user
from ui.web.runtime import WebRuntime, open_web_runtime
from ui.web.server_state import ServerState

LISTING_WORDS = {"interviews", "scorecards", "show interviews", "show scorecards"}
JOB_WORDS = {"jobs", "show jobs", "shortlists"}


def server_state() -> ServerState:
    """What `scout serve` put on the server: settings, runtime holder, exit stack."""
    return chat_server.state.scout_server


def runtime() -> WebRuntime:
    """The open runtime (startup has run before any chat can connect)."""
    opened = server_state().holder.runtime
    if opened is None:
        raise RuntimeError("Scout is still starting")
    return opened


def who() -> Identity | None:
    """The identity of this chat's user."""
    return identity_of(cl.user_session.get("user"))


@cl.on_app_startup
async def startup() -> None:
    """Open the store, models and graphs once for the process."""
    state = server_state()
    state.holder.runtime = await state.stack.enter_async_context(open_web_runtime(state.settings))


@cl.on_app_shutdown
async def shutdown() -> None:
    """Close everything startup opened."""
    await server_state().stack.aclose()


@cl.data_layer
def chat_history() -> ScoutChatHistory:
    """Threads, messages and steps kept in Scout's database."""
    return open_chat_history(server_state().settings)


@cl.password_auth_callback
async def password_sign_in(email: str, password: str) -> cl.User | None:
    """Recruiters, hiring managers and admins sign in with the password stored for them."""
    rt = runtime()
    account = await sign_in(rt.kit.store, tenant_id=rt.settings.tenant, email=email,
                            password=password)
    return staff_user(account) if account else None


@cl.set_chat_profiles
async def chat_profiles(
    current_user: cl.User | None, language: str | None = None
) -> list[cl.ChatProfile]:
    """Each role sees only its own profile (the same in every language)."""
    identity = identity_of(current_user)
    if identity is None:
        return []
    if identity.role == "candidate":
        return [cl.ChatProfile(name="Interview", markdown_description="Your interview.")]
    if identity.role == "hiring_manager":
        return [cl.ChatProfile(
            name="Hiring manager",
            markdown_description="Shortlists, scorecards and questions about candidates.",
        )]
    return [cl.ChatProfile(
        name="Recruiter",
        markdown_description="Screen resumes, review shortlists and ask about candidates.",
    )]


@cl.on_chat_start
async def start() -> None:
    """Candidates go to their interview; staff get the welcome with their jobs."""
    identity = who()
    if identity is None:
        await cl.Message("Please sign in again.").send()
        return
    if identity.role == "candidate":
        await candidate_chat.candidate_start(runtime(), identity)
        return
    await cl.Message(
        f"Hello {identity.name}. Drop a job description and resumes here (PDF, DOCX or TXT) "
        "to screen them, pick a job below for its shortlist, or ask a question such as "
        "“who knows Python?”."
    ).send()
    await shortlist_chat.show_jobs(runtime(), identity)
    await shortlist_chat.list_scorecards(runtime(), identity, quiet=True)


@cl.on_chat_resume
async def resume(thread: ThreadDict) -> None:
    """A thread reopened from the history: a candidate continues the interview."""
    identity = who()
    if identity is not None and identity.role == "candidate":
        await candidate_chat.candidate_start(runtime(), identity)


@cl.on_message
async def message(incoming: cl.Message) -> None:
    """An answer (candidates), or files to screen or a question (staff)."""
    identity = who()
    if identity is None:
        return
    if identity.role == "candidate":
        if incoming.elements:
            await cl.Message("Files are not part of the interview; please answer in words.").send()
            return
        await candidate_chat.candidate_answer(runtime(), identity, incoming.content)
        return
    uploads = screening_chat.uploads_of(incoming)
    if uploads:
        await screening_chat.screen_uploads(runtime(), identity, uploads)
        return
    text = incoming.content.strip()
    if text.lower() in LISTING_WORDS:
        await shortlist_chat.list_scorecards(runtime(), identity)
    elif text.lower() in JOB_WORDS:
        await shortlist_chat.show_jobs(runtime(), identity)
    elif text:
        await assistant_chat.ask(runtime(), identity, text)


def _staff() -> Identity | None:
    identity = who()
    return identity if identity is not None and identity.is_staff else None


@cl.action_callback("shortlist")
async def on_shortlist(action: cl.Action) -> None:
    """Show a job's shortlist."""
    if (identity := _staff()) is not None:
        await shortlist_chat.show_shortlist(runtime(), identity, str(action.payload["job_id"]))


@cl.action_callback("evidence")
async def on_evidence(action: cl.Action) -> None:
    """Show why a candidate scored what they scored."""
    if (identity := _staff()) is not None:
        await shortlist_chat.show_evidence(runtime(), identity, str(action.payload["job_id"]),
                                           str(action.payload["candidate_id"]))


@cl.action_callback("compare")
async def on_compare(action: cl.Action) -> None:
    """Compare candidates for a job."""
    if (identity := _staff()) is not None:
        ids = [str(i) for i in action.payload.get("candidate_ids", [])]
        await shortlist_chat.compare(runtime(), identity, str(action.payload["job_id"]), ids)


@cl.action_callback("invite")
async def on_invite(action: cl.Action) -> None:
    """Invite a candidate to an interview and show the link."""
    if (identity := _staff()) is not None:
        await shortlist_chat.invite(runtime(), identity, str(action.payload["job_id"]),
                                    str(action.payload["candidate_id"]))


@cl.action_callback("scorecard")
async def on_scorecard(action: cl.Action) -> None:
    """Show a finished interview's scorecard."""
    if (identity := _staff()) is not None:
        await shortlist_chat.show_scorecard(runtime(), identity,
                                            str(action.payload["interview_id"]))


@cl.action_callback("confirm_move")
async def on_confirm_move(action: cl.Action) -> None:
    """Answer a pending stage move with yes or no."""
    if (identity := _staff()) is not None:
        await assistant_chat.ask(runtime(), identity, str(action.payload["reply"]))


@cl.action_callback("consent")
async def on_consent(action: cl.Action) -> None:
    """The candidate's consent choice."""
    identity = who()
    if identity is not None and identity.role == "candidate":
        agree = bool(action.payload.get("agree"))
        await cl.Message("I agree" if agree else "I do not agree", type="user_message",
                         author="You").send()
        await candidate_chat.candidate_answer(
            runtime(), identity, "I agree" if agree else "I do not agree", consent=agree,
            reply_to=int(action.payload["seq"]),
        )


@cl.action_callback("listen")
async def on_listen(action: cl.Action) -> None:
    """Speak the question on screen."""
    identity = who()
    if identity is not None and identity.role == "candidate":
        await candidate_chat.listen(runtime(), int(action.payload["seq"]))


@cl.on_audio_start
async def on_audio_start() -> bool:
    """Only a candidate with a question on screen may speak an answer."""
    identity = who()
    return identity is not None and identity.role == "candidate" and candidate_chat.audio_start()


@cl.on_audio_chunk
async def on_audio_chunk(chunk: cl.InputAudioChunk) -> None:
    """Collect the spoken answer."""
    candidate_chat.audio_chunk(chunk.data)


@cl.on_audio_end
async def on_audio_end() -> None:
    """Transcribe and answer."""
    identity = who()
    if identity is not None and identity.role == "candidate":
        await candidate_chat.audio_end(runtime(), identity)
