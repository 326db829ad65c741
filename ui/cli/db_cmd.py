"""`scout db upgrade|current`: bring the SQL schema to the code's version."""

from __future__ import annotations

import typer
from rich.markup import escape

from store.migrate import current_revision, upgrade
from ui.cli.app_state import state_of
from ui.cli.errors import reports_errors
from ui.cli.output import stdout_console
from ui.cli.run_async import run_async

db_app = typer.Typer(help="Database schema.", no_args_is_help=True)


@db_app.command("upgrade")
@reports_errors
def db_upgrade(ctx: typer.Context) -> None:
    """Apply every pending migration (safe to run again)."""
    settings = state_of(ctx).settings
    settings.ensure_dirs()
    revision = run_async(upgrade(settings))
    stdout_console().print(escape(f"database at revision {revision}"))


@db_app.command("current")
@reports_errors
def db_current(ctx: typer.Context) -> None:
    """Print the revision the database is at."""
    revision = run_async(current_revision(state_of(ctx).settings))
    stdout_console().print(escape(revision or "(no schema yet: run `scout db upgrade`)"))
