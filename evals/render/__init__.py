"""A small resume renderer for the evals: JSON Resume in, PDF or DOCX bytes out.

Five looks, each written the way real resumes are: a one-column PDF, a
two-column PDF with a sidebar, a Word document with tables, an HTML page in
the manner of a JSON Resume theme printed to PDF by Chromium, and LinkedIn's
"Save to PDF" profile export, printed the same way. Dates are written in one
of several styles so the parser meets more than one format (the LinkedIn look
keeps LinkedIn's own).
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
