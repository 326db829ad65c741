"""What every command gets from the root callback: the settings, built once."""

from __future__ import annotations

from dataclasses import dataclass

import typer

from core.settings import Settings


@dataclass(frozen=True)
class AppState:
    """Per-invocation state handed down through typer's context."""

    settings: Settings
    verbose: bool = False


def state_of(ctx: typer.Context) -> AppState:
    """The AppState the root callback stored on the context."""
    root = ctx.find_root()
    if not isinstance(root.obj, AppState):
        raise RuntimeError("CLI state missing: commands must run under the scout app")
    return root.obj
