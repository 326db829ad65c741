"""`scout ingest PATH... --job ID`: screen a folder or files into the store (DESIGN §9).

Exit status: 0 when the batch ran, even if some files were refused — each
refused file is reported (status `error` with the reason) and the rest are
kept. Non-zero only when the batch could not run (unknown job, bad store).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import typer

from core.errors import InputError
from core.ingest import IngestResult
from core.settings import Settings
from store.migrate import upgrade
from tools.batch_files import expand_paths
from tools.screening import ingest_paths
from tools.screening_kit import open_screening_kit
from ui.cli.app_state import state_of
from ui.cli.errors import reports_errors
from ui.cli.output import simple_table, stderr_console, stdout_console
from ui.cli.progress import ingest_progress
from ui.cli.run_async import run_async


@reports_errors
def ingest(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(..., help="Resume files or folders of them."),
    job: list[str] = typer.Option(..., "--job", help="Job id to screen against (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per file."),
) -> None:
    """Ingest resumes: store, parse, index and score them against the jobs."""
    settings = state_of(ctx).settings
    files = expand_paths(paths)
    if not files:
        raise InputError("no files found in " + ", ".join(str(p) for p in paths))
    results = run_async(_ingest(settings, files, job, as_json))
    _summarise(results, as_json)


async def _ingest(
    settings: Settings, files: list[Path], job_ids: list[str], as_json: bool
) -> list[IngestResult]:
    await upgrade(settings)
    with ingest_progress("screening", len(files), as_json=as_json) as on_result:
        async with open_screening_kit(settings) as kit:
            return await ingest_paths(
                kit,
                tenant_id=settings.tenant,
                paths=files,
                job_ids=job_ids,
                on_result=on_result,
            )


def _summarise(results: list[IngestResult], as_json: bool) -> None:
    """A count per status (stderr with --json, a table otherwise)."""
    counts = Counter(result.status for result in results)
    line = ", ".join(f"{counts[s]} {s}" for s in ("ingested", "duplicate", "error"))
    if as_json:
        stderr_console().print(line)
        return
    rows = [[Path(r.file).name, r.status, r.candidate_id or "", r.error or ""] for r in results]
    stdout_console().print(simple_table("Ingested", ["File", "Status", "Candidate", "Error"], rows))
    stdout_console().print(line)
