"""Words with positions from a PDF page, read through pdfium's text API.

The layout step needs every word's box and font size; pdfium gives them per
character in a few milliseconds a page (pdfminer.six needs 40-250 ms a page on
the same files, most of it in font parsing). Characters drawn in icon fonts
(FontAwesome phone and envelope glyphs, which often map to ordinary letters
such as `I` or `#`) are dropped here, because after extraction they are
indistinguishable from text.

Text a reader cannot see (white on white, tiny, off the page, covered or
clipped; see `tools.hidden_text`) is taken out here too, character run by
character run, and returned apart so the caller can say what was ignored.
"""

from __future__ import annotations

import ctypes
import math
import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from tools.hidden_text import Glyphs, grey_of, pdf_hidden_reasons

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


@dataclass(frozen=True)
class PageText:
    """A page's visible words, and the words a reader would not see with the reason."""

    words: list[Word]
    hidden: list[tuple[str, Word]]


@dataclass(frozen=True)
class _Style:
    """How a text object draws: icon font or not, colour, opacity, mode, scale."""

    icon: bool
    grey: float
    alpha: int
    mode: int
    scale: float

    @property
    def key(self) -> tuple[float, int, int]:
        """What decides visibility; characters sharing it are judged together."""
        return (self.grey, self.alpha, self.mode)


@dataclass
class _Run:
    """Characters collected for the word being built, each with its box and style."""

    chars: list[str]
    x0: float
    x1: float
    last_left: float
    bottom: float
    top: float
    size: float
    lefts: list[float]
    rights: list[float]
    styles: list[_Style]

    def word(self, keep: list[int] | None = None) -> Word:
        """The word of the kept characters (all by default)."""
        if keep is None:
            return Word("".join(self.chars), self.x0, self.x1, self.bottom, self.top, self.size)
        return Word(
            "".join(self.chars[i] for i in keep),
            min(self.lefts[i] for i in keep),
            max(self.rights[i] for i in keep),
            self.bottom,
            self.top,
            self.size,
        )

    def groups(self) -> list[list[int]]:
        """Indices of consecutive characters drawn in the same style."""
        groups: list[list[int]] = []
        for index, style in enumerate(self.styles):
            if groups and self.styles[groups[-1][-1]].key == style.key:
                groups[-1].append(index)
            else:
                groups.append([index])
        return groups


class _Styles:
    """Remembers each text object's style and each font's icon-ness (per handle)."""

    def __init__(self) -> None:
        self._objects: dict[int, _Style] = {}
        self._fonts: dict[int, bool] = {}
        self._buffer = ctypes.create_string_buffer(128)
        self._rgba = [ctypes.c_uint() for _ in range(4)]
        self._matrix = pdfium_c.FS_MATRIX()

    def of(self, textpage: pdfium_c.FPDF_TEXTPAGE, index: int) -> _Style | None:
        obj = pdfium_c.FPDFText_GetTextObject(textpage, index)
        if not obj:
            return None
        key = ctypes.cast(obj, ctypes.c_void_p).value or 0
        style = self._objects.get(key)
        if style is None:
            style = self._objects[key] = self._read(obj)
        return style

    def _read(self, obj: pdfium_c.FPDF_PAGEOBJECT) -> _Style:
        mode = pdfium_c.FPDFTextObj_GetTextRenderMode(obj)
        colour = (
            pdfium_c.FPDFPageObj_GetStrokeColor
            if mode in (1, 5)
            else (pdfium_c.FPDFPageObj_GetFillColor)
        )
        red, green, blue, alpha = self._rgba
        if not colour(obj, red, green, blue, alpha):
            red.value = green.value = blue.value = 0
            alpha.value = 255
        scale = 1.0
        if pdfium_c.FPDFPageObj_GetMatrix(obj, self._matrix):
            scale = math.hypot(self._matrix.c, self._matrix.d) or 1.0
        return _Style(
            icon=self._is_icon(obj),
            grey=grey_of(red.value, green.value, blue.value),
            alpha=alpha.value,
            mode=mode,
            scale=scale,
        )

    def _is_icon(self, obj: pdfium_c.FPDF_PAGEOBJECT) -> bool:
        font = pdfium_c.FPDFTextObj_GetFont(obj)
        if not font:
            return False
        key = ctypes.cast(font, ctypes.c_void_p).value or 0
        if key not in self._fonts:
            size = pdfium_c.FPDFFont_GetBaseFontName(font, self._buffer, len(self._buffer))
            name = self._buffer.raw[: max(size - 1, 0)].decode("latin-1", "replace")
            self._fonts[key] = bool(_ICON_FONT.search(name))
        return self._fonts[key]


def page_words(page: pdfium.PdfPage) -> list[Word]:
    """All visible words of a page, in content-stream order, icon glyphs removed."""
    return page_text(page).words


def page_text(page: pdfium.PdfPage) -> PageText:
    """Visible words in content-stream order, and the hidden ones apart."""
    textpage = page.get_textpage()
    try:
        runs = _read_runs(textpage.raw)
    finally:
        textpage.close()
    return _split_hidden(page, runs)


def _read_runs(textpage: pdfium_c.FPDF_TEXTPAGE) -> list[_Run]:
    runs: list[_Run] = []
    run: _Run | None = None
    styles = _Styles()
    rect = pdfium_c.FS_RECTF()
    for index in range(pdfium_c.FPDFText_CountChars(textpage)):
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage, index))
        if char == _SOFT_HYPHEN:
            char = HYPHEN_MARK
        if char.isspace() or char == "\x00":
            run = _flush(run, runs)
            continue
        style = styles.of(textpage, index) or _PLAIN
        if style.icon:
            run = _flush(run, runs)
            continue
        pdfium_c.FPDFText_GetLooseCharBox(textpage, index, rect)
        size = pdfium_c.FPDFText_GetFontSize(textpage, index) or (rect.top - rect.bottom)
        if run is not None and not _continues(run, rect, size):
            run = _flush(run, runs)
        if run is None:
            run = _Run(
                [], rect.left, rect.right, rect.left, rect.bottom, rect.top, size, [], [], []
            )
        run.chars.append(char)
        run.lefts.append(rect.left)
        run.rights.append(rect.right)
        run.styles.append(style)
        run.x1 = max(run.x1, rect.right)
        run.last_left = rect.left
        run.size = max(run.size, size)
    _flush(run, runs)
    return runs


_PLAIN = _Style(icon=False, grey=0.0, alpha=255, mode=0, scale=1.0)


def _split_hidden(page: pdfium.PdfPage, runs: list[_Run]) -> PageText:
    """Judge each same-style group of each run; keep what shows, set the rest apart."""
    groups = [(run, group) for run in runs for group in run.groups()]
    glyphs = [_glyphs(run, group) for run, group in groups]
    reasons = pdf_hidden_reasons(page, glyphs)
    hidden_of: dict[int, list[tuple[str, list[int]]]] = {}
    for (run, group), reason in zip(groups, reasons, strict=True):
        if reason is not None:
            hidden_of.setdefault(id(run), []).append((reason, group))
    words: list[Word] = []
    hidden: list[tuple[str, Word]] = []
    for run in runs:
        gone = hidden_of.get(id(run))
        if not gone:
            words.append(run.word())
            continue
        dropped = {index for _, group in gone for index in group}
        keep = [index for index in range(len(run.chars)) if index not in dropped]
        if keep:
            words.append(run.word(keep))
        hidden += [(reason, run.word(group)) for reason, group in gone]
    return PageText(words, hidden)


def _glyphs(run: _Run, group: list[int]) -> Glyphs:
    """A same-style group of a run as `tools.hidden_text` judges it."""
    style = run.styles[group[0]]
    left = min(run.lefts[i] for i in group)
    right = max(run.rights[i] for i in group)
    height = run.top - run.bottom
    size = height / _BOX_PER_POINT if height >= 0.5 else run.size * style.scale
    return Glyphs(
        text="".join(run.chars[i] for i in group),
        box=(left, run.bottom, right, run.top),
        grey=style.grey,
        alpha=style.alpha,
        mode=style.mode,
        size=size,
    )


_BOX_PER_POINT = 1.15  # a loose character box is about 1.15 em tall (ascent + descent)


def _continues(run: _Run, rect: pdfium_c.FS_RECTF, size: float) -> bool:
    """True when a character sits right after the run on the same baseline.

    Ligatures ("fl" drawn as one glyph) give two characters the same box, so a
    character may start anywhere from the previous one's left edge onwards.
    """
    em = max(run.size, size, 1.0)
    same_line = abs((rect.top + rect.bottom) - (run.top + run.bottom)) / 2 < 0.4 * em
    gap = rect.left - run.x1
    return same_line and rect.left >= run.last_left - 0.1 * em and gap < 0.35 * em


def _flush(run: _Run | None, runs: list[_Run]) -> None:
    if run is not None and run.chars:
        runs.append(run)
