"""`scout doctor [--json]`: each part's backend, reachability and version."""

from __future__ import annotations

import typer

from tools.doctor import run_checks
from ui.cli.app_state import state_of
from ui.cli.output import emit_json, simple_table, stdout_console
from ui.cli.run_async import run_async


def doctor(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="One JSON object per part."),
) -> None:
    """Check every part Scout runs on; exits 1 if any is broken."""
    settings = state_of(ctx).settings
    settings.ensure_dirs()
    results = run_async(run_checks(settings))
    if as_json:
        for result in results:
            emit_json(result)
    else:
        rows = [[r.part, r.backend, "ok" if r.ok else "FAIL", r.detail] for r in results]
        stdout_console().print(
            simple_table("Scout doctor", ["Part", "Backend", "Status", "Detail"], rows)
        )
    if not all(r.ok for r in results):
        raise typer.Exit(1)
