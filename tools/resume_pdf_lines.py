"""Undo what page layout did to the text: wrapped bullets, split words, split dates.

A PDF line is a visual line. A bullet that wraps onto three lines is still one
statement, a word hyphenated at the margin is still one word, and a date range
typeset as "June 2022 –" over "Present" is still one range. Rejoining them here
(conservatively, from geometry and a few textual cues) gives the parser whole
units and gives evidence quotes whole sentences.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tools.dates import date_spans, find_dates, find_ranges
from tools.resume_cleanup import has_leading_bullet
from tools.resume_pdf_chars import HYPHEN_MARK
from tools.resume_pdf_layout import Line, Part

_OPEN_RANGE = re.compile(r"(?:19|20)\d{2}\s*[-–—]\s*(?:[A-Za-z]{3,9}\.?)?\s*$")
_RANGE_END = re.compile(
    r"^(?:present|current|now|today|ongoing|(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d{2})$",
    re.IGNORECASE,
)
_RANGE = re.compile(
    r"(?:19|20)\d{2}\s*(?:-|–|—|to)\s*(?:(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d{2}|present|current|now)",
    re.IGNORECASE,
)
_DANGLING = re.compile(r"(?:[-–—,&/]|\b(?:and|or|of|in|for|the|at|with))$")
_HEADING_LIKE = re.compile(r"^[^a-z]{3,40}$")
_LAST_WORD = re.compile(r"[A-Za-z]+$")
_FIRST_WORD = re.compile(r"^[A-Za-z]+")
# An email, a link or a domain: contact lists put one per line, often starting in lower case.
_CONTACT_TOKEN = re.compile(
    r"^\(?(?:\S+@\S+\.\w+|(?:https?://|www\.)\S+"
    r"|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|me|co|ai|app|info|edu|page|site|tech)(?:/\S*)?)"
    r"\)?$",
    re.IGNORECASE,
)
_PATH_TAIL = re.compile(r"^[a-z0-9_-]{1,24}$")  # the rest of a cut link path, alone on a line
_PRESENT = re.compile(r"^(?:present|current|now|today|ongoing)$", re.IGNORECASE)
_TIMELINE_MARKS = "•●○◦·|-–—"
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$", re.IGNORECASE)


def merge_wrapped(
    lines: list[Line], vocabulary: set[str], measure: float | None = None
) -> list[Line]:
    """Join continuation lines onto the line they continue.

    `vocabulary` (lower-case English words) decides whether a word broken at a
    hyphen was hyphenated by the typesetter ("Imple-mented") or is a compound
    ("cloud-native"); pdfium reports both the same way. `measure` is the
    width of the page's text (default: of these lines), against which a line
    counts as wide.
    """
    edges = [_right_edge(lines, line) for line in lines]
    measure = text_width(lines) if measure is None else measure
    merged: list[Line] = []
    last_edge = 0.0
    bullet_open = False
    for line, edge in zip(lines, edges, strict=True):
        starts_bullet = has_leading_bullet(line.text)
        wide = last_edge - (merged[-1].x0 if merged else 0.0) >= 0.45 * measure
        joins = merged and not starts_bullet
        if joins and _continues(merged[-1], line, bullet_open, last_edge, wide):
            merged[-1] = _join(merged[-1], line, vocabulary)
            continue
        merged.append(line)
        last_edge = edge
        bullet_open = starts_bullet
    return merged


def text_width(lines: list[Line]) -> float:
    """From the leftmost start to the rightmost end of some lines."""
    return max((line.x1 for line in lines), default=0.0) - min(
        (line.x0 for line in lines), default=0.0
    )


def _right_edge(lines: list[Line], line: Line) -> float:
    """Where lines starting at the same x end at the most: the paragraph's measure."""
    return max(other.x1 for other in lines if abs(other.x0 - line.x0) < 2.0)


def _continues(prev: Line, line: Line, bullet_open: bool, edge: float, wide: bool) -> bool:
    """Geometry says `line` is the next visual line of the same paragraph."""
    if prev.joined or line.joined or abs(prev.size - line.size) > 0.6:
        return False
    gap = prev.bottom - line.top
    if gap > 0.5 * line.size or gap < -0.5 * line.size:
        return False
    if _broken_link(prev.text, line.text):
        return True
    if _contact_item(prev.text) or _contact_item(line.text):
        return False
    if prev.text.endswith(HYPHEN_MARK):
        return True
    if bullet_open:  # a hanging indent, or a lower-case word wrapped under the bullet
        hanging = prev.x0 + 1.0 < line.x0 < prev.x0 + 3.0 * line.size
        return hanging or (abs(line.x0 - prev.x0) < 2.0 and line.text[:1].islower())
    if abs(line.x0 - prev.x0) >= 2.0 or _RANGE.search(prev.text) or _RANGE.search(line.text):
        return False
    mid_sentence = prev.text[-1:].islower() or prev.text[-1:] in ",;("
    full = wide and mid_sentence and _no_room(prev, line, edge)
    dangling = _DANGLING.search(prev.text) is not None
    return line.text[:1].islower() or dangling or (full and not _HEADING_LIKE.match(line.text))


def _broken_link(prev: str, line: str) -> bool:
    """A link cut at the line end: at a "-" or "/" ("linkedin.com/in/maya-" over
    "okonkwo"), or anywhere in its path when a narrow column ran out
    ("linkedin.com/in/danielreyesdat" over "a")."""
    words = prev.split()
    if not words or not line[:1].isalnum() or not line[:1].islower():
        return False
    last = words[-1]
    if last.endswith(("-", "/", HYPHEN_MARK)):
        return _CONTACT_TOKEN.match(last.rstrip("-/" + HYPHEN_MARK)) is not None
    in_path = "/" in last.split("//")[-1] and _CONTACT_TOKEN.match(last) is not None
    return in_path and _PATH_TAIL.match(line) is not None


def _contact_item(text: str) -> bool:
    """A line that ends or starts with an email or a link: an item of a contact list."""
    words = text.split()
    return bool(words) and any(_CONTACT_TOKEN.match(w) for w in (words[0], words[-1]))


def _no_room(prev: Line, line: Line, edge: float) -> bool:
    """The next line's first word would not have fitted after `prev`: it wrapped."""
    first = line.text.split(" ", 1)[0]
    needed = 0.55 * line.size * (len(first) + 1)  # average glyph width, plus a space
    return edge - prev.x1 < max(needed, 0.04 * (edge - prev.x0))


def _join(prev: Line, line: Line, vocabulary: set[str]) -> Line:
    if prev.text.endswith(HYPHEN_MARK):
        head = prev.text[:-1]
        stem = _LAST_WORD.search(head)
        tail = _FIRST_WORD.match(line.text)
        word = (stem.group(0) if stem else "") + (tail.group(0) if tail else "")
        text = head + line.text if word.lower() in vocabulary else f"{head}-{line.text}"
    elif _broken_link(prev.text, line.text):
        text = prev.text + line.text
    else:
        text = f"{prev.text} {line.text}"
    part = Part(text, prev.x0, max(prev.x1, line.x1), prev.size)
    return replace(prev, parts=(part,), bottom=line.bottom)


def join_split_ranges(lines: list[Line]) -> list[Line]:
    """Move a range end ("Present", "Sep 2025") up to the "June 2022 –" it completes.

    The end may wrap below an open range at the start of a line (a dates
    margin) or at its end (a right-aligned dates cell); either way it sits
    under the open part, on the next line.
    """
    out = _join_stacked_dates(list(lines))
    for k in range(len(out) - 1):
        for index, part in enumerate(out[k].parts):
            if not _OPEN_RANGE.search(part.text):
                continue
            tail = out[k + 1].parts
            below = [n for n, t in enumerate(tail) if _under(t, part) and _RANGE_END.match(t.text)]
            if not below:
                continue
            moved = tail[below[0]]
            text = f"{part.text} {moved.text.strip()}"
            joined = replace(part, text=text, x1=max(part.x1, moved.x1))
            parts = list(out[k].parts)
            parts[index] = joined
            out[k] = replace(out[k], parts=tuple(parts))
            out[k + 1] = replace(out[k + 1], parts=tail[: below[0]] + tail[below[0] + 1 :])
            break
    return [line for line in out if line.parts]


def _join_stacked_dates(lines: list[Line]) -> list[Line]:
    """A timeline's dates, start over end in a strip beside the entry: one range again.

    "Aug 2024 | Data Analyst" over "Apr 2025" (or "Present") under the start
    becomes "Aug 2024 – Apr 2025 | Data Analyst". The start must open a line
    that goes on with the entry, the end must open the next line and not come
    before the start (and both name a month when the end's line goes on with
    the employer); a timeline's dot drawn after the start is dropped.
    """
    out = list(lines)
    for k in range(len(out) - 1):
        parts, below = out[k].parts, out[k + 1].parts
        if not parts or not below or not _under(below[0], parts[0]):
            continue
        if find_ranges(parts[0].text):
            continue
        start, rest = _leading_date(parts[0].text)
        end = _lone_date(below[0].text)
        if start is None or end is None or not (rest or len(parts) > 1):
            continue
        if not _in_order(start, end) or (len(below) > 1 and not _monthly(start, end)):
            continue
        head = parts[0]
        dates = replace(head, text=f"{start} – {end}", x1=max(head.x0 + 1.0, below[0].x1))
        entry = (replace(head, text=rest, x0=dates.x1 + 1.0),) if rest else ()
        others = tuple(p for p in parts[1:] if p.text.strip(_TIMELINE_MARKS + " "))
        out[k] = replace(out[k], parts=(dates, *entry, *others))
        out[k + 1] = replace(out[k + 1], parts=below[1:])
    return [line for line in out if line.parts]


def _monthly(start: str, end: str) -> bool:
    """Both ends name a month (or "Present"): a timeline's, not single years down a column.

    Needed when the end shares its line with the entry ("Feb 2018 | Café
    Lumen"): "2014 | BSc" over "2016 | MSc" are two entries, not a range.
    """
    return all(_PRESENT.match(d) or "-" in (find_dates(d) or ["-"])[0] for d in (start, end))


def _leading_date(text: str) -> tuple[str | None, str]:
    """(the date opening a part, what follows it after a timeline dot), or (None, "")."""
    bare = text.strip()
    spans = date_spans(bare)
    if not spans or spans[0][0] != 0:
        return None, ""
    stop = spans[0][1]
    rest = bare[stop:].strip().lstrip(_TIMELINE_MARKS).strip()
    if rest and not rest[:1].isalpha():
        return None, ""
    return bare[:stop], rest


def _lone_date(text: str) -> str | None:
    """The text of a part that holds one date or "Present" and nothing else, bullets aside."""
    bare = text.strip().strip(_TIMELINE_MARKS).strip()
    if _PRESENT.match(bare):
        return bare
    dates = find_dates(bare)
    spans = date_spans(bare)
    if len(dates) != 1 or len(spans) != 1:
        return None
    begin, stop = spans[0]
    return bare if not (bare[:begin] + bare[stop:]).strip(" .,") else None


def _in_order(start: str, end: str) -> bool:
    """Whether `end` ("Present" or a date) does not come before `start`."""
    if _PRESENT.match(end):
        return True
    first, last = find_dates(start), find_dates(end)
    return bool(first and last) and first[0][:4] <= last[0][:4]


def _under(part: Part, above: Part) -> bool:
    """True when `part` overlaps `above` horizontally (it wrapped from there)."""
    return part.x0 < above.x1 + 2.0 and part.x1 > above.x0 - 2.0


def attach_lone_bullets(lines: list[Line]) -> list[Line]:
    """A bullet glyph that landed on a line of its own belongs to the next line."""
    out: list[Line] = []
    pending: Line | None = None
    for line in lines:
        if has_leading_bullet(line.text) and len(line.text.strip()) <= 2 and not line.joined:
            pending = line
            continue
        if pending is not None and not line.joined:
            first = replace(
                line.parts[0],
                text=f"{pending.text.strip()} {line.parts[0].text}",
                x0=min(pending.x0, line.x0),
            )
            line = replace(line, parts=(first, *line.parts[1:]))
        pending = None
        out.append(line)
    return out


def drop_page_furniture(lines: list[Line], height: float, seen: set[str]) -> list[Line]:
    """Remove page numbers and running headers/footers repeated from earlier pages.

    `seen` collects the margin lines of the pages already read; it is owned by
    the caller for the length of one document.
    """
    kept: list[Line] = []
    margin = 0.07 * height
    for line in lines:
        in_margin = line.top > height - margin or line.bottom < margin
        near_edge = line.top > 0.85 * height or line.bottom < 0.15 * height
        text = line.text.strip()
        if (near_edge and _PAGE_NUMBER.match(text)) or (in_margin and text in seen):
            continue
        if in_margin:
            seen.add(text)
        kept.append(line)
    return kept
