"""`scout job analyze|add|list`: job descriptions in, JobProfiles out (DESIGN §9)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape

from core.job import JobProfile
from core.settings import Settings
from tools.analyze_job import analyze_job
from tools.jobs_service import add_job, list_job_profiles
from tools.read_resume import read_job_text
from tools.ready_store import open_ready_store
from tools.taxonomy import Taxonomy
from ui.cli.app_state import state_of
from ui.cli.errors import reports_errors
from ui.cli.files import read_file_bytes
from ui.cli.job_weights_cmd import weights
from ui.cli.output import emit_json, simple_table, stdout_console
from ui.cli.run_async import run_async

job_app = typer.Typer(help="Analyse and store job descriptions.", no_args_is_help=True)


@job_app.command("analyze")
@reports_errors
def analyze(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="A job description (TXT, MD, PDF, DOCX)."),
    as_json: bool = typer.Option(False, "--json", help="Print the JobProfile as JSON."),
) -> None:
    """Read what a job description asks for, without storing it."""
    settings = state_of(ctx).settings
    text = read_job_text(file.name, read_file_bytes(file), settings=settings)
    profile = analyze_job(text, Taxonomy.load())
    _show(profile, as_json)


@job_app.command("add")
@reports_errors
def add(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="A job description (TXT, MD, PDF, DOCX)."),
    title: str | None = typer.Option(None, "--title", help="Use this title instead."),
    as_json: bool = typer.Option(False, "--json", help="Print the stored JobProfile as JSON."),
) -> None:
    """Analyse a job description and store it; prints its id."""
    settings = state_of(ctx).settings
    profile = run_async(_add(settings, file, title))
    _show(profile, as_json)


async def _add(settings: Settings, file: Path, title: str | None) -> JobProfile:
    data = read_file_bytes(file)
    async with open_ready_store(settings) as store:
        return await add_job(
            store,
            settings=settings,
            taxonomy=Taxonomy.load(),
            tenant_id=settings.tenant,
            file_name=file.name,
            data=data,
            title=title,
        )


async def _list(settings: Settings) -> list[JobProfile]:
    async with open_ready_store(settings) as store:
        return await list_job_profiles(store, tenant_id=settings.tenant)


@job_app.command("list")
@reports_errors
def list_jobs(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="One JSON object per job."),
) -> None:
    """List stored jobs."""
    settings = state_of(ctx).settings
    profiles = run_async(_list(settings))
    if as_json:
        for profile in profiles:
            emit_json(profile)
        return
    rows = [[p.id, p.title, p.location, p.remote, len(p.required_skills)] for p in profiles]
    table = simple_table("Jobs", ["Id", "Title", "Location", "Mode", "Required skills"], rows)
    stdout_console().print(table)


def _show(profile: JobProfile, as_json: bool) -> None:
    """Print a JobProfile as JSON or as a short human summary."""
    if as_json:
        emit_json(profile)
        return
    console = stdout_console()
    heading = f"[bold]{escape(profile.title or '(untitled job)')}[/]"
    if profile.id:
        heading += f"  id: {escape(profile.id)}"
    console.print(heading)
    console.print(
        escape(
            f"{profile.company or ''}  {profile.location or ''}  {profile.remote or ''}  "
            f"{profile.seniority or ''}  {profile.employment_type or ''}"
        )
    )
    console.print(f"Minimum years: {profile.min_years_experience}")
    console.print(escape(f"Required: {', '.join(profile.required_skills)}"))
    console.print(escape(f"Preferred: {', '.join(profile.preferred_skills)}"))
    if profile.education:
        console.print(escape(f"Education: {profile.education}"))


job_app.command("weights")(weights)
