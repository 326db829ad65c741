"""`scout rescore [--job ID]`: recompute scores made with older weights or code."""

from __future__ import annotations

import typer

from core.settings import Settings
from store.migrate import upgrade
from tools.rescore import RescoreReport
from tools.rescore import rescore as rescore_scores
from tools.screening_kit import open_screening_kit
from ui.cli.app_state import state_of
from ui.cli.errors import reports_errors
from ui.cli.output import emit_json, stdout_console
from ui.cli.run_async import run_async


@reports_errors
def rescore(
    ctx: typer.Context,
    job: str | None = typer.Option(None, "--job", help="Only this job's scores."),
    as_json: bool = typer.Option(False, "--json", help="Print the counts as JSON."),
) -> None:
    """Mark scores stale where weights or versions changed, then recompute them."""
    settings = state_of(ctx).settings
    report = run_async(_rescore(settings, job))
    if as_json:
        emit_json({"marked": report.marked, "rescored": report.rescored})
    else:
        stdout_console().print(f"{report.marked} scores were stale; {report.rescored} recomputed")


async def _rescore(settings: Settings, job_id: str | None) -> RescoreReport:
    await upgrade(settings)
    async with open_screening_kit(settings) as kit:
        return await rescore_scores(kit, tenant_id=settings.tenant, job_id=job_id)
