"""The top of a resume: whose it is (name) and how they describe themselves (headline).

A name is not found by knowing names (no list would cover them) but by
elimination: among the first lines, the first short run of capitalised words
that is not a heading, a title, a place, a contact detail or a sentence.
"JOHN DOE" is kept as written. A "Name:" label wins over everything.
"""

from __future__ import annotations

import re

from tools.contact import EMAIL, find_phones, is_place
from tools.resume_titles import looks_like_title
from tools.sections import heading_kind

_LABELLED = re.compile(r"^\s*(?:full\s+)?name\s*[:\-–]\s*(?P<value>.+)$", re.IGNORECASE)
_HEADLINE_LABEL = re.compile(
    r"^\s*(?:title|headline|position|role|current role|desired position)"
    r"\s*[:\-–]\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_PARTICLES = frozenset(
    (
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "le",
        "la", "bin", "binti", "ibn", "al", "el", "y", "e",
    )
)
_NOT_NAME_WORDS = frozenset(
    (
        "resume", "résumé", "curriculum", "vitae", "cv", "page", "contact", "profile", "summary",
        "objective", "confidential", "references", "address", "email", "phone", "mobile", "tel",
        "linkedin", "github", "portfolio", "website", "skills", "experience", "education", "inc",
        "ltd", "llc", "gmbh", "corp", "university", "college",
    )
)
_FIELD_SPLIT = re.compile(r"\s*\|\s*|\s+[·•]\s+|\s+[—–-]\s+|\t|\s{2,}")
_EDGE = " ,;:\"'“”‘’"


def find_name(lines: list[str]) -> str | None:
    """The candidate's name from the first lines of the resume."""
    for line in lines:
        labelled = _LABELLED.match(line)
        if labelled and looks_like_name(labelled.group("value").strip()):
            return labelled.group("value").strip()
    for index, line in enumerate(lines):
        for field in _FIELD_SPLIT.split(line):
            candidate = field.strip(_EDGE)
            if looks_like_name(candidate):
                return candidate
            prefix = _name_prefix(candidate) if index < 3 else None
            if prefix:
                return prefix
    return None


def _name_prefix(field: str) -> str | None:
    """A name at the start of a longer field ("Ivan Keeling 87 Example St", "Jo Li, MBA").

    The name is the longest run of two to four capitalised words that ends
    where the text visibly changes: a digit, an acronym after Title-case
    words, a title word, a lower-case word or a comma.
    """
    words = field.split()
    for size in (4, 3, 2):
        if len(words) <= size:
            continue
        head, stop = words[:size], words[size]
        text = " ".join(head).rstrip(",")
        if not looks_like_name(text) and not (head[-1].endswith(",") and looks_like_name(text)):
            continue
        if head[-1].endswith(",") or _stops_name(stop, head):
            return text
    return None


def _stops_name(token: str, head: list[str]) -> bool:
    """True when `token` cannot continue the name `head`."""
    bare = token.strip(_EDGE)
    if not bare or any(ch.isdigit() for ch in bare) or bare[0].islower():
        return True
    acronym = bare.isupper() and len(bare) > 1 and not all(w.isupper() for w in head)
    return acronym or looks_like_title(bare) or bare.lower() in _NOT_NAME_WORDS


def looks_like_name(text: str) -> bool:
    """Two to five capitalised words, no digits or contact details, not a title or place."""
    words = text.split()
    if not 2 <= len(words) <= 5 or len(text) > 48:
        return False
    if EMAIL.search(text) or re.search(r"[\d@/:|()]", text) or "," in text:
        return False
    if heading_kind(text) or looks_like_title(text) or is_place(text):
        return False
    capitalised = 0
    for word in words:
        bare = word.strip(".'’-")
        if bare.lower() in _NOT_NAME_WORDS:
            return False
        if bare.lower() in _PARTICLES:
            continue
        if not bare or not bare[0].isupper() or not all(c.isalpha() or c in ".'’-" for c in word):
            return False
        if len(bare) == 1 and not word.endswith("."):
            return False
        capitalised += 1
    return capitalised >= 2


def find_headline(lines: list[str], name: str | None) -> str | None:
    """The short self-description under the name ("Senior Data Engineer")."""
    for line in lines:
        labelled = _HEADLINE_LABEL.match(line)
        if labelled:
            return labelled.group("value").strip()
    after_name = name is None
    for line in lines:
        if name and name in line:
            after_name = True
            rest = line.replace(name, "", 1).strip(" |,·•—–-")
            if rest and _headline_like(rest):
                return rest
            continue
        if after_name and _headline_like(line):
            return line.strip()
    return None


def _headline_like(line: str) -> bool:
    """A short non-contact, non-heading line that is not a sentence or a place."""
    text = line.strip()
    if not text or len(text.split()) > 14 or text.endswith("."):
        return False
    if EMAIL.search(text) or find_phones(text) or re.search(r"https?://|www\.|\.com/", text):
        return False
    if heading_kind(text) or is_place(text) or _LABELLED.match(text):
        return False
    return re.search(r"[A-Za-z]{3}", text) is not None and not re.match(r"^\s*\w+\s*:", text)
