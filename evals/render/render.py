"""One entry point for the three rendered looks."""

from __future__ import annotations

from typing import Literal

from evals.render.dates import DateStyle
from evals.render.docx import docx_resume
from evals.render.model import Resume
from evals.render.pdf import one_column, two_column

Format = Literal["pdf_one_column", "pdf_two_column", "docx"]
FORMATS: tuple[Format, ...] = ("pdf_one_column", "pdf_two_column", "docx")


def extension(fmt: Format) -> str:
    """The file suffix a rendered format is saved with."""
    return ".docx" if fmt == "docx" else ".pdf"


def render(resume: Resume, fmt: Format, style: DateStyle) -> bytes:
    """The resume drawn in `fmt`, its dates written in `style`."""
    if fmt == "pdf_one_column":
        return one_column(resume, style)
    if fmt == "pdf_two_column":
        return two_column(resume, style)
    if fmt == "docx":
        return docx_resume(resume, style)
    raise ValueError(f"unknown format {fmt!r}")
