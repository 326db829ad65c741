"""`scout interview invite --job ID --candidate ID [--json]`: a signed interview link."""

from __future__ import annotations

import typer
from rich.markup import escape

from core.settings import Settings
from graphs.interview_runner import open_interview_runner
from store.migrate import upgrade
from tools.signing_key import signing_key
from ui.cli.app_state import state_of
from ui.cli.errors import reports_errors
from ui.cli.output import emit_json, stdout_console
from ui.cli.run_async import run_async
from ui.invites import InvitationLink, invite_to_interview


@reports_errors
def invite(
    ctx: typer.Context,
    job: str = typer.Option(..., "--job", help="The job's id."),
    candidate: str = typer.Option(..., "--candidate", help="The candidate's id."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object on stdout."),
) -> None:
    """Open the candidate's interview for the job and print the link to send them."""
    settings = state_of(ctx).settings
    link = run_async(_invite(settings, job, candidate))
    if as_json:
        emit_json(link)
        return
    console = stdout_console()
    console.print(
        escape(
            f"Interview {link.interview_id}; the link works until "
            f"{link.expires_at:%d %b %Y %H:%M} UTC:"
        )
    )
    console.print(escape(link.url), soft_wrap=True, highlight=False)


async def _invite(settings: Settings, job: str, candidate: str) -> InvitationLink:
    await upgrade(settings)
    async with open_interview_runner(settings) as runner:
        return await invite_to_interview(
            runner, settings, signing_key(settings), tenant_id=settings.tenant, job_id=job,
            candidate_id=candidate,
        )
