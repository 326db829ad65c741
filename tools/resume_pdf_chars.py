"""Words with positions from a PDF page, read through pdfium's text API.

The layout step needs every word's box and font size; pdfium gives them per
character in a few milliseconds a page (pdfminer.six needs 40-250 ms a page on
the same files, most of it in font parsing). Characters drawn in icon fonts
(FontAwesome phone and envelope glyphs, which often map to ordinary letters
such as `I` or `#`) are dropped here, because after extraction they are
indistinguishable from text.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

_ICON_FONT = re.compile(
    r"awesome|icon|glyph|wingding|webdings|dingbat|material|fontello|ionic|emoji",
    re.IGNORECASE,
)
HYPHEN_MARK = "\ufffe"  # a hyphen that splits a word at a line end
_SOFT_HYPHEN = "\x02"  # how pdfium's character API reports that hyphen


@dataclass(frozen=True)
class Word:
    """A run of characters with no gap between them, on one baseline."""

    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    size: float

    @property
    def height(self) -> float:
        """Box height, never zero."""
        return max(self.top - self.bottom, 0.1)


@dataclass
class _Run:
    """Characters collected for the word being built."""

    chars: list[str]
    x0: float
    x1: float
    last_left: float
    bottom: float
    top: float
    size: float

    def word(self) -> Word:
        return Word("".join(self.chars), self.x0, self.x1, self.bottom, self.top, self.size)


class _FontFilter:
    """Remembers, per font handle, whether the font draws icons rather than text."""

    def __init__(self) -> None:
        self._known: dict[int, bool] = {}
        self._buffer = ctypes.create_string_buffer(128)

    def is_icon(self, textpage: pdfium_c.FPDF_TEXTPAGE, index: int) -> bool:
        obj = pdfium_c.FPDFText_GetTextObject(textpage, index)
        font = pdfium_c.FPDFTextObj_GetFont(obj) if obj else None
        if not font:
            return False
        key = ctypes.cast(font, ctypes.c_void_p).value or 0
        if key not in self._known:
            size = pdfium_c.FPDFFont_GetBaseFontName(font, self._buffer, len(self._buffer))
            name = self._buffer.raw[: max(size - 1, 0)].decode("latin-1", "replace")
            self._known[key] = bool(_ICON_FONT.search(name))
        return self._known[key]


def page_words(page: pdfium.PdfPage) -> list[Word]:
    """All words of a page, in content-stream order, icon glyphs removed."""
    textpage = page.get_textpage()
    try:
        return _read_words(textpage.raw)
    finally:
        textpage.close()


def _read_words(textpage: pdfium_c.FPDF_TEXTPAGE) -> list[Word]:
    words: list[Word] = []
    run: _Run | None = None
    fonts = _FontFilter()
    rect = pdfium_c.FS_RECTF()
    for index in range(pdfium_c.FPDFText_CountChars(textpage)):
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage, index))
        if char == _SOFT_HYPHEN:
            char = HYPHEN_MARK
        if char.isspace() or char == "\x00" or fonts.is_icon(textpage, index):
            run = _flush(run, words)
            continue
        pdfium_c.FPDFText_GetLooseCharBox(textpage, index, rect)
        size = pdfium_c.FPDFText_GetFontSize(textpage, index) or (rect.top - rect.bottom)
        if run is not None and not _continues(run, rect, size):
            run = _flush(run, words)
        if run is None:
            run = _Run([], rect.left, rect.right, rect.left, rect.bottom, rect.top, size)
        run.chars.append(char)
        run.x1 = max(run.x1, rect.right)
        run.last_left = rect.left
        run.size = max(run.size, size)
    _flush(run, words)
    return words


def _continues(run: _Run, rect: pdfium_c.FS_RECTF, size: float) -> bool:
    """True when a character sits right after the run on the same baseline.

    Ligatures ("fl" drawn as one glyph) give two characters the same box, so a
    character may start anywhere from the previous one's left edge onwards.
    """
    em = max(run.size, size, 1.0)
    same_line = abs((rect.top + rect.bottom) - (run.top + run.bottom)) / 2 < 0.4 * em
    gap = rect.left - run.x1
    return same_line and rect.left >= run.last_left - 0.1 * em and gap < 0.35 * em


def _flush(run: _Run | None, words: list[Word]) -> None:
    if run is not None and run.chars:
        words.append(run.word())
