"""The LinkedIn "Save to PDF" look: sidebar, company-first positions, LinkedIn's date lines."""

from __future__ import annotations

from datetime import date

import pypdfium2 as pdfium
from render_sample import needs_chromium, printed, sample_resume

from evals.common import REFERENCE_DATE
from evals.render.linkedin import date_line, duration, linkedin_html, months_inclusive
from evals.render.model import PartialDate


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
    page = linkedin_html(sample_resume(), REFERENCE_DATE)
    assert "<h1>Maya &lt;Okonkwo&gt;</h1>" in page
    assert '<p class="where">Seattle, Washington</p>' in page
    company = '<p class="company">Smith &amp; Jones</p>'
    assert f'{company}<p class="title">Senior Backend Engineer</p>' in page
    assert "March 2021 - Present (4 years 4 months)" in page
    assert "June 2019 - February 2021 (1 year 9 months)" in page
    assert '<p class="place">Remote</p>' in page
    assert "<p>- Cut costs by 30% &lt;fast&gt;</p>" in page
    assert '<p class="company">University of Washington</p>' in page
    assert "<p>Bachelor of Science, Computer Science · (2015 - 2019)</p>" in page
    assert "<p>PhD, Physics · (2022 - Present)</p>" in page
    assert "<p>Certificate · (2015)</p>" in page
    assert "www.linkedin.com/in/maya-okonkwo (LinkedIn)" in page
    assert "maya.example.org (Personal)" in page and "github.com/maya (Other)" in page
    assert "<p>Go</p>" in page and "Docker" not in page  # the top three skills only
    assert "Spanish (Fluent)" in page
    assert "AWS Solutions Architect" in page and "Dean&#x27;s List" in page
    assert "<Okonkwo>" not in page and "https://" not in page


@needs_chromium
def test_printed_pdf_reads_back() -> None:
    data, text = printed("pdf_linkedin")
    assert "Maya <Okonkwo>" in text
    assert "Smith & Jones" in text and "Senior Backend Engineer" in text
    assert "March 2021 - Present (4 years 4 months)" in text
    assert "Bachelor of Science, Computer Science · (2015 - 2019)" in text
    # the footer is printed (Scout drops it as page furniture, so read it raw)
    document = pdfium.PdfDocument(data)
    assert "Page 1 of 1" in document[0].get_textpage().get_text_range()
