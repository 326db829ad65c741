"""The browser-printed resume look: a JSON Resume theme page, escaped, printed by Chromium."""

from __future__ import annotations

from render_sample import needs_chromium, printed, sample_resume

from evals.render.dates import STYLES
from evals.render.html import html_resume

SHORT = STYLES[0]  # "Mar 2020 – Present"


def test_html_has_the_theme_lines_and_escapes_text() -> None:
    page = html_resume(sample_resume(), SHORT)
    assert "<h1>Maya &lt;Okonkwo&gt;</h1>" in page
    assert '<p class="label">Backend Engineer</p>' in page
    assert (
        "maya@example.org · (206) 555-0142 · Seattle, Washington · maya.example.org"
        " · github.com/maya · linkedin.com/in/maya-okonkwo"
    ) in page
    assert "<h2>Work</h2>" in page and "<h2>Education</h2>" in page
    assert "<strong>Senior Backend Engineer</strong>, Smith &amp; Jones" in page
    assert '<p class="meta">Mar 2021 – Present · Remote</p>' in page
    assert "<li>Cut costs by 30% &lt;fast&gt;</li>" in page
    assert "<strong>University of Washington</strong>" in page
    assert "<p>Bachelor of Science in Computer Science</p>" in page
    assert '<p class="meta">Sep 2015 – Jun 2019</p>' in page
    assert '<p class="meta">2015</p>' in page
    assert "<strong>Backend:</strong> Python, PostgreSQL" in page
    assert "Spanish (Fluent)" in page
    assert "<Okonkwo>" not in page and "https://" not in page


@needs_chromium
def test_printed_pdf_reads_back() -> None:
    _, text = printed("pdf_html")
    assert "Maya <Okonkwo>" in text
    assert "Senior Backend Engineer, Smith & Jones" in text
