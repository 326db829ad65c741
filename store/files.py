"""Content-addressed blob storage for uploaded files.

A blob's key is the sha256 hex digest of its bytes, so the same resume uploaded
twice is stored once and its key doubles as the resume id (DESIGN §3, §4).

`FileStore` is the interface the rest of Scout depends on. `LocalFileStore`
keeps blobs in a folder; an S3-compatible store can implement the same five
methods later (key → object name, `path()` returning None because there is no
local file) without any caller changing.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Protocol, runtime_checkable

from core.errors import InputError, NotFound

_KEY_PATTERN = re.compile(r"[0-9a-f]{64}")


def content_key(data: bytes) -> str:
    """The key a blob is stored under: the sha256 hex digest of its bytes."""
    return hashlib.sha256(data).hexdigest()


def validate_key(key: str) -> str:
    """Return `key` if it is a sha256 hex digest, else raise InputError.

    Keys reach the store from URLs and database rows; accepting only 64
    lowercase hex characters makes path traversal (`../`, absolute paths,
    separators) impossible by construction rather than by sanitising.
    """
    if not isinstance(key, str) or not _KEY_PATTERN.fullmatch(key):
        raise InputError(f"Not a valid file key: {key!r}")
    return key


@runtime_checkable
class FileStore(Protocol):
    """Where uploaded file bytes live, addressed by their sha256."""

    def put(self, data: bytes) -> str:
        """Store `data` (once, however often it is put) and return its key."""
        ...

    def get(self, key: str) -> bytes:
        """The bytes stored under `key`; NotFound if there are none."""
        ...

    def exists(self, key: str) -> bool:
        """Whether a blob is stored under `key`."""
        ...

    def path(self, key: str) -> Path | None:
        """A local file holding the blob, for tools that need a path; None if absent
        or if the store is not local."""
        ...

    def delete(self, key: str) -> bool:
        """Remove the blob (e.g. GDPR erasure); True if something was removed."""
        ...


class LocalFileStore:
    """A `FileStore` in a local folder: `root/ab/cd/abcd…` (two-level fan-out).

    The fan-out keeps any one directory small when many thousands of resumes
    are stored. Writes go to a temporary file in the target folder and are
    moved into place with `os.replace`, so a reader never sees a partial blob
    and a crash leaves at most a stray temp file, never a corrupt one.
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def _blob_path(self, key: str) -> Path:
        key = validate_key(key)
        return self.root / key[:2] / key[2:4] / key

    def put(self, data: bytes) -> str:
        """Store `data` and return its sha256 key; identical bytes are written once."""
        key = content_key(data)
        target = self._blob_path(key)
        if target.is_file():
            return key
        target.parent.mkdir(parents=True, exist_ok=True)
        self._write_atomically(target, data)
        return key

    @staticmethod
    def _write_atomically(target: Path, data: bytes) -> None:
        fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise

    def get(self, key: str) -> bytes:
        """The stored bytes; NotFound when the key is valid but unknown."""
        target = self._blob_path(key)
        try:
            return target.read_bytes()
        except FileNotFoundError:
            raise NotFound(f"No stored file with key {key}") from None

    def exists(self, key: str) -> bool:
        """Whether the blob is stored (an invalid key raises InputError)."""
        return self._blob_path(key).is_file()

    def path(self, key: str) -> Path | None:
        """The blob's local path, or None when it is not stored."""
        target = self._blob_path(key)
        return target if target.is_file() else None

    def delete(self, key: str) -> bool:
        """Remove the blob; True if it existed. Empty fan-out folders are left in place
        because another writer may be about to use them."""
        target = self._blob_path(key)
        try:
            target.unlink()
        except FileNotFoundError:
            return False
        return True
