"""Errors a user can act on: each carries a message meant to be shown as is."""

from __future__ import annotations


class ScoutError(Exception):
    """Base of every error Scout reports to a user instead of a traceback."""


class InputError(ScoutError):
    """Bad input: the file, text or id given cannot be used."""


class UnsupportedFileType(InputError):
    """The file is not a PDF, DOCX, TXT or Markdown document."""


class FileTooLarge(InputError):
    """The file is larger than the configured upload limit."""


class CorruptDocument(InputError):
    """The file claims a type but cannot be read as that type."""


class EmptyDocument(InputError):
    """The file holds no readable text."""


class ProtectedCriterion(InputError):
    """A job description asks for a protected attribute (age, gender, nationality, …)."""


class NotFound(ScoutError):
    """An id that does not exist for this tenant."""


class ServiceUnavailable(ScoutError):
    """A configured server (database, Qdrant, Redis) cannot be reached."""
