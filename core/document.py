"""Text extracted from an uploaded document, before any parsing."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field


class ExtractedDocument(BaseModel):
    """Plain text in reading order, one line per visual line, plus warnings."""

    text: str
    kind: str  # pdf, docx, txt, md
    pages: int = 1
    warnings: list[str] = Field(default_factory=list)
    document_date: date | None = None  # last saved, from the file's own metadata

    @property
    def lines(self) -> list[str]:
        """Non-empty stripped lines, the unit evidence quotes are taken from."""
        return [line.strip() for line in self.text.splitlines() if line.strip()]
