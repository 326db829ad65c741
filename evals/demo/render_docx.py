"""Word resumes: headings with paragraphs, or the work history laid out in a table.

Many real DOCX resumes keep experience in tables, which text extractors flatten in
their own order. The zip is rewritten with fixed timestamps so bytes are reproducible.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Mm, Pt
from docx.table import _Cell

from evals.demo.model import Look, Person
from evals.demo.wording import (
    contact_items,
    date_span,
    degree_line,
    language_item,
    languages_line,
    letter_paper,
    skills_line,
)

DOCX_LAYOUTS = ("headings", "table")
FIXED_TIME = dt.datetime(2026, 11, 1, 9, 0, 0, tzinfo=dt.UTC)  # the facts' reference date
ZIP_TIME = (2026, 1, 15, 9, 0, 0)


def render_docx(person: Person, look: Look) -> bytes:
    """The resume as DOCX bytes; identical input gives identical bytes."""
    document = Document()
    _set_properties(document, person)
    if not letter_paper(person):
        section = document.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
    document.add_heading(person.name, level=0)
    headline = document.add_paragraph()
    headline.add_run(person.headline).italic = True
    if look.layout == "table":
        _table_layout(document, person, look)
    else:
        _headings_layout(document, person, look)
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())


def _set_properties(document: DocxDocument, person: Person) -> None:
    """Fixed document properties instead of "now"."""
    props = document.core_properties
    props.author = person.name
    props.last_modified_by = person.name
    props.title = f"{person.name} - Resume"
    props.subject = "Resume"
    props.comments = ""
    props.revision = 1
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME


def _headings_layout(document: DocxDocument, person: Person, look: Look) -> None:
    """Contact line, then Heading 1 sections with bullet-list paragraphs."""
    document.add_paragraph(" | ".join(contact_items(person)))
    document.add_heading("Summary", level=1)
    document.add_paragraph(person.summary)
    document.add_heading("Experience", level=1)
    for position in person.positions:
        line = document.add_paragraph()
        line.add_run(position.title).bold = True
        line.add_run(f" — {position.company}")
        where = document.add_paragraph()
        where.add_run(f"{position.location} | {date_span(look, position)}").italic = True
        for bullet in position.bullets:
            document.add_paragraph(bullet, style="List Bullet")
    if person.projects:
        document.add_heading("Projects", level=1)
        for project in person.projects:
            line = document.add_paragraph()
            line.add_run(project.name).bold = True
            line.add_run(f": {project.description}")
    document.add_heading("Education", level=1)
    for degree in person.education:
        line = document.add_paragraph()
        line.add_run(degree_line(degree)).bold = True
        line.add_run(f", {degree.institution}, {degree.year}")
    document.add_heading("Skills", level=1)
    document.add_paragraph(skills_line(person))
    if person.certifications:
        document.add_heading("Certifications", level=1)
        for name in person.certifications:
            document.add_paragraph(name, style="List Bullet")
    if person.languages:
        document.add_heading("Languages", level=1)
        document.add_paragraph(languages_line(person))


def _table_layout(document: DocxDocument, person: Person, look: Look) -> None:
    """Contact lines, then experience and education as two-column tables."""
    for item in contact_items(person):
        document.add_paragraph(item).paragraph_format.space_after = Pt(0)
    document.add_heading("Profile", level=2)
    document.add_paragraph(person.summary)
    document.add_heading("Work History", level=2)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for position in person.positions:
        left, right = table.add_row().cells
        _cell_lines(left, [date_span(look, position), position.location])
        title = right.paragraphs[0]
        title.add_run(position.title).bold = True
        right.add_paragraph(position.company)
        for bullet in position.bullets:
            right.add_paragraph(f"{look.bullet} {bullet}")
    document.add_heading("Education", level=2)
    schools = document.add_table(rows=0, cols=2)
    for degree in person.education:
        left, right = schools.add_row().cells
        left.text = str(degree.year)
        _cell_lines(right, [degree_line(degree), degree.institution])
    if person.projects:
        document.add_heading("Projects", level=2)
        for project in person.projects:
            document.add_paragraph(f"{project.name} — {project.description}")
    document.add_heading("Skills", level=2)
    document.add_paragraph(skills_line(person, " • "))
    if person.certifications:
        document.add_heading("Certifications", level=2)
        document.add_paragraph("; ".join(person.certifications))
    if person.languages:
        document.add_heading("Languages", level=2)
        for language in person.languages:
            document.add_paragraph(language_item(language), style="List Bullet")


def _cell_lines(cell: _Cell, lines: list[str]) -> None:
    """Fill a table cell with one paragraph per line."""
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed entry times so saving twice gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            target.writestr(info, source.read(name))
    return out.getvalue()
