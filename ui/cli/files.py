"""Reading files named on the command line, with errors a user can act on."""

from __future__ import annotations

from pathlib import Path

from core.errors import InputError


def read_file_bytes(path: Path) -> bytes:
    """The file's bytes, or an InputError naming the file and the reason."""
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a folder, not a file") from exc
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from exc
