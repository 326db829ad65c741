"""Reading order for a PDF page: rows of words, then columns, then lines.

A PDF stores glyphs in drawing order, which for designed resumes is anything
but reading order: a sidebar's skills interleave with the main column's jobs
line by line, and a name drawn last ends up at the bottom. This module rebuilds
the order from geometry alone:

1. words are grouped into rows (vertical overlap) and each row into segments
   (runs of words separated by less than 1 em; justified text stays under 0.8);
2. a *gutter* is a vertical strip that (almost) no segment crosses; when one
   exists, and both sides carry real text rather than a margin of dates, the
   page is two columns;
3. rows crossing the gutter (a full-width header) cut the page into bands;
   inside a band the left column is read before the right one, so each
   column's sections stay whole.

Segments on one row of one column are joined with ` | `, which keeps a
right-aligned date on the line of the job it belongs to.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from tools.resume_pdf_chars import Word

SEGMENT_JOIN = " | "
_DATE_LIKE = re.compile(
    r"^(?:\(?\s*(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2}[/.])?(?:19|20)\d{2}\b.*"
    r"|present|current|now|[-–—]\s*present)$",
    re.IGNORECASE,
)
_LOCATION_LIKE = re.compile(r"^[A-Z][\w .'-]+,\s*[A-Z][\w .'-]+$|^remote$", re.IGNORECASE)


@dataclass
class Segment:
    """Words on one row with no wide gap between them."""

    words: list[Word]

    @property
    def x0(self) -> float:
        """Left edge."""
        return self.words[0].x0

    @property
    def x1(self) -> float:
        """Right edge."""
        return self.words[-1].x1

    @property
    def size(self) -> float:
        """Largest font size in the segment."""
        return max(word.size for word in self.words)

    @property
    def text(self) -> str:
        """The words joined by single spaces."""
        return " ".join(word.text for word in self.words)


@dataclass
class Row:
    """Words whose boxes overlap vertically, split into segments left to right."""

    top: float
    bottom: float
    words: list[Word] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)


@dataclass(frozen=True)
class Part:
    """The text and horizontal extent of one segment of an output line."""

    text: str
    x0: float
    x1: float
    size: float


@dataclass(frozen=True)
class Line:
    """One output line: its segments (usually one) and its vertical extent."""

    parts: tuple[Part, ...]
    top: float
    bottom: float

    @property
    def text(self) -> str:
        """The segments joined with ` | `."""
        return SEGMENT_JOIN.join(part.text for part in self.parts)

    @property
    def x0(self) -> float:
        """Left edge of the first segment."""
        return self.parts[0].x0

    @property
    def x1(self) -> float:
        """Right edge of the last segment."""
        return self.parts[-1].x1

    @property
    def size(self) -> float:
        """Largest font size on the line."""
        return max(part.size for part in self.parts)

    @property
    def joined(self) -> bool:
        """Made of several segments (a title and its right-aligned date)."""
        return len(self.parts) > 1


def build_rows(words: list[Word]) -> list[Row]:
    """Group words into rows, top to bottom, and cut each row into segments."""
    rows: list[Row] = []
    for word in sorted(words, key=lambda w: (-w.top, w.x0)):
        row = _matching_row(rows, word)
        if row is None:
            row = Row(word.top, word.bottom)
            rows.append(row)
        row.words.append(word)
    for row in rows:
        row.segments = _segments(sorted(row.words, key=lambda w: w.x0))
    return rows


def _matching_row(rows: list[Row], word: Word) -> Row | None:
    """The open row this word overlaps by at least half its height (recent rows only).

    A tall word (a 24 pt name) spans several lines of small type beside it;
    those lines must not fall into its row together. So a word joins a row
    only if it sits level with the row's words above or below it: a word
    stacked under another one of the row is the next line.
    """
    for row in reversed(rows[-6:]):
        overlap = min(row.top, word.top) - max(row.bottom, word.bottom)
        if overlap >= 0.5 * min(word.height, row.top - row.bottom) and not _stacked(row, word):
            return row
    return None


def _stacked(row: Row, word: Word) -> bool:
    """Whether a word of the row shares the word's x-range but not its line."""
    for other in row.words:
        if min(other.x1, word.x1) - max(other.x0, word.x0) <= 0:
            continue
        level = min(other.top, word.top) - max(other.bottom, word.bottom)
        if level < 0.5 * min(other.height, word.height):
            return True
    return False


def _segments(words: list[Word]) -> list[Segment]:
    segments: list[Segment] = []
    for word in words:
        if segments and word.x0 - segments[-1].x1 < 1.0 * max(word.size, segments[-1].size):
            segments[-1].words.append(word)
        else:
            segments.append(Segment([word]))
    return segments


def text_edges(pages: list[list[Row]]) -> list[int]:
    """x positions where at least three rows of the document start."""
    starts = Counter(round(row.segments[0].x0) for rows in pages for row in rows if row.segments)
    return [x for x, count in starts.items() if count >= 3]


def split_at_text_edges(rows: list[Row], edges: list[int]) -> None:
    """Cut a leading date off a row where the text column starts ("2019 – 2021 | BSc ...").

    Templates that put dates in a left margin leave too small a gap for the
    segment rule; the tell is that the following word starts exactly at an
    x where many other rows start (`text_edges`).
    """
    for row in rows:
        row.segments = [part for seg in row.segments for part in _split_segment(seg, edges)]


def _split_segment(segment: Segment, edges: list[int]) -> list[Segment]:
    for index in range(1, len(segment.words)):
        if not any(abs(segment.words[index].x0 - edge) <= 1.5 for edge in edges):
            continue
        head = Segment(segment.words[:index])
        if _DATE_LIKE.match(head.text) and len(head.words) <= 4:
            return [head, *_split_segment(Segment(segment.words[index:]), edges)]
    return [segment]


def header_size(rows: list[Row]) -> int:
    """How many rows at the top of a page form the header block (name, contact)."""
    count = 1 if rows else 0
    for prev, row in zip(rows, rows[1:6], strict=False):
        size = max(s.size for s in prev.segments + row.segments)
        if prev.bottom - row.top > 1.2 * size:
            break
        count += 1
    return count


def block_gutter(rows: list[Row]) -> tuple[float, float] | None:
    """The widest empty vertical strip across a few rows (a header's name | contact)."""
    segments = sorted((s for row in rows for s in row.segments), key=lambda s: s.x0)
    if len(segments) < 2:
        return None
    best: tuple[float, float] | None = None
    reach = segments[0].x1
    for segment in segments[1:]:
        if segment.x0 > reach and (best is None or segment.x0 - reach > best[1] - best[0]):
            best = (reach, segment.x0)
        reach = max(reach, segment.x1)
    size = max(s.size for s in segments)
    if best is None or best[1] - best[0] < 3 * size or not is_two_columns(rows, best, 1):
        return None
    return best


def find_gutter(rows: list[Row], width: float) -> tuple[float, float] | None:
    """The widest vertical strip in the middle of the page that almost no segment crosses.

    Only strips with text on both sides count (an empty right margin is no gutter).
    """
    if len(rows) < 6 or width <= 0:
        return None
    step = 2.0
    lo, hi = 0.15 * width, 0.85 * width
    centers = [lo + step * k for k in range(int((hi - lo) / step))]
    coverage = _coverage(rows, lo, step, len(centers))
    allowed = max(1, int(0.12 * len(rows)))
    quiet = _runs(centers, coverage, lambda count: count <= allowed)
    runs = [run for run in quiet if _flanked(rows, run)]
    if not runs:
        return None
    best = max(runs, key=lambda run: run[1] - run[0])
    # Inside the low-coverage run, keep the part no more segments cross than the fewest.
    inside = [(x, c) for x, c in zip(centers, coverage, strict=True) if best[0] <= x <= best[1]]
    fewest = min(c for _, c in inside)
    narrowed = _runs([x for x, _ in inside], [c for _, c in inside], lambda c: c == fewest)
    best = max(narrowed, key=lambda run: run[1] - run[0])
    return best if best[1] - best[0] >= 6.0 else None


def _flanked(rows: list[Row], run: tuple[float, float]) -> bool:
    """At least three segments lie wholly on each side of the strip."""
    segments = [s for row in rows for s in row.segments]
    left = sum(1 for s in segments if s.x1 <= run[0] + 1)
    right = sum(1 for s in segments if s.x0 >= run[1] - 1)
    return left >= 3 and right >= 3


def _runs(
    centers: list[float], coverage: list[int], keep: Callable[[int], bool]
) -> list[tuple[float, float]]:
    """Runs of consecutive bins whose coverage passes `keep`, as (first, last) centres."""
    runs: list[tuple[float, float]] = []
    start: int | None = None
    for k, count in enumerate([*coverage, None]):
        if count is not None and keep(count):
            start = k if start is None else start
        elif start is not None:
            runs.append((centers[start], centers[k - 1]))
            start = None
    return runs


def _coverage(rows: list[Row], lo: float, step: float, bins: int) -> list[int]:
    """How many segments cover each bin centre (a difference array, not a scan per bin)."""
    delta = [0] * (bins + 1)
    for row in rows:
        for seg in row.segments:
            first = max(0, math.floor((seg.x0 - lo) / step) + 1)
            last = min(bins, math.ceil((seg.x1 - lo) / step))
            if first < last:
                delta[first] += 1
                delta[last] -= 1
    counts, running = [], 0
    for value in delta[:bins]:
        running += value
        counts.append(running)
    return counts


def is_two_columns(rows: list[Row], gutter: tuple[float, float], min_segments: int = 3) -> bool:
    """True when both sides of the gutter hold running text, not a margin of dates."""
    left = [s for row in rows for s in row.segments if s.x1 <= gutter[0] + 1]
    right = [s for row in rows for s in row.segments if s.x0 >= gutter[1] - 1]
    total = sum(len(s.text) for row in rows for s in row.segments) or 1
    for side in (left, right):
        if len(side) < min_segments or sum(len(s.text) for s in side) < 0.08 * total:
            return False
        marginal = sum(1 for s in side if _DATE_LIKE.match(s.text) or _LOCATION_LIKE.match(s.text))
        if marginal >= 0.5 * len(side):
            return False
    return True


SIDEBAR_SHARE = 0.8  # a sidebar is clearly narrower than the column it sits beside


def order_lines(rows: list[Row], gutter: tuple[float, float] | None) -> list[Line]:
    """Lines in reading order: bands split by full-width rows, left column first."""
    main, side = order_page(rows, gutter)
    return main + side


def order_page(
    rows: list[Row], gutter: tuple[float, float] | None
) -> tuple[list[Line], list[Line]]:
    """(lines in reading order, the sidebar that ends the page), see `order_lines`.

    The sidebar is the last band's second column when it is the narrower
    one: a main column that runs on to the next page must be read on before
    it (a LinkedIn export: main column, page two, then Contact and Top
    Skills). Empty when the page has no such sidebar.
    """
    if gutter is None:
        return [_line(row.segments) for row in rows if row.segments], []
    lines: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for row in rows:
        if any(s.x0 < gutter[0] and s.x1 > gutter[1] for s in row.segments):
            lines += _columns(left, right) + [_line(row.segments)]
            left, right = [], []
            continue
        left_segments = [s for s in row.segments if s.x1 <= gutter[1]]
        right_segments = [s for s in row.segments if s.x1 > gutter[1]]
        if left_segments:
            left.append(_line(left_segments))
        if right_segments:
            right.append(_line(right_segments))
    first, second = (right, left) if _right_first(left, right) else (left, right)
    if first and second and _width(second) < SIDEBAR_SHARE * _width(first):
        return lines + first, second
    return lines + first + second, []


def _width(lines: list[Line]) -> float:
    """How wide a column's text runs."""
    return max(line.x1 for line in lines) - min(line.x0 for line in lines)


def _columns(left: list[Line], right: list[Line]) -> list[Line]:
    """Both columns of a band, one after the other.

    The left column comes first unless the right one holds clearly larger type:
    that is the column with the name (a sidebar of contact details and skills
    on the left, the name heading the main column on the right).
    """
    return right + left if _right_first(left, right) else left + right


def _right_first(left: list[Line], right: list[Line]) -> bool:
    left_size = max((line.size for line in left), default=0.0)
    right_size = max((line.size for line in right), default=0.0)
    return right_size > left_size + 2.0


def _line(segments: list[Segment]) -> Line:
    words = [w for s in segments for w in s.words]
    return Line(
        parts=tuple(Part(s.text, s.x0, s.x1, s.size) for s in segments),
        top=max(w.top for w in words),
        bottom=min(w.bottom for w in words),
    )
