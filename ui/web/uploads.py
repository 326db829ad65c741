"""Files dropped into the chat: staged under their own names, sorted into JDs and resumes."""

from __future__ import annotations

import asyncio
import re
import shutil
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from core.errors import ScoutError
from core.settings import Settings
from tools.document_kind import DocumentKind, document_kind
from tools.read_resume import read_job_text

_UNSAFE = re.compile(r"[^\w.\- ()]+")


@dataclass(frozen=True)
class Upload:
    """One file from a chat message: its name as the user knows it and where it sits now."""

    name: str
    path: Path


@dataclass(frozen=True)
class SortedUploads:
    """Job descriptions (name, bytes) and resume files, in the order they came."""

    jobs: list[tuple[str, bytes]]
    resumes: list[Path]


def safe_name(name: str) -> str:
    """A file name that cannot leave its staging folder."""
    return _UNSAFE.sub("_", Path(name).name).strip(" .") or "file"


@contextmanager
def staged(settings: Settings, uploads: Sequence[Upload]) -> Iterator[list[Path]]:
    """Copies of the uploads under their own names (ingestion reports those), removed after.

    Each file gets a folder of its own, so two files with the same name do not clash.
    """
    folder = settings.data_dir / "uploads" / uuid.uuid4().hex
    folder.mkdir(parents=True)
    try:
        copies = []
        for index, upload in enumerate(uploads):
            target = folder / f"{index:03d}" / safe_name(upload.name)
            target.parent.mkdir()
            shutil.copyfile(upload.path, target)
            copies.append(target)
        yield copies
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _kind(path: Path, settings: Settings) -> tuple[DocumentKind, bytes]:
    data = path.read_bytes()
    try:
        text = read_job_text(path.name, data, settings=settings)
    except ScoutError:
        return "resume", data  # unreadable: screening reports the error for this file
    return document_kind(path.name, text), data


async def sort_uploads(paths: Sequence[Path], settings: Settings) -> SortedUploads:
    """Which files are job descriptions and which are resumes."""
    jobs: list[tuple[str, bytes]] = []
    resumes: list[Path] = []
    for path in paths:
        kind, data = await asyncio.to_thread(_kind, path, settings)
        if kind == "job":
            jobs.append((path.name, data))
        else:
            resumes.append(path)
    return SortedUploads(jobs=jobs, resumes=resumes)
