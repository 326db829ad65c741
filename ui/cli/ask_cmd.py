"""`scout ask "QUESTION" [--thread ID] [--json]` (DESIGN §9).

Asks the recruiter graph one question. Threads are kept by a SQLite
checkpointer in the data folder, so a second call with `--thread` continues
the conversation ("and which of them are in Berlin?") — or answers a pending
"Move … ? yes/no" confirmation — even from a new process.

`--json` prints exactly `{thread, answer, candidates[{id, name, evidence[]}]}`;
without it, a short text, the notes, and a table.
"""

from __future__ import annotations

import uuid
from contextlib import AsyncExitStack
from pathlib import Path

import typer
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver
from rich.markup import escape

from agents.brains import open_brains
from agents.usage import StoreUsageSink
from core.context import RunContext
from core.recruiter import Answer, AskOutput, RecruiterLimits
from core.settings import Settings
from graphs.recruiter import ask_recruiter, build_recruiter_graph
from graphs.recruiter_state import RecruiterRuntime
from store.migrate import upgrade
from tools.screening_kit import open_screening_kit
from ui.cli.app_state import state_of
from ui.cli.errors import reports_errors
from ui.cli.output import emit_json, simple_table, stdout_console
from ui.cli.run_async import run_async

THREADS_FILE = "recruiter_threads.sqlite"


def threads_path(settings: Settings) -> Path:
    """Where recruiter threads are checkpointed (inside the data folder)."""
    return settings.data_dir / THREADS_FILE


def answer_text(answer: Answer) -> str:
    """The answer with its notes, as one text (what `--json` puts under "answer")."""
    notes = "".join(f"\nNote: {note}" for note in answer.notes)
    return answer.text + notes


async def _ask(settings: Settings, question: str, thread: str) -> Answer:
    await upgrade(settings)
    async with (
        open_screening_kit(settings) as kit,
        AsyncSqliteSaver.from_conn_string(str(threads_path(settings))) as saver,
        AsyncExitStack() as stack,
    ):
        usage = StoreUsageSink(kit.store)
        stack.push_async_callback(usage.drain)
        brains = await stack.enter_async_context(
            open_brains(settings, embedder=kit.embedder, taxonomy=kit.taxonomy, usage=usage)
        )
        graph = build_recruiter_graph().compile(checkpointer=saver)
        runtime = RecruiterRuntime(
            kit=kit,
            ctx=RunContext(tenant_id=settings.tenant, role="recruiter"),
            brain=brains.recruiter,
            limits=RecruiterLimits(),
        )
        return await ask_recruiter(graph, runtime, thread_id=thread, question=question)


@reports_errors
def ask(
    ctx: typer.Context,
    question: str = typer.Argument(..., help="The question, in plain language."),
    thread: str | None = typer.Option(None, "--thread", help="Continue this conversation."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object on stdout."),
) -> None:
    """Ask about candidates: filters, comparisons, counts, pipeline, stage moves."""
    settings = state_of(ctx).settings
    thread_id = thread or f"thr_{uuid.uuid4().hex[:12]}"
    answer = run_async(_ask(settings, question, thread_id))
    if as_json:
        emit_json(
            AskOutput(thread=thread_id, answer=answer_text(answer), candidates=answer.candidates)
        )
        return
    console = stdout_console()
    console.print(escape(answer_text(answer)), highlight=False)
    if answer.columns and answer.rows:
        console.print(simple_table("", answer.columns, answer.rows))
    console.print(f"[dim]thread {escape(thread_id)}[/]")
