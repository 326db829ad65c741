"""A designer template's timeline: dates stacked in a strip beside each entry."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tools.extract import extract_text
from tools.parse_resume import parse_resume
from tools.resume_education import parse_education
from tools.resume_experience import parse_experience
from tools.resume_header import find_name
from tools.sections import heading_kind
from tools.taxonomy import Taxonomy


def timeline_pdf() -> bytes:
    """Start date level with the title, end date under it (alone, or beside the employer)."""
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setFont("Helvetica", 10)
    rows = [
        (800, None, "Jane Roe"), (786, None, "jane.roe@example.com"),
        (760, None, "E X P E R I E N C E"),
        (740, "Aug 2024", "Data Analyst"), (727, "Apr 2025", None),
        (714, None, "Northwind Traders · Austin, TX"),
        (701, None, "Built dashboards in Looker Studio."),
        (680, "Jan 2016", "Shift Supervisor"), (667, "Feb 2018", "Café Lumen · Austin, TX"),
        (654, None, "Led service shifts."),
    ]
    for y, date_text, text in rows:
        if date_text:
            canvas.drawString(72, y, date_text)
        if date_text and text and y not in (727, 667):  # the timeline's dot, at each title
            canvas.circle(128, y + 3.5, 1.5, stroke=0, fill=1)
        if text:
            canvas.drawString(140 if date_text or y < 760 else 72, y, text)
    canvas.save()
    return buffer.getvalue()


def test_stacked_dates_become_ranges() -> None:
    parsed = parse_resume(extract_text("jane.pdf", timeline_pdf(), kind="pdf"), Taxonomy.load())
    jobs = [(e.title, e.company, e.start, e.end) for e in parsed.experience]
    assert jobs == [
        ("Data Analyst", "Northwind Traders", "2024-08", "2025-04"),
        ("Shift Supervisor", "Café Lumen", "2016-01", "2018-02"),
    ]


def test_single_years_down_a_column_stay_apart() -> None:
    lines = ["Education", "2016 | MSc Informatics, TU Berlin", "2014 | BSc Physics, TU Berlin"]
    schools = parse_education(lines[1:])
    assert [e.graduation_year for e in schools] == [2016, 2014]


def test_letter_spaced_headings_with_a_kerned_pair() -> None:
    assert heading_kind("E D U C AT I O N") == "education"
    assert heading_kind("C O N TA C T") == "contact"
    assert heading_kind("AB CD EF GH") is None


def test_a_name_set_one_word_a_line() -> None:
    lines = ["JANE", "DEVELOPER", "Full Stack Software Engineer", "jane.developer@example.com"]
    assert find_name(lines, emails=["jane.developer@example.com"]) == "JANE DEVELOPER"


def test_a_title_and_first_name_over_the_surname() -> None:
    lines = ["DR. LENA", "VASQUEZ", "Principal Engineer", "lena.vasquez@example.com"]
    assert find_name(lines, emails=["lena.vasquez@example.com"]) == "DR. LENA VASQUEZ"
    assert find_name(["Mr. Rao", "Engineer", "rao@example.com"]) == "Mr. Rao"  # a job word


def test_a_long_degree_line_with_dates_is_an_entry() -> None:
    line = (
        "Ph.D. in Computer Science; GPA: Dissertation: Consistency Trade-offs in "
        "Geo-Replicated Key-Value Stores | Sep 2006 – Jun 2011"
    )
    schools = parse_education(["University of Texas at Austin", line])
    assert [(e.degree, e.field, e.graduation_year, e.degree_level) for e in schools] == [
        ("Ph.D. in Computer Science", "Computer Science", 2011, "phd")
    ]


def test_a_dotted_title_over_stacked_apostrophe_dates() -> None:
    lines = ["- CEO/President", "Dec. '13", "Dec. '14", "Pied Piper · Palo Alto, CA",
             "- Built a compression algorithm"]
    [job] = parse_experience(lines)
    entry = job.entry
    assert (entry.title, entry.company, entry.start, entry.end) == (
        "CEO/President", "Pied Piper", "2013-12", "2014-12"
    )
    assert entry.description == "- Built a compression algorithm"


def test_a_bulleted_sentence_over_dates_stays_a_bullet() -> None:
    lines = ["Platform Engineer", "Acme", "2019 - 2021", "- Built the billing service in Go.",
             "2021 - 2023", "Staff Engineer", "Globex"]
    titles = [job.entry.title for job in parse_experience(lines)]
    assert titles[0] == "Platform Engineer"
    assert "Built the billing service in Go." not in titles
