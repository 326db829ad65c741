"""Word resumes with python-docx: a header table, tab-aligned dates and a skills table."""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from evals.render.dates import DateStyle
from evals.render.model import Item, Job, Resume, School
from evals.render.pdf import shown_link

TEXT_WIDTH = Inches(7.0)
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)


def _page(doc: DocumentObject) -> None:
    section = doc.sections[0]
    section.left_margin = section.right_margin = Inches(0.75)
    section.top_margin = section.bottom_margin = Inches(0.6)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(2)


def _line(
    target: DocumentObject | _Cell,
    text: str = "",
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
) -> Paragraph:
    paragraph = target.add_paragraph()
    if text:
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
    return paragraph


def _heading(doc: DocumentObject, title: str) -> None:
    paragraph = _line(doc, title.upper(), bold=True, size=12)
    paragraph.runs[0].font.color.rgb = ACCENT
    paragraph.paragraph_format.space_before = Pt(8)


def _tabbed(doc: DocumentObject, left: str, right: str) -> None:
    """Bold text on the left and dates on a right-aligned tab stop, on one line."""
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    paragraph.add_run(left).bold = True
    if right:
        paragraph.add_run(f"\t{right}")


def _bullets(doc: DocumentObject, lines: tuple[str, ...]) -> None:
    for line in lines:
        doc.add_paragraph(line, style="List Bullet")


def _header(doc: DocumentObject, resume: Resume) -> None:
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    left.paragraphs[0].add_run(resume.name).bold = True
    left.paragraphs[0].runs[0].font.size = Pt(22)
    if resume.label:
        _line(left, resume.label, italic=True, size=12)
    first = True
    for line in (resume.email, resume.phone, resume.location, *map(shown_link, resume.links)):
        if not line:
            continue
        paragraph = right.paragraphs[0] if first else right.add_paragraph()
        paragraph.add_run(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        first = False


def _job(doc: DocumentObject, job: Job, style: DateStyle) -> None:
    _tabbed(doc, f"{job.title}, {job.company}", style.range(job.start, job.end))
    if job.location:
        _line(doc, job.location, italic=True)
    if job.summary:
        _line(doc, job.summary)
    _bullets(doc, job.highlights)
    if job.keywords:
        _line(doc, "Tools: " + ", ".join(job.keywords), italic=True)


def _school(doc: DocumentObject, school: School, style: DateStyle) -> None:
    _tabbed(doc, school.institution, style.range(school.start, school.end))
    _line(doc, school.degree_line)


def _skills(doc: DocumentObject, resume: Resume) -> None:
    grouped = [g for g in resume.skills if g.keywords]
    if grouped:
        table = doc.add_table(rows=0, cols=2)
        for group in grouped:
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(group.name).bold = True
            cells[1].paragraphs[0].add_run(", ".join(group.keywords))
    loose = [g.name for g in resume.skills if not g.keywords]
    if loose:
        _line(doc, " • ".join(loose))


def _item(doc: DocumentObject, item: Item, style: DateStyle) -> None:
    _tabbed(doc, item.title, style.date(item.date) if item.date else "")
    if item.detail:
        _line(doc, item.detail)


def docx_resume(resume: Resume, style: DateStyle) -> bytes:
    """A Word resume as many are made: tables for the header and the skills."""
    doc = Document()
    _page(doc)
    _header(doc, resume)
    if resume.summary:
        _heading(doc, "Professional Summary")
        _line(doc, resume.summary)
    _heading(doc, "Professional Experience")
    for job in resume.work:
        _job(doc, job, style)
    if resume.education:
        _heading(doc, "Education")
        for school in resume.education:
            _school(doc, school, style)
    if resume.skills:
        _heading(doc, "Technical Skills")
        _skills(doc, resume)
    for title, items in (
        ("Projects", resume.projects),
        ("Certifications", resume.certificates),
        ("Honors & Awards", resume.awards),
    ):
        if items:
            _heading(doc, title)
            for item in items:
                _item(doc, item, style)
    if resume.volunteer:
        _heading(doc, "Volunteering")
        for job in resume.volunteer:
            _job(doc, job, style)
    if resume.languages:
        _heading(doc, "Languages")
        _line(doc, ", ".join(resume.languages))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
