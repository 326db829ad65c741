"""One entry point for the rendered looks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, get_args

from evals.render.dates import DateStyle
from evals.render.docx import docx_resume
from evals.render.docx_template import docx_word_template
from evals.render.europass import europass_html
from evals.render.gdocs import gdocs_html
from evals.render.html import HtmlPrinter, html_resume, print_page
from evals.render.jake import jake_html
from evals.render.linkedin import linkedin_html
from evals.render.model import Resume
from evals.render.pdf import one_column, two_column
from evals.render.timeline import timeline_html

# New looks go last: a format's position picks its date style (`style_for`).
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
FORMATS: tuple[Format, ...] = get_args(Format)
Look = Callable[[Resume, DateStyle], bytes]
Page = Callable[[Resume, DateStyle], str]
# Drawn directly: reportlab PDFs and python-docx documents.
DRAWN: dict[Format, Look] = {
    "pdf_one_column": one_column,
    "pdf_two_column": two_column,
    "docx": docx_resume,
    "docx_word_template": docx_word_template,
}
# HTML pages printed to PDF by Chromium (LinkedIn, Google Docs and Europass keep their dates).
PAGES: dict[Format, Page] = {
    "pdf_html": html_resume,
    "pdf_linkedin": lambda resume, _style: linkedin_html(resume),
    "pdf_gdocs": lambda resume, _style: gdocs_html(resume),
    "pdf_europass": lambda resume, _style: europass_html(resume),
    "pdf_jake": jake_html,
    "pdf_timeline": timeline_html,
}
BROWSER_FORMATS: frozenset[Format] = frozenset(PAGES)


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
    if fmt in DRAWN:
        return DRAWN[fmt](resume, style)
    if fmt in PAGES:
        return print_page(PAGES[fmt](resume, style), printer)
    raise ValueError(f"unknown format {fmt!r}")
