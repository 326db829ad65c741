"""Who is hiring, for what, and where: title, company and location of a job.

Postings put these facts in a few predictable places: "Key: value" lines, the
first line (the title), a short header block under it ("Acme GmbH — Berlin,
Germany | Hybrid | Full-time"), an "About <Company>" heading, and the opening
"We are looking for a ..." sentence. Explicit forms are tried first, looser
sentence patterns last; when nothing fits, the field stays empty.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from tools.job_sections import ROLE_NOUNS, clean_line, split_heading

Recase = Callable[[str], str]

_NAME = r"[A-Z][\w&.'-]*(?:[ ](?:[A-Z][\w&.'-]*|&|of|and|de|for))*?"
_TITLE_KEY = re.compile(r"^(?:job\s+title|title|position|role|job)\s*:\s*(?P<v>.+)$", re.I)
_COMPANY_KEY = re.compile(r"^(?:company|employer|organi[sz]ation|client)\s*:\s*(?P<v>.+)$", re.I)
_LOCATION_KEY = re.compile(r"^(?:locations?|based in|office|city)\s*:\s*(?P<v>.+)$", re.I)
_ANY_KEY = re.compile(r"^[A-Za-z][\w /-]{1,30}:\s+\S")
_HIRING = re.compile(
    r"\b(?:looking for|hiring|seeking|searching for|recruiting|join (?:us|our team|the team)"
    r" as)\s+(?:an?\s+|our\s+(?:next|first|new)\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?P<t>[A-Z][\w/+#.&-]*(?:[ ](?:[A-Z][\w/+#.&()-]*|of|and|&|/|-)){0,6})"
)
_SEPARATORS = re.compile(r"\s+[—–|·•]\s+|\s+-\s+|\s*\|\s*")
_PARENS = re.compile(r"\s*\([^)]*\)")
_TERMS_PAREN = re.compile(
    r"\s*\((?=[^)]*\b(?:remote|hybrid|on-?site|in[- ]office|office|contract|full[- ]time"
    r"|part[- ]time|temporary|months?|m/f/d|f/m/x|w/m/d|m/w/d|f/m/d|all genders|permanent"
    r"|internship|days?)\b)[^)]*\)",
    re.I,
)
_TERMS_ONLY = re.compile(
    r"^(?:\s|[,/&+]|and|or|with|level|(?:full|part)[- ]time|permanent|contract|temporary"
    r"|internship|freelance|hybrid|remote|fully remote|on-?site|in[- ]office|senior|junior"
    r"|mid|entry|staff|principal|lead|intermediate|mid-level|entry-level|senior-level)+$",
    re.I,
)
_NOT_COMPANY = frozenset({
    "we", "our", "us", "the", "you", "your", "this", "join", "about", "the role",
    "the team", "the job", "the position", "our team", "the company", "a", "an",
})
_COMPANY_SENTENCES = (
    re.compile(rf"(?:^|[.!?]\s+)At (?P<c>{_NAME}),"),
    re.compile(rf"(?:^|[.!?]\s+)(?P<c>{_NAME}) is (?:hiring|looking|seeking|searching|growing)\b"),
    re.compile(rf"\b[Jj]oin (?P<c>{_NAME})(?:'s\b| as\b| in\b| and\b|[,.!])"),
    re.compile(rf"\b(?:team|us|engineers|people) at (?P<c>{_NAME})(?:[,.!;]|\s[a-z])"),
)
_PLACE = r"[A-Z][a-zA-Z.'-]+(?:[ -][A-Z][a-zA-Z.'-]+)*(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?"
_LOCATION_SENTENCE = re.compile(
    rf"\b(?:based (?:in|out of)|located in|offices? in)\s+(?P<p>{_PLACE})"
    rf"|\b(?:in|out of) our (?P<o>{_PLACE}) (?:office|HQ|headquarters|studio|hub)"
    rf"|\b(?i:hybrid|on-?site|in[- ]office|in[- ]person) in\s+(?P<h>{_PLACE})"
)
# A full stop after a word ("TX.", "Berlin."), not after an abbreviation ("St.", "D.C.").
_SENTENCE_END = re.compile(r"(?:(?<=[A-Z]{2})|(?<=[a-z]{3}))\.(?:\s|$)")
_SMALL_WORDS = frozenset({"AND", "OF", "OR", "THE", "FOR", "IN", "AT", "TO"})
_PRONOUNS = re.compile(r"\b(?:we|you|our|your|us|i|we're|you'll|will|are|is)\b", re.I)
_MODE_WORDS = re.compile(r"\b(?:remote|hybrid|on-?site|in[- ]office|office|days?|utc|gmt)\b"
                         r"|\d", re.I)


@dataclass(frozen=True)
class JobHeader:
    """Facts of the posting's opening lines; `lines` holds its header block."""

    title: str | None
    company: str | None
    location: str | None
    title_line: str | None
    lines: tuple[str, ...]


def _lines(text: str) -> list[str]:
    """Non-empty, cleaned lines of the posting."""
    return [c for c in (clean_line(raw) for raw in text.split("\n")) if c]


def _key_value(lines: list[str], pattern: re.Pattern[str]) -> str | None:
    """Value of the first "Key: value" line the pattern accepts."""
    for line in lines[:40]:
        found = pattern.match(line)
        if found and found.group("v").strip():
            return found.group("v").strip().rstrip(".")
    return None


def _is_prose(line: str) -> bool:
    """A sentence rather than a short header or title line."""
    if len(line.split()) > 15 or len(line) > 120 or line.endswith((".", ";", "!", "?")):
        return True
    return bool(re.search(r"[a-z][.!?]\s+[A-Z]", line))


def find_title_line(lines: list[str]) -> int | None:
    """Index of the opening line that names the role, if the posting has one.

    A title is short and impersonal: a line that says "we" or "you" (outside
    parentheses) is the first sentence of the text, not a title.
    """
    for index, line in enumerate(lines[:3]):
        if _is_prose(line):
            return None
        if len(line.split()) > 12 or _PRONOUNS.search(_PARENS.sub("", line)):
            return None
        if ROLE_NOUNS.search(line) and not _ANY_KEY.match(line):
            return index
    return None


def header_block(lines: list[str], start: int) -> list[str]:
    """Short non-prose lines from `start` up to the first section heading."""
    block: list[str] = []
    for line in lines[start : start + 8]:
        if _is_prose(line) or (split_heading(line) and not _ANY_KEY.match(line)):
            break
        block.append(line)
    return block


def recase_from(text: str) -> Recase:
    """A function turning ALL-CAPS words into the casing the text uses elsewhere."""

    def recase(value: str) -> str:
        if not value.isupper():
            return value

        def one(word: re.Match[str]) -> str:
            token = word.group(0)
            pattern = re.compile(rf"(?<![\w]){re.escape(token)}(?![\w])", re.I)
            for seen in pattern.finditer(text):
                if not seen.group(0).isupper() and not seen.group(0).islower():
                    return seen.group(0)
            return token.lower() if token in _SMALL_WORDS else token.capitalize()

        return re.sub(r"[A-Za-z][\w.+#'-]*", one, value)

    return recase


def _place(part: str) -> str:
    """A location part without work-mode notes; "Remote (Europe, UTC+1)" keeps its region."""
    part = part.strip(" ,;")
    if re.match(r"^(?:fully\s+)?remote\b", part, re.I):
        inner = re.search(r"\(([^)]*)\)", part)
        regions = [p.strip() for p in (inner.group(1).split(",") if inner else [])]
        kept = [r for r in regions if r and not _MODE_WORDS.search(r)]
        return f"Remote ({', '.join(kept)})" if kept else "Remote"
    part = _PARENS.sub("", part)
    part = re.split(r"\s*[—–|·]\s*|\s+-\s+", part)[0]
    part = re.sub(r",?\s*\b(?:hybrid|on-?site|in[- ]office|remote)\b.*$", "", part, flags=re.I)
    return part.strip(" ,;")


def _top_level_commas(line: str) -> list[str]:
    """Comma-separated pieces of a line, ignoring commas inside parentheses."""
    return [p.strip() for p in _PARENS.sub("", line).split(",") if p.strip()]


def _header_parts(lines: list[str]) -> tuple[str | None, str | None]:
    """(company, location) read from separator-joined header lines."""
    company: str | None = None
    location: str | None = None
    for line in lines:
        if _ANY_KEY.match(line):
            continue
        parts = [p for p in _SEPARATORS.split(line) if p.strip()]
        if len(parts) == 1 and len(_top_level_commas(line)) >= 3:
            pieces = _top_level_commas(line)
            parts = [pieces[0], line[line.index(",") + 1 :]]
        for part in parts:
            bare = _TERMS_PAREN.sub("", part).strip()
            if re.match(r"^(?:fully\s+)?remote\b", bare, re.I) and "(" in part:
                location = location or _place(part)
            elif not bare or _TERMS_ONLY.match(bare):
                continue
            elif "," in bare:
                location = location or _place(bare)
            elif company is None and not ROLE_NOUNS.search(bare) and len(bare.split()) <= 6:
                company = bare
    return company, location


def _not_title(part: str, company: str | None) -> bool:
    """A title-line part naming the company, a place or the terms, not the role."""
    if company and part.lower() == company.lower():
        return True
    return bool(_TERMS_ONLY.match(part) or "," in part or re.match(r"^remote\b", part, re.I))


def _tidy_title(raw: str, company: str | None, recase: Recase) -> str:
    """Drop company, place and terms parts and notes like "(12-month contract)"."""
    title = _TERMS_PAREN.sub("", recase(raw))
    title = re.split(r"\s+(?:at|@)\s+", title)[0]
    kept: list[str] = []
    for part in re.split(r"(\s+[—–|·]\s+|\s+-\s+)", title):
        bare = part.strip()
        role = not any(ROLE_NOUNS.search(k) for k in kept) and ROLE_NOUNS.search(bare)
        if role or not _not_title(bare, company):
            kept.append(part)
    tidy = "".join(kept).strip()
    return re.sub(r"(?:\s+[—–|·-])+$", "", tidy).strip(" ,:")


def _title_from_sentence(lines: list[str]) -> str | None:
    """"We are looking for a Senior Backend Engineer to ..." → the capitalised role."""
    found = _HIRING.search(" ".join(lines[:12]))
    if not found or not ROLE_NOUNS.search(found.group("t")):
        return None
    title = re.sub(r"\s+(?:to|who|with|for|in|on)\b.*$", "", found.group("t"))
    return re.sub(r"\s+(?:of|and|&|/|-)$", "", title).strip()


def _plausible_company(name: str | None) -> str | None:
    """Reject pronouns, generic phrases and role names that name patterns also catch."""
    if not name:
        return None
    name = name.strip().rstrip(",;:!")
    last = name.split()[-1] if name.split() else ""
    if last.endswith(".") and last.count(".") == 1 and len(last) > 4:
        name = name[:-1]
    if not name or name.lower() in _NOT_COMPANY or name.split()[0].lower() in _NOT_COMPANY:
        return None
    return None if ROLE_NOUNS.search(name) else name


def _company_from_about(lines: list[str], recase: Recase) -> str | None:
    """The name in an "About Acme" heading."""
    for line in lines:
        heading = split_heading(line)
        if heading is None or not heading[0].lower().startswith("about "):
            continue
        name = _plausible_company(recase(heading[0][6:]))
        if name and len(name.split()) <= 5:
            return name
    return None


def _company_from_sentences(lines: list[str]) -> str | None:
    """"At Acme, we ...", "Acme is hiring", "Join Acme as ..."."""
    body = " ".join(lines[:30])
    for pattern in _COMPANY_SENTENCES:
        for found in pattern.finditer(body):
            name = _plausible_company(found.group("c"))
            if name:
                return name
    return None


def _pick_company(header: str | None, about: str | None) -> str | None:
    """Prefer the header's name unless an About heading names someone else."""
    if header and about and about.lower() not in header.lower():
        return about
    return header or about


def _location_from_text(lines: list[str]) -> str | None:
    """"based in Berlin, Germany", "in our Lisbon office", "hybrid in Seattle, WA"."""
    found = _LOCATION_SENTENCE.search(" ".join(lines))
    if not found:
        return None
    place = (found.group("p") or found.group("o") or found.group("h") or "").strip()
    place = _SENTENCE_END.split(place)[0]  # "Austin, TX. Requirements" ends at "TX"
    return place or None


def read_header(text: str) -> JobHeader:
    """Title, company and location of a (normalised) posting."""
    lines = _lines(text)
    recase = recase_from(text)
    at_title = find_title_line(lines)
    block = header_block(lines, 0 if at_title is None else at_title + 1)
    part_company, part_location = _header_parts(block)
    title_text = lines[at_title] if at_title is not None else None
    at_company = re.search(rf"\s(?:at|@)\s+(?P<c>{_NAME})(?:\s*[-–—|(,]|$)", title_text or "")
    company = (
        _plausible_company(_key_value(lines, _COMPANY_KEY))
        or _plausible_company(at_company.group("c") if at_company else None)
        or _pick_company(_plausible_company(part_company), _company_from_about(lines, recase))
        or _company_from_sentences(lines)
    )
    keyed_title = _key_value(lines, _TITLE_KEY)
    raw_title = keyed_title or title_text
    title = _tidy_title(raw_title, company, recase) if raw_title else None
    keyed_place = _key_value(lines, _LOCATION_KEY)
    location = (_place(keyed_place) if keyed_place else None) or part_location
    return JobHeader(
        title=title or _title_from_sentence(lines),
        company=company,
        location=location or _location_from_text(lines),
        title_line=title_text,
        lines=tuple(block),
    )
