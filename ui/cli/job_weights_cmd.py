"""`scout job weights ID [--required-skills 0.5 …] [--require SKILL …]`: how a job is scored.

Without options it shows the job's weights. Each `--<dimension>` option sets
one weight (relative; normalised when scores are computed), `--reset` starts
from the defaults, and `--require/--prefer/--drop` edit the skill lists. A
skill criterion naming a protected attribute is refused with the reason and
nothing changes. Any change marks the job's scores stale; `scout rescore`
recomputes them.
"""

from __future__ import annotations

import typer
from rich.markup import escape

from core.settings import Settings
from tools.job_weights_service import JobWeights, edit_job_weights, job_weights
from tools.ready_store import open_ready_store
from tools.taxonomy import Taxonomy
from ui.cli.app_state import state_of
from ui.cli.errors import reports_errors
from ui.cli.output import emit_json, simple_table, stdout_console
from ui.cli.run_async import run_async

_WEIGHT_HELP = "Relative weight of the {} dimension (0 or more)."


@reports_errors
def weights(
    ctx: typer.Context,
    job_id: str = typer.Argument(..., help="The job's id (see `scout job list`)."),
    required_skills: float | None = typer.Option(
        None, "--required-skills", help=_WEIGHT_HELP.format("required skills")
    ),
    preferred_skills: float | None = typer.Option(
        None, "--preferred-skills", help=_WEIGHT_HELP.format("preferred skills")
    ),
    experience_years: float | None = typer.Option(
        None, "--experience-years", help=_WEIGHT_HELP.format("years of experience")
    ),
    title_seniority: float | None = typer.Option(
        None, "--title-seniority", help=_WEIGHT_HELP.format("title and seniority")
    ),
    education: float | None = typer.Option(
        None, "--education", help=_WEIGHT_HELP.format("education")
    ),
    semantic_similarity: float | None = typer.Option(
        None, "--semantic-similarity", help=_WEIGHT_HELP.format("semantic similarity")
    ),
    reset: bool = typer.Option(False, "--reset", help="Start from the default weights."),
    require: list[str] = typer.Option([], "--require", help="Make a skill required (repeatable)."),
    prefer: list[str] = typer.Option([], "--prefer", help="Make a skill preferred (repeatable)."),
    drop: list[str] = typer.Option([], "--drop", help="Remove a skill (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
) -> None:
    """Show or change a job's match weights and skill lists; changes mark its scores stale."""
    settings = state_of(ctx).settings
    changes = {
        name: value
        for name, value in (
            ("required_skills", required_skills),
            ("preferred_skills", preferred_skills),
            ("experience_years", experience_years),
            ("title_seniority", title_seniority),
            ("education", education),
            ("semantic_similarity", semantic_similarity),
        )
        if value is not None
    }
    editing = bool(changes or reset or require or prefer or drop)
    result = run_async(_run(settings, job_id, changes, reset, require, prefer, drop, editing))
    if as_json:
        emit_json(result.as_dict())
    else:
        _print(result, editing)


async def _run(
    settings: Settings,
    job_id: str,
    changes: dict[str, float],
    reset: bool,
    require: list[str],
    prefer: list[str],
    drop: list[str],
    editing: bool,
) -> JobWeights:
    async with open_ready_store(settings) as store:
        if not editing:
            return await job_weights(store, tenant_id=settings.tenant, job_id=job_id)
        return await edit_job_weights(
            store,
            tenant_id=settings.tenant,
            job_id=job_id,
            changes=changes,
            reset=reset,
            require=require,
            prefer=prefer,
            drop=drop,
            taxonomy=Taxonomy.load() if (require or prefer or drop) else None,
        )


def _print(result: JobWeights, editing: bool) -> None:
    console = stdout_console()
    details = escape(f"  id: {result.job_id}  version {result.version}")
    console.print(f"[bold]{escape(result.title)}[/]{details}")
    before, after = result.previous.as_dict(), result.weights.as_dict()
    rows = [
        [name, f"{before[name]:g}", f"{after[name]:g}{' *' if before[name] != after[name] else ''}"]
        for name in after
    ]
    console.print(simple_table("Weights", ["Dimension", "Before", "Now"], rows))
    console.print(escape(f"Required: {', '.join(result.profile.required_skills)}"))
    console.print(escape(f"Preferred: {', '.join(result.profile.preferred_skills)}"))
    if editing and not result.changed:
        console.print("Nothing changed.")
    if result.stale_scores:
        count = result.stale_scores
        console.print(
            escape(
                f"{count} score{'s' if count != 1 else ''} of this job "
                f"{'are' if count != 1 else 'is'} stale; run `scout rescore --job {result.job_id}` "
                "to recompute."
            )
        )
