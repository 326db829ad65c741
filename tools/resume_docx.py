"""DOCX to lines: unstructured's element stream, with tables rebuilt cell by cell.

unstructured reads paragraphs, list items, headers and footers of a .docx in
document order, but flattens each table into one run of text, gluing a cell's
paragraphs together ("Data Engineer, Beta Ltd Built Spark pipelines."). Resume
templates use tables for layout (a sidebar cell, a dates column), so each table
is rebuilt from python-docx: a row of one-line cells becomes one line
(`Jan 2020 – Present | Senior Engineer, Acme`); a row whose first cell is a
short label column (dates, a place) puts that label on the line of the content
cell's first line; other rows are read cell after cell, so a sidebar cell stays
one block.
"""

from __future__ import annotations

import io
from typing import Any

import docx
from docx.table import Table, _Cell

CELL_JOIN = " | "


def docx_lines(elements: list[Any], data: bytes) -> tuple[list[str], int]:
    """Lines in reading order (headers first, footers last, each once) and pages."""
    tables: list[list[str]] | None = None
    headers: list[str] = []
    footers: list[str] = []
    body: list[str] = []
    pages = 1
    table_index = 0
    for element in elements:
        category = getattr(element, "category", "")
        text = (element.text or "").strip()
        if category == "PageBreak":
            pages += 1
        elif category == "Header":
            _add_once(headers, text)
        elif category == "Footer":
            _add_once(footers, text)
        elif category == "Table":
            tables = _tables(data) if tables is None else tables
            rendered = tables[table_index] if table_index < len(tables) else [text]
            table_index += 1
            body += rendered
        elif text:
            prefix = "- " if category == "ListItem" else ""
            body += [prefix + part for part in text.splitlines()]
    return headers + body + [f for f in footers if f not in headers], pages


def _add_once(lines: list[str], text: str) -> None:
    """Headers and footers repeat per section; keep each distinct line once."""
    for part in text.splitlines():
        if part.strip() and part.strip() not in lines:
            lines.append(part.strip())


def _tables(data: bytes) -> list[list[str]]:
    """Every top-level body table, rendered to lines, in document order."""
    document = docx.Document(io.BytesIO(data))
    return [table_lines(table) for table in document.tables]


def table_lines(table: Table) -> list[str]:
    """Lines of one table, rows in order; see the module docstring for the rule."""
    lines: list[str] = []
    for row in table.rows:
        cells = [_cell_lines(cell) for cell in _unique_cells(row.cells)]
        cells = [cell for cell in cells if cell]
        if not cells:
            continue
        if all(len(cell) == 1 for cell in cells):
            lines.append(CELL_JOIN.join(cell[0] for cell in cells))
        elif len(cells) >= 2 and _label_cell(cells[0]):
            lines.append(CELL_JOIN.join([*cells[0], cells[1][0]]))
            lines += cells[1][1:] + [line for cell in cells[2:] for line in cell]
        else:
            lines += [line for cell in cells for line in cell]
    return lines


def _label_cell(cell: list[str]) -> bool:
    """A narrow first column (dates, a place) that labels the row's content cell."""
    return len(cell) <= 3 and all(len(line.split()) <= 6 for line in cell)


def _unique_cells(cells: list[_Cell]) -> list[_Cell]:
    """Merged cells appear once per grid column they span; keep the first."""
    seen: set[int] = set()
    unique: list[_Cell] = []
    for cell in cells:
        key = id(cell._tc)
        if key not in seen:
            seen.add(key)
            unique.append(cell)
    return unique


def _cell_lines(cell: _Cell) -> list[str]:
    """A cell's paragraphs, then any nested tables, as lines."""
    lines: list[str] = []
    for paragraph in cell.paragraphs:
        for part in paragraph.text.splitlines():
            if part.strip():
                style = (paragraph.style.name or "") if paragraph.style is not None else ""
                lines.append(("- " if "List" in style else "") + part.strip())
    for nested in cell.tables:
        lines += table_lines(nested)
    return lines
