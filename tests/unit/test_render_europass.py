"""The Europass CV look: personal information rows, DD/MM/YYYY dates, TITLE above employer."""

from __future__ import annotations

from render_sample import needs_chromium, printed, sample_resume

from evals.render.europass import (
    digital_skills,
    europass_date,
    europass_html,
    europass_range,
    language_lines,
    personal_rows,
)
from evals.render.model import PartialDate


def test_dates_are_day_month_year() -> None:
    assert europass_date(PartialDate(2021, 3)) == "01/03/2021"
    assert europass_date(PartialDate(2016)) == "2016"
    assert europass_range(PartialDate(2021, 3), None) == "01/03/2021 – CURRENT"
    assert europass_range(PartialDate(2019, 6), PartialDate(2021, 2)) == "01/06/2019 – 01/02/2021"
    assert europass_range(PartialDate(2014), PartialDate(2015)) == "2014 – 2015"
    assert europass_range(None, PartialDate(2016, 9)) == "01/09/2016"


def test_personal_information_languages_and_skills() -> None:
    resume = sample_resume()
    assert personal_rows(resume) == [
        ("Email address", "maya@example.org"),
        ("Phone number", "(206) 555-0142"),
        ("Website", "maya.example.org"),
        ("GitHub", "github.com/maya"),
        ("LinkedIn", "linkedin.com/in/maya-okonkwo"),
        ("Address", "Seattle, Washington (Home)"),
    ]
    assert language_lines(resume) == [
        "Mother tongue(s): English",
        "Other language(s): Spanish, Igbo",
    ]
    assert digital_skills(resume) == ["Python", "PostgreSQL", "Go", "Docker", "Kubernetes", "Kafka"]


def test_html_has_the_europass_lines_and_escapes_text() -> None:
    page = europass_html(sample_resume())
    assert "<h1>Maya &lt;Okonkwo&gt;</h1>" in page
    assert '<p><span class="label">Email address:</span> maya@example.org</p>' in page
    assert '<p><span class="label">Address:</span> Seattle, Washington (Home)</p>' in page
    for heading in ("WORK EXPERIENCE", "EDUCATION AND TRAINING", "LANGUAGE SKILLS"):
        assert f"<h2>{heading}</h2>" in page
    assert (
        '<p class="when"><span>01/03/2021 – CURRENT</span> '
        '<span class="place">Remote</span></p>'
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
    assert "<span>2015</span>" in page
    assert "<p>Mother tongue(s): English</p><p>Other language(s): Spanish, Igbo</p>" in page
    assert (
        "<h2>DIGITAL SKILLS</h2><p>Python | PostgreSQL | Go | Docker | Kubernetes | Kafka</p>"
    ) in page
    assert "<Okonkwo>" not in page and "https://" not in page and "<fast>" not in page


@needs_chromium
def test_printed_pdf_reads_back() -> None:
    _, text = printed("pdf_europass")
    assert "Maya <Okonkwo>" in text and "Email address: maya@example.org" in text
    assert "01/03/2021 – CURRENT" in text and "01/06/2019 – 01/02/2021" in text
    assert "SENIOR BACKEND ENGINEER" in text and "Smith & Jones" in text
    assert "BACHELOR OF SCIENCE IN COMPUTER SCIENCE" in text
    assert "Mother tongue(s): English" in text
    assert "Python | PostgreSQL | Go | Docker | Kubernetes | Kafka" in text
