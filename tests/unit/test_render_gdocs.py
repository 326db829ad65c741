"""The Google Docs résumé template look: company — title lines, uppercase dates and headings."""

from __future__ import annotations

from render_sample import needs_chromium, printed, sample_resume

from evals.render.gdocs import gdocs_date, gdocs_html, gdocs_range
from evals.render.model import PartialDate


def test_dates_are_full_uppercase_months() -> None:
    assert gdocs_date(PartialDate(2021, 3)) == "MARCH 2021"
    assert gdocs_date(PartialDate(2016)) == "2016"
    assert gdocs_range(PartialDate(2023, 3), None) == "MARCH 2023 - PRESENT"
    assert gdocs_range(PartialDate(2019, 6), PartialDate(2021, 2)) == "JUNE 2019 - FEBRUARY 2021"
    assert gdocs_range(PartialDate(2015), PartialDate(2016)) == "2015 - 2016"
    assert gdocs_range(None, PartialDate(2016, 9)) == "SEPTEMBER 2016"
    assert gdocs_range(None, None) == ""


def test_html_has_the_template_lines_and_escapes_text() -> None:
    page = gdocs_html(sample_resume())
    assert "<h1>Maya &lt;Okonkwo&gt;</h1>" in page
    assert '<p class="headline">Backend Engineer</p>' in page
    contact = "<p>Seattle, Washington</p><p>(206) 555-0142</p><p>maya@example.org</p>"
    assert f'<div class="contact">{contact}<p>maya.example.org</p>' in page
    for heading in ("EXPERIENCE", "EDUCATION", "SKILLS", "AWARDS", "LANGUAGES"):
        assert f"<h2>{heading}</h2>" in page
    assert (
        '<p class="role"><strong>Smith &amp; Jones</strong>, Remote — Senior Backend Engineer</p>'
        '<p class="when">MARCH 2021 - PRESENT</p>'
    ) in page
    assert '<p class="role"><strong>Acme</strong> — Software Engineer</p>' in page
    assert "JUNE 2019 - FEBRUARY 2021" in page
    assert (
        "<ul><li>Owns the billing platform.</li><li>Cut costs by 30% &lt;fast&gt;</li>"
        "<li>Technologies: python, Kafka</li></ul>"
    ) in page
    school = "<strong>University of Washington</strong> — Bachelor of Science, Computer Science"
    assert f'<p class="role">{school}</p><p class="when">SEPTEMBER 2015 - JUNE 2019</p>' in page
    assert '<p class="when">2015</p>' in page
    assert (
        "<ul><li>Backend: Python, PostgreSQL</li><li>Go</li>"
        "<li>Tools: Docker, python</li><li>Kubernetes</li></ul>"
    ) in page
    assert "<p><strong>Dean&#x27;s List</strong>, UW, MAY 2020</p>" in page
    assert "<p>English (Native speaker), Spanish (Fluent), Igbo</p>" in page
    assert "<Okonkwo>" not in page and "https://" not in page and "<fast>" not in page


@needs_chromium
def test_printed_pdf_reads_back() -> None:
    _, text = printed("pdf_gdocs")
    assert "Maya <Okonkwo>" in text and "maya@example.org" in text
    assert "Smith & Jones, Remote — Senior Backend Engineer" in text
    assert "MARCH 2021 - PRESENT" in text and "JUNE 2019 - FEBRUARY 2021" in text
    assert "EXPERIENCE" in text and "EDUCATION" in text
    assert "University of Washington — Bachelor of Science, Computer Science" in text
    assert "Backend: Python, PostgreSQL" in text
