"""The Europass CV look: personal information rows, DD/MM/YYYY dates, TITLE above employer."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.render.dates import STYLES
from evals.render.europass import (
    digital_skills,
    europass_date,
    europass_html,
    europass_range,
    language_lines,
    personal_rows,
)
from evals.render.html import CHROMIUM, HtmlPrinter
from evals.render.model import Job, PartialDate, Resume, School, SkillGroup
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
        profiles=("https://www.linkedin.com/in/maya-okonkwo", "https://github.com/maya"),
        summary="Builds data services.",
        work=(
            Job(
                title="Senior Backend Engineer",
                company="Smith & Jones",
                location="Seattle, United States",
                start=PartialDate(2021, 3),
                end=None,
                summary="Owns the billing platform.",
                highlights=("Cut costs by 30% <fast>",),
                keywords=("python", "Kafka"),
            ),
            Job(
                title="Software Engineer",
                company="Acme",
                location="",
                start=PartialDate(2019, 6),
                end=PartialDate(2021, 2),
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
                start=PartialDate(2015, 9),
                end=PartialDate(2019, 6),
                score="3.8",
            ),
            School("Bootcamp", "Certificate", "", PartialDate(2014), PartialDate(2015), ""),
        ),
        skills=(SkillGroup("Backend", ("Python", "PostgreSQL")), SkillGroup("Go", ())),
        projects=(),
        certificates=(),
        awards=(),
        languages=("English (Native speaker)", "Spanish (Fluent)", "Igbo"),
    )


def test_dates_are_day_month_year() -> None:
    assert europass_date(PartialDate(2021, 3)) == "01/03/2021"
    assert europass_date(PartialDate(2016)) == "2016"
    assert europass_range(PartialDate(2021, 3), None) == "01/03/2021 – CURRENT"
    assert europass_range(PartialDate(2019, 6), PartialDate(2021, 2)) == "01/06/2019 – 01/02/2021"
    assert europass_range(PartialDate(2014), PartialDate(2015)) == "2014 – 2015"
    assert europass_range(None, PartialDate(2016, 9)) == "01/09/2016"


def test_personal_information_languages_and_skills() -> None:
    resume = _resume()
    assert personal_rows(resume) == [
        ("Email address", "maya@example.org"),
        ("Phone number", "(206) 555-0142"),
        ("Website", "maya.example.org"),
        ("LinkedIn", "www.linkedin.com/in/maya-okonkwo"),
        ("GitHub", "github.com/maya"),
        ("Address", "Seattle, Washington (Home)"),
    ]
    assert language_lines(resume) == [
        "Mother tongue(s): English",
        "Other language(s): Spanish, Igbo",
    ]
    assert digital_skills(resume) == ["Python", "PostgreSQL", "Go", "Kafka"]


def test_html_has_the_europass_lines_and_escapes_text() -> None:
    page = europass_html(_resume())
    assert "<h1>Maya &lt;Okonkwo&gt;</h1>" in page
    assert '<p><span class="label">Email address:</span> maya@example.org</p>' in page
    assert '<p><span class="label">Address:</span> Seattle, Washington (Home)</p>' in page
    for heading in ("WORK EXPERIENCE", "EDUCATION AND TRAINING", "LANGUAGE SKILLS"):
        assert f"<h2>{heading}</h2>" in page
    assert (
        '<p class="when"><span>01/03/2021 – CURRENT</span> '
        '<span class="place">Seattle, United States</span></p>'
        '<p class="title">SENIOR BACKEND ENGINEER</p><p class="org">Smith &amp; Jones</p>'
        "<p>Owns the billing platform.</p><ul><li>Cut costs by 30% &lt;fast&gt;</li></ul>"
    ) in page
    assert (
        '<p class="when"><span>01/06/2019 – 01/02/2021</span></p>'
        '<p class="title">SOFTWARE ENGINEER</p><p class="org">Acme</p>'
    ) in page
    assert (
        '<p class="when"><span>01/09/2015 – 01/06/2019</span></p>'
        '<p class="title">BACHELOR OF SCIENCE IN COMPUTER SCIENCE</p>'
        '<p class="org">University of Washington</p>'
    ) in page
    assert "<span>2014 – 2015</span>" in page
    assert "<p>Mother tongue(s): English</p><p>Other language(s): Spanish, Igbo</p>" in page
    assert "<h2>DIGITAL SKILLS</h2><p>Python | PostgreSQL | Go | Kafka</p>" in page
    assert "<Okonkwo>" not in page and "https://" not in page and "<fast>" not in page


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM}")
def test_printed_pdf_reads_back() -> None:
    pytest.importorskip("playwright")
    with HtmlPrinter() as printer:
        data = render(_resume(), "pdf_europass", STYLES[0], printer)
    assert data.startswith(b"%PDF")
    text = extract_text("maya.pdf", data, kind="pdf").text
    assert "Maya <Okonkwo>" in text and "Email address: maya@example.org" in text
    assert "01/03/2021 – CURRENT" in text and "01/06/2019 – 01/02/2021" in text
    assert "SENIOR BACKEND ENGINEER" in text and "Smith & Jones" in text
    assert "BACHELOR OF SCIENCE IN COMPUTER SCIENCE" in text
    assert "Mother tongue(s): English" in text
    assert "Python | PostgreSQL | Go | Kafka" in text
