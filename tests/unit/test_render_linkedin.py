"""The LinkedIn "Save to PDF" look: sidebar, company-first positions, LinkedIn's date lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from evals.common import REFERENCE_DATE
from evals.render.dates import STYLES
from evals.render.html import CHROMIUM, HtmlPrinter
from evals.render.linkedin import date_line, duration, linkedin_html, months_inclusive
from evals.render.model import Item, Job, PartialDate, Resume, School, SkillGroup
from evals.render.render import render
from tools.extract import extract_text


def _resume() -> Resume:
    return Resume(
        name="Maya <Okonkwo>",
        label="Backend Engineer",
        email="maya@example.org",
        phone="(206) 555-0142",
        url="https://maya.example.org/",
        city="Seattle",
        region="Washington",
        profiles=("https://linkedin.com/in/maya-okonkwo", "https://github.com/maya"),
        summary="Builds data services.",
        work=(
            Job(
                title="Senior Backend Engineer",
                company="Smith & Jones",
                location="Remote",
                start=PartialDate(2023, 3),
                end=None,
                summary="Owns the billing platform.",
                highlights=("Cut costs by 30% <fast>",),
                keywords=("Python",),
            ),
            Job(
                title="Software Engineer",
                company="Acme",
                location="",
                start=PartialDate(2021, 11),
                end=PartialDate(2023, 2),
                summary="",
                highlights=(),
                keywords=(),
            ),
        ),
        volunteer=(),
        education=(
            School(
                institution="University of Washington",
                study_type="Bachelor of Science",
                area="Computer Science",
                start=PartialDate(2017, 9),
                end=PartialDate(2021, 6),
                score="",
            ),
            School("MIT", "PhD", "Physics", PartialDate(2022, 9), None, ""),
            School("Bootcamp", "", "", None, PartialDate(2016), ""),
        ),
        skills=(SkillGroup("Backend", ("Python", "PostgreSQL", "Go", "Kafka")),),
        projects=(),
        certificates=(Item("AWS Solutions Architect", "Amazon", PartialDate(2022)),),
        awards=(Item("Dean's List", "UW", None),),
        languages=("Spanish (Full Professional)",),
    )


def test_duration_counts_months_inclusively() -> None:
    june = PartialDate(2024, 6)
    assert duration(months_inclusive(june, june, REFERENCE_DATE)) == "1 month"
    assert duration(months_inclusive(june, PartialDate(2025, 5), REFERENCE_DATE)) == "1 year"
    assert duration(months_inclusive(june, PartialDate(2025, 7), REFERENCE_DATE)) == (
        "1 year 2 months"
    )
    # a current job runs to the evals' reference date, June 2025
    assert date_line(PartialDate(2023, 3), None, REFERENCE_DATE) == (
        "March 2023 - Present (2 years 4 months)"
    )
    assert date_line(PartialDate(2016), PartialDate(2018), REFERENCE_DATE) == (
        "2016 - 2018 (3 years)"
    )
    assert date_line(PartialDate(2025, 6), None, date(2025, 6, 30)) == (
        "June 2025 - Present (1 month)"
    )


def test_html_has_the_export_lines_and_escapes_text() -> None:
    page = linkedin_html(_resume(), REFERENCE_DATE)
    assert "<h1>Maya &lt;Okonkwo&gt;</h1>" in page
    assert '<p class="where">Seattle, Washington</p>' in page
    company = '<p class="company">Smith &amp; Jones</p>'
    assert f'{company}<p class="title">Senior Backend Engineer</p>' in page
    assert "March 2023 - Present (2 years 4 months)" in page
    assert "November 2021 - February 2023 (1 year 4 months)" in page
    assert '<p class="place">Remote</p>' in page
    assert "<p>- Cut costs by 30% &lt;fast&gt;</p>" in page
    assert '<p class="company">University of Washington</p>' in page
    assert "<p>Bachelor of Science, Computer Science · (2017 - 2021)</p>" in page
    assert "<p>PhD, Physics · (2022 - Present)</p>" in page and "<p>(2016)</p>" in page
    assert "www.linkedin.com/in/maya-okonkwo (LinkedIn)" in page
    assert "maya.example.org (Personal)" in page and "github.com/maya (Other)" in page
    assert "<p>Go</p>" in page and "Kafka" not in page  # the top three skills only
    assert "Spanish (Full Professional)" in page
    assert "AWS Solutions Architect" in page and "Dean&#x27;s List" in page
    assert "<Okonkwo>" not in page and "https://" not in page


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM}")
def test_printed_pdf_reads_back() -> None:
    pytest.importorskip("playwright")
    with HtmlPrinter() as printer:
        data = render(_resume(), "pdf_linkedin", STYLES[0], printer)
    assert data.startswith(b"%PDF")
    text = extract_text("maya.pdf", data, kind="pdf").text
    assert "Maya <Okonkwo>" in text
    assert "Smith & Jones" in text and "Senior Backend Engineer" in text
    assert "March 2023 - Present (2 years 4 months)" in text
    assert "Bachelor of Science, Computer Science · (2017 - 2021)" in text
    # the footer is printed (Scout drops it as page furniture, so read it raw)
    document = pdfium.PdfDocument(data)
    assert "Page 1 of 1" in document[0].get_textpage().get_text_range()
