"""`scout demo` (load the demo and print each job's shortlist) and `scout demo load`."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import typer
from rich.markup import escape

from core.settings import Settings
from store.migrate import upgrade
from tools.demo import DemoLoad, default_demo_dir, demo_resume_count, load_demo
from tools.screening_kit import open_screening_kit
from tools.shortlist import ShortlistEntry, job_shortlist
from ui.cli.app_state import state_of
from ui.cli.errors import reports_errors
from ui.cli.output import emit_json, stderr_console, stdout_console
from ui.cli.progress import ingest_progress
from ui.cli.run_async import run_async

demo_app = typer.Typer(
    help="Scout's demo data: load it and see the shortlists.", invoke_without_command=True
)
DemoDir = typer.Option(None, "--demo-dir", help="Folder with jobs/ and resumes/.")


@demo_app.callback()
@reports_errors
def demo(
    ctx: typer.Context,
    demo_dir: Path | None = DemoDir,
    top: int = typer.Option(5, "--top", min=1, help="Candidates to show per job."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per job."),
) -> None:
    """Load the demo (if needed) and print the ranked shortlist per job with evidence."""
    if ctx.invoked_subcommand is not None:
        return
    settings = state_of(ctx).settings
    run_async(_demo(settings, demo_dir or default_demo_dir(), top, as_json))


@demo_app.command("load")
@reports_errors
def demo_load(ctx: typer.Context, demo_dir: Path | None = DemoDir) -> None:
    """Load the demo jobs and resumes into the store (idempotent)."""
    settings = state_of(ctx).settings
    loaded = run_async(_load(settings, demo_dir or default_demo_dir()))
    _print_summary(loaded)


async def _load(settings: Settings, demo_dir: Path) -> DemoLoad:
    await upgrade(settings)
    with ingest_progress("loading demo", demo_resume_count(demo_dir), as_json=False) as on_result:
        async with open_screening_kit(settings) as kit:
            return await load_demo(
                kit, tenant_id=settings.tenant, demo_dir=demo_dir, on_result=on_result
            )


async def _demo(settings: Settings, demo_dir: Path, top: int, as_json: bool) -> None:
    loaded = await _load(settings, demo_dir)
    _print_summary(loaded)
    async with open_screening_kit(settings) as kit:
        for job in loaded.jobs:
            entries = await job_shortlist(
                kit.store, tenant_id=settings.tenant, job_id=job.id or "", limit=top
            )
            if as_json:
                emit_json(
                    {
                        "job": job.model_dump(mode="json"),
                        "shortlist": [e.model_dump(mode="json") for e in entries],
                    }
                )
            else:
                _print_shortlist(job.title or job.id or "", job.id or "", entries)


def _print_summary(loaded: DemoLoad) -> None:
    counts = Counter(result.status for result in loaded.results)
    stderr_console().print(
        f"demo: {len(loaded.jobs)} jobs; resumes {counts['ingested']} ingested, "
        f"{counts['duplicate']} already there, {counts['error']} errors"
    )


def _print_shortlist(title: str, job_id: str, entries: list[ShortlistEntry]) -> None:
    """A job's top candidates, each with the evidence of its dimensions."""
    console = stdout_console()
    console.rule(f"[bold]{escape(title)}[/]  ({escape(job_id)})")
    for entry in entries:
        name = escape(entry.name or "(no name)")
        console.print(
            f"[bold]#{entry.rank}  {name}[/] ({escape(entry.candidate_id)})  "
            f"[bold cyan]{entry.overall:.1f}[/]"
        )
        console.print(escape(f"    {entry.explanation}"), highlight=False)
        for dimension in entry.dimensions:
            evidence = "; ".join(dimension.evidence[:2]) or "—"
            console.print(
                escape(f"    {dimension.name.replace('_', ' ')} {dimension.score:.0f}: {evidence}"),
                highlight=False,
                overflow="ellipsis",
                no_wrap=True,
            )
    console.print()
