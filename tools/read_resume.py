"""From uploaded bytes to a parsed resume: check, extract, parse.

The one place the three steps are chained, so the CLI, the ingester and the
chat upload all treat a bad file the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.document import ExtractedDocument
from core.resume import ParsedResume
from core.settings import Settings
from core.stage_clock import StageClock, null_clock
from tools.extract import extract_text
from tools.file_checks import check_upload
from tools.parse_resume import parse_resume
from tools.taxonomy import Taxonomy

INSUFFICIENT_TEXT = "insufficient_text"


@dataclass(frozen=True)
class ReadResume:
    """A resume as read: its text, its parsed facts, and whether it can be scored."""

    kind: str
    document: ExtractedDocument
    parsed: ParsedResume

    @property
    def sufficient(self) -> bool:
        """False when too little text was found to judge the resume on."""
        return INSUFFICIENT_TEXT not in self.document.warnings


def read_resume(
    file_name: str,
    data: bytes,
    *,
    settings: Settings,
    taxonomy: Taxonomy,
    reference_date: date | None = None,
    clock: StageClock | None = None,
) -> ReadResume:
    """Check, extract and parse one resume; raises InputError for unusable files."""
    clock = clock or null_clock()
    with clock.measure("extract"):
        kind = check_upload(file_name, data, settings.max_upload_bytes)
        document = extract_text(file_name, data, kind=kind)
    if len(document.text.strip()) < settings.min_resume_chars and (
        INSUFFICIENT_TEXT not in document.warnings
    ):
        document.warnings.append(INSUFFICIENT_TEXT)
    with clock.measure("parse"):
        parsed = parse_resume(document, taxonomy, reference_date=reference_date)
    return ReadResume(kind=kind, document=document, parsed=parsed)


def read_job_text(file_name: str, data: bytes, *, settings: Settings) -> str:
    """The plain text of a job description file (same checks as resumes)."""
    kind = check_upload(file_name, data, settings.max_upload_bytes)
    return extract_text(file_name, data, kind=kind).text
