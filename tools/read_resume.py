"""From uploaded bytes to a parsed resume: check, extract, parse.

The one place the three steps are chained, so the CLI, the ingester and the
chat upload all treat a bad file the same way. Between extraction and parsing
the personal details Scout never scores on (date of birth, marital status,
nationality, …) are taken out (`tools.protected_attributes`), the parsed
profile's prose is made gender-neutral and skills read only from the
candidate's name are dropped, so none of them can reach a score. A resume
with too little readable text is marked insufficient, with the reason, and is
never scored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pypdfium2 as pdfium

from core.document import ExtractedDocument
from core.resume import ParsedResume
from core.settings import Settings
from core.stage_clock import StageClock, null_clock
from tools.extract import DEFAULT_MIN_CHARS, extract_text
from tools.file_checks import check_upload
from tools.hidden_text import HIDDEN_TEXT
from tools.parse_resume import parse_resume
from tools.protected_attributes import (
    name_names_a_skill,
    neutral_profile,
    redact_lines,
    redaction_warning,
    without_name,
)
from tools.resume_pdf import image_pages
from tools.taxonomy import Taxonomy

INSUFFICIENT_TEXT = "insufficient_text"
INSUFFICIENT_EVIDENCE = "insufficient evidence"


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

    @property
    def insufficient_reason(self) -> str | None:
        """Why no score can be given ("the PDF has no text layer …"), or None."""
        if self.sufficient:
            return None
        prefix = f"{INSUFFICIENT_EVIDENCE}: "
        for warning in self.document.warnings:
            if warning.startswith(prefix):
                return warning[len(prefix) :]
        return "too little text could be read"


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
        document = _without_protected(extract_text(file_name, data, kind=kind))
    if len(document.text.strip()) < settings.min_resume_chars and (
        INSUFFICIENT_TEXT not in document.warnings
    ):
        document.warnings.append(INSUFFICIENT_TEXT)
    if INSUFFICIENT_TEXT in document.warnings:
        document.warnings.append(
            f"{INSUFFICIENT_EVIDENCE}: {_insufficient_reason(kind, data, document, settings)}"
        )
    with clock.measure("parse"):
        parsed = parse_resume(document, taxonomy, reference_date=reference_date)
        if parsed.name and name_names_a_skill(parsed.name, taxonomy):
            parsed = _skills_not_from_name(parsed, parsed.name, document, taxonomy, reference_date)
    return ReadResume(kind=kind, document=document, parsed=neutral_profile(parsed))


def _skills_not_from_name(
    parsed: ParsedResume,
    name: str,
    document: ExtractedDocument,
    taxonomy: Taxonomy,
    reference: date | None,
) -> ParsedResume:
    """The skills as read with the name neutralised: "Ruby Swift" is not a Ruby developer.

    Rare (a name with a skill word in it), so the resume is simply parsed a
    second time with the name replaced, and only the skills are taken from it.
    """
    blind = document.model_copy(update={"text": without_name(document.text, name)})
    again = parse_resume(blind, taxonomy, reference_date=reference)
    return parsed.model_copy(update={"skills": again.skills})


def _without_protected(document: ExtractedDocument) -> ExtractedDocument:
    """The document without lines stating protected attributes, and a warning if any went."""
    redaction = redact_lines(document.lines)
    warning = redaction_warning(redaction.attributes)
    if warning is None:
        return document
    return document.model_copy(
        update={"text": "\n".join(redaction.lines), "warnings": [warning, *document.warnings]}
    )


def _insufficient_reason(
    kind: str, data: bytes, document: ExtractedDocument, settings: Settings
) -> str:
    """Why a document cannot be judged, in the recruiter's words."""
    chars = sum(1 for ch in document.text if not ch.isspace())
    needed = max(DEFAULT_MIN_CHARS, settings.min_resume_chars)
    hidden = any(warning.startswith(HIDDEN_TEXT) for warning in document.warnings)
    if kind == "pdf" and chars == 0:
        try:
            images = image_pages(data)
        except pdfium.PdfiumError:
            images = 0
        pages = f"{document.pages} page" + ("s" if document.pages != 1 else "")
        if images:
            return (
                f"the PDF has no text layer: its {pages} {'is' if document.pages == 1 else 'are'}"
                " images only (a scan or a photo?) and Scout does not read text from images; "
                "ask for a text PDF or a DOCX"
            )
        if not hidden:
            return f"the PDF has no text layer ({pages}, no readable text); ask for a text PDF"
    if hidden:
        return (
            f"only {chars} characters of visible text (at least {needed} are needed); the "
            "rest of the text is hidden and was ignored"
        )
    return f"only {chars} characters of text could be read (at least {needed} are needed)"


def read_job_text(file_name: str, data: bytes, *, settings: Settings) -> str:
    """The plain text of a job description file (same checks as resumes)."""
    kind = check_upload(file_name, data, settings.max_upload_bytes)
    return extract_text(file_name, data, kind=kind).text
