"""Upload checks: every kind of bad file is refused with a message naming it."""

from __future__ import annotations

import io
import zipfile

import pytest

from core.errors import (
    CorruptDocument,
    EmptyDocument,
    FileTooLarge,
    InputError,
    UnsupportedFileType,
)
from tools.file_checks import check_upload, decode_text

LIMIT = 10 * 1024 * 1024
PDF = b"%PDF-1.7\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n"


def _zip(names: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in names.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_accepts_the_four_kinds() -> None:
    docx = _zip({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<w/>"})
    assert check_upload("cv.pdf", PDF, LIMIT) == "pdf"
    assert check_upload("cv.docx", docx, LIMIT) == "docx"
    assert check_upload("cv.txt", b"Jane Doe\nEngineer\n", LIMIT) == "txt"
    assert check_upload("cv.md", b"# Jane Doe\n", LIMIT) == "md"
    assert check_upload("cv", PDF, LIMIT) == "pdf"  # no extension: the bytes decide


def test_empty_file() -> None:
    with pytest.raises(EmptyDocument, match=r"cv\.pdf is empty"):
        check_upload("uploads/cv.pdf", b"", LIMIT)


def test_over_the_limit_says_both_sizes() -> None:
    data = b"%PDF-1.7\n" + bytes(50 * 1024 * 1024)
    with pytest.raises(FileTooLarge) as caught:
        check_upload("big.pdf", data, LIMIT)
    assert str(caught.value) == "big.pdf is 52.4 MB; the limit is 10 MB."


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG image"),
        ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(64), "JPEG image"),
        ("setup.exe", b"MZ\x90\x00" + bytes(64), "Windows program"),
        ("archive.zip", _zip({"a.txt": b"hello"}), "ZIP archive"),
        ("sheet.xlsx", _zip({"xl/workbook.xml": b"<x/>"}), "Excel workbook"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "Office 97-2003"),
        ("cv.pdf", b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG image"),
        ("cv.rtf", b"{\\rtf1\\ansi hello}", "RTF document"),
    ],
)
def test_wrong_types_say_what_they_are(name: str, data: bytes, what: str) -> None:
    with pytest.raises(UnsupportedFileType) as caught:
        check_upload(name, data, LIMIT)
    message = str(caught.value)
    assert name in message and what in message
    assert "PDF, DOCX, TXT or Markdown" in message


def test_legacy_doc_suggests_a_fix() -> None:
    with pytest.raises(UnsupportedFileType, match="Save it as .docx or PDF"):
        check_upload("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), LIMIT)


def test_pdf_name_with_text_inside_is_corrupt() -> None:
    with pytest.raises(CorruptDocument, match=r"fake\.pdf .*plain text"):
        check_upload("fake.pdf", b"just some text, not a PDF", LIMIT)


def test_pdf_named_docx_is_refused_with_a_rename_hint() -> None:
    with pytest.raises(UnsupportedFileType, match=r"rename it to \.pdf"):
        check_upload("cv.docx", PDF, LIMIT)


def test_broken_docx_container() -> None:
    with pytest.raises(CorruptDocument, match=r"cv\.docx is a damaged"):
        check_upload("cv.docx", b"PK\x03\x04" + b"garbage" * 20, LIMIT)


def test_unknown_text_extension_is_refused() -> None:
    with pytest.raises(UnsupportedFileType, match=r"\.html"):
        check_upload("cv.html", b"<html><body>Jane</body></html>", LIMIT)


def test_text_encodings() -> None:
    assert decode_text("a.txt", "Zoë Müller".encode()) == "Zoë Müller"
    assert decode_text("a.txt", "\ufeffZoë".encode()) == "Zoë"
    assert decode_text("a.txt", "Zoë Müller".encode("utf-16")) == "Zoë Müller"
    assert decode_text("a.txt", "Café – résumé".encode("cp1252")) == "Café – résumé"


def test_non_utf8_text_is_refused_by_name() -> None:
    data = b"Jane" + b"\x81\x8d\x90 binary-ish \x9d"
    with pytest.raises(InputError, match=r"notes\.txt is not UTF-8 text"):
        check_upload("notes.txt", data, LIMIT)


def test_binary_with_text_extension_is_refused() -> None:
    with pytest.raises(UnsupportedFileType, match=r"cv\.txt"):
        check_upload("cv.txt", b"\x00\x01\x02\x03" * 40, LIMIT)
