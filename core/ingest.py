"""The per-file outcome of ingestion (DESIGN §9 `scout ingest --json`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

IngestStatus = Literal["ingested", "duplicate", "error"]


class IngestResult(BaseModel):
    """What happened to one file of a batch."""

    file: str
    status: IngestStatus
    resume_id: str | None = None
    candidate_id: str | None = None
    error: str | None = None
