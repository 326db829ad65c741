"""A small resume renderer for the evals: JSON Resume in, PDF or DOCX bytes out.

Ten looks, each written the way real resumes are: a one-column PDF, a
two-column PDF with a sidebar, a Word document with tables, a Word built-in
résumé template (name in a text box, contacts in the page header, a two-cell
layout table), and six pages printed to PDF by Chromium: a JSON Resume web
theme, LinkedIn's "Save to PDF" profile export, a Google Docs résumé template,
a Europass CV, "Jake's Resume" (the LaTeX template) and a designer template
with a skills sidebar and a dated timeline. Dates are written in one of several
styles so the parser meets more than one format (LinkedIn, Google Docs and
Europass keep their own).
"""

from evals.render.dates import STYLES, DateStyle, style_for
from evals.render.html import HtmlPrinter, PrinterUnavailable
from evals.render.model import Resume, resume_from_json
from evals.render.render import BROWSER_FORMATS, FORMATS, Format, extension, render

__all__ = [
    "BROWSER_FORMATS",
    "FORMATS",
    "STYLES",
    "DateStyle",
    "Format",
    "HtmlPrinter",
    "PrinterUnavailable",
    "Resume",
    "extension",
    "render",
    "resume_from_json",
    "style_for",
]
