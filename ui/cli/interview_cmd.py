"""`scout interview run|start|show`: scripted, interactive, and stored interviews (DESIGN §9).

A thin adapter over the interview runner: `run` feeds answers from a JSONL
file, `start` reads them from the terminal (and continues an open
interview when run again), `show` prints what the store holds.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import typer
from rich.markup import escape

from core.errors import InputError
from core.settings import Settings
from graphs.interview_runner import InterviewRunner, InterviewView, open_interview_runner
from tools.interview_service import InterviewReport, load_report
from tools.ready_store import open_ready_store
from ui.cli.app_state import state_of
from ui.cli.errors import reports_errors
from ui.cli.files import read_file_bytes
from ui.cli.output import emit_json, print_warning, simple_table, stdout_console
from ui.cli.run_async import run_async

interview_app = typer.Typer(help="Structured interviews with candidates.", no_args_is_help=True)

JobOption = typer.Option(..., "--job", help="The job's id.")
CandidateOption = typer.Option(..., "--candidate", help="The candidate's id.")


def read_answers(path: Path) -> list[str]:
    """The answers of a JSONL file, one `{"answer": "..."}` per line, in order."""
    answers = []
    text = read_file_bytes(path).decode("utf-8", errors="replace")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{path}:{number}: not JSON ({error.msg})") from error
        if not isinstance(item, dict) or not isinstance(item.get("answer"), str):
            raise InputError(f'{path}:{number}: expected {{"answer": "..."}}')
        answers.append(item["answer"])
    return answers


@interview_app.command("run")
@reports_errors
def run(
    ctx: typer.Context,
    job: str = JobOption,
    candidate: str = CandidateOption,
    answers: Path = typer.Option(..., "--answers", help='JSONL, one {"answer": "..."} a line.'),
    no_consent: bool = typer.Option(False, "--no-consent", help="Decline consent instead."),
    as_json: bool = typer.Option(False, "--json", help="Print the transcript and scorecard."),
) -> None:
    """Run a whole interview from scripted answers; prints transcript and scorecard."""
    settings = state_of(ctx).settings
    scripted = read_answers(answers)
    report = run_async(_run(settings, job, candidate, scripted, consent=not no_consent))
    if as_json:
        emit_json(report)
    else:
        _print_report(report)


async def _run(
    settings: Settings, job: str, candidate: str, answers: list[str], *, consent: bool
) -> InterviewReport:
    tenant = settings.tenant
    async with open_interview_runner(settings) as runner:
        view = await runner.start(tenant_id=tenant, job_id=job, candidate_id=candidate, fresh=True)
        interview = view.interview_id
        view = await _reply(runner, view, "Yes, I agree." if consent else "No.", consent=consent)
        remaining = iter(answers)
        while view.pending is not None:
            text = next(remaining, None)
            if text is None:
                view = await runner.finish(tenant_id=tenant, interview_id=interview)
                break
            view = await _reply(runner, view, text)
        unused = sum(1 for _ in remaining)
        if unused:
            print_warning(f"the interview ended with {unused} scripted answer(s) unused")
        return await runner.report(tenant_id=tenant, interview_id=interview)


async def _reply(
    runner: InterviewRunner, view: InterviewView, text: str, *, consent: bool | None = None
) -> InterviewView:
    """A scripted reply to the pending turn (untimed: no timing signal from a script)."""
    if view.pending is None:  # pragma: no cover - callers loop only while something is pending
        raise InputError(f"interview {view.interview_id} is not waiting for an answer")
    return await runner.answer(
        tenant_id=runner.settings.tenant,
        interview_id=view.interview_id,
        text=text,
        reply_to=view.pending["seq"],
        consent=consent,
        timed=False,
    )


@interview_app.command("start")
@reports_errors
def start(
    ctx: typer.Context,
    job: str = JobOption,
    candidate: str = CandidateOption,
    restart: bool = typer.Option(
        False, "--restart", help="Start a new interview even if one exists."
    ),
) -> None:
    """Take the interview in this terminal; run it again later to continue where it stopped."""
    settings = state_of(ctx).settings
    run_async(_interactive(settings, job, candidate, restart=restart))


def _say(text: str) -> None:
    """One line on stdout, flushed at once (a person or a pipe is waiting for it)."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


async def _interactive(settings: Settings, job: str, candidate: str, *, restart: bool) -> None:
    tenant = settings.tenant
    async with open_interview_runner(settings) as runner:
        view = await runner.start(
            tenant_id=tenant, job_id=job, candidate_id=candidate, fresh=restart
        )
        if view.finished:
            _say(f"Interview {view.interview_id} has ended ({view.status}).")
            _say(f"See it with: scout interview show {view.interview_id}")
            return
        _say(f"Interview {view.interview_id} — run this command again to continue later.")
        while True:
            for turn in view.said:
                _say(f"Scout: {turn['text']}")
            if view.finished or view.pending is None:
                break
            sys.stdout.write("> ")
            sys.stdout.flush()
            line = await asyncio.to_thread(sys.stdin.readline)
            if not line:
                _say("")
                _say("Paused. Run the same command again to continue.")
                return
            view = await runner.answer(
                tenant_id=tenant,
                interview_id=view.interview_id,
                text=line.rstrip("\n"),
                reply_to=view.pending["seq"],
            )
        _say(f"Interview {view.interview_id}: {view.status}.")


@interview_app.command("show")
@reports_errors
def show(
    ctx: typer.Context,
    interview_id: str = typer.Argument(..., help="The interview's id."),
    as_json: bool = typer.Option(False, "--json", help="Print the transcript and scorecard."),
) -> None:
    """Show an interview's transcript and scorecard."""
    settings = state_of(ctx).settings
    report = run_async(_show(settings, interview_id))
    if as_json:
        emit_json(report)
    else:
        _print_report(report)


async def _show(settings: Settings, interview_id: str) -> InterviewReport:
    async with open_ready_store(settings) as store:
        return await load_report(store, tenant_id=settings.tenant, interview_id=interview_id)


def _print_report(report: InterviewReport) -> None:
    console = stdout_console()
    console.print(
        f"[bold]Interview {escape(report.interview_id)}[/]  status: {escape(report.status)}"
    )
    for turn in report.transcript:
        who = "Scout" if turn.speaker == "scout" else "Candidate"
        said = escape(f"({turn.kind}): {turn.text}")
        console.print(f"[dim]{turn.seq:>3}[/] [bold]{who}[/] {said}")
    card = report.scorecard
    overall = "—" if card.overall is None else f"{card.overall:.1f} of 5"
    recommendation = escape(card.recommendation or "—")
    console.print(f"\n[bold]Overall[/] {overall}  recommendation: {recommendation}")
    console.print(escape(card.summary))
    rows = [
        [
            d.name,
            "insufficient evidence" if d.score is None else f"{d.score:g}",
            f"{d.weight:g}",
            "; ".join(f"“{e.quote}” (turn {e.turn})" for e in d.evidence),
        ]
        for d in card.dimensions
    ]
    if rows:
        console.print(simple_table("Scorecard", ["Dimension", "Score", "Weight", "Evidence"], rows))
    for flag in card.flags:
        console.print(f"[yellow]flag:[/] {escape(flag)}")
