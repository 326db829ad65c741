"""PDF resumes: a classic one-column layout and a two-column layout with a sidebar.

Two-column PDFs are where text extraction most often scrambles reading order, so the
demo data needs both. `invariant=1` and fixed metadata keep the bytes reproducible.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from evals.demo.model import Look, Person
from evals.demo.wording import (
    contact_items,
    date_span,
    degree_line,
    language_item,
    letter_paper,
)

PDF_LAYOUTS = ("one-column", "two-column")
SIDEBAR_GREY = colors.HexColor("#EEF1F4")
ACCENT = colors.HexColor("#1F4E79")
MARGIN = 16 * mm
SIDEBAR_WIDTH = 58 * mm


class Styles:
    """Paragraph styles for one document, in one font family."""

    def __init__(self, regular: str, bold: str, italic: str) -> None:
        """Build the styles from a font family's three faces."""
        self.name = ParagraphStyle("name", fontName=bold, fontSize=20, leading=24,
                                   textColor=ACCENT)
        self.headline = ParagraphStyle("headline", fontName=regular, fontSize=11,
                                       leading=14, spaceAfter=2)
        self.small = ParagraphStyle("small", fontName=regular, fontSize=8.5, leading=11)
        self.section = ParagraphStyle("section", fontName=bold, fontSize=11, leading=14,
                                      textColor=ACCENT, spaceBefore=8, spaceAfter=2)
        self.body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5)
        self.entry = ParagraphStyle("entry", parent=self.body, fontName=regular)
        self.dates = ParagraphStyle("dates", parent=self.body, alignment=TA_RIGHT)
        self.where = ParagraphStyle("where", parent=self.body, fontName=italic,
                                    textColor=colors.HexColor("#555555"), spaceAfter=1)
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=11,
                                     bulletIndent=2, spaceAfter=1)
        self.bold = bold


def _styles(person: Person) -> Styles:
    """Helvetica or Times, varied by person so not every PDF looks the same."""
    if len(person.name) % 2:
        return Styles("Times-Roman", "Times-Bold", "Times-Italic")
    return Styles("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")


def _page_size(person: Person) -> tuple[float, float]:
    """US Letter for North American addresses, A4 elsewhere."""
    return LETTER if letter_paper(person) else A4


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph from plain text (escaped, so `&` and `<` survive)."""
    return Paragraph(escape(text), style)


def _section(title: str, styles: Styles, rule: bool = True) -> list[Flowable]:
    """A section heading, optionally with a thin rule under it."""
    items: list[Flowable] = [_p(title, styles.section)]
    if rule:
        items.append(HRFlowable(width="100%", thickness=0.6, color=ACCENT, spaceAfter=3))
    return items


def _experience(person: Person, look: Look, styles: Styles, width: float) -> list[Flowable]:
    """Each job as a title/dates row, a place line and bullet points."""
    items: list[Flowable] = []
    for position in person.positions:
        title = f"<font name='{styles.bold}'>{escape(position.title)}</font>, " + escape(
            position.company)
        row = Table([[Paragraph(title, styles.entry), _p(date_span(look, position),
                                                          styles.dates)]],
                    colWidths=[width * 0.7, width * 0.3])
        row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 3),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        bullets = [Paragraph(escape(b), styles.bullet, bulletText=look.bullet)
                   for b in position.bullets]
        items.append(KeepTogether([row, _p(position.location, styles.where), *bullets[:1]]))
        items += bullets[1:]
    return items


def _projects(person: Person, styles: Styles) -> list[Flowable]:
    """A Projects section, when the person lists any."""
    if not person.projects:
        return []
    items = _section("Projects", styles)
    items += [Paragraph(f"<font name='{styles.bold}'>{escape(x.name)}</font>. "
                        f"{escape(x.description)}", styles.body) for x in person.projects]
    return items


def _education(person: Person, styles: Styles) -> list[Flowable]:
    """One line per degree."""
    return [Paragraph(f"<font name='{styles.bold}'>{escape(degree_line(d))}</font> — "
                      f"{escape(d.institution)}, {d.year}", styles.body)
            for d in person.education]


def _one_column(person: Person, look: Look, styles: Styles, width: float) -> list[Flowable]:
    """Name, contact line, then every section stacked full width."""
    story: list[Flowable] = [_p(person.name, styles.name), _p(person.headline, styles.headline),
                             _p("  ·  ".join(contact_items(person)), styles.small)]
    story += [*_section("Summary", styles), _p(person.summary, styles.body)]
    story += [*_section("Experience", styles), *_experience(person, look, styles, width)]
    story += _projects(person, styles)
    story += [*_section("Education", styles), *_education(person, styles)]
    story += [*_section("Skills", styles), _p(", ".join(person.skill_labels), styles.body)]
    if person.certifications:
        story += _section("Certifications", styles)
        story += [_p(c, styles.body) for c in person.certifications]
    if person.languages:
        story += _section("Languages", styles)
        story.append(_p(", ".join(language_item(x) for x in person.languages), styles.body))
    return story


def _sidebar(person: Person, styles: Styles) -> list[Flowable]:
    """Contact, skills, languages and certificates, one item per line.

    Profile links go in the main column: they are too long for the sidebar and
    would be broken mid-word.
    """
    story: list[Flowable] = [*_section("Contact", styles, rule=False)]
    story += [_p(item, styles.small) for item in (person.email, person.phone, person.location)]
    story += [*_section("Skills", styles, rule=False)]
    story += [_p(label, styles.small) for label in person.skill_labels]
    if person.languages:
        story += _section("Languages", styles, rule=False)
        story += [_p(language_item(x), styles.small) for x in person.languages]
    if person.certifications:
        story += _section("Certifications", styles, rule=False)
        story += [_p(c, styles.small) for c in person.certifications]
    return story


def _two_column(person: Person, look: Look, styles: Styles, width: float) -> list[Flowable]:
    """Sidebar frame first, then the main column; later pages use the full width."""
    story: list[Flowable] = [NextPageTemplate("later"), *_sidebar(person, styles), FrameBreak()]
    story += [_p(person.name, styles.name), _p(person.headline, styles.headline)]
    if person.links:
        story.append(_p("  ·  ".join(person.links), styles.small))
    story += [*_section("Profile", styles), _p(person.summary, styles.body)]
    story += [*_section("Work Experience", styles), *_experience(person, look, styles, width)]
    story += [*_section("Education", styles), *_education(person, styles)]
    story += _projects(person, styles)
    return story


def _paint_sidebar(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """Grey band behind the sidebar on the first page."""
    canvas.saveState()
    canvas.setFillColor(SIDEBAR_GREY)
    canvas.rect(0, 0, MARGIN + SIDEBAR_WIDTH + 2 * mm, doc.pagesize[1], stroke=0, fill=1)
    canvas.restoreState()


def render_pdf(person: Person, look: Look) -> bytes:
    """The resume as PDF bytes; identical input gives identical bytes."""
    page_width, page_height = _page_size(person)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(page_width, page_height), invariant=1,
        title=f"{person.name} - Resume", author=person.name, subject="Resume",
        creator="Scout demo data", producer="Scout demo data", keywords=["resume"],
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
    )
    full = Frame(MARGIN, MARGIN, page_width - 2 * MARGIN, page_height - 2 * MARGIN, id="full")
    if look.layout == "two-column":
        side_width = SIDEBAR_WIDTH
        main_x = MARGIN + side_width + 8 * mm
        main_width = page_width - main_x - MARGIN
        side = Frame(MARGIN - 4 * mm, MARGIN, side_width, page_height - 2 * MARGIN, id="side")
        main = Frame(main_x, MARGIN, main_width, page_height - 2 * MARGIN, id="main")
        doc.addPageTemplates([PageTemplate("first", [side, main], onPage=_paint_sidebar),
                              PageTemplate("later", [full])])
        story = _two_column(person, look, _styles(person), main_width - 12)
    else:
        doc.addPageTemplates([PageTemplate("single", [full])])
        story = _one_column(person, look, _styles(person), full.width - 12)
    story.append(Spacer(1, 1))
    doc.build(story)
    return buffer.getvalue()
