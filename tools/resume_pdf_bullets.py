"""List bullets drawn as shapes: given back to the text as "•".

Browsers (Chrome's "Save as PDF", Google Docs, most HTML resume builders)
draw a list's disc or square as a small filled path, not as a "•" glyph, so
the page's text has no bullet and one item reads like a wrapped line of the
one above. A small square-ish path just left of a line's first word, centred
on it and smaller than its letters, is taken as that line's bullet and put
back as a "•" word, so the line steps downstream treat it like a typed one.
"""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from tools.resume_pdf_chars import Word

BULLET = "•"
_MIN_SIDE = 1.2  # points; smaller is a rule or a speck
_MAX_SIDE_OF_SIZE = 0.7  # a bullet is smaller than the letters it stands before
_MAX_GAP_OF_SIZE = 2.5  # how far left of the first word it may sit, in font sizes
_MAX_PATHS = 400  # a page drawn as a vector picture has no text lists worth this


def shape_bullets(page: pdfium.PdfPage, words: list[Word]) -> list[Word]:
    """A "•" word for every small drawn shape that stands as the bullet of a line."""
    boxes = _small_boxes(page)
    if not boxes or not words:
        return []
    bullets: list[Word] = []
    for left, bottom, right, top in boxes:
        word = _word_after(words, left, bottom, right, top)
        if word is not None:
            bullets.append(Word(BULLET, left, right, word.bottom, word.top, word.size))
    return bullets


def _small_boxes(page: pdfium.PdfPage) -> list[tuple[float, float, float, float]]:
    """Bounds of the small, square-ish filled paths of a page."""
    boxes = []
    for index, obj in enumerate(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,))):
        if index >= _MAX_PATHS:
            return []
        left, bottom, right, top = obj.get_bounds()
        width, height = right - left, top - bottom
        if width < _MIN_SIDE or height < _MIN_SIDE or not 0.7 <= width / height <= 1.4:
            continue
        if width <= 12.0 and _filled(obj):
            boxes.append((left, bottom, right, top))
    return boxes


def _filled(obj: pdfium.PdfObject) -> bool:
    """Whether a path is painted inside (a disc or square), not only outlined."""
    mode, stroke = ctypes.c_int(), ctypes.c_int()
    ok = pdfium_c.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(mode), ctypes.byref(stroke))
    return bool(ok) and mode.value != pdfium_c.FPDF_FILLMODE_NONE


def _word_after(
    words: list[Word], left: float, bottom: float, right: float, top: float
) -> Word | None:
    """The word a shape stands before: the nearest on its right, on the same line."""
    middle = (bottom + top) / 2
    side = max(right - left, top - bottom)
    best: Word | None = None
    for word in words:
        if not word.bottom <= middle <= word.top or side > _MAX_SIDE_OF_SIZE * word.size:
            continue
        gap = word.x0 - right
        if 0 <= gap <= _MAX_GAP_OF_SIZE * word.size and (best is None or word.x0 < best.x0):
            best = word
    if best is None or any(_between(w, right, best.x0, middle) for w in words):
        return None
    return best


def _between(word: Word, x0: float, x1: float, middle: float) -> bool:
    """A word on the same line sitting between the shape and its candidate."""
    return word.bottom <= middle <= word.top and x0 <= word.x1 <= x1 and word.x0 < x1 - 0.1
