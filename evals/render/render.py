"""One entry point for the rendered looks."""

from __future__ import annotations

from typing import Literal

from evals.render.dates import DateStyle
from evals.render.docx import docx_resume
from evals.render.docx_template import docx_word_template
from evals.render.europass import pdf_europass
from evals.render.gdocs import pdf_gdocs
from evals.render.html import HtmlPrinter, pdf_html
from evals.render.jake import pdf_jake
from evals.render.linkedin import pdf_linkedin
from evals.render.model import Resume
from evals.render.pdf import one_column, two_column
from evals.render.timeline import pdf_timeline

Format = Literal[
    "pdf_one_column",
    "pdf_two_column",
    "docx",
    "pdf_html",
    "pdf_linkedin",
    "pdf_gdocs",
    "pdf_europass",
    "docx_word_template",
    "pdf_jake",
    "pdf_timeline",
]
# New looks go last: a format's position picks its date style (`style_for`).
FORMATS: tuple[Format, ...] = (
    "pdf_one_column",
    "pdf_two_column",
    "docx",
    "pdf_html",
    "pdf_linkedin",
    "pdf_gdocs",
    "pdf_europass",
    "docx_word_template",
    "pdf_jake",
    "pdf_timeline",
)
BROWSER_FORMATS: frozenset[Format] = frozenset(
    {"pdf_html", "pdf_linkedin", "pdf_gdocs", "pdf_europass", "pdf_jake", "pdf_timeline"}
)


def extension(fmt: Format) -> str:
    """The file suffix a rendered format is saved with."""
    return ".docx" if fmt in ("docx", "docx_word_template") else ".pdf"


def render(
    resume: Resume, fmt: Format, style: DateStyle, printer: HtmlPrinter | None = None
) -> bytes:
    """The resume drawn in `fmt`, its dates written in `style`.

    `printer` is an open `HtmlPrinter` for the browser-printed looks; without
    one they start Chromium for this file alone. The other looks ignore it.
    """
    if fmt == "pdf_one_column":
        return one_column(resume, style)
    if fmt == "pdf_two_column":
        return two_column(resume, style)
    if fmt == "docx":
        return docx_resume(resume, style)
    if fmt == "docx_word_template":
        return docx_word_template(resume, style)
    if fmt == "pdf_html":
        return pdf_html(resume, style, printer)
    if fmt == "pdf_linkedin":
        return pdf_linkedin(resume, style, printer)
    if fmt == "pdf_gdocs":
        return pdf_gdocs(resume, style, printer)
    if fmt == "pdf_europass":
        return pdf_europass(resume, style, printer)
    if fmt == "pdf_jake":
        return pdf_jake(resume, style, printer)
    if fmt == "pdf_timeline":
        return pdf_timeline(resume, style, printer)
    raise ValueError(f"unknown format {fmt!r}")
