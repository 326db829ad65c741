"""`scout candidates list [--job ID]` (DESIGN §9)."""

from __future__ import annotations

import typer

from core.settings import Settings
from store.models import CandidateListing
from store.repositories.candidates import list_candidates as list_candidate_rows
from tools.ready_store import open_ready_store
from ui.cli.app_state import state_of
from ui.cli.errors import reports_errors
from ui.cli.output import emit_json, simple_table, stdout_console
from ui.cli.run_async import run_async

candidates_app = typer.Typer(help="Candidates in the store.", no_args_is_help=True)


@candidates_app.command("list")
@reports_errors
def list_candidates(
    ctx: typer.Context,
    job: str | None = typer.Option(None, "--job", help="Only candidates who applied to this job."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per candidate."),
) -> None:
    """List candidates with their applications and match scores."""
    settings = state_of(ctx).settings
    listings = run_async(_list(settings, job))
    if as_json:
        for listing in listings:
            emit_json(listing)
        return
    rows = [
        [
            c.id,
            c.name,
            ", ".join(c.emails),
            "; ".join(f"{a.job_id}: {a.stage} {_score(a.match_score)}" for a in c.applications),
        ]
        for c in listings
    ]
    table = simple_table("Candidates", ["Id", "Name", "Emails", "Applications"], rows)
    stdout_console().print(table)


async def _list(settings: Settings, job_id: str | None) -> list[CandidateListing]:
    async with open_ready_store(settings) as store, store.session() as session:
        return await list_candidate_rows(session, tenant_id=settings.tenant, job_id=job_id)


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"
