"""When a document was last saved, from its own metadata (PDF info, DOCX core properties).

Years of experience are counted up to a reference date. A resume written in
2019 that says "2015 – Present" means four years, not however many have passed
since, so the file's own date is the better reference when it is believable
(`tools.dates.reference_note` decides). The modification date is preferred
over the creation date: it is when the text was last touched. Plain text and
Markdown carry no date, and neither do files stamped with a generator's fixed
placeholder time.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date
from io import BytesIO
from xml.etree import ElementTree

import pypdfium2 as pdfium

_PDF_DATE = re.compile(r"^(?:D:)?(?P<y>\d{4})(?P<m>\d{2})?(?P<d>\d{2})?")
_ISO_DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
_CORE_XML = "docProps/core.xml"
_DCTERMS = "{http://purl.org/dc/terms/}"
_EARLIEST_YEAR = 1990  # older metadata is a broken clock, not a resume's date
# Fixed stamps that generators write instead of a real time: reportlab's
# reproducible mode (2000-01-01 00:00:00) and python-docx's blank template.
_PLACEHOLDER_STAMPS = ("20000101000000", "2000-01-01T00:00:00", "2013-12-23T23:15:00")


def document_date(kind: str, data: bytes) -> date | None:
    """The file's last-saved (else created) date, or None when it has none or it is garbled."""
    if kind == "pdf":
        return _pdf_date(data)
    if kind == "docx":
        return _docx_date(data)
    return None


def _pdf_date(data: bytes) -> date | None:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    try:
        info = document.get_metadata_dict()
    finally:
        document.close()
    return _first_date((info.get("ModDate", ""), info.get("CreationDate", "")), _PDF_DATE)


def _docx_date(data: bytes) -> date | None:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            root = ElementTree.fromstring(archive.read(_CORE_XML))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError):
        return None
    values = [(root.findtext(f"{_DCTERMS}{tag}") or "") for tag in ("modified", "created")]
    return _first_date(values, _ISO_DATE)


def _first_date(values: tuple[str, ...] | list[str], pattern: re.Pattern[str]) -> date | None:
    """The first value that reads as a real calendar date."""
    for value in values:
        value = value.strip().removeprefix("D:")
        match = pattern.match(value)
        if match is None or int(match["y"]) < _EARLIEST_YEAR or value.startswith(
            _PLACEHOLDER_STAMPS
        ):
            continue
        try:
            return date(int(match["y"]), int(match["m"] or 1), int(match["d"] or 1))
        except ValueError:
            continue
    return None
