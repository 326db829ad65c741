"""The browser-printed resume look: a JSON Resume theme page, escaped, printed by Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.render.dates import STYLES
from evals.render.html import CHROMIUM, HtmlPrinter, html_resume
from evals.render.model import Job, PartialDate, Resume, School, SkillGroup
from tools.extract import extract_text

SHORT = STYLES[0]  # "Mar 2020 – Present"


def _resume() -> Resume:
    return Resume(
        name="Ada <Example>",
        label="Backend Engineer",
        email="ada@example.org",
        phone="+1 555 0100",
        url="https://ada.example.org/",
        city="Lisbon",
        region="PT",
        profiles=("https://github.com/ada",),
        summary="Builds data services.",
        work=(
            Job(
                title="Senior Backend Engineer",
                company="Smith & Jones",
                location="Remote",
                start=PartialDate(2021, 9),
                end=None,
                summary="Owns the billing platform.",
                highlights=("Cut costs by 30% <fast>",),
                keywords=("Python",),
            ),
        ),
        volunteer=(),
        education=(
            School(
                institution="University of Lisbon",
                study_type="Bachelor of Science",
                area="Computer Science",
                start=PartialDate(2014),
                end=PartialDate(2018),
                score="",
            ),
        ),
        skills=(SkillGroup("Backend", ("Python", "PostgreSQL")),),
        projects=(),
        certificates=(),
        awards=(),
        languages=("English (Fluent)",),
    )


def test_html_has_the_theme_lines_and_escapes_text() -> None:
    page = html_resume(_resume(), SHORT)
    assert "<h1>Ada &lt;Example&gt;</h1>" in page
    assert '<p class="label">Backend Engineer</p>' in page
    assert "ada@example.org · +1 555 0100 · Lisbon, PT · ada.example.org · github.com/ada" in page
    assert "<h2>Work</h2>" in page and "<h2>Education</h2>" in page
    assert "<strong>Senior Backend Engineer</strong>, Smith &amp; Jones" in page
    assert '<p class="meta">Sep 2021 – Present · Remote</p>' in page
    assert "<li>Cut costs by 30% &lt;fast&gt;</li>" in page
    assert "<strong>University of Lisbon</strong>" in page
    assert "<p>Bachelor of Science in Computer Science</p>" in page
    assert '<p class="meta">2014 – 2018</p>' in page
    assert "<strong>Backend:</strong> Python, PostgreSQL" in page
    assert "English (Fluent)" in page
    assert "<Example>" not in page and "https://" not in page


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM}")
def test_printed_pdf_reads_back() -> None:
    pytest.importorskip("playwright")
    with HtmlPrinter() as printer:
        data = printer.pdf(html_resume(_resume(), SHORT))
    assert data.startswith(b"%PDF")
    text = extract_text("ada.pdf", data, kind="pdf").text
    assert "Ada <Example>" in text
    assert "Senior Backend Engineer, Smith & Jones" in text
