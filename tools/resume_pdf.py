"""PDF to reading-order lines: pdfium characters, layout, rejoined lines.

This is the fast PDF path of `tools.extract` (a few ms a page). It raises
`pypdfium2.PdfiumError` for files pdfium cannot open; the caller decides what
that means for the user. Text a reader would not see never reaches the
layout step; `read_pdf` returns it apart, one entry per hidden line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pypdfium2 as pdfium

from tools.hidden_text import HiddenText, page_image_count
from tools.resume_pdf_bullets import shape_bullets
from tools.resume_pdf_chars import HYPHEN_MARK, Word, page_text
from tools.resume_pdf_layout import (
    Line,
    Row,
    block_gutter,
    build_rows,
    find_gutter,
    header_size,
    is_two_columns,
    order_lines,
    order_page,
    split_at_text_edges,
    text_edges,
)
from tools.resume_pdf_lines import (
    attach_lone_bullets,
    drop_page_furniture,
    join_split_ranges,
    merge_wrapped,
    text_width,
)
from tools.resume_unstructured import english_words


@dataclass
class PdfText:
    """A PDF's visible lines in reading order, its page count, and what was hidden."""

    lines: list[str]
    pages: int
    hidden: list[HiddenText] = field(default_factory=list)


def pdf_lines(data: bytes) -> tuple[list[str], int]:
    """Every page's visible lines in reading order, and the page count."""
    read = read_pdf(data)
    return read.lines, read.pages


def read_pdf(data: bytes) -> PdfText:
    """Visible lines in reading order, the page count and the hidden lines."""
    document = pdfium.PdfDocument(data)
    hidden: list[HiddenText] = []
    try:
        pages = [_page_rows(document, index, hidden) for index in range(len(document))]
    finally:
        document.close()
    edges = text_edges([rows for rows, _size in pages])
    seen: set[str] = set()
    lines: list[str] = []
    sidebars: list[str] = []  # read after every page's main column has been
    for index, (rows, size) in enumerate(pages):
        split_at_text_edges(rows, edges)
        main, side = _page_lines(rows, size, seen, first=index == 0)
        lines += main
        sidebars += side
    return PdfText(lines + sidebars, len(pages), hidden)


def image_pages(data: bytes) -> int:
    """How many pages of a PDF draw an image (a scan has one per page)."""
    document = pdfium.PdfDocument(data)
    try:
        found = 0
        for index in range(len(document)):
            page = document[index]
            try:
                found += page_image_count(page) > 0
            finally:
                page.close()
        return found
    finally:
        document.close()


def _page_rows(
    document: pdfium.PdfDocument, index: int, hidden: list[HiddenText]
) -> tuple[list[Row], tuple[float, float]]:
    page = document[index]
    try:
        text = page_text(page)
        hidden += _hidden_lines(text.hidden)
        return build_rows(text.words + shape_bullets(page, text.words)), page.get_size()
    finally:
        page.close()


def _hidden_lines(words: list[tuple[str, Word]]) -> list[HiddenText]:
    """Hidden words regrouped into visual lines, each with its (first) reason."""
    if not words:
        return []
    reason_of = {id(word): reason for reason, word in words}
    lines: list[HiddenText] = []
    for row in build_rows([word for _, word in words]):
        ordered = sorted(row.words, key=lambda word: word.x0)
        text = " ".join(word.text for word in ordered).replace(HYPHEN_MARK, "-")
        lines.append(HiddenText(reason_of[id(ordered[0])], text))
    return lines


def _page_lines(
    rows: list[Row], size: tuple[float, float], seen: set[str], *, first: bool
) -> tuple[list[str], list[str]]:
    """(the page's lines in reading order, its closing sidebar), see `order_page`."""
    width, height = size
    gutter = find_gutter(rows, width)
    if gutter is not None and not is_two_columns(rows, gutter):
        gutter = None
    head = header_size(rows) if first and gutter is None else 0
    main, side = order_page(rows[head:], gutter)
    main = _header_lines(rows[:head]) + main
    measure = text_width(main + side)
    return _finished(main, height, seen, measure), _finished(side, height, seen, measure)


def _finished(lines: list[Line], height: float, seen: set[str], measure: float) -> list[str]:
    """Page furniture out, split ranges and lone bullets joined, wrapped lines merged."""
    lines = drop_page_furniture(lines, height, seen)
    lines = attach_lone_bullets(join_split_ranges(lines))
    vocabulary = english_words() if any(HYPHEN_MARK in line.text for line in lines) else set()
    merged = merge_wrapped(lines, vocabulary, measure)
    return [line.text.replace(HYPHEN_MARK, "-") for line in merged]


def _header_lines(rows: list[Row]) -> list[Line]:
    """The header block, read as two columns when it is laid out as two (name | contact)."""
    return order_lines(rows, block_gutter(rows))
