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
from tools.resume_places import (
    REMOTE,
    is_country,
    is_known_place,
    is_place_word,
    strip_postal,
)
from tools.resume_titles import title_words

# An apostrophe is legal inside a local part ("romeo.o'connell@..."), never at its ends.
EMAIL = re.compile(
    r"(?<![\w.%+-])(?<!\w['’])[A-Za-z0-9](?:[A-Za-z0-9._%+-]|['’](?=[A-Za-z0-9]))*"
    r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
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
_ITEM_SPLIT = re.compile(r"\s*[|·•◦▪●■♦❖➢►✉☎📞📧~]\s*|\s+[—–-]\s+|\s{2,}|\t|\s+,\s+|\s*;\s*")
_LABEL = re.compile(
    r"^\s*(?:location|address|city|based in|residence|lives in|current location)\s*[:\-–]\s*(.+)$",
    re.IGNORECASE,
)
_PLACE_SHAPE = re.compile(
    r"^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"
    r"(?:,\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}){0,3}$"
)
_TRAILING = ".,;:)]}>'\""
_QUOTES = " \"'“”‘’"
_BASED_IN = re.compile(r"^\s*(?:based|located|living|residing)\s+(?:in|at)\s+", re.IGNORECASE)
# "Austin, TX Home:", "San Francisco, California (Home)" (Europass)
_TRAILING_LABEL = re.compile(
    r"(?:\s+(?:[A-Za-z]+\s*:|\((?i:home|work|office|primary|main|current|permanent)\)))+\s*$"
)
_LEADING_POSTAL = re.compile(r"^\d{4,6}\s+(?=[^\W\d_])")  # "75019 Paris"
_RELOCATE = re.compile(r"\brelocat\w*|\bwilling to\b|\bopen to\b", re.IGNORECASE)
_STREET_WORDS = frozenset(
    (
        "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard",
        "blvd", "way", "court", "ct", "place", "pl", "circle", "highway", "hwy", "apt",
        "apartment", "apartments", "suite", "floor", "box", "p.o", "po", "flat", "flats",
        "house", "building", "block", "sector", "plot", "door", "colony", "cross", "main",
    )
)
_NOT_PLACE_WORDS = frozenset(
    (
        "module", "modules", "university", "college",
        "school", "institute", "limited", "ltd", "inc", "llc", "pvt", "technologies",
        "solutions", "services", "department", "objects", "team", "group", "bank",
        "communications", "center", "centre", "hospital",
    )
)


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


def mask_contacts(text: str) -> str:
    """Emails, URLs and profile links blanked out, offsets kept.

    "http" in a link and "github" in "github.com/jane" are not skills. Bare
    domains stay: "ASP.NET" and "socket.io" look like them.
    """
    for pattern in (EMAIL, _URL, _PROFILE):
        text = _blank_out(text, pattern)
    return text


def _blank_out(text: str, pattern: re.Pattern[str]) -> str:
    """Replace matches by spaces of the same length, so offsets keep their meaning."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def find_location(lines: list[str], *, name: str | None = None) -> str | None:
    """The candidate's location from header lines: labelled, or the best-evidenced place.

    Evidence, strongest first: "City, Region/Country" (3), a known city, region
    or country (2), a "Town, Region"-shaped item in the contact block (1): on
    or next to a line with an email, phone or link. Ties go to the earliest
    line; "willing to relocate to ..." is not where the candidate lives.
    """
    best: tuple[int, str] | None = None
    contact = [_has_contact(line) for line in lines]
    for index, line in enumerate(lines):
        if _RELOCATE.search(line):
            continue
        labelled = _LABEL.match(line)
        if labelled:
            value = _BASED_IN.sub("", labelled.group(1)).strip(" |,")
            score, place = _place(value, contact=True)
            if score:
                return place
            if not re.search(r"\d", value):
                return _TRAILING_LABEL.sub("", value).strip() or value
        near = any(contact[max(0, index - 1) : index + 2])
        for item in _items(line.replace(name, " | ") if name else line):
            score, place = _place(item, contact=near)
            if score and (best is None or score > best[0]):
                best = (score, place)
    return best[1] if best else None


def _has_contact(line: str) -> bool:
    """A line with an email, phone or link: the contact block of a header."""
    links = _URL.search(line) or _PROFILE.search(line) or _DOMAIN.search(line)
    return bool(EMAIL.search(line) or links or find_phones(line))


def _items(line: str) -> list[str]:
    """A header line without its emails, phones and links, cut at separators."""
    text = _URL.sub(" | ", _PROFILE.sub(" | ", EMAIL.sub(" | ", line)))
    for phone in find_phones(text):
        text = text.replace(phone, " | ")
    text = _DOMAIN.sub(" | ", text)
    return [item.strip(" ,") for item in _ITEM_SPLIT.split(text) if item.strip(" ,")]


def _place(item: str, *, contact: bool = False) -> tuple[int, str]:
    """(score, place) for one header item, (0, "") when it is no place (see find_location).

    A street address ("123 Main St, Springfield, IL 62701") is reduced to its
    town and region, postal codes dropped.
    """
    if item.strip().lower() in REMOTE:
        return 1, item.strip()
    labelled = _TRAILING_LABEL.search(item) is not None
    parts = _place_parts(item)
    if not parts:
        return 0, ""
    text = ", ".join(parts)
    if not _PLACE_SHAPE.match(text) or len(text) > 60 or any(len(p.split()) > 4 for p in parts):
        return 0, ""
    if title_words(parts[0]) or any(w.lower() in _NOT_PLACE_WORDS for w in text.split()):
        return 0, ""
    if len(parts) >= 2 and (is_place_word(parts[-1]) or is_country(parts[-1].split()[-1])):
        return 3, text
    last = parts[-1].split()[-1]
    if len(parts) == 1 and " " in parts[0] and last.isupper() and is_place_word(last):
        return 3, text  # "Clayton VIC"
    if any(is_known_place(p) for p in parts):
        return 2, text
    capitalised = all(w[0].isupper() for p in parts for w in p.split())
    plain = contact and capitalised and not labelled and len(parts) == 2
    return (1, text) if plain else (0, "")


def _place_parts(item: str) -> list[str]:
    """The comma parts of an item that can name a place: no label, street or postal code."""
    item = _TRAILING_LABEL.sub("", item.strip(_QUOTES))
    parts = [_LEADING_POSTAL.sub("", strip_postal(p.strip())) for p in item.split(",")]
    parts = [p for p in parts if p]
    numbered = [i for i, p in enumerate(parts) if re.search(r"\d", p) or _street(p)]
    if numbered:
        if numbered[-1] == len(parts) - 1:
            return []
        town = _after_street(parts[numbered[-1]])
        parts = ([town] if town else []) + parts[numbered[-1] + 1 :]
    if len(parts) >= 3:
        parts = parts[-3:] if is_place_word(parts[-2]) else parts[-2:]
    return parts


def _after_street(part: str) -> str | None:
    """The town closing a street part ("2501 N. Main Ave. #4 Oklahoma City" -> "Oklahoma City")."""
    words = part.split()
    marks = [i for i, w in enumerate(words) if re.search(r"\d", w) or _street_word(w)]
    cut = max(marks, default=-1)
    tail = words[cut + 1 :]
    if 1 <= len(tail) <= 3 and all(w[0].isupper() and w.isalpha() for w in tail):
        return " ".join(tail)
    return None


def _street(part: str) -> bool:
    """A street, building or post-box part of an address ("Melvin Street", "PO Box 12")."""
    words = part.split()
    return len(words) > 1 and any(_street_word(w) for w in words)


def _street_word(word: str) -> bool:
    return word.lower().strip(".") in _STREET_WORDS


def is_place(item: str) -> bool:
    """True when `item` reads as a place: "City, ST", a known place, or Remote."""
    return _place(item.strip())[0] >= 2 or item.strip().lower() in REMOTE


def _unique(values: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen
