"""`scout user add EMAIL --name N --role R`: accounts that sign in to the chat app."""

from __future__ import annotations

import sys

import typer
from rich.markup import escape

from core.errors import InputError
from core.settings import Settings
from store.migrate import upgrade
from tools.accounts import SIGN_IN_ROLES, Account, add_account
from tools.ready_store import open_ready_store
from ui.cli.app_state import state_of
from ui.cli.errors import reports_errors
from ui.cli.output import emit_json, stdout_console
from ui.cli.run_async import run_async

user_app = typer.Typer(help="Recruiter, hiring manager and admin accounts.", no_args_is_help=True)


@user_app.command("add")
@reports_errors
def add(
    ctx: typer.Context,
    email: str = typer.Argument(..., help="Sign-in email."),
    name: str = typer.Option(..., "--name", help="Name shown in the app."),
    role: str = typer.Option("recruiter", "--role", help=f"One of {', '.join(SIGN_IN_ROLES)}."),
    password_stdin: bool = typer.Option(
        False, "--password-stdin", help="Read the password from the first line of stdin."
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON object on stdout."),
) -> None:
    """Create an account (the password is asked for, or read from stdin)."""
    settings = state_of(ctx).settings
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    if role not in SIGN_IN_ROLES:
        raise InputError(f"role must be one of {', '.join(SIGN_IN_ROLES)}")
    account = run_async(_add(settings, email, name, role, password))
    if as_json:
        emit_json(account)
    else:
        stdout_console().print(escape(f"Added {account.role} {account.email} ({account.user_id})"))


async def _add(settings: Settings, email: str, name: str, role: str, password: str) -> Account:
    await upgrade(settings)
    async with open_ready_store(settings) as store:
        return await add_account(store, tenant_id=settings.tenant, email=email, name=name,
                                 role=role, password=password)  # type: ignore[arg-type]
