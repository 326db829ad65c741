"""A LinkedIn-style page: a narrow sidebar beside a main column that runs on to page two."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from tools.extract import extract_text
from tools.parse_resume import parse_resume
from tools.taxonomy import Taxonomy

SIDEBAR = (
    ("Contact", 12), ("jane.roe@example.com", 10), ("www.janeroe.dev", 10),
    ("www.linkedin.com/in/jane-", 10), ("roe-dev (LinkedIn)", 10), ("Top Skills", 12),
    ("Python", 10), ("Kubernetes", 10), ("Go", 10), ("Languages", 12), ("Spanish (Fluent)", 10),
)
PAGE_ONE = (
    ("Summary", 13), ("Platform engineer who builds reliable data pipelines for teams.", 10),
    ("Experience", 13), ("Northwind Traders", 11), ("Senior Platform Engineer", 10),
    ("March 2021 - Present (4 years 4 months)", 10), ("Seattle, Washington", 10),
    ("- Moved the batch jobs to Kubernetes and cut the nightly run from six hours", 10),
    ("to two hours for the analytics team", 10),
    ("Contoso Ltd", 11), ("Data Engineer", 10),
    ("June 2017 - February 2021 (3 years 9 months)", 10),
)
PAGE_TWO = (
    ("- Built the ingestion service in Python and Go for forty data sources", 10),
    ("Education", 13), ("University of Washington", 11),
    ("Bachelor of Science, Computer Science · (2013 - 2017)", 10),
)


def linkedin_like_pdf() -> bytes:
    """Name at 24 pt on the right; sidebar lines stacked beside it on the left."""
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER)
    canvas.setFont("Helvetica-Bold", 24)
    canvas.drawString(220, 740, "Jane Roe")
    canvas.setFont("Helvetica", 12)
    canvas.drawString(220, 718, "Platform Engineer")
    y = 750.0  # the first two sidebar lines sit level with the tall name
    for text, size in SIDEBAR:
        canvas.setFont("Helvetica", size)
        canvas.drawString(30, y, text)
        y -= size + 2  # tight, as LinkedIn sets it: wrapped lines would be joined
    _column(canvas, PAGE_ONE, 690)
    canvas.showPage()
    _column(canvas, PAGE_TWO, 740)
    canvas.save()
    return buffer.getvalue()


def _column(canvas: Canvas, lines: tuple[tuple[str, int], ...], top: float) -> None:
    y = top
    for text, size in lines:
        canvas.setFont("Helvetica", size)
        canvas.drawString(220, y, text)
        y -= size + 3


def test_lines_stacked_beside_a_tall_name_stay_lines_of_their_own() -> None:
    lines = extract_text("jane.pdf", linkedin_like_pdf(), kind="pdf").lines
    assert "Contact" in lines
    # Contact items stay one a line; a link cut at its hyphen is put back together.
    assert "jane.roe@example.com" in lines
    assert "www.janeroe.dev" in lines
    assert "www.linkedin.com/in/jane-roe-dev (LinkedIn)" in lines


def test_the_main_column_is_read_on_to_page_two_before_the_sidebar() -> None:
    lines = extract_text("jane.pdf", linkedin_like_pdf(), kind="pdf").lines
    assert lines.index("Education") < lines.index("Contact")
    assert lines.index("Jane Roe") < lines.index("Experience")


def test_the_whole_profile_parses() -> None:
    parsed = parse_resume(extract_text("jane.pdf", linkedin_like_pdf(), kind="pdf"),
                          Taxonomy.load())
    assert parsed.name == "Jane Roe"
    assert parsed.emails == ["jane.roe@example.com"]
    assert "janeroe.dev" in " ".join(parsed.links)
    assert "linkedin.com/in/jane-roe-dev" in " ".join(parsed.links)
    assert [(e.title, e.company) for e in parsed.experience] == [
        ("Senior Platform Engineer", "Northwind Traders"), ("Data Engineer", "Contoso Ltd"),
    ]
    assert [(e.institution, e.graduation_year) for e in parsed.education] == [
        ("University of Washington", 2017)
    ]
    assert {"Python", "Kubernetes", "Go"} <= set(parsed.skill_names())
    description = parsed.experience[0].description
    assert "cut the nightly run from six hours to two hours" in description
