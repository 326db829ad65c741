"""The designer timeline look: sidebar with dot meters, stacked dates beside a timeline."""

from __future__ import annotations

import re

from render_sample import needs_chromium, printed, sample_resume

from evals.render.dates import STYLES
from evals.render.model import PartialDate
from evals.render.render import BROWSER_FORMATS, FORMATS
from evals.render.timeline import meter, skill_words, stacked_dates, timeline_html


def test_is_a_browser_format_added_last() -> None:
    assert "pdf_timeline" in BROWSER_FORMATS
    assert FORMATS[-1] == "pdf_timeline"


def test_dates_are_stacked_start_over_end() -> None:
    short = STYLES[0]
    assert stacked_dates(PartialDate(2021, 3), None, short) == "<p>Mar 2021</p><p>Present</p>"
    assert stacked_dates(PartialDate(2021), PartialDate(2023), short) == "<p>2021</p><p>2023</p>"
    assert stacked_dates(None, PartialDate(2016), short) == "<p>2016</p>"


def test_meter_is_five_empty_spans() -> None:
    dots = meter(3)
    assert dots.count('class="dot on"') == 3 and dots.count('class="dot off"') == 2
    assert re.sub(r"<[^>]+>", "", dots) == ""  # drawn with CSS only, no characters
    assert skill_words(sample_resume()) == ["Python", "PostgreSQL", "Go", "Docker", "Kubernetes"]


def test_html_has_sidebar_and_timeline_and_escapes_text() -> None:
    page = timeline_html(sample_resume(), STYLES[0])
    sidebar, main = page.split('<main class="main">')
    assert "<h1>Maya &lt;Okonkwo&gt;</h1>" in sidebar
    for item in ("(206) 555-0142", "maya@example.org", "Seattle, Washington", "github.com/maya"):
        assert f"<p>{item}</p>" in sidebar
    assert "<h2>Skills</h2>" in sidebar and "<h2>Languages</h2>" in sidebar
    assert '<span>Python</span><span class="meter">' in sidebar
    assert "Spanish (Fluent)" in sidebar
    assert "letter-spacing: 3px" in page and "text-transform: uppercase" in page
    assert (
        '<div class="tl-when"><p>Mar 2021</p><p>Present</p></div>'
        '<div class="tl-body"><span class="tl-dot"></span>'
        '<p class="tl-title">Senior Backend Engineer</p>'
        '<p class="tl-org">Smith &amp; Jones · Remote</p>'
    ) in main
    assert "<li>Cut costs by 30% &lt;fast&gt;</li>" in main
    assert '<p class="tl-org">Acme</p>' in main
    assert '<p class="tl-title">Bachelor of Science in Computer Science</p>' in main
    assert "<p>Sep 2015</p><p>Jun 2019</p>" in main and "GPA: 3.8" in main
    assert "<Okonkwo>" not in page and "<fast>" not in page and "https://" not in page


@needs_chromium
def test_printed_pdf_reads_back() -> None:
    _, text = printed("pdf_timeline")
    assert "OKONKWO" in text.upper() and "maya@example.org" in text
    assert "Smith & Jones · Remote" in text and "Senior Backend Engineer" in text
    assert "Mar 2021" in text and "Present" in text
    assert "Bachelor of Science in Computer Science" in text
    assert "●" not in text  # the meters are not text
