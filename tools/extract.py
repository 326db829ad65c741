"""Text extraction: uploaded bytes to an ExtractedDocument in reading order.

Which engine reads which format, and why:

- **DOCX, TXT, Markdown** go through unstructured (`partition_docx`,
  `partition_text`), configured offline by `tools.resume_unstructured`. DOCX
  tables are rebuilt cell by cell (`tools.resume_docx`); text is split one
  element per line (`paragraph_grouper=False`), because unstructured's default
  grouping, and Markdown rendering, glue a resume's short lines into one
  paragraph.
- **PDF** goes through pdfium's character boxes and our own layout step
  (`tools.resume_pdf`). Measured warm on one core over 32 one- and two-page
  resumes, median (max): this path 13-18 ms (33), `partition_pdf(strategy=
  "fast")` 42-74 ms (299), pdfminer.six layout analysis alone 30-54 ms (281);
  and `partition_pdf`, ordering elements by height on the page, interleaves a
  sidebar with the main column line by line, which the layout step does not.
  The hidden-text check renders each page once (72 dpi, greyscale), which
  adds about 6 ms per resume (median over the same files, one core).
  When pdfium cannot open a file, unstructured's PDF path (pdfminer with
  pikepdf repair) gets a second try before the file is declared corrupt.

Every line is cleaned (`tools.resume_cleanup`): icon glyphs and private-use
characters out, one bullet style. Only what a reader sees is kept: text hidden
in the file (white on white, tiny, off the page, Word's hidden runs, Unicode
tag characters, Markdown comments; `tools.hidden_text`) and sentences
addressed to an AI (`tools.injection`) are taken out, each with a warning
(`hidden_text: …`, `prompt_injection: …`) for the recruiter. A document with
almost no text (a scanned, image-only PDF) is returned with the warning
`insufficient_text`; whether that is fatal is the caller's decision.
"""

from __future__ import annotations

import logging
import zipfile

import pypdfium2 as pdfium

from core.document import ExtractedDocument
from core.errors import CorruptDocument, UnsupportedFileType
from tools import resume_unstructured
from tools.document_date import document_date
from tools.file_checks import decode_text, display_name
from tools.hidden_text import (
    HiddenText,
    hidden_text_warning,
    strip_markdown_comments,
    strip_tag_characters,
)
from tools.injection import injection_warning, strip_injections
from tools.resume_cleanup import clean_lines, unflatten
from tools.resume_docx import docx_lines, strip_hidden_runs
from tools.resume_docx_textboxes import inline_text_boxes
from tools.resume_markdown import strip_markdown
from tools.resume_pdf import read_pdf

INSUFFICIENT_TEXT = "insufficient_text"
DEFAULT_MIN_CHARS = 200
_log = logging.getLogger(__name__)


def extract_text(
    file_name: str, data: bytes, *, kind: str, min_chars: int = DEFAULT_MIN_CHARS
) -> ExtractedDocument:
    """Extract the visible, clean lines of a checked upload (`kind` from `check_upload`)."""
    hidden: list[HiddenText] = []
    if kind == "pdf":
        lines, pages = _pdf(file_name, data, hidden)
    elif kind == "docx":
        lines, pages = _docx(file_name, data, hidden)
    elif kind in ("txt", "md"):
        text = decode_text(file_name, data)
        if kind == "md":
            text, comments = strip_markdown_comments(text)
            hidden += comments
        lines, pages = _text(kind, text), 1
    else:
        raise UnsupportedFileType(f"{display_name(file_name)}: cannot extract text from {kind!r}.")
    raw, tags = strip_tag_characters("\n".join(lines))
    hidden += tags
    scan = strip_injections(clean_lines(raw.splitlines()))
    text = "\n".join(scan.lines)
    warnings = _defence_warnings(hidden, scan.found)
    if _visible_chars(text) < min_chars:
        warnings.append(INSUFFICIENT_TEXT)
    return ExtractedDocument(
        text=text, kind=kind, pages=pages, warnings=warnings,
        document_date=document_date(kind, data),
    )


def _defence_warnings(hidden: list[HiddenText], injected: list[str]) -> list[str]:
    """What was taken out and why: hidden text, then text addressed to an AI."""
    hidden_injected = strip_injections(item.text for item in hidden).found
    found = [
        hidden_text_warning(hidden),
        injection_warning(injected),
        injection_warning(hidden_injected, where="in hidden text"),
    ]
    return [warning for warning in found if warning]


def _visible_chars(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def _pdf(file_name: str, data: bytes, hidden: list[HiddenText]) -> tuple[list[str], int]:
    """pdfium first; unstructured (pdfminer + pikepdf repair) when pdfium refuses."""
    try:
        read = read_pdf(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise CorruptDocument(
                f"{display_name(file_name)} is password-protected; upload an unprotected copy."
            ) from exc
        reason = str(exc)
    else:
        hidden += read.hidden
        return read.lines, read.pages
    try:
        elements = resume_unstructured.partition("pdf", data)
    except Exception as exc:  # noqa: BLE001 - any failure here means unreadable
        _log.info("unstructured could not read %s either: %s", display_name(file_name), exc)
        elements = []
    lines = [line for element in elements for line in (element.text or "").splitlines()]
    if not lines:
        raise CorruptDocument(
            f"{display_name(file_name)} is not a readable PDF (it is damaged or "
            f"truncated: {reason}). Re-export it and upload it again."
        )
    pages = max((element.metadata.page_number or 1 for element in elements), default=1)
    return lines, pages


def _docx(file_name: str, data: bytes, hidden: list[HiddenText]) -> tuple[list[str], int]:
    """Hidden runs out first, text boxes into the body, then unstructured's elements."""
    try:
        data, found = strip_hidden_runs(data)
        data = inline_text_boxes(data)
        hidden += found
        elements = resume_unstructured.partition("docx", data)
        return docx_lines(elements, data)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise _corrupt_docx(file_name, exc) from exc
    except Exception as exc:  # python-docx raises its own PackageNotFoundError & co.
        if type(exc).__module__.startswith(("docx", "lxml")):
            raise _corrupt_docx(file_name, exc) from exc
        raise


def _corrupt_docx(file_name: str, exc: Exception) -> CorruptDocument:
    return CorruptDocument(
        f"{display_name(file_name)} is not a readable Word document (it is damaged or "
        f"not really a .docx: {type(exc).__name__}). Re-save it as .docx or PDF."
    )


def _text(kind: str, text: str) -> list[str]:
    """One element per line, Markdown markup stripped first.

    Plain-text resumes use Markdown habits too ("## Experience", "**Title**"),
    and an emphasised line such as "*Remote · 2020 – now*" would otherwise be
    read as a bullet, so the markup goes before unstructured sees the text.
    """
    plain = "\n".join(
        part for line in text.splitlines() for part in unflatten(strip_markdown(line))
    )
    if not plain.strip():
        return []
    elements = resume_unstructured.partition(kind, b"", plain)
    lines: list[str] = []
    for element in elements:
        prefix = "- " if getattr(element, "category", "") == "ListItem" else ""
        lines.append(prefix + (element.text or ""))
    return lines
