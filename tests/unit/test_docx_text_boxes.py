"""Text in Word text boxes is read, once, where the box is anchored."""

from __future__ import annotations

from io import BytesIO

import docx
from docx.oxml import parse_xml

from tools.extract import extract_text
from tools.parse_resume import parse_resume
from tools.resume_docx_textboxes import inline_text_boxes
from tools.taxonomy import Taxonomy

NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def box_content(lines: list[str]) -> str:
    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    return f"<w:txbxContent>{paragraphs}</w:txbxContent>"


def vml_box(lines: list[str]) -> str:
    """An old-style (VML) text box run."""
    return (
        f"<w:r {NAMESPACES}><w:pict><v:shape><v:textbox>{box_content(lines)}"
        "</v:textbox></v:shape></w:pict></w:r>"
    )


def modern_box(lines: list[str]) -> str:
    """A DrawingML text box with the VML copy Word saves as a fallback."""
    content = box_content(lines)
    return (
        f"<w:r {NAMESPACES}><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        "<wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>"
        f"{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox>"
        "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def resume_with_boxes(*runs: str) -> bytes:
    """A resume whose header and skills sit in text boxes anchored to its first paragraph."""
    document = docx.Document()
    anchor = document.add_paragraph()
    for run in runs:
        anchor._p.append(parse_xml(run))
    for line in ("Experience", "Data Engineer", "Acme Corp", "Jan 2019 - Dec 2023",
                 "Built pipelines in Spark."):
        document.add_paragraph(line)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_vml_text_boxes_are_read_before_their_anchor() -> None:
    data = resume_with_boxes(vml_box(["Jane Roe", "jane@example.com"]), vml_box(["Skills",
                                                                              "Python, SQL"]))
    lines = extract_text("jane.docx", data, kind="docx").lines
    assert lines[:5] == ["Jane Roe", "jane@example.com", "Skills", "Python, SQL", "Experience"]


def test_a_modern_box_is_read_once_not_again_from_its_fallback() -> None:
    data = resume_with_boxes(modern_box(["Jane Roe", "jane@example.com"]))
    extracted = extract_text("jane.docx", data, kind="docx")
    assert extracted.lines.count("Jane Roe") == 1
    parsed = parse_resume(extracted, Taxonomy.load())
    assert parsed.name == "Jane Roe"
    assert parsed.emails == ["jane@example.com"]
    assert [(e.title, e.company) for e in parsed.experience] == [("Data Engineer", "Acme Corp")]


def test_a_document_without_boxes_is_left_as_it_is() -> None:
    document = docx.Document()
    document.add_paragraph("Jane Roe")
    buffer = BytesIO()
    document.save(buffer)
    assert inline_text_boxes(buffer.getvalue()) == buffer.getvalue()
