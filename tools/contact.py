"""Contact details: emails, phone numbers, profile links and the candidate's location.

Everything is returned as printed (a recruiter copies a phone number exactly as
it is written). Phone numbers are the hard part: resumes are full of digit runs
that are not phones, above all date ranges ("2019-2021", "03/2020 - 08/2022"),
so every candidate is checked against the date patterns and needs a phone's
shape (a leading +, an area code in brackets, or several digit groups).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tools.dates import find_dates
from tools.resume_places import REMOTE, is_country, is_place_word
from tools.resume_titles import title_words

EMAIL = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_PHONE = re.compile(
    r"(?<![\w+/.-])(?:\+|00)?(?:\(\+?\d{1,4}\)|\d)[\d \t\u00a0().\-/]{5,24}\d(?![\w/])"
    r"(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,5})?"
)
_URL = re.compile(r"(?:https?://|www\.)[^\s|,;<>()\[\]\"']+", re.IGNORECASE)
_PROFILE = re.compile(
    r"(?<![\w@/.-])(?:[a-z]{2,3}\.)?(?:linkedin\.com|github\.com|gitlab\.com|bitbucket\.org"
    r"|stackoverflow\.com|twitter\.com|x\.com|medium\.com|behance\.net|dribbble\.com"
    r"|kaggle\.com|huggingface\.co|leetcode\.com|codepen\.io|dev\.to|about\.me)"
    r"/[^\s|,;<>()\[\]\"']+",
    re.IGNORECASE,
)
_DOMAIN = re.compile(
    r"(?<![\w@/.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|io|dev|me|net|org|co|ai|app"
    r"|tech|site|page|xyz|info|blog|design|codes)(?:/[^\s|,;<>()\"']*)?(?![\w@.-])",
    re.IGNORECASE,
)
_ITEM_SPLIT = re.compile(r"\s*[|·•◦▪✉☎📞📧]\s*|\s+[—–-]\s+|\s{2,}|\t|\s+,\s+|\s*;\s*")
_LABEL = re.compile(
    r"^\s*(?:location|address|city|based in|residence|lives in|current location)\s*[:\-–]\s*(.+)$",
    re.IGNORECASE,
)
_PLACE_SHAPE = re.compile(
    r"^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"
    r"(?:,\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}){1,3}$"
)
_TRAILING = ".,;:)]}>'\""


def find_emails(text: str) -> list[str]:
    """Email addresses in order of appearance, each once."""
    return _unique(m.group(0).rstrip(".") for m in EMAIL.finditer(text))


def find_phones(text: str) -> list[str]:
    """Phone numbers as printed, each once; date ranges and years are never phones."""
    scrubbed = EMAIL.sub(" ", _URL.sub(" ", text))
    found = (m.group(0).strip(" .-/") for m in _PHONE.finditer(scrubbed))
    return _unique(p for p in found if is_phone(p))


def is_phone(candidate: str) -> bool:
    """A phone's shape: 7-15 digits, not dates, and a +, brackets or digit groups."""
    digits = re.sub(r"\D", "", candidate)
    if not 7 <= len(digits) <= 15:
        return False
    groups = re.findall(r"\d+", candidate)
    if all(re.fullmatch(r"(?:19|20)\d{2}", g) for g in groups):
        return False
    if re.search(r"(?<!\d)(?:0?[1-9]|1[0-2])\s?/\s?(?:19|20)\d{2}(?!\d)", candidate):
        return False
    if find_dates(candidate) and len(groups) <= 3 and "/" in candidate:
        return False
    if re.fullmatch(r"(?:19|20)\d{2}-\d{2}(?:-\d{2})?", candidate):
        return False
    shaped = candidate.startswith(("+", "(", "00")) or len(groups) >= 3
    return shaped or len(digits) >= 10


def find_links(text: str, *, header: str = "") -> list[str]:
    """Profile and web links in order; bare domains ("jane.dev") only from `header`.

    A bare domain elsewhere is too often a technology ("ASP.NET", "Node.js").
    """
    links = _unique(link.rstrip(_TRAILING) for link in _full_links(text))
    head = _blank_out(header, EMAIL)
    for pattern in (_URL, _PROFILE):
        head = _blank_out(head, pattern)
    links += [m.group(0).rstrip(_TRAILING) for m in _DOMAIN.finditer(head)]
    return _unique(links)


def _full_links(text: str) -> list[str]:
    """URLs and profile links (linkedin.com/in/...) in text order."""
    body = _blank_out(text, EMAIL)
    found = [(m.start(), m.group(0)) for p in (_URL, _PROFILE) for m in p.finditer(body)]
    return [link for _, link in sorted(found)]


def _blank_out(text: str, pattern: re.Pattern[str]) -> str:
    """Replace matches by spaces of the same length, so offsets keep their meaning."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def find_location(lines: list[str]) -> str | None:
    """The candidate's location from header lines: labelled, or shaped like a place."""
    best: tuple[int, str] | None = None
    for line in lines:
        labelled = _LABEL.match(line)
        if labelled:
            return labelled.group(1).strip(" |,")
        for item in _items(line):
            score, place = _place(item)
            if score and (best is None or score > best[0]):
                best = (score, place)
    return best[1] if best else None


def _items(line: str) -> list[str]:
    """A header line without its emails, phones and links, cut at separators."""
    text = _URL.sub(" | ", _PROFILE.sub(" | ", EMAIL.sub(" | ", line)))
    for phone in find_phones(text):
        text = text.replace(phone, " | ")
    text = _DOMAIN.sub(" | ", text)
    return [item.strip(" ,") for item in _ITEM_SPLIT.split(text) if item.strip(" ,")]


def _place(item: str) -> tuple[int, str]:
    """(2, place) for "City, Region/Country", (1, place) for the bare shape, else (0, "").

    A street address ("123 Main St, Springfield, USA") is reduced to its last
    two parts.
    """
    if item.lower() in REMOTE:
        return 1, item
    parts = [p.strip() for p in item.split(",")]
    if len(parts) > 3 and is_place_word(parts[-1]):
        parts = parts[-3:] if is_place_word(parts[-2]) and is_country(parts[-1]) else parts[-2:]
        item = ", ".join(parts)
    if re.search(r"\d", item):
        tail = [p for p in parts if not re.search(r"\d", p)]
        if len(tail) < 2 or not is_place_word(tail[-1]) or re.search(r"\d", parts[-1]):
            return 0, ""
        parts = tail[-2:]
        item = ", ".join(parts)
    if len(parts) > 3 or not _PLACE_SHAPE.match(item) or len(item) > 60:
        return 0, ""
    if any(len(p.split()) > 4 for p in parts) or title_words(parts[0]):
        return 0, ""
    return (2 if is_place_word(parts[-1]) else 1), item


def is_place(item: str) -> bool:
    """True when `item` reads as a place: "City, ST", "City, Country" or Remote."""
    return _place(item.strip())[0] == 2 or item.strip().lower() in REMOTE


def _unique(values: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen
