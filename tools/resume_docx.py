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

Before any of that, `strip_hidden_runs` takes out the runs Word would not show
a reader (hidden, in the background's colour, under 4 pt) and reports them,
because unstructured and python-docx both read hidden runs as ordinary text.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, fields
from typing import Any

import docx
from docx.table import Table, _Cell
from lxml import etree

from tools.hidden_text import (
    BACKGROUND_COLOUR,
    MIN_VISIBLE_PT,
    TINY,
    WHITE_ON_WHITE,
    WORD_HIDDEN,
    HiddenText,
    grey_of,
)

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


# --- hidden runs -------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TEXT_PARTS = re.compile(r"^word/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml$")
_HIGHLIGHT = {
    "black": "000000",
    "blue": "0000FF",
    "cyan": "00FFFF",
    "green": "00FF00",
    "magenta": "FF00FF",
    "red": "FF0000",
    "yellow": "FFFF00",
    "white": "FFFFFF",
    "darkBlue": "000080",
    "darkCyan": "008080",
    "darkGreen": "008000",
    "darkMagenta": "800080",
    "darkRed": "800000",
    "darkYellow": "808000",
    "darkGray": "808080",
    "lightGray": "C0C0C0",
}
_HEX = re.compile(r"^[0-9A-Fa-f]{6}$")
_NEAR = 24.0  # grey levels, as for PDF text


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


@dataclass
class _Format:
    """The run properties that decide whether a run shows (None: not set at this level)."""

    vanish: bool | None = None
    colour: str | None = None  # RRGGBB, or "auto"
    half_points: int | None = None
    fill: str | None = None  # run shading or highlight, RRGGBB

    def over(self, base: _Format) -> _Format:
        """These properties on top of `base` (a set value wins)."""
        return _Format(
            **{
                f.name: getattr(self, f.name)
                if getattr(self, f.name) is not None
                else getattr(base, f.name)
                for f in fields(self)
            }
        )


def _read_format(rpr: Any) -> _Format:
    if rpr is None:
        return _Format()
    found = _Format()
    vanish = rpr.find(_w("vanish"))
    if vanish is not None:
        found.vanish = vanish.get(_w("val"), "true").lower() not in ("0", "false", "off")
    colour = rpr.find(_w("color"))
    if colour is not None and colour.get(_w("val")):
        found.colour = colour.get(_w("val"))
    size = rpr.find(_w("sz"))
    if size is not None and (size.get(_w("val")) or "").isdigit():
        found.half_points = int(size.get(_w("val")))
    found.fill = _fill_of(rpr)
    return found


def _fill_of(properties: Any) -> str | None:
    """A shading fill or highlight colour set on run or paragraph properties."""
    if properties is None:
        return None
    highlight = properties.find(_w("highlight"))
    if highlight is not None and highlight.get(_w("val")) in _HIGHLIGHT:
        return _HIGHLIGHT[highlight.get(_w("val"))]
    shading = properties.find(_w("shd"))
    if shading is not None and _HEX.match(shading.get(_w("fill")) or ""):
        return shading.get(_w("fill"))
    return None


class _Styles:
    """Run formatting inherited from styles.xml: defaults, paragraph and character styles."""

    def __init__(self, xml: bytes | None) -> None:
        self.defaults = _Format()
        self._styles: dict[str, tuple[str | None, _Format]] = {}
        self.default_paragraph: str | None = None
        self._painting: set[str] = set()
        if not xml:
            return
        root = etree.fromstring(xml)
        defaults = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}")
        self.defaults = _read_format(defaults)
        for style in root.iter(_w("style")):
            style_id = style.get(_w("styleId"))
            if not style_id:
                continue
            based = style.find(_w("basedOn"))
            parent = based.get(_w("val")) if based is not None else None
            self._styles[style_id] = (parent, _read_format(style.find(_w("rPr"))))
            if any(_HEX.match(shd.get(_w("fill")) or "") for shd in style.iter(_w("shd"))):
                self._painting.add(style_id)
            if style.get(_w("type")) == "paragraph" and style.get(_w("default")) in ("1", "true"):
                self.default_paragraph = style_id

    def paints(self, style_id: str | None) -> bool:
        """Does this (table) style, or one it is based on, shade any cells?"""
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen:
            if style_id in self._painting:
                return True
            seen.add(style_id)
            style_id = self._styles[style_id][0]
        return False

    def chain(self, style_id: str | None) -> _Format:
        """A style's run formatting with everything it is based on (cycles cut)."""
        result = _Format()
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            parent, own = self._styles[style_id]
            result = result.over(own)
            style_id = parent
        return result


def strip_hidden_runs(data: bytes) -> tuple[bytes, list[HiddenText]]:
    """The .docx without runs a reader would not see, and those runs' text by paragraph.

    Bytes come back unchanged when nothing is hidden. Colour is judged only
    where the background is known (page, paragraph, cell and run shading);
    text boxes, shapes and table styles may paint their own background, so
    there only hidden and tiny runs are taken out.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        styles = _Styles(archive.read("word/styles.xml") if "word/styles.xml" in names else None)
        changed: dict[str, bytes] = {}
        hidden: list[HiddenText] = []
        for name in names:
            if not _TEXT_PARTS.match(name):
                continue
            root = etree.fromstring(archive.read(name))
            found = _strip_part(root, styles)
            if found:
                hidden += found
                changed[name] = etree.tostring(
                    root, xml_declaration=True, encoding="UTF-8", standalone=True
                )
        if not changed:
            return data, []
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            for item in archive.infolist():
                out.writestr(item, changed.get(item.filename) or archive.read(item.filename))
    return buffer.getvalue(), hidden


def _strip_part(root: Any, styles: _Styles) -> list[HiddenText]:
    """Remove hidden runs from one XML part; the hidden text, one entry per paragraph."""
    page = root.find(_w("background"))
    page_fill = page.get(_w("color")) if page is not None else None
    page_fill = page_fill if _HEX.match(page_fill or "") else "FFFFFF"
    by_paragraph: dict[int, tuple[str, list[str]]] = {}
    order: list[int] = []
    doomed = []
    for run in root.iter(_w("r")):
        text = _run_text(run)
        if not text.strip():
            continue
        paragraph = _ancestor(run, "p")
        reason = _hidden_reason(run, paragraph, styles, page_fill)
        if reason is None:
            continue
        doomed.append(run)
        key = id(paragraph)
        if key not in by_paragraph:
            by_paragraph[key] = (reason, [])
            order.append(key)
        by_paragraph[key][1].append(text)
    for run in doomed:
        run.getparent().remove(run)
    return [
        HiddenText(by_paragraph[key][0], " ".join("".join(by_paragraph[key][1]).split()))
        for key in order
    ]


def _hidden_reason(run: Any, paragraph: Any, styles: _Styles, page_fill: str) -> str | None:
    ppr = paragraph.find(_w("pPr")) if paragraph is not None else None
    style = ppr.find(_w("pStyle")) if ppr is not None else None
    paragraph_style = style.get(_w("val")) if style is not None else styles.default_paragraph
    rpr = run.find(_w("rPr"))
    char_style = rpr.find(_w("rStyle")) if rpr is not None else None
    effective = (
        _read_format(rpr)
        .over(styles.chain(char_style.get(_w("val")) if char_style is not None else None))
        .over(styles.chain(paragraph_style))
        .over(styles.defaults)
    )
    if effective.vanish:
        return WORD_HIDDEN
    if effective.half_points is not None and effective.half_points < 2 * MIN_VISIBLE_PT:
        return TINY
    colour = effective.colour or "auto"
    if not _HEX.match(colour):
        return None
    background = effective.fill or _fill_of(ppr) or _cell_fill(run)
    if background is None:
        if _own_background(run, styles):
            return None
        background = page_fill
    text_grey, back_grey = _grey(colour), _grey(background)
    if abs(text_grey - back_grey) >= _NEAR:
        return None
    return WHITE_ON_WHITE if back_grey > 200 else BACKGROUND_COLOUR


def _grey(hex_colour: str) -> float:
    return grey_of(int(hex_colour[0:2], 16), int(hex_colour[2:4], 16), int(hex_colour[4:6], 16))


def _cell_fill(run: Any) -> str | None:
    cell = _ancestor(run, "tc")
    if cell is None:
        return None
    return _fill_of(cell.find(_w("tcPr")))


def _own_background(run: Any, styles: _Styles) -> bool:
    """Inside a text box, a shape or a shaded table style: the background is not known here."""
    node = run.getparent()
    while node is not None:
        tag = etree.QName(node).localname if isinstance(node.tag, str) else ""
        if tag in ("txbxContent", "pict", "drawing"):
            return True
        if tag == "tbl":
            properties = node.find(_w("tblPr"))
            style = properties.find(_w("tblStyle")) if properties is not None else None
            if style is not None and styles.paints(style.get(_w("val"))):
                return True
        node = node.getparent()
    return False


def _ancestor(node: Any, tag: str) -> Any:
    wanted = _w(tag)
    node = node.getparent()
    while node is not None and node.tag != wanted:
        node = node.getparent()
    return node


def _run_text(run: Any) -> str:
    parts = []
    for child in run:
        if child.tag == _w("t"):
            parts.append(child.text or "")
        elif child.tag in (_w("tab"), _w("br"), _w("cr")):
            parts.append(" ")
    return "".join(parts)
