"""PDF resumes with reportlab: a classic one-column layout and a sidebar two-column one."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    HRFlowable,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from evals.render.dates import DateStyle
from evals.render.model import Item, Job, Resume, School

GREY = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1F3A5F")
SIDEBAR = colors.HexColor("#EEF1F5")
MARGIN = 0.6 * inch


def _styles(base: float) -> dict[str, ParagraphStyle]:
    """Paragraph styles of one document, sized from a base font size."""
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=base, leading=base * 1.3)
    return {
        "name": ParagraphStyle(
            "name",
            body,
            fontName="Helvetica-Bold",
            fontSize=base * 2.2,
            leading=base * 2.6,
            textColor=ACCENT,
        ),
        "label": ParagraphStyle(
            "label", body, fontSize=base * 1.2, leading=base * 1.6, textColor=GREY
        ),
        "heading": ParagraphStyle(
            "heading",
            body,
            fontName="Helvetica-Bold",
            fontSize=base * 1.15,
            leading=base * 1.5,
            textColor=ACCENT,
            spaceBefore=base * 0.9,
        ),
        "body": body,
        "bold": ParagraphStyle("bold", body, fontName="Helvetica-Bold"),
        "italic": ParagraphStyle("italic", body, fontName="Helvetica-Oblique", textColor=GREY),
        "right": ParagraphStyle("right", body, alignment=TA_RIGHT, textColor=GREY),
        "small": ParagraphStyle(
            "small", body, fontSize=base * 0.9, leading=base * 1.2, textColor=GREY
        ),
        "bullet": ParagraphStyle("bullet", body, leftIndent=base * 1.2, bulletIndent=base * 0.3),
        "center": ParagraphStyle("center", body, alignment=TA_CENTER),
    }


def shown_link(url: str) -> str:
    """A link as resumes print it: no scheme, no trailing slash."""
    return re.sub(r"^[a-z]+://", "", url).rstrip("/")


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _bullets(lines: tuple[str, ...], s: dict[str, ParagraphStyle]) -> list[Flowable]:
    return [Paragraph(escape(line), s["bullet"], bulletText="•") for line in lines]


def _two_cells(left: Flowable, right: Flowable, width: float) -> Table:
    """A borderless row: text on the left, dates flush right."""
    table = Table([[left, right]], colWidths=[width * 0.68, width * 0.32])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _heading(title: str, s: dict[str, ParagraphStyle], rule: bool = True) -> list[Flowable]:
    parts: list[Flowable] = [_p(title.upper(), s["heading"])]
    if rule:
        parts.append(HRFlowable(width="100%", thickness=0.6, color=ACCENT, spaceAfter=3))
    return parts


# --- one column -------------------------------------------------------------------------------


def _job_one_column(
    job: Job, style: DateStyle, s: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    head = _two_cells(
        _p(job.title, s["bold"]), _p(style.range(job.start, job.end), s["right"]), width
    )
    where = " · ".join(part for part in (job.company, job.location) if part)
    parts: list[Flowable] = [head, _p(where, s["italic"])]
    if job.summary:
        parts.append(_p(job.summary, s["body"]))
    parts += _bullets(job.highlights, s)
    if job.keywords:
        parts.append(
            Paragraph(f"<b>Technologies:</b> {escape(', '.join(job.keywords))}", s["body"])
        )
    parts.append(Spacer(1, 5))
    return [KeepTogether(parts[:3]), *parts[3:]]


def _school_one_column(
    school: School, style: DateStyle, s: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    head = _two_cells(
        _p(school.institution, s["bold"]),
        _p(style.range(school.start, school.end), s["right"]),
        width,
    )
    parts: list[Flowable] = [head, _p(school.degree_line, s["italic"])]
    if school.score:
        parts.append(_p(f"GPA: {school.score}", s["small"]))
    return [KeepTogether([*parts, Spacer(1, 4)])]


def _item_line(item: Item, style: DateStyle) -> str:
    tail = ", ".join(
        part for part in (item.detail, style.date(item.date) if item.date else "") if part
    )
    return f"{item.title} — {tail}" if tail else item.title


def _minor(
    resume: Resume,
    style: DateStyle,
    s: dict[str, ParagraphStyle],
    draw_job: Callable[[Job], list[Flowable]],
) -> list[Flowable]:
    """Projects, volunteering, certificates and awards (shared by both PDF layouts)."""
    story: list[Flowable] = []
    if resume.projects:
        story += _heading("Projects", s)
        for project in resume.projects:
            story.append(
                Paragraph(f"<b>{escape(project.title)}</b> — {escape(project.detail)}", s["body"])
            )
            story += _bullets(project.highlights[:2], s)
    if resume.volunteer:
        story += _heading("Volunteer Experience", s)
        for job in resume.volunteer:
            story += draw_job(job)
    if resume.certificates:
        story += _heading("Certifications", s)
        story += [_p(_item_line(c, style), s["body"]) for c in resume.certificates]
    if resume.awards:
        story += _heading("Awards", s)
        story += [_p(_item_line(a, style), s["body"]) for a in resume.awards]
    return story


def one_column(resume: Resume, style: DateStyle) -> bytes:
    """A classic centred-header, single-column resume."""
    s = _styles(9.5)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=resume.name,
    )
    width = doc.width
    contact = "  |  ".join(
        p
        for p in (
            resume.email,
            resume.phone,
            resume.location,
            shown_link(resume.url) if resume.url else "",
        )
        if p
    )
    story: list[Flowable] = [
        Paragraph(escape(resume.name), ParagraphStyle("n", s["name"], alignment=TA_CENTER)),
        Paragraph(escape(resume.label), ParagraphStyle("l", s["label"], alignment=TA_CENTER)),
        _p(contact, s["center"]),
    ]
    if resume.profiles:
        story.append(_p("  |  ".join(shown_link(u) for u in resume.profiles), s["center"]))
    if resume.summary:
        story += _heading("Summary", s) + [_p(resume.summary, s["body"])]
    story += _heading("Experience", s)
    for job in resume.work:
        story += _job_one_column(job, style, s, width)
    if resume.education:
        story += _heading("Education", s)
        for school in resume.education:
            story += _school_one_column(school, style, s, width)
    if resume.skills:
        story += _heading("Skills", s)
        for group in resume.skills:
            if group.keywords:
                story.append(
                    Paragraph(
                        f"<b>{escape(group.name)}:</b> {escape(', '.join(group.keywords))}",
                        s["body"],
                    )
                )
            else:
                story.append(_p(group.name, s["body"]))
    story += _minor(resume, style, s, lambda job: _job_one_column(job, style, s, width))
    if resume.languages:
        story += _heading("Languages", s) + [_p(", ".join(resume.languages), s["body"])]
    doc.build(story)
    return out.getvalue()


# --- two columns ------------------------------------------------------------------------------

SIDE_WIDTH = 2.25 * inch
GUTTER = 0.3 * inch
HEADER_HEIGHT = 0.95 * inch


def _sidebar(resume: Resume, style: DateStyle, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = _heading("Contact", s, rule=False)
    contact = [resume.email, resume.phone, resume.location]
    contact += [shown_link(u) for u in resume.links]
    story += [_p(line, s["small"]) for line in contact if line]
    if resume.skills:
        story += _heading("Skills", s, rule=False)
        for group in resume.skills:
            if group.keywords:
                story.append(_p(group.name, s["bold"]))
                story.append(_p(", ".join(group.keywords), s["small"]))
            else:
                story.append(_p(group.name, s["small"]))
    if resume.education:
        story += _heading("Education", s, rule=False)
        for school in resume.education:
            story += [
                _p(school.degree_line, s["bold"]),
                _p(school.institution, s["small"]),
                _p(style.range(school.start, school.end), s["small"]),
                Spacer(1, 3),
            ]
    if resume.languages:
        story += _heading("Languages", s, rule=False)
        story += [_p(lang, s["small"]) for lang in resume.languages]
    return story


def _job_two_column(job: Job, style: DateStyle, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    when = " | ".join(p for p in (style.range(job.start, job.end), job.location) if p)
    parts: list[Flowable] = [
        _p(job.company, s["bold"]),
        _p(job.title, s["italic"]),
        _p(when, s["small"]),
    ]
    tail: list[Flowable] = (
        _bullets(job.highlights, s)
        if job.highlights
        else ([_p(job.summary, s["body"])] if job.summary else [])
    )
    if job.keywords:
        tail.append(_p("Stack: " + ", ".join(job.keywords), s["small"]))
    return [KeepTogether(parts), *tail, Spacer(1, 5)]


def _decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """Sidebar background on the first page."""
    canvas.saveState()
    canvas.setFillColor(SIDEBAR)
    top = LETTER[1] - MARGIN - HEADER_HEIGHT
    canvas.rect(MARGIN - 6, MARGIN - 6, SIDE_WIDTH + 12, top - MARGIN + 12, stroke=0, fill=1)
    canvas.restoreState()


def _two_column_doc(out: io.BytesIO, title: str) -> BaseDocTemplate:
    page_w, page_h = LETTER
    main_x = MARGIN + SIDE_WIDTH + GUTTER
    main_w = page_w - MARGIN - main_x
    body_h = page_h - 2 * MARGIN - HEADER_HEIGHT
    header = Frame(
        MARGIN, page_h - MARGIN - HEADER_HEIGHT, page_w - 2 * MARGIN, HEADER_HEIGHT, id="header"
    )
    side = Frame(MARGIN, MARGIN, SIDE_WIDTH, body_h, id="side", leftPadding=2, rightPadding=2)
    main = Frame(main_x, MARGIN, main_w, body_h, id="main")
    later = Frame(main_x, MARGIN, main_w, page_h - 2 * MARGIN, id="later")
    doc = BaseDocTemplate(out, pagesize=LETTER, title=title)
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[header, side, main], onPage=_decorate),
            PageTemplate(id="later", frames=[later]),
        ]
    )
    return doc


def two_column(resume: Resume, style: DateStyle) -> bytes:
    """A header band over a shaded sidebar (contact, skills, education) and a main column."""
    s = _styles(9.0)
    out = io.BytesIO()
    doc = _two_column_doc(out, resume.name)
    story: list[Flowable] = [
        NextPageTemplate("later"),
        _p(resume.name, s["name"]),
        _p(resume.label, s["label"]),
        FrameBreak(),
        *_sidebar(resume, style, s),
        FrameBreak(),
    ]
    if resume.summary:
        story += _heading("Profile", s) + [_p(resume.summary, s["body"])]
    story += _heading("Work Experience", s)
    for job in resume.work:
        story += _job_two_column(job, style, s)
    story += _minor(resume, style, s, lambda job: _job_two_column(job, style, s))
    doc.build(story)
    return out.getvalue()
