"""List bullets a browser draws as shapes come back as bullets, one item per line."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from tools.extract import extract_text

ITEMS = (
    "Built a service-health dashboard in React and TypeScript adopted by three on-call teams",
    "Cut local test-suite runtime by 35% by parallelizing integration fixtures",
    "Wrote the onboarding runbook used by the next intern cohort",
)


def pdf_with_drawn_bullets(icon: bool = False) -> bytes:
    """A job whose highlights are bulleted with filled discs, not "•" characters."""
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER)
    canvas.setFont("Helvetica", 10)
    y = 700.0
    canvas.drawString(72, y, "Jane Roe")
    if icon:  # a shape as large as the letters before a line is an icon, not a bullet
        canvas.rect(72, y - 17, 12, 12, stroke=0, fill=1)
        canvas.drawString(88, y - 15, "Seattle, WA")
    y -= 30
    for text in ("Experience", "Software Engineer, Outreach", "2024-06 - 2024-09"):
        canvas.drawString(72, y, text)
        y -= 15
    for text in ITEMS:
        canvas.circle(80, y + 3.5, 1.5, stroke=0, fill=1)
        canvas.drawString(88, y, text)
        y -= 13
    canvas.save()
    return buffer.getvalue()


def test_drawn_discs_become_bullets_and_items_stay_apart() -> None:
    lines = extract_text("jane.pdf", pdf_with_drawn_bullets(), kind="pdf").lines
    for item in ITEMS:
        assert f"- {item}" in lines


def test_a_shape_as_large_as_the_letters_is_no_bullet() -> None:
    lines = extract_text("jane.pdf", pdf_with_drawn_bullets(icon=True), kind="pdf").lines
    assert "Seattle, WA" in lines
