"""The CLI shows data exactly as it is: `[...]` in names, files or messages is not markup."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from ui.cli.main import build_app
from ui.cli.output import print_error, print_warning, simple_table

RESUME = """Ana Lopez
Backend Engineer [bold]APIs[/] and [/] queues
ana.lopez@example.com | Berlin, Germany

Summary
Backend engineer with seven years of experience building REST APIs and data pipelines.

Skills
Python, PostgreSQL, Django, Docker

Experience
[bold]Senior[/] Backend Engineer, Acme GmbH, 2019 - present
- Built REST APIs in Python and Django for the payments team.
- Ran PostgreSQL databases and moved services to Docker.
"""


@pytest.fixture(autouse=True)
def wide_console(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wide enough that no line is wrapped, so the text can be compared as it is."""
    monkeypatch.setenv("COLUMNS", "200")


def render(renderable: object) -> str:
    console = Console(file=io.StringIO(), width=200, color_system=None)
    console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined]


@pytest.mark.parametrize("say", [print_error, print_warning])
def test_messages_on_stderr_keep_brackets(say, capsys: pytest.CaptureFixture[str]) -> None:
    say("bad [/] file [bold]cv.pdf")
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "bad [/] file [bold]cv.pdf" in captured.err
    assert captured.err.startswith(("error: ", "warning: "))


def test_messages_keep_emoji_codes(capsys: pytest.CaptureFixture[str]) -> None:
    print_warning("skill :thumbs_up: kept")
    assert "skill :thumbs_up: kept" in capsys.readouterr().err


def test_simple_table_shows_cells_literally() -> None:
    rows = [["[bold]x", "[/]", None, 3], ["[C#]", "quote [1]", "[red]y[/red]", ""]]
    text = render(simple_table("Skills", ["A", "B", "C", "D"], rows))
    for cell in ("[bold]x", "[/]", "[C#]", "quote [1]", "[red]y[/red]", "3"):
        assert cell in text


def test_parse_prints_markup_like_resume_text_literally(tmp_path: Path) -> None:
    resume = tmp_path / "[bold]cv.txt"
    resume.write_text(RESUME, encoding="utf-8")
    app, data = build_app(), ["--data-dir", str(tmp_path / "data")]
    parsed = CliRunner().invoke(app, [*data, "parse", str(resume), "--json"])
    assert parsed.exit_code == 0, parsed.output
    facts = json.loads(parsed.stdout)
    assert "[/]" in facts["headline"] and "[bold]" in facts["experience"][0]["title"]

    result = CliRunner().invoke(app, [*data, "parse", str(resume)])

    assert result.exit_code == 0, result.output
    assert "[bold]cv.txt" in result.stdout
    assert f"Ana Lopez  {facts['headline']}" in result.stdout
    assert facts["experience"][0]["title"] in result.stdout
