"""How the CLI talks: JSON lines for machines, rich tables for people, errors on stderr.

Rich reads `[...]` in printed strings as markup. Only the CLI's own styling may
be markup: every value that comes from data (file names, resume text, names,
skills, messages) is passed through `escape` where it is put into a string, or
printed as a `Text`, so it is shown exactly as it is.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from pydantic import BaseModel
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text


def stdout_console() -> Console:
    """A console on stdout for human-readable output."""
    return Console(emoji=False)


def stderr_console() -> Console:
    """A console on stderr for progress, warnings and errors."""
    return Console(stderr=True, emoji=False)


def emit_json(obj: BaseModel | dict[str, Any] | list[Any]) -> None:
    """Print one JSON object on one line of stdout (DESIGN §9)."""
    data = obj.model_dump(mode="json") if isinstance(obj, BaseModel) else obj
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def print_error(message: str) -> None:
    """An error line on stderr, never on stdout."""
    stderr_console().print(f"[bold red]error:[/] {escape(message)}", highlight=False)


def print_warning(message: str) -> None:
    """A warning line on stderr."""
    stderr_console().print(f"[yellow]warning:[/] {escape(message)}", highlight=False)


def simple_table(title: str, columns: list[str], rows: list[list[Any]]) -> Table:
    """A rich table with the given columns; cells are shown as plain text, never as markup."""
    table = Table(title=title, title_justify="left", show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*[Text("" if cell is None else str(cell)) for cell in row])
    return table
