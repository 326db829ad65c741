"""A small resume renderer for the evals: JSON Resume in, PDF or DOCX bytes out.

Three looks, each written the way real resumes are: a one-column PDF, a
two-column PDF with a sidebar, and a Word document with tables. Dates are
written in one of several styles so the parser meets more than one format.
"""

from evals.render.dates import STYLES, DateStyle, style_for
from evals.render.model import Resume, resume_from_json
from evals.render.render import FORMATS, Format, extension, render

__all__ = [
    "FORMATS",
    "STYLES",
    "DateStyle",
    "Format",
    "Resume",
    "extension",
    "render",
    "resume_from_json",
    "style_for",
]
