"""Skills a resume lists that the taxonomy does not know.

No taxonomy holds every tool ("Maven", "Flash", "Toad", "Camtasia"), and a
candidate who lists one in their skills section has said in so many words
that it is a skill. So the items of a skills list are kept as written when
the taxonomy names nothing in them, under strict rules, because a skills
section also holds sentences, sub-list labels and years of use:

* only list lines count: three or more items separated by ``, ; | •``
  (after a "Label:" prefix is cut off), or a column of three or more lines
  of one or two items each, most naming a skill the taxonomy knows (the
  same list laid out narrow); a line of prose is not a list;
* years of use ("(Less than 1 year)", "(3 years)") are removed first; they
  often wrap onto the next line;
* a line naming a place or a school is an address or a degree, not a list;
* an item is one to three words, at most 30 characters, with a letter in
  it and no ordinary word ("and", "with", "knowledge", ...) that makes it
  a phrase rather than a name, not a version-only token ("XP", "2008"),
  nor a single lower-case word shaped like ordinary English ("developing",
  "contracts"), nor a link, a section heading or a role;
* an item in which the taxonomy finds a skill is left to the taxonomy.

Each kept item is trimmed of bullets and edge punctuation, and kept once
(case-insensitive), first mention first.
"""

from __future__ import annotations

import re

from tools.contact import mask_contacts
from tools.resume_places import is_known_place, is_place_word, strip_postal
from tools.resume_titles import looks_like_title
from tools.sections import heading_kind
from tools.taxonomy import SOFT_SKILL, SPOKEN_LANGUAGE, Taxonomy

_YEARS_OF_USE = re.compile(r"\s*\(\s*(?:less than\s+)?[\d.]*\s*\+?\s*years?\s*\)", re.I)
_LABEL = re.compile(r"^\W*[A-Za-z][\w &/+.'-]{0,40}?\s*:\s*")
_SEPARATORS = re.compile(r"\s*[,;|•·▪]\s*")
_EDGE = " \t-–—*•·▪◦>:&[]\"'"
_ORDINARY_WORD = re.compile(r"^[a-z]+(?:ing|ly|ment|ments|tion|tions|ed|er|ers|ity|ive|al|s)$")
_WEB_ADDRESS = re.compile(r"\.(?:com|org|edu|net|io|co)\b|/\w", re.I)
_INSTITUTION = re.compile(r"\b(?:university|college|institute|school|academy)\b", re.I)
_VERSION_ONLY = re.compile(r"^(?:[\d.x/+-]+|v\d[\w.]*|xp|nt|me|vista|\d+(?:bit|-bit))$", re.I)
MIN_ITEMS = 3
MAX_WORDS = 3
MAX_CHARS = 30
_PHRASE_WORDS = frozenset(
    {
        "a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "with", "using", "via",
        "like", "etc", "including", "knowledge", "experience", "experienced", "basic", "basics",
        "good", "strong", "working", "familiar", "familiarity", "proficient", "years", "year",
        "skills", "skill", "ability", "able", "other", "various", "tools", "less", "than",
        "is", "are", "was", "have", "has", "my", "i", "we", "also", "such", "as",
    }
)


def _items(line: str) -> list[str]:
    """The separated pieces of one line, after its "Label:" prefix."""
    body = _LABEL.sub("", line, count=1)
    items = [item.strip(_EDGE).rstrip(".") for item in _SEPARATORS.split(body)]
    return [item for item in items if item]


def _in_skill_column(taxonomy: Taxonomy, pieces: list[list[str]], index: int) -> bool:
    """A short line among short lines, most of which name a skill the taxonomy knows.

    The known neighbours show the column is a list of skills rather than
    headings, personal qualities or roles, which are laid out the same way.
    """
    if not 1 <= len(pieces[index]) <= 2:
        return False
    window = pieces[max(0, index - MIN_ITEMS + 1) : index + MIN_ITEMS]
    short = [p for p in window if 1 <= len(p) <= 2]
    known = [p for p in short if any(_technical(taxonomy, item) for item in p)]
    return len(short) >= MIN_ITEMS and 2 * len(known) >= len(short)


def _technical(taxonomy: Taxonomy, item: str) -> bool:
    """Whether the taxonomy names a skill other than a soft skill or a language in an item."""
    return any(
        taxonomy.category(m.name) not in {SOFT_SKILL, SPOKEN_LANGUAGE}
        for m in taxonomy.find(item)
    )


def _list_items(taxonomy: Taxonomy, lines: list[str]) -> list[str]:
    """Items of the list lines: a line of several items, or a column of one-item lines.

    The same list is laid out either way ("Go, Kafka, Redis" or one per
    line in a narrow column), so both count. A line naming a place or a
    school is an address or a degree that ran into the section, not a list.
    """
    pieces = [_items(line) for line in lines]
    found: list[str] = []
    for index, items in enumerate(pieces):
        if len(items) < MIN_ITEMS and not _in_skill_column(taxonomy, pieces, index):
            continue
        if _INSTITUTION.search(lines[index]) or any(_is_place(i) for i in items):
            continue
        found += items
    return found


def _is_place(item: str) -> bool:
    """A state, country, city or postal code."""
    return is_place_word(item) or is_known_place(item) or strip_postal(item) != item


def _is_name(item: str) -> bool:
    """One to three words that read as a tool's name, not a phrase or a version."""
    words = item.split()
    if not 1 <= len(words) <= MAX_WORDS or len(item) > MAX_CHARS:
        return False
    if not re.search(r"[A-Za-z]", item) or len(item) < 2 or ":" in item:
        return False  # "Religion: Hindu" is a labelled fact, not a tool
    if any(w.casefold().strip(".()") in _PHRASE_WORDS for w in words):
        return False
    if item.count("(") != item.count(")") or _ORDINARY_WORD.match(item):
        return False  # a cut-off piece, or an ordinary word ("developing", "contracts")
    if _WEB_ADDRESS.search(item) or heading_kind(item) or looks_like_title(item):
        return False  # a link, a section heading or a role, not a tool
    return not all(_VERSION_ONLY.match(w) for w in words)


def unlisted_skill_items(
    taxonomy: Taxonomy, section_lines: list[str], known: list[str]
) -> list[str]:
    """Items of the skills-list lines that the taxonomy names nothing in (see module doc)."""
    text = _YEARS_OF_USE.sub("", mask_contacts("\n".join(section_lines)))
    seen = {name.casefold() for name in known}
    found: list[str] = []
    for item in _list_items(taxonomy, text.splitlines()):
        key = " ".join(item.casefold().split())
        if key in seen or not _is_name(item) or taxonomy.canonical(item) or taxonomy.find(item):
            continue
        seen.add(key)
        found.append(" ".join(item.split()))
    return found
