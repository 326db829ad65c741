"""The `scout` command: every subcommand registered in one place."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import typer

from core.settings import Settings
from ui.cli.app_state import AppState
from ui.cli.ask_cmd import ask
from ui.cli.assess_cmd import assess
from ui.cli.candidates_cmd import candidates_app
from ui.cli.db_cmd import db_app
from ui.cli.demo_cmd import demo_app
from ui.cli.doctor_cmd import doctor
from ui.cli.ingest_cmd import ingest
from ui.cli.interview_cmd import interview_app
from ui.cli.invite_cmd import invite
from ui.cli.job_cmd import job_app
from ui.cli.match_cmd import match, rank
from ui.cli.parse_cmd import parse
from ui.cli.rescore_cmd import rescore
from ui.cli.serve_cmd import serve
from ui.cli.user_cmd import user_app


def build_app() -> typer.Typer:
    """Assemble the CLI; kept in a function so tests can build a fresh one."""
    app = typer.Typer(
        name="scout",
        help="Scout: screen resumes, analyse jobs and rank candidates — offline by default.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
    )
    app.callback()(_root)
    app.command("parse")(parse)
    app.command("match")(match)
    app.command("rank")(rank)
    app.command("ingest")(ingest)
    app.command("rescore")(rescore)
    app.command("doctor")(doctor)
    app.command("ask")(ask)
    app.command("assess")(assess)
    app.command("serve")(serve)
    app.add_typer(job_app, name="job")
    app.add_typer(candidates_app, name="candidates")
    app.add_typer(db_app, name="db")
    app.add_typer(demo_app, name="demo")
    app.add_typer(interview_app, name="interview")
    app.add_typer(user_app, name="user")
    interview_app.command("invite")(invite)
    return app


def _root(
    ctx: typer.Context,
    data_dir: Path | None = typer.Option(None, "--data-dir", help="Overrides SCOUT_DATA_DIR."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log details to stderr."),
) -> None:
    """Build the settings once; every command reads them from the context."""
    overrides = {"data_dir": data_dir} if data_dir else {}
    settings = Settings(**overrides)
    _configure_logging(verbose)
    ctx.obj = AppState(settings=settings, verbose=verbose)


def _configure_logging(verbose: bool) -> None:
    """Logs go to stderr so that `--json` output on stdout stays clean."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("unstructured", "pdfminer", "httpx", "sentence_transformers"):
        logging.getLogger(noisy).setLevel(logging.INFO if verbose else logging.ERROR)


def run() -> None:
    """Console-script entry point."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    build_app()()
