"""`scout assess`: the answer assessor on its own (DESIGN §9).

    scout assess --question Q --answer A [--skill S] [--json]
    scout assess --batch FILE.jsonl [--json]   (one {question, answer, skill?} per line)

Batch lines are all checked before anything is assessed, so a bad line stops
the run with its line number and no partial output.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import typer
from rich.markup import escape

from core.errors import InputError
from core.interview import AnswerAssessment
from store.embeddings import load_embedder
from tools.assess_answer import assess_answer
from tools.taxonomy import Taxonomy
from ui.cli.app_state import state_of
from ui.cli.errors import reports_errors
from ui.cli.output import emit_json, stdout_console


@dataclass(frozen=True)
class AssessRequest:
    """One answer to assess."""

    question: str
    answer: str
    skill: str | None = None


@reports_errors
def assess(
    ctx: typer.Context,
    question: str | None = typer.Option(None, "--question", "-q", help="The question asked."),
    answer: str | None = typer.Option(None, "--answer", "-a", help="The candidate's answer."),
    skill: str | None = typer.Option(None, "--skill", "-s", help="The skill the question tests."),
    batch: Path | None = typer.Option(
        None, "--batch", help="JSONL file: one {question, answer, skill?} per line."
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per answer."),
) -> None:
    """Assess interview answers: score 1–5, specific, complete, on topic, follow-up."""
    requests = _requests(question, answer, skill, batch)
    settings = state_of(ctx).settings
    embedder = load_embedder(settings)
    taxonomy = Taxonomy.load()
    for request in requests:
        result = assess_answer(
            request.question,
            request.answer,
            skill=request.skill,
            embedder=embedder,
            taxonomy=taxonomy,
        )
        if as_json:
            emit_json(result)
        else:
            print_assessment(result)


def _requests(
    question: str | None, answer: str | None, skill: str | None, batch: Path | None
) -> list[AssessRequest]:
    """The answers to assess, from the options or the batch file."""
    if batch is not None:
        if question is not None or answer is not None:
            raise InputError("Use either --batch or --question/--answer, not both.")
        return read_batch(batch)
    if question is None or answer is None:
        raise InputError("Give --question and --answer (or --batch FILE.jsonl).")
    if not question.strip():
        raise InputError("--question is empty.")
    return [AssessRequest(question, answer, skill or None)]


def read_batch(path: Path) -> list[AssessRequest]:
    """Every request in a JSONL file; blank lines are skipped, bad ones reported by number."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"Cannot read {path}: {exc}") from exc
    requests: list[AssessRequest] = []
    errors: list[str] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            requests.append(parse_line(line))
        except ValueError as exc:
            errors.append(f"{path}: line {number}: {exc}")
    if errors:
        raise InputError("\n".join(errors))
    return requests


def parse_line(line: str) -> AssessRequest:
    """One `{question, answer, skill?}` object; ValueError says what is wrong."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg})") from exc
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object with question and answer")
    question, answer, skill = data.get("question"), data.get("answer"), data.get("skill")
    if not isinstance(question, str) or not question.strip():
        raise ValueError('"question" must be a non-empty string')
    if not isinstance(answer, str):
        raise ValueError('"answer" must be a string')
    if skill is not None and not isinstance(skill, str):
        raise ValueError('"skill" must be a string when given')
    return AssessRequest(question, answer, skill or None)


def print_assessment(result: AnswerAssessment) -> None:
    """A short summary for people."""
    console = stdout_console()
    traits = [
        "specific" if result.specific else "not specific",
        "complete" if result.complete else "incomplete",
        "on topic" if result.on_topic else "off topic",
    ]
    console.print(f"[bold]Score {result.score}/5[/] — {', '.join(traits)}", highlight=False)
    for reason in result.reasons:
        console.print(escape(f"  - {reason}"), highlight=False)
    if result.follow_up:
        console.print(escape(f"  Follow-up: {result.follow_up}"), highlight=False)
