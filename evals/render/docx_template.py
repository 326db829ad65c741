"""Word resumes in the manner of Microsoft Word's built-in resume templates.

What sets these apart from the plain `docx` look, as Word saves them:

* the name and headline sit in a text box (DrawingML, wrapped in
  `mc:AlternateContent` with a VML copy as the fallback) anchored to the first
  body paragraph;
* the contact line ("City, Region | phone | email | website") is in the page
  header;
* the body is a two-column layout table without borders: a narrow cell with
  Skills (one skill a paragraph), Languages and Certifications, and a wide one
  with Profile, Experience and Education;
* headings use the built-in "Heading 1" style, job titles "Heading 2"
  (`Job Title | Company`), highlights the built-in "List Bullet" style, so
  their bullets are Word's own and not part of the text;
* empty paragraphs stand between the sections.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Emu, Inches, Pt
from docx.table import Table, _Cell

from evals.render.dates import DateStyle
from evals.render.model import Item, Job, Resume, School
from evals.render.pdf import shown_link

PAGE_WIDTH = Inches(8.5)
MARGIN = Inches(0.75)
TEXT_WIDTH = Inches(7.0)
LEFT_WIDTH = Inches(2.2)
RIGHT_WIDTH = Inches(4.8)
BOX_HEIGHT = Inches(1.0)
TOP_MARGIN = Inches(1.6)  # room for the text box under the header
SEPARATOR = " | "

_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)
_SHAPE_URI = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def _points(length: int) -> float:
    return Emu(length).pt


def _box_paragraph(text: str, style: str) -> str:
    return (
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
        f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    )


def text_box_run(lines: list[tuple[str, str]], shape_id: int = 1) -> str:
    """A run holding a floating text box, as Word saves one: DrawingML first, VML fallback.

    `lines` are (text, paragraph style id) pairs. The box is placed on the page,
    under the top margin's header, at the left margin and as wide as the text.
    """
    content = "".join(_box_paragraph(text, style) for text, style in lines)
    content = f"<w:txbxContent>{content}</w:txbxContent>"
    left, top = int(MARGIN), int(Inches(0.55))
    width, height = int(TEXT_WIDTH), int(BOX_HEIGHT)
    name = f"Text Box {shape_id}"
    drawing = (
        "<w:drawing>"
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + shape_id}" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{left}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{top}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{width}" cy="{height}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        "<wp:wrapTopAndBottom/>"
        f'<wp:docPr id="{shape_id}" name="{name}"/>'
        "<wp:cNvGraphicFramePr/>"
        f'<a:graphic><a:graphicData uri="{_SHAPE_URI}"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/>'
        "<wps:spPr>"
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{width}" cy="{height}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:noFill/><a:ln w="6350"><a:noFill/></a:ln>'
        "</wps:spPr>"
        f"<wps:txbx>{content}</wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
        'rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor>"
        "</w:drawing>"
    )
    style = (
        f"position:absolute;margin-left:{_points(left):g}pt;margin-top:{_points(top):g}pt;"
        f"width:{_points(width):g}pt;height:{_points(height):g}pt;"
        f"z-index:{251659264 + shape_id};visibility:visible;"
        "mso-wrap-style:square;mso-position-horizontal-relative:page;"
        "mso-position-vertical-relative:page;v-text-anchor:top"
    )
    fallback = (
        "<w:pict>"
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="{name}" o:spid="_x0000_s{1025 + shape_id}" type="#_x0000_t202" '
        f'style="{style}" filled="f" stroked="f" strokeweight=".5pt">'
        f"<v:textbox>{content}</v:textbox>"
        '<w10:wrap type="topAndBottom" anchorx="page" anchory="page"/>'
        "</v:shape>"
        "</w:pict>"
    )
    return (
        f"<w:r {_NAMESPACES}><mc:AlternateContent>"
        f'<mc:Choice Requires="wps">{drawing}</mc:Choice>'
        f"<mc:Fallback>{fallback}</mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def _page(doc: DocumentObject) -> None:
    section = doc.sections[0]
    section.page_width = PAGE_WIDTH
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = TOP_MARGIN
    section.bottom_margin = Inches(0.75)
    section.header_distance = Inches(0.4)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(3)


def contact_line(resume: Resume) -> str:
    """ "City, Region | phone | email | website", the parts the resume has."""
    parts = (resume.location, resume.phone, resume.email, *map(shown_link, resume.links))
    return SEPARATOR.join(part for part in parts if part)


def _header(doc: DocumentObject, resume: Resume) -> None:
    header = doc.sections[0].header
    paragraph = header.paragraphs[0]
    paragraph.text = contact_line(resume)
    paragraph.style = doc.styles["Header"]


def _no_borders(table: Table) -> None:
    """A layout table: no borders, fixed column widths."""
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")
    table.autofit = False


def _layout_table(doc: DocumentObject) -> tuple[_Cell, _Cell]:
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    for column, width in zip(table.columns, (LEFT_WIDTH, RIGHT_WIDTH), strict=True):
        column.width = width
    left, right = table.rows[0].cells
    left.width, right.width = LEFT_WIDTH, RIGHT_WIDTH
    return left, right


class _Column:
    """Paragraphs added to a cell, its first (empty) paragraph used first."""

    def __init__(self, cell: _Cell) -> None:
        self.cell = cell
        self.fresh = True

    def add(self, text: str = "", style: str | None = None, *, bold: bool = False) -> None:
        if self.fresh:
            paragraph = self.cell.paragraphs[0]
            self.fresh = False
            if style:
                paragraph.style = style
        else:
            paragraph = self.cell.add_paragraph(style=style)
        if text:
            paragraph.add_run(text).bold = bold or None

    def section(self, title: str) -> None:
        """An empty paragraph after the previous section, then the heading."""
        if not self.fresh:
            self.add()
        self.add(title, "Heading 1")


def _job_line(job: Job) -> str:
    return SEPARATOR.join(part for part in (job.title, job.company) if part)


def _job(column: _Column, job: Job, style: DateStyle) -> None:
    column.add(_job_line(job), "Heading 2")
    when = SEPARATOR.join(p for p in (style.range(job.start, job.end), job.location) if p)
    if when:
        column.add(when)
    if job.summary:
        column.add(job.summary)
    for line in job.highlights:
        column.add(line, "List Bullet")
    if job.keywords:
        column.add("Tools: " + ", ".join(job.keywords))


def _school(column: _Column, school: School, style: DateStyle) -> None:
    column.add(
        SEPARATOR.join(p for p in (school.degree_line, school.institution) if p), "Heading 2"
    )
    when = style.range(school.start, school.end)
    if when:
        column.add(when)


def _item(column: _Column, item: Item, style: DateStyle) -> None:
    column.add(item.title, bold=True)
    detail = SEPARATOR.join(
        p for p in (item.detail, style.date(item.date) if item.date else "") if p
    )
    if detail:
        column.add(detail)


def _left(cell: _Cell, resume: Resume, style: DateStyle) -> None:
    column = _Column(cell)
    if resume.skills:
        column.section("Skills")
        for group in resume.skills:
            if group.keywords:
                column.add(group.name, bold=True)
                for keyword in group.keywords:
                    column.add(keyword)
            else:
                column.add(group.name)
    if resume.languages:
        column.section("Languages")
        for language in resume.languages:
            column.add(language)
    if resume.certificates:
        column.section("Certifications")
        for item in resume.certificates:
            _item(column, item, style)


def _right(cell: _Cell, resume: Resume, style: DateStyle) -> None:
    column = _Column(cell)
    if resume.summary:
        column.section("Profile")
        column.add(resume.summary)
    if resume.work:
        column.section("Experience")
        for job in resume.work:
            _job(column, job, style)
    if resume.education:
        column.section("Education")
        for school in resume.education:
            _school(column, school, style)


def docx_word_template(resume: Resume, style: DateStyle) -> bytes:
    """A Word resume shaped like Word's own templates (see the module docstring)."""
    doc = Document()
    _page(doc)
    _header(doc, resume)
    anchor = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    lines = [(resume.name, "Title")]
    if resume.label:
        lines.append((resume.label, "Subtitle"))
    anchor._p.append(parse_xml(text_box_run(lines)))
    doc.add_paragraph()
    left, right = _layout_table(doc)
    _left(left, resume, style)
    _right(right, resume, style)
    doc.add_paragraph()
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
