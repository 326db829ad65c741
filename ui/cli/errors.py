"""Turn Scout's user-facing errors into a clear stderr line and a non-zero exit."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer

from core.errors import ScoutError
from ui.cli.output import print_error

P = ParamSpec("P")
R = TypeVar("R")


def reports_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Wrap a command so a ScoutError prints its message and exits with status 1."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except ScoutError as exc:
            print_error(str(exc))
            raise typer.Exit(1) from exc

    return wrapper
