"""The document's own date: read from PDF info and DOCX core properties, garbage ignored."""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO

import docx
import pytest

from tools.document_date import document_date
from tools.extract import extract_text
from tools.parse_resume import parse_resume
from tools.taxonomy import Taxonomy


def pdf_with_info(info: str) -> bytes:
    """A one-page PDF whose trailer points at an /Info dictionary holding `info`."""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        f"<< {info} >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 4 0 R >>\n"
    return out + f"{trailer}startxref\n{xref}\n%%EOF\n".encode()


def docx_saved(modified: datetime | None, created: datetime | None) -> bytes:
    document = docx.Document()
    document.add_paragraph("Jane Roe")
    document.core_properties.modified = modified
    document.core_properties.created = created
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("info", "expected"),
    [
        ("/ModDate (D:20190502101500Z) /CreationDate (D:20180101000000Z)", date(2019, 5, 2)),
        ("/CreationDate (D:20180101000000+01'00')", date(2018, 1, 1)),
        ("/ModDate (garbage) /CreationDate (D:20170304)", date(2017, 3, 4)),
        ("/ModDate (D:19700101000000Z)", None),  # a zeroed clock, not a date
        ("/ModDate (D:20000101000000+00'00')", None),  # reportlab's reproducible stamp
        ("/ModDate (D:20191341000000Z)", None),  # month 13
        ("/Producer (nobody)", None),
    ],
)
def test_pdf_dates(info: str, expected: date | None) -> None:
    assert document_date("pdf", pdf_with_info(info)) == expected


def test_docx_prefers_the_last_saved_date() -> None:
    data = docx_saved(datetime(2019, 5, 2, 10, 0), datetime(2018, 1, 1, 9, 0))
    assert document_date("docx", data) == date(2019, 5, 2)


def test_a_blank_python_docx_template_has_no_date() -> None:
    document = docx.Document()
    document.add_paragraph("Jane Roe")
    buffer = BytesIO()
    document.save(buffer)
    assert document_date("docx", buffer.getvalue()) is None


def test_unreadable_or_dateless_files_have_no_date() -> None:
    assert document_date("pdf", b"%PDF-1.4 broken") is None
    assert document_date("docx", b"PK\x03\x04 not a zip") is None
    assert document_date("txt", b"2019-05-02") is None


def test_extraction_keeps_the_date_and_years_count_to_it() -> None:
    document = docx.Document()
    for line in ["Jane Roe", "jane@example.com", "Experience", "Data Analyst",
                 "Acme Corp", "Jan 2015 - Present", "Built reports in SQL."]:
        document.add_paragraph(line)
    document.core_properties.modified = datetime(2019, 1, 15)
    buffer = BytesIO()
    document.save(buffer)
    extracted = extract_text("jane.docx", buffer.getvalue(), kind="docx")
    assert extracted.document_date == date(2019, 1, 15)
    parsed = parse_resume(extracted, Taxonomy.load())
    assert parsed.total_years_experience == 4.0
    assert "years counted as of 2019-01-15 (the document's date)" in parsed.warnings
