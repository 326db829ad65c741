"""`scout serve [--demo]`: the chat app, REST API and invitation links on one port.

With `--demo` it first loads the demo data, makes the demo sign-ins and an
interview invitation for the demo's best backend candidate, and prints them.
"""

from __future__ import annotations

import socket

import typer
from rich.markup import escape

from core.errors import InputError
from core.settings import Settings
from graphs.interview_runner import open_interview_runner
from store.migrate import upgrade
from tools.accounts import DemoSignIn, ensure_demo_accounts
from tools.demo import default_demo_dir, demo_resume_count, load_demo
from tools.screening_kit import open_screening_kit
from tools.shortlist import job_shortlist
from tools.signing_key import signing_key
from ui.cli.app_state import state_of
from ui.cli.errors import reports_errors
from ui.cli.output import stderr_console, stdout_console
from ui.cli.progress import ingest_progress
from ui.cli.run_async import run_async
from ui.invites import InvitationLink, invite_to_interview


@reports_errors
def serve(
    ctx: typer.Context,
    host: str | None = typer.Option(None, "--host", help="Default SCOUT_SERVER_HOST (127.0.0.1)."),
    port: int | None = typer.Option(None, "--port", help="Default SCOUT_SERVER_PORT (8000)."),
    demo: bool = typer.Option(False, "--demo", help="Load the demo and print its sign-ins."),
) -> None:
    """Start Scout's server: chat at /, REST API at /api, /health and /ready."""
    settings = state_of(ctx).settings
    updates = {k: v for k, v in (("server_host", host), ("server_port", port)) if v is not None}
    settings = settings.model_copy(update=updates)
    _check_port_free(settings)
    run_async(upgrade(settings))
    if demo:
        sign_ins, link = run_async(_prepare_demo(settings))
        _print_demo(settings, sign_ins, link)
    url = settings.resolved_public_url
    stderr_console().print(escape(f"Scout is starting at {url}/ (Ctrl+C stops it)"))
    from ui.web.server import serve as run_server

    run_server(settings)


def _check_port_free(settings: Settings) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        if probe.connect_ex((settings.server_host, settings.server_port)) == 0:
            raise InputError(
                f"{settings.server_host}:{settings.server_port} is already in use; "
                "stop the other server or pass --port"
            )


async def _prepare_demo(settings: Settings) -> tuple[list[DemoSignIn], InvitationLink | None]:
    """Demo data, demo accounts, and an invitation for the best backend candidate."""
    demo_dir = default_demo_dir()
    with ingest_progress("loading demo", demo_resume_count(demo_dir), as_json=False) as on_result:
        async with open_screening_kit(settings) as kit:
            loaded = await load_demo(
                kit, tenant_id=settings.tenant, demo_dir=demo_dir, on_result=on_result
            )
            key = signing_key(settings)
            sign_ins = await ensure_demo_accounts(kit.store, tenant_id=settings.tenant, key=key)
            job = next((j for j in loaded.jobs if "backend" in (j.title or "").lower()),
                       loaded.jobs[0])
            top = await job_shortlist(kit.store, tenant_id=settings.tenant, job_id=job.id or "",
                                      limit=1)
            if not top:
                return sign_ins, None
            async with open_interview_runner(
                settings, embedder=kit.embedder, taxonomy=kit.taxonomy
            ) as runner:
                link = await invite_to_interview(
                    runner, settings, key, tenant_id=settings.tenant, job_id=job.id or "",
                    candidate_id=top[0].candidate_id,
                )
    return sign_ins, link


def _print_demo(
    settings: Settings, sign_ins: list[DemoSignIn], link: InvitationLink | None
) -> None:
    console = stdout_console()
    console.rule("[bold]Scout demo[/]")
    console.print(escape(f"Open {settings.resolved_public_url}/ and sign in:"))
    for sign_in in sign_ins:
        role = sign_in.role.replace("_", " ")
        console.print(escape(f"  {role:<15} {sign_in.email}  password: {sign_in.password}"))
    if link is not None:
        console.print("A candidate's interview invitation (open it in another browser):")
        console.print(escape(f"  {link.url}"), soft_wrap=True, highlight=False)
    console.rule()
