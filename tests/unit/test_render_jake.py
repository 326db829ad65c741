"""The "Jake's Resume" look: small-capital name, one contact line, two-row entries."""

from __future__ import annotations

from render_sample import needs_chromium, printed, sample_resume

from evals.render.dates import STYLES
from evals.render.jake import contact_items, jake_html, skill_lines
from evals.render.render import BROWSER_FORMATS, FORMATS


def test_is_a_browser_format_added_last() -> None:
    assert "pdf_jake" in BROWSER_FORMATS
    assert FORMATS.index("pdf_jake") > FORMATS.index("docx_word_template")


def test_contact_line_is_phone_email_then_links_without_scheme() -> None:
    assert contact_items(sample_resume()) == [
        "(206) 555-0142",
        "maya@example.org",
        "linkedin.com/in/maya-okonkwo",
        "github.com/maya",
        "maya.example.org",
    ]


def test_html_has_the_template_rows_and_escapes_text() -> None:
    page = jake_html(sample_resume(), STYLES[2])  # long months, " to ", "Present"
    assert "<h1>Maya &lt;Okonkwo&gt;</h1>" in page
    assert "(206) 555-0142" in page and "https://" not in page
    headings = ["Education", "Experience", "Projects", "Technical Skills"]
    positions = [page.index(f"<h2>{h}</h2>") for h in headings]
    assert positions == sorted(positions)
    assert (
        '<span class="left"><strong>Smith &amp; Jones</strong></span>'
        '<span class="right">March 2021 to Present</span>'
    ) in page
    assert (
        '<span class="left"><em>Senior Backend Engineer</em></span>'
        '<span class="right"><em>Remote</em></span>'
    ) in page
    assert "<li>Cut costs by 30% &lt;fast&gt;</li>" in page
    assert "<ul><li>Owned the API.</li></ul>" in page  # a summary becomes the first bullet
    assert "<strong>University of Washington</strong>" in page
    assert (
        '<span class="left"><em>Bachelor of Science in Computer Science; GPA: 3.8</em></span>'
        '<span class="right"><em>September 2015 to June 2019</em></span>'
    ) in page
    assert "<strong>Raft Lab</strong> | <em>Go, Raft</em>" in page and "March 2019" in page
    assert "Spanish" not in page  # the template has no languages section
    assert "<Okonkwo>" not in page and "<fast>" not in page


def test_skills_are_group_lines() -> None:
    assert skill_lines(sample_resume()) == [
        "<p><strong>Backend</strong>: Python, PostgreSQL</p>",
        "<p><strong>Tools</strong>: Docker, python</p>",
        "<p>Go, Kubernetes</p>",
    ]


@needs_chromium
def test_printed_pdf_reads_back() -> None:
    _, text = printed("pdf_jake")
    assert "Okonkwo" in text and "maya@example.org" in text
    assert "Smith & Jones" in text and "Senior Backend Engineer" in text
    assert "Mar 2021 – Present" in text
    assert "Bachelor of Science in Computer Science" in text
    assert "Technical Skills" in text or "TECHNICAL SKILLS" in text.upper()
