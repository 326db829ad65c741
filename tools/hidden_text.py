"""Text a human reader cannot see: found, taken out, and reported.

A resume is judged on what the recruiter sees. Text that is in the file but
not on the page (white on white, a 1 pt font, drawn off the page or under a
shape, Word's hidden runs, invisible Unicode "tag" characters) has only one
purpose, to move a machine's score, so it is removed before anything is
parsed or scored and the recruiter gets a `hidden_text:` warning saying how
much was ignored and why.

PDF text is judged by looking at the page: it is rendered once (72 dpi,
greyscale) and each run of characters of one style is kept only when its box
on the rendered page shows it, i.e. the box is not one flat colour (nothing
was drawn there, or it was covered or clipped away) and the text's own colour
stands out from what surrounds it. That single test covers white-on-white,
text under a white box, clipped text and fully transparent text alike, and a
white heading on a dark sidebar stays, because it does stand out. An
invisible-mode text layer over a scanned image (OCR) stays for the same reason.
Sizes and page bounds are checked from the text's geometry. The thresholds
leave a wide margin: over 36 real resume and job PDFs, no visible word came
near them (flattest box: 16 grey levels of spread, against 6; closest text
colour: 1.65 spreads from the box mean, against 0.75).
"""

from __future__ import annotations

import ctypes
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

HIDDEN_TEXT = "hidden_text"
MIN_VISIBLE_PT = 4.0  # text set smaller than this is not meant to be read

WHITE_ON_WHITE = "white text on white"
BACKGROUND_COLOUR = "text in its background's colour"
COVERED = "text covered or clipped so it does not show"
TINY = f"text smaller than {MIN_VISIBLE_PT:g} pt"
OFF_PAGE = "text outside the page"
TRANSPARENT = "fully transparent text"
INVISIBLE_MODE = "text drawn in invisible mode"
WORD_HIDDEN = "text formatted as hidden in Word"
UNICODE_TAGS = "invisible Unicode tag characters"
MARKDOWN_COMMENT = "text inside Markdown/HTML comments"

_RENDER_SCALE = 1.0  # 72 dpi: a 6 pt glyph still spans several pixels
_FLAT = 6.0  # grey levels: a box this flat shows no glyph
_NEAR = 24.0  # grey levels: text this close to its surroundings does not stand out
_STANDS_OUT = 0.75  # |text - box mean| / box spread below this: the text is the background
_MIN_ALPHA = 26  # of 255: below 10 % opacity nobody reads it
_INVISIBLE_MODES = frozenset({3, 7})  # PDF text render modes that paint nothing
_TAGS = re.compile("[\U000e0000-\U000e007f]+")
_HAS_WORD = re.compile(r"\w")
_QUOTE_CHARS = 80


@dataclass(frozen=True)
class HiddenText:
    """One line (or run) of text a reader would not see, and why."""

    reason: str
    text: str


@dataclass(frozen=True)
class Glyphs:
    """A run of characters of one style, as drawn on a PDF page.

    `box` is (left, bottom, right, top) in PDF user space; `grey` the text's
    own colour as a grey level 0–255; `size` the font size in points after
    every transformation.
    """

    text: str
    box: tuple[float, float, float, float]
    grey: float
    alpha: int
    mode: int
    size: float


def hidden_text_warning(items: Sequence[HiddenText]) -> str | None:
    """`hidden_text: 2 lines of invisible text were ignored (white text on white): "…"`."""
    items = [item for item in items if item.text.strip()]
    if not items:
        return None
    reasons = list(dict.fromkeys(item.reason for item in items))
    count = len(items)
    noun = "line" if count == 1 else "lines"
    verb = "was" if count == 1 else "were"
    quote = _short(items[0].text)
    return (
        f"{HIDDEN_TEXT}: {count} {noun} of invisible text {verb} ignored "
        f'({"; ".join(reasons)}): "{quote}"'
    )


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _QUOTE_CHARS else flat[: _QUOTE_CHARS - 1].rstrip() + "…"


def grey_of(red: int, green: int, blue: int) -> float:
    """Rec. 601 luma of an sRGB colour, 0–255 (what a greyscale render shows)."""
    return 0.299 * red + 0.587 * green + 0.114 * blue


# --- text files ------------------------------------------------------------------------------


def strip_tag_characters(text: str) -> tuple[str, list[HiddenText]]:
    """Remove Unicode tag characters (U+E0000–E007F), which hide ASCII in plain sight.

    They render as nothing, yet map one to one onto ASCII, so "ASCII
    smuggling" hides whole sentences in them; the decoded text is reported.
    """
    found: list[HiddenText] = []

    def decode(match: re.Match[str]) -> str:
        plain = "".join(chr(ord(ch) - 0xE0000) for ch in match.group(0)).strip()
        if plain:
            found.append(HiddenText(UNICODE_TAGS, plain))
        return ""

    if not _TAGS.search(text):
        return text, []
    return _TAGS.sub(decode, text), found


_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)


def strip_markdown_comments(text: str) -> tuple[str, list[HiddenText]]:
    """Remove `<!-- … -->` from Markdown: a rendered document never shows them."""
    found = [
        HiddenText(MARKDOWN_COMMENT, body.strip())
        for body in _COMMENT.findall(text)
        if _HAS_WORD.search(body)
    ]
    return (_COMMENT.sub("", text), found) if found else (text, [])


# --- PDF ---------------------------------------------------------------------------------------


def pdf_hidden_reasons(page: pdfium.PdfPage, runs: Sequence[Glyphs]) -> list[str | None]:
    """Why each run would not be seen on the page (None: it is seen).

    Runs with no letter or digit are always kept: a stray bullet or rule is
    not worth a warning, and it moves no score.
    """
    reasons: list[str | None] = [None] * len(runs)
    checked: list[int] = []
    for index, run in enumerate(runs):
        if not _HAS_WORD.search(run.text):
            continue
        if run.size < MIN_VISIBLE_PT:
            reasons[index] = TINY
        elif run.alpha < _MIN_ALPHA:
            reasons[index] = TRANSPARENT
        else:
            checked.append(index)
    if not checked:
        return reasons
    view = _PageView(page)
    for index in checked:
        reasons[index] = view.reason(runs[index])
    return reasons


class _PageView:
    """The page rendered in grey, to read what shows inside a box."""

    def __init__(self, page: pdfium.PdfPage) -> None:
        bitmap = page.render(scale=_RENDER_SCALE, grayscale=True, draw_annots=False)
        try:
            grey = bitmap.to_numpy()
        finally:
            bitmap.close()
        self._grey = grey[..., 0] if grey.ndim == 3 else grey
        self.height, self.width = self._grey.shape
        self._axes = _device_axes(page, self.width, self.height)

    def reason(self, run: Glyphs) -> str | None:
        box = self._pixels(run.box)
        if box is None:
            return OFF_PAGE
        x0, y0, x1, y1 = box
        patch = self._grey[y0:y1, x0:x1]
        mean, spread = float(patch.mean()), float(patch.std())
        distance = abs(run.grey - mean)
        if spread < _FLAT:
            if run.mode in _INVISIBLE_MODES or distance >= _NEAR:
                return INVISIBLE_MODE if run.mode in _INVISIBLE_MODES else COVERED
            return WHITE_ON_WHITE if mean > 200 else BACKGROUND_COLOUR
        if run.mode in _INVISIBLE_MODES:
            return None  # an OCR layer over a scanned image: what the image shows
        if distance < _STANDS_OUT * spread:
            return WHITE_ON_WHITE if mean > 200 and run.grey > 200 else BACKGROUND_COLOUR
        return None

    def _pixels(self, box: tuple[float, float, float, float]) -> tuple[int, int, int, int] | None:
        """The box in bitmap pixels, clipped to the page; None when its centre is off the page."""
        (ox, oy), (xx, xy), (yx, yy) = self._axes
        left, bottom, right, top = box
        corners = ((left, bottom), (right, top), (left, top), (right, bottom))
        xs = [ox + x * xx + y * yx for x, y in corners]
        ys = [oy + x * xy + y * yy for x, y in corners]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        if not (0 <= (x0 + x1) / 2 < self.width and 0 <= (y0 + y1) / 2 < self.height):
            return None
        ix0, iy0 = max(math.floor(x0), 0), max(math.floor(y0), 0)
        ix1, iy1 = min(math.ceil(x1), self.width), min(math.ceil(y1), self.height)
        if ix1 <= ix0 or iy1 <= iy0:
            return None
        return ix0, iy0, ix1, iy1


Point = tuple[float, float]


def _device_axes(page: pdfium.PdfPage, width: int, height: int) -> tuple[Point, Point, Point]:
    """Page space → bitmap pixels as origin + x·axis + y·axis (handles crop box and /Rotate)."""
    unit = 1000.0
    device_x, device_y = ctypes.c_int(), ctypes.c_int()

    def to_device(x: float, y: float) -> Point:
        pdfium_c.FPDF_PageToDevice(
            page.raw, 0, 0, width * 64, height * 64, 0, x, y, device_x, device_y
        )
        return device_x.value / 64, device_y.value / 64

    origin = to_device(0.0, 0.0)
    along_x, along_y = to_device(unit, 0.0), to_device(0.0, unit)
    return (
        origin,
        ((along_x[0] - origin[0]) / unit, (along_x[1] - origin[1]) / unit),
        ((along_y[0] - origin[0]) / unit, (along_y[1] - origin[1]) / unit),
    )


def page_image_count(page: pdfium.PdfPage) -> int:
    """How many image objects a page draws (top level): a scan is one big image."""
    count = pdfium_c.FPDFPage_CountObjects(page.raw)
    return sum(
        1
        for index in range(count)
        if pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(page.raw, index))
        == pdfium_c.FPDF_PAGEOBJ_IMAGE
    )
