"""`scout parse FILE... [--json]`: a ParsedResume per file (DESIGN §9)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape

from core.errors import InputError
from core.resume import ParsedResume
from tools.read_resume import read_resume
from tools.taxonomy import Taxonomy
from ui.cli.app_state import state_of
from ui.cli.errors import reports_errors
from ui.cli.files import read_file_bytes
from ui.cli.output import emit_json, print_error, simple_table, stdout_console


@reports_errors
def parse(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(..., help="Resume files (PDF, DOCX, TXT, MD)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per file."),
) -> None:
    """Parse resumes into structured facts."""
    settings = state_of(ctx).settings
    taxonomy = Taxonomy.load()
    failed = 0
    for path in files:
        try:
            read = read_resume(
                path.name, read_file_bytes(path), settings=settings, taxonomy=taxonomy
            )
        except InputError as exc:
            print_error(str(exc))
            failed += 1
            continue
        if as_json:
            emit_json(read.parsed.contract_json())
        else:
            _print_parsed(path, read.parsed)
    if failed:
        raise typer.Exit(1)


def _print_parsed(path: Path, parsed: ParsedResume) -> None:
    """A human summary of one parsed resume."""
    console = stdout_console()
    console.rule(escape(path.name))
    name = escape(parsed.name or "(no name found)")
    console.print(f"[bold]{name}[/]  {escape(parsed.headline or '')}")
    console.print(
        escape(f"{', '.join(parsed.emails)}  {', '.join(parsed.phones)}  {parsed.location or ''}")
    )
    console.print(f"Total experience: {parsed.total_years_experience} years")
    rows = [
        [e.title, e.company, e.start, e.end or ("present" if e.current else "")]
        for e in parsed.experience
    ]
    console.print(simple_table("Experience", ["Title", "Company", "Start", "End"], rows))
    skills = ", ".join(f"{s.name} ({s.years}y)" if s.years else s.name for s in parsed.skills)
    console.print(escape(f"Skills: {skills}"))
    for warning in parsed.warnings:
        console.print(f"[yellow]warning:[/] {escape(warning)}")
