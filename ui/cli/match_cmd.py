"""`scout match RESUME JOB` and `scout rank JOB RESUME...`, nothing stored (DESIGN §9).

A resume with too little readable text gets no score: the command says
"insufficient evidence: <reason>". What Scout left out of a resume before
scoring it (hidden text, text addressed to an AI, protected personal details)
is shown as warnings: under the score for people, on stderr with `--json`.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape

from core.errors import InputError
from core.match import MatchScore
from core.settings import Settings
from core.weights import MatchWeights
from store.embeddings import load_embedder
from tools.analyze_job import analyze_job
from tools.match_files import JobForScoring, score_read_resumes
from tools.read_resume import ReadResume, read_job_text, read_resume
from tools.taxonomy import Taxonomy
from ui.cli.app_state import state_of
from ui.cli.errors import reports_errors
from ui.cli.files import read_file_bytes
from ui.cli.output import emit_json, print_error, print_warning, simple_table, stdout_console

# Warnings about what was taken out before scoring; the recruiter must see them.
DEFENCE_WARNINGS = ("hidden_text", "prompt_injection", "protected_attributes")


@reports_errors
def match(
    ctx: typer.Context,
    resume: Path = typer.Argument(..., help="A resume file."),
    job: Path = typer.Argument(..., help="A job description file."),
    as_json: bool = typer.Option(False, "--json", help="Print the MatchScore as JSON."),
) -> None:
    """Score one resume against one job, with the evidence per dimension."""
    settings = state_of(ctx).settings
    taxonomy = Taxonomy.load()
    target = _job_for_scoring(settings, taxonomy, job)
    read = _read_scorable(settings, taxonomy, resume)
    score = score_read_resumes([read], target, embedder=load_embedder(settings), taxonomy=taxonomy)[
        0
    ]
    if as_json:
        emit_json(score)
        _warn(resume.name, read)
    else:
        print_match(resume.name, score, defence_warnings(read))


@reports_errors
def rank(
    ctx: typer.Context,
    job: Path = typer.Argument(..., help="A job description file."),
    resumes: list[Path] = typer.Argument(..., help="Resume files to rank."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per resume, best first."),
) -> None:
    """Rank resumes for a job, best first."""
    settings = state_of(ctx).settings
    taxonomy = Taxonomy.load()
    target = _job_for_scoring(settings, taxonomy, job)
    reads: list[tuple[Path, ReadResume]] = []
    failed = 0
    for path in resumes:
        try:
            reads.append((path, _read_scorable(settings, taxonomy, path)))
        except InputError as exc:
            print_error(str(exc))
            failed += 1
    scores = score_read_resumes(
        [r for _, r in reads], target, embedder=load_embedder(settings), taxonomy=taxonomy
    )
    ranked = sorted(zip([p for p, _ in reads], scores, strict=True), key=_rank_key)
    _print_ranking(ranked, as_json)
    for path, read in reads:
        _warn(path.name, read, to_stderr=as_json)
    if failed:
        raise typer.Exit(1)


def _rank_key(item: tuple[Path, MatchScore]) -> tuple[float, str]:
    """Best score first; ties broken by file name so the order is stable."""
    return (-item[1].overall, str(item[0]))


def _print_ranking(ranked: list[tuple[Path, MatchScore]], as_json: bool) -> None:
    if as_json:
        for position, (path, score) in enumerate(ranked, start=1):
            emit_json({"rank": position, "file": str(path), **score.model_dump(mode="json")})
        return
    rows = [
        [
            i,
            path.name,
            f"{s.overall:.1f}",
            ", ".join(s.matched_skills[:6]),
            ", ".join(s.missing_skills[:4]),
        ]
        for i, (path, s) in enumerate(ranked, start=1)
    ]
    table = simple_table("Ranking", ["#", "Resume", "Score", "Matched", "Missing"], rows)
    stdout_console().print(table)


def _job_for_scoring(settings: Settings, taxonomy: Taxonomy, job: Path) -> JobForScoring:
    """Read and analyse a job description file."""
    text = read_job_text(job.name, read_file_bytes(job), settings=settings)
    return JobForScoring(profile=analyze_job(text, taxonomy), raw_text=text, weights=MatchWeights())


def _read_scorable(settings: Settings, taxonomy: Taxonomy, path: Path) -> ReadResume:
    """Read a resume, refusing one with too little text to judge."""
    read = read_resume(path.name, read_file_bytes(path), settings=settings, taxonomy=taxonomy)
    if not read.sufficient:
        raise InputError(
            f"{path.name}: insufficient evidence: {read.insufficient_reason}; no score is given"
        )
    return read


def defence_warnings(read: ReadResume) -> list[str]:
    """The warnings about text left out before scoring (hidden, injected, protected)."""
    return [w for w in read.parsed.warnings if w.startswith(DEFENCE_WARNINGS)]


def _warn(label: str, read: ReadResume, *, to_stderr: bool = True) -> None:
    """Defence warnings of one resume: stderr (JSON mode) or stdout under the table."""
    for warning in defence_warnings(read):
        if to_stderr:
            print_warning(f"{label}: {warning}")
        else:
            message = escape(f"{label}: {warning}")
            stdout_console().print(f"[yellow]warning:[/] {message}", highlight=False)


def print_match(label: str, score: MatchScore, warnings: list[str] | None = None) -> None:
    """A MatchScore with its dimensions and evidence (and any defence warnings), for people."""
    console = stdout_console()
    console.print(f"[bold]{escape(label)}[/]: [bold cyan]{score.overall:.1f}[/] / 100")
    for warning in warnings or []:
        console.print(f"[yellow]warning:[/] {escape(warning)}", highlight=False)
    console.print(escape(score.explanation))
    rows = [
        [d.name, f"{d.score:.0f}", f"{d.weight:.2f}", "\n".join(d.evidence[:4])]
        for d in score.dimensions
    ]
    console.print(simple_table("Dimensions", ["Dimension", "Score", "Weight", "Evidence"], rows))
