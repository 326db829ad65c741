"""The "Jake's Resume" look: small-capital name, one contact line, two-row entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.render.dates import STYLES
from evals.render.html import CHROMIUM, HtmlPrinter
from evals.render.jake import contact_items, jake_html, skill_lines
from evals.render.model import Item, Job, PartialDate, Resume, School, SkillGroup
from evals.render.render import BROWSER_FORMATS, FORMATS, render
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
        profiles=("https://github.com/maya", "https://linkedin.com/in/maya-okonkwo"),
        summary="Builds data services.",
        work=(
            Job(
                title="Senior Backend Engineer",
                company="Smith & Jones",
                location="Remote",
                start=PartialDate(2020, 6),
                end=None,
                summary="",
                highlights=("Cut costs by 30% <fast>", "Led the billing rewrite"),
                keywords=("Python",),
            ),
            Job(
                title="Software Engineer",
                company="Acme",
                location="",
                start=PartialDate(2018, 1),
                end=PartialDate(2020, 5),
                summary="Owned the API.",
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
                start=PartialDate(2014, 9),
                end=PartialDate(2018, 6),
                score="",
            ),
        ),
        skills=(
            SkillGroup("Languages", ("Python", "Go")),
            SkillGroup("Frameworks", ("Django", "React")),
            SkillGroup("Docker", ()),
        ),
        projects=(Item("Raft Lab", "Go, Raft", PartialDate(2019, 3), ("Wrote a simulator",)),),
        certificates=(),
        awards=(),
        languages=("Spanish",),
    )


def test_is_a_browser_format_added_last() -> None:
    assert "pdf_jake" in BROWSER_FORMATS
    assert FORMATS.index("pdf_jake") > FORMATS.index("docx_word_template")


def test_contact_line_is_phone_email_then_links_without_scheme() -> None:
    assert contact_items(_resume()) == [
        "(206) 555-0142",
        "maya@example.org",
        "linkedin.com/in/maya-okonkwo",
        "github.com/maya",
        "maya.example.org",
    ]


def test_html_has_the_template_rows_and_escapes_text() -> None:
    page = jake_html(_resume(), STYLES[2])  # long months, " to ", "Present"
    assert "<h1>Maya &lt;Okonkwo&gt;</h1>" in page
    assert "(206) 555-0142" in page and "https://" not in page
    headings = ["Education", "Experience", "Projects", "Technical Skills"]
    positions = [page.index(f"<h2>{h}</h2>") for h in headings]
    assert positions == sorted(positions)
    assert (
        '<span class="left"><strong>Smith &amp; Jones</strong></span>'
        '<span class="right">June 2020 to Present</span>'
    ) in page
    assert (
        '<span class="left"><em>Senior Backend Engineer</em></span>'
        '<span class="right"><em>Remote</em></span>'
    ) in page
    assert "<li>Cut costs by 30% &lt;fast&gt;</li>" in page
    assert "<li>Owned the API.</li>" in page  # a summary becomes the first bullet
    assert "<strong>University of Washington</strong>" in page
    assert (
        '<span class="left"><em>Bachelor of Science in Computer Science</em></span>'
        '<span class="right"><em>September 2014 to June 2018</em></span>'
    ) in page
    assert "<strong>Raft Lab</strong> | <em>Go, Raft</em>" in page and "March 2019" in page
    assert "Spanish" not in page  # the template has no languages section
    assert "<Okonkwo>" not in page and "<fast>" not in page


def test_skills_are_group_lines() -> None:
    assert skill_lines(_resume()) == [
        "<p><strong>Languages</strong>: Python, Go</p>",
        "<p><strong>Frameworks</strong>: Django, React</p>",
        "<p>Docker</p>",
    ]


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM}")
def test_printed_pdf_reads_back() -> None:
    pytest.importorskip("playwright")
    with HtmlPrinter() as printer:
        data = render(_resume(), "pdf_jake", STYLES[0], printer)
    assert data.startswith(b"%PDF")
    text = extract_text("maya.pdf", data, kind="pdf").text
    assert "Okonkwo" in text and "maya@example.org" in text
    assert "Smith & Jones" in text and "Senior Backend Engineer" in text
    assert "Jun 2020 – Present" in text
    assert "Bachelor of Science in Computer Science" in text
    assert "Technical Skills" in text or "TECHNICAL SKILLS" in text.upper()
