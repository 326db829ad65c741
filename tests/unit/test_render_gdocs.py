"""The Google Docs résumé template look: company — title lines, uppercase dates and headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.render.dates import STYLES
from evals.render.gdocs import gdocs_date, gdocs_html, gdocs_range
from evals.render.html import CHROMIUM, HtmlPrinter
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
        profiles=("https://github.com/maya",),
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
                keywords=("Python", "Kafka"),
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
            School("Bootcamp", "", "", PartialDate(2015), PartialDate(2016), ""),
        ),
        skills=(SkillGroup("Backend", ("Python", "PostgreSQL")), SkillGroup("Go", ())),
        projects=(),
        certificates=(),
        awards=(Item("Dean's List", "UW", PartialDate(2020, 5)),),
        languages=("English (Native speaker)", "Spanish (Fluent)"),
    )


def test_dates_are_full_uppercase_months() -> None:
    assert gdocs_date(PartialDate(2021, 3)) == "MARCH 2021"
    assert gdocs_date(PartialDate(2016)) == "2016"
    assert gdocs_range(PartialDate(2023, 3), None) == "MARCH 2023 - PRESENT"
    assert gdocs_range(PartialDate(2019, 6), PartialDate(2021, 2)) == "JUNE 2019 - FEBRUARY 2021"
    assert gdocs_range(PartialDate(2015), PartialDate(2016)) == "2015 - 2016"
    assert gdocs_range(None, PartialDate(2016, 9)) == "SEPTEMBER 2016"
    assert gdocs_range(None, None) == ""


def test_html_has_the_template_lines_and_escapes_text() -> None:
    page = gdocs_html(_resume())
    assert "<h1>Maya &lt;Okonkwo&gt;</h1>" in page
    assert '<p class="headline">Backend Engineer</p>' in page
    contact = "<p>Seattle, Washington</p><p>(206) 555-0142</p><p>maya@example.org</p>"
    assert f'<div class="contact">{contact}<p>maya.example.org</p>' in page
    for heading in ("EXPERIENCE", "EDUCATION", "SKILLS", "AWARDS", "LANGUAGES"):
        assert f"<h2>{heading}</h2>" in page
    assert (
        '<p class="role"><strong>Smith &amp; Jones</strong>, Remote — Senior Backend Engineer</p>'
        '<p class="when">MARCH 2023 - PRESENT</p>'
    ) in page
    assert '<p class="role"><strong>Acme</strong> — Software Engineer</p>' in page
    assert "NOVEMBER 2021 - FEBRUARY 2023" in page
    assert (
        "<ul><li>Owns the billing platform.</li><li>Cut costs by 30% &lt;fast&gt;</li>"
        "<li>Technologies: Python, Kafka</li></ul>"
    ) in page
    school = "<strong>University of Washington</strong> — Bachelor of Science, Computer Science"
    assert f'<p class="role">{school}</p><p class="when">SEPTEMBER 2017 - JUNE 2021</p>' in page
    assert '<p class="when">2015 - 2016</p>' in page
    assert "<ul><li>Backend: Python, PostgreSQL</li><li>Go</li></ul>" in page
    assert "<p><strong>Dean&#x27;s List</strong>, UW, MAY 2020</p>" in page
    assert "<p>English (Native speaker), Spanish (Fluent)</p>" in page
    assert "<Okonkwo>" not in page and "https://" not in page and "<fast>" not in page


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM}")
def test_printed_pdf_reads_back() -> None:
    pytest.importorskip("playwright")
    with HtmlPrinter() as printer:
        data = render(_resume(), "pdf_gdocs", STYLES[0], printer)
    assert data.startswith(b"%PDF")
    text = extract_text("maya.pdf", data, kind="pdf").text
    assert "Maya <Okonkwo>" in text and "maya@example.org" in text
    assert "Smith & Jones, Remote — Senior Backend Engineer" in text
    assert "MARCH 2023 - PRESENT" in text and "NOVEMBER 2021 - FEBRUARY 2023" in text
    assert "EXPERIENCE" in text and "EDUCATION" in text
    assert "University of Washington — Bachelor of Science, Computer Science" in text
    assert "Backend: Python, PostgreSQL" in text
