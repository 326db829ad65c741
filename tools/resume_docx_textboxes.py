"""Text boxes of a .docx brought into the body, where the page shows them.

Word resume templates often draw the name, the contact block or a whole
sidebar in text boxes (shapes holding paragraphs). unstructured and
python-docx read only the body's own paragraphs and tables, so that text was
lost. Each text box's paragraphs are copied into the body just before the
paragraph the box is anchored to (usually near the top, where the box is
drawn), and the box itself is removed. Word saves a modern text box twice, as
DrawingML and as a VML fallback for old readers: only the first is read.
"""

from __future__ import annotations

import copy
import io
import zipfile
from typing import Any

from lxml import etree

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_BOX = f"{{{_W}}}txbxContent"
_PARAGRAPH = f"{{{_W}}}p"
_RUN = f"{{{_W}}}r"
_FALLBACK = f"{{{_MC}}}Fallback"
_BODY_PART = "word/document.xml"


def inline_text_boxes(data: bytes) -> bytes:
    """The .docx with its text boxes' paragraphs in the body; unchanged when it has none."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if _BODY_PART not in archive.namelist():
            return data
        root = etree.fromstring(archive.read(_BODY_PART))
        if not _move_boxes(root):
            return data
        part = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            for item in archive.infolist():
                out.writestr(item, part if item.filename == _BODY_PART else archive.read(item))
    return buffer.getvalue()


def _move_boxes(root: Any) -> bool:
    """Copy every outermost box's paragraphs before its anchor; drop the boxes' runs."""
    boxes = [b for b in root.iter(_BOX) if _outermost(b) and not _in_fallback(b)]
    anchors = [(box, _ancestor(box, _PARAGRAPH), _ancestor(box, _RUN)) for box in boxes]
    moved = False
    for box, paragraph, run in anchors:
        if paragraph is None or run is None:
            continue
        for inner in _own_paragraphs(box):
            paragraph.addprevious(copy.deepcopy(inner))
        moved = True
    for _, _, run in anchors:
        if run is not None and run.getparent() is not None:
            run.getparent().remove(run)
    return moved


def _own_paragraphs(box: Any) -> list[Any]:
    """The paragraphs of a box (table cells' too), not those of boxes nested in it."""
    return [p for p in box.iter(_PARAGRAPH) if _ancestor(p, _BOX) is box]


def _outermost(box: Any) -> bool:
    return _ancestor(box, _BOX) is None


def _in_fallback(node: Any) -> bool:
    return _ancestor(node, _FALLBACK) is not None


def _ancestor(node: Any, tag: str) -> Any:
    """The nearest ancestor with `tag`, or None."""
    parent = node.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent
