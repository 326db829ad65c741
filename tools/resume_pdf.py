"""PDF to reading-order lines: pdfium characters, layout, rejoined lines.

This is the fast PDF path of `tools.extract` (a few ms a page). It raises
`pypdfium2.PdfiumError` for files pdfium cannot open; the caller decides what
that means for the user.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from tools.resume_pdf_chars import HYPHEN_MARK, page_words
from tools.resume_pdf_layout import (
    Line,
    Row,
    block_gutter,
    build_rows,
    find_gutter,
    header_size,
    is_two_columns,
    order_lines,
    split_at_text_edges,
    text_edges,
)
from tools.resume_pdf_lines import (
    attach_lone_bullets,
    drop_page_furniture,
    join_split_ranges,
    merge_wrapped,
)
from tools.resume_unstructured import english_words


def pdf_lines(data: bytes) -> tuple[list[str], int]:
    """Every page's lines in reading order, and the page count."""
    document = pdfium.PdfDocument(data)
    try:
        pages = [_page_rows(document, index) for index in range(len(document))]
    finally:
        document.close()
    edges = text_edges([rows for rows, _size in pages])
    seen: set[str] = set()
    lines: list[str] = []
    for index, (rows, size) in enumerate(pages):
        split_at_text_edges(rows, edges)
        lines += _page_lines(rows, size, seen, first=index == 0)
    return lines, len(pages)


def _page_rows(document: pdfium.PdfDocument, index: int) -> tuple[list[Row], tuple[float, float]]:
    page = document[index]
    try:
        return build_rows(page_words(page)), page.get_size()
    finally:
        page.close()


def _page_lines(
    rows: list[Row], size: tuple[float, float], seen: set[str], *, first: bool
) -> list[str]:
    width, height = size
    gutter = find_gutter(rows, width)
    if gutter is not None and not is_two_columns(rows, gutter):
        gutter = None
    head = header_size(rows) if first and gutter is None else 0
    lines = _header_lines(rows[:head]) + order_lines(rows[head:], gutter)
    lines = drop_page_furniture(lines, height, seen)
    lines = attach_lone_bullets(join_split_ranges(lines))
    vocabulary = english_words() if any(HYPHEN_MARK in line.text for line in lines) else set()
    return [line.text.replace(HYPHEN_MARK, "-") for line in merge_wrapped(lines, vocabulary)]


def _header_lines(rows: list[Row]) -> list[Line]:
    """The header block, read as two columns when it is laid out as two (name | contact)."""
    return order_lines(rows, block_gutter(rows))
