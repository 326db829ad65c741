"""Turning the paths a user names into the list of files a batch will read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and every file under given folders (recursively, sorted).

    Hidden files and folders are skipped; unsupported types are kept so that
    the batch reports them clearly instead of silently ignoring them.
    Each file appears once, in a stable order, so a re-run sees the same list.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and not _hidden(p.relative_to(path))
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def in_groups(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most `size` items (itertools.batched is 3.12+)."""
    if size < 1:
        raise ValueError("group size must be at least 1")
    for start in range(0, len(items), size):
        yield items[start : start + size]
