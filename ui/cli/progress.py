"""A progress bar on stderr for batches, so stdout stays clean for `--json`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from core.ingest import IngestResult
from ui.cli.output import emit_json, print_error, print_warning, stderr_console


@contextmanager
def ingest_progress(
    label: str, total: int, *, as_json: bool
) -> Iterator[Callable[[IngestResult], None]]:
    """Yield an `on_result` callback that advances the bar and reports errors."""
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=stderr_console(), transient=True) as progress:
        task = progress.add_task(label, total=total)

        def on_result(result: IngestResult) -> None:
            progress.advance(task)
            if as_json:
                emit_json(result)
            if result.status == "error":
                print_error(result.error or result.file)
            elif result.error:
                print_warning(result.error)

        yield on_result
