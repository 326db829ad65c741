"""One sample resume and the Chromium print steps, shared by the rendered-look tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.render.dates import STYLES
from evals.render.html import CHROMIUM, HtmlPrinter
from evals.render.model import Item, Job, PartialDate, Resume, School, SkillGroup
from evals.render.render import Format, render
from tools.extract import extract_text

needs_chromium = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM}"
)


def sample_resume() -> Resume:
    """Text that needs escaping, a current and a past job, month and year-only dates."""
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
                start=PartialDate(2015, 9),
                end=PartialDate(2019, 6),
                score="3.8",
            ),
            School("MIT", "PhD", "Physics", PartialDate(2022, 9), None, ""),
            School("Bootcamp", "Certificate", "", None, PartialDate(2015), ""),
        ),
        skills=(
            SkillGroup("Backend", ("Python", "PostgreSQL")),
            SkillGroup("Go", ()),
            SkillGroup("Tools", ("Docker", "python")),
            SkillGroup("Kubernetes", ()),
        ),
        projects=(Item("Raft Lab", "Go, Raft", PartialDate(2019, 3), ("Wrote a simulator",)),),
        certificates=(Item("AWS Solutions Architect", "Amazon", PartialDate(2022)),),
        awards=(Item("Dean's List", "UW", PartialDate(2020, 5)),),
        languages=("English (Native speaker)", "Spanish (Fluent)", "Igbo"),
    )


def printed(look: Format) -> tuple[bytes, str]:
    """The sample printed by Chromium in `look`: the PDF and the text Scout reads from it."""
    pytest.importorskip("playwright")
    with HtmlPrinter() as printer:
        data = render(sample_resume(), look, STYLES[0], printer)
    assert data.startswith(b"%PDF")
    return data, extract_text("maya.pdf", data, kind="pdf").text
