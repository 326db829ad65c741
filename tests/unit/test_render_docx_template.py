"""The Word-template look: name in a text box, contact line in the header, a layout table."""

from __future__ import annotations

from io import BytesIO

import docx
from render_sample import sample_resume

from evals.render.dates import STYLES
from evals.render.docx_template import docx_word_template
from evals.render.render import BROWSER_FORMATS, FORMATS, extension, render
from tools.extract import extract_text

CONTACT = (
    "Seattle, Washington | (206) 555-0142 | maya@example.org | maya.example.org"
    " | github.com/maya | linkedin.com/in/maya-okonkwo"
)
WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
VML = "{urn:schemas-microsoft-com:vml}"


def rendered() -> bytes:
    return docx_word_template(sample_resume(), STYLES[0])


def test_the_look_is_registered_as_a_word_file() -> None:
    assert "docx_word_template" not in BROWSER_FORMATS
    assert FORMATS.index("docx_word_template") > FORMATS.index("pdf_linkedin")  # appended
    assert FORMATS[:3] == ("pdf_one_column", "pdf_two_column", "docx")
    assert extension("docx_word_template") == ".docx"
    assert render(sample_resume(), "docx_word_template", STYLES[0]) == rendered()


def test_contact_line_is_in_the_page_header() -> None:
    document = docx.Document(BytesIO(rendered()))
    header = document.sections[0].header
    assert [p.text for p in header.paragraphs if p.text] == [CONTACT]
    body = "\n".join(p.text for p in document.paragraphs)
    assert "maya@example.org" not in body


def test_name_sits_in_a_text_box_with_a_vml_fallback() -> None:
    document = docx.Document(BytesIO(rendered()))
    anchor = document.paragraphs[0]._p
    choice = anchor.find(f".//{MC}AlternateContent/{MC}Choice")
    assert choice is not None and choice.get("Requires") == "wps"
    box = choice.find(f".//{WPS}txbx")
    assert box is not None
    fallback = anchor.find(f".//{MC}AlternateContent/{MC}Fallback")
    assert fallback is not None and fallback.find(f".//{VML}textbox") is not None
    for tag in ("wp:anchor", "wp:extent", "wp:docPr", "a:graphicData"):
        assert anchor.xpath(f".//{tag}"), tag
    assert "Maya <Okonkwo>" in "".join(box.itertext())


def test_body_is_a_two_cell_layout_table() -> None:
    document = docx.Document(BytesIO(rendered()))
    assert len(document.tables) == 1
    row = document.tables[0].rows[0]
    assert len(row.cells) == 2
    left, right = (cell.paragraphs for cell in row.cells)
    left_text = [p.text for p in left]
    assert "Skills" in left_text and "Python" in left_text and "PostgreSQL" in left_text
    assert "Certifications" in left_text and "Languages" in left_text
    styles = {p.text: p.style.name for p in right if p.text}
    assert styles["Experience"] == "Heading 1"
    assert styles["Senior Backend Engineer | Smith & Jones"] == "Heading 2"
    assert styles["Cut costs by 30% <fast>"] == "List Bullet"
    assert (
        styles["Bachelor of Science in Computer Science | University of Washington"] == "Heading 2"
    )
    assert "Mar 2021 – Present | Remote" in styles
    assert "" in [p.text for p in right]  # empty paragraphs between sections


def test_scout_reads_the_name_once_before_the_experience() -> None:
    lines = extract_text("maya.docx", rendered(), kind="docx").lines
    assert lines.count("Maya <Okonkwo>") == 1
    assert lines.index("Maya <Okonkwo>") < lines.index("Experience")
    assert any("Senior Backend Engineer | Smith & Jones" in line for line in lines)
