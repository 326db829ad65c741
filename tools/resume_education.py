"""Education entries: institution, degree as written, its level, field and graduation year.

Degrees are written in three spellings per degree at least ("BSc", "B.Sc.",
"Bachelor of Science"). The degree is kept as the resume writes it, with its
field when the two make one phrase ("B.Sc. in Physics"), and each spelling
maps to a level ("bachelor") so that a filter on a master's finds the "MSc".
Institutions are recognised by their words (University, College, Institute,
School...) or, failing that, as the field left over once degree, subject,
dates and place are taken out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as default

from core.resume import EducationEntry, EducationLevel
from tools.dates import date_spans, find_dates, find_ranges
from tools.resume_fields import fields_with_location, tidy
from tools.resume_places import US_STATES

_D = r"\.?\s?"  # optional dot and space between a degree's letters
_MBA = rf"\bM{_D}B{_D}A\b\.?|\bMaster of Business Administration\b"
# Each spelling of a degree with its level; earlier rows win at the same position.
DEGREES: tuple[tuple[str, EducationLevel | None], ...] = (
    (rf"\bPh{_D}D\b\.?|\bD{_D}Phil\b\.?|\bDoctor(?:ate)? of Philosophy\b|\bDoctorate\b", "phd"),
    (_MBA, "master"),
    (rf"\bM{_D}Tech\b\.?|\bMaster of Technology\b", "master"),
    (rf"\bM{_D}Eng\b\.?|\bM{_D}E\.(?=\s)|\bMaster of Engineering\b", "master"),
    (rf"\bM{_D}Sc\b\.?|\bM{_D}S\b\.?(?=\s|,|$)|\bMaster of Science\b|\bMasters? in Science\b",
     "master"),
    (rf"\bM{_D}A\b\.?(?=\s|,|$)|\bMaster of Arts\b", "master"),
    (rf"\bM{_D}C{_D}A\b\.?|\bMaster of Computer Applications?\b", "master"),
    (r"\bMaster'?s?(?: degree)?\b|\bMasters\b", "master"),
    (rf"\bB{_D}Tech\b\.?|\bBachelor of Technology\b", "bachelor"),
    (rf"\bB{_D}Eng\b\.?|\bB{_D}E\.(?=\s|,|$)|\bBachelor of Engineering\b", "bachelor"),
    (rf"\bB{_D}Sc\b\.?|\bB{_D}S\b\.?(?=\s|,|$)|\bBachelor of Science\b", "bachelor"),
    (rf"\bB{_D}A\b\.?(?=\s|,|$)|\bBachelor of Arts\b", "bachelor"),
    (rf"\bB{_D}B{_D}A\b\.?|\bBachelor of Business Administration\b", "bachelor"),
    (rf"\bB{_D}Com\b\.?|\bBachelor of Commerce\b", "bachelor"),
    (rf"\bB{_D}C{_D}A\b\.?|\bBachelor of Computer Applications?\b", "bachelor"),
    (r"\bBachelor'?s?(?: degree)?\b|\bBachelors\b", "bachelor"),
    (r"\bAssociate(?:'s)? (?:degree|of \w+)\b|\bA\.?A\.?S\.?\b", "associate"),
    (r"\bHigh School Diploma\b|\bHigh School\b|\bSecondary School\b|\bA-?Levels?\b",
     "high_school"),
    (r"\b(?:Professional |Graduate )?(?:Certificate|Diploma)\b", None),
)
_DEGREE_RES = tuple((re.compile(p, re.IGNORECASE), level) for p, level in DEGREES)
_ANY_DEGREE = re.compile("|".join(f"(?:{p})" for p, _ in DEGREES), re.IGNORECASE)
_MBA_RE = re.compile(_MBA, re.IGNORECASE)
_INSTITUTION = re.compile(
    r"\b(?:universit\w*|college|institute|school|academy|polytechnic|hochschule|universidad"
    r"|université|università|iit|nit|mit|ucla|uc|conservatory|faculty)\b",
    re.IGNORECASE,
)
_NOISE = re.compile(
    r"^(?:specia\w*|major|minor|c?gpa|grade|honou?rs?|thesis|concentration|focus|coursework"
    r"|relevant|dissertation|with|cum laude|magna|summa|first class|distinction|overall|"
    r"expected|graduated|percentage|score|class of)\b",
    re.IGNORECASE,
)
_YEAR_IN_BRACKETS = re.compile(
    r"\(\s*(?:expected|exp\.|class of)?\s*(?:19|20)\d{2}\s*\)", re.IGNORECASE
)
_SCHOOL_AT = re.compile(
    r"(?:[A-Z][\w.&'’-]*\s+)*?(?:University|College|Institute|School)"
    r"(?:\s+of(?:\s+[A-Z][\w.&'’-]*)+)?\s+at\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
)
_FIELD_AFTER = re.compile(
    r"^\s*(?:(?i:in|of)|,|-|–|:)\s*(?P<field>[A-Z][\w&'’/ ()-]*?)"
    r"\s*(?=$|,|;|\||[•·▪]|\s[—–-]\s|\(|\bfrom\b|\bat\b|\d)"
)


@dataclass
class _Draft:
    degree: str | None = None
    level: EducationLevel | None = None
    field: str | None = None
    institution: str | None = None
    years: list[int] = default(default_factory=list)
    others: list[str] = default(default_factory=list)


def parse_education(lines: list[str]) -> list[EducationEntry]:
    """Education entries in resume order."""
    drafts: list[_Draft] = []
    for raw in lines:
        line = raw.removeprefix("- ").strip()
        degree = _degree(line)
        if len(line.split()) > 16 and not (degree and find_ranges(line)):
            continue  # a sentence about studies, not an entry (a degree with dates is one)
        institution = _INSTITUTION.search(line) is not None
        current = drafts[-1] if drafts else None
        starts_new = current is None or (degree and current.degree) or (
            institution and current.institution and not degree
        ) or (
            not (degree or institution) and _opens_with_dates(line) and _dated_entry(current)
        )
        if starts_new:
            current = _Draft()
            drafts.append(current)
        assert current is not None
        _read_line(current, line)
    return [_entry(d) for d in drafts if d.degree or d.institution]


def _opens_with_dates(line: str) -> bool:
    """A line led by its dates ("01/09/2014 – 01/05/2018", Europass writes them first)."""
    ranges = find_ranges(line)
    return bool(ranges) and ranges[0].begin == 0


def _dated_entry(draft: _Draft) -> bool:
    """An entry that already has its dates and a degree or a school: the next dates open another."""
    return bool(draft.years) and bool(draft.degree or draft.institution)


def degree_level(text: str | None) -> EducationLevel | None:
    """The level of the first degree named in `text` ("B.Sc. in Physics" -> "bachelor")."""
    found = _degree(text or "")
    return found[1] if found else None


def _degree(text: str) -> tuple[re.Match[str], EducationLevel | None] | None:
    """The first degree mention in a text and its level."""
    if _ANY_DEGREE.search(text) is None:  # one pass first: most lines name no degree
        return None
    best: tuple[re.Match[str], EducationLevel | None] | None = None
    for pattern, level in _DEGREE_RES:
        for match in pattern.finditer(text):
            if _state_code(text, match):
                continue
            if best is None or match.start() < best[0].start():
                best = (match, level)
            break
    return best


def _state_code(text: str, match: re.Match[str]) -> bool:
    """"MA" in "Cambridge, MA, USA" is Massachusetts, not a Master of Arts."""
    token = match.group(0).strip()
    return token in US_STATES and text[: match.start()].rstrip().endswith(",")


def _read_line(draft: _Draft, line: str) -> None:
    """Fold one line's degree, subject, school and years into the draft."""
    ranges = find_ranges(line)
    years = [r.end or r.start for r in ranges if not r.current]
    if not ranges:
        years = find_dates(line)
    draft.years += [int(y[:4]) for y in years]  # an ongoing degree ("2020 - Present") has none
    text = line
    for found in reversed(ranges):
        text = text[: found.begin] + " | " + text[found.stop :]
    text = _YEAR_IN_BRACKETS.sub(" | ", text)
    for begin, stop in reversed(date_spans(text)):
        text = text[:begin] + " | " + text[stop:]
    degree = _degree(text)
    if degree and draft.degree is None:
        match, draft.level = degree
        draft.degree = tidy(match.group(0))
        after = _FIELD_AFTER.match(text[match.end() :])
        explicit = after is not None and after.group(0).lstrip().lower().startswith(("in ", "of "))
        if after and (explicit or _subject_like(after.group("field"), match.group(0))):
            draft.field = tidy(after.group("field")) or None
            if explicit:  # "B.Sc. in Physics" is one phrase, kept as written
                draft.degree = tidy(text[match.start() : match.end() + after.end()])
            text = text[: match.start()] + " | " + text[match.end() + after.end() :]
        else:
            text = text[: match.start()] + " | " + text[match.end() :]
    campus = _SCHOOL_AT.search(text)
    if campus and draft.institution is None:  # "at" joins the name here, it parts nothing
        draft.institution = campus.group(0)
        text = text[: campus.start()] + " | " + text[campus.end() :]
    fields, place = fields_with_location(text)
    for index, part in enumerate(fields):
        previous = fields[index - 1] if index else ""
        if previous == draft.institution and "universit" in previous.lower() and _campus(part):
            draft.institution = _as_written(text, previous, part)
            continue
        _place_field(draft, part)
    school = draft.institution or ""
    campus_city = place and "," not in place and f"{school}, {place}" in text
    if campus_city and "universit" in school.lower():
        draft.institution = f"{school}, {place}"  # a campus city: "..., Ho Chi Minh City"


def _as_written(text: str, school: str, campus: str) -> str:
    """School and campus joined as the line joins them ("University of Texas at Austin")."""
    joined = re.search(
        re.escape(school) + r"(?P<sep>\s*,\s*|\s+at\s+|\s+[-–—]\s+)" + re.escape(campus), text
    )
    return f"{school}{joined.group('sep')}{campus}" if joined else f"{school}, {campus}"


def _campus(part: str) -> bool:
    """"Berkeley" in "University of California, Berkeley": a campus of a university system."""
    words = part.split()
    return (
        1 <= len(words) <= 4
        and all(w[0].isupper() for w in words if w not in ("of", "and"))
        and not _INSTITUTION.search(part)
        and _degree(part) is None
        and not _NOISE.match(part)
    )


def _subject_like(text: str, degree: str) -> bool:
    """A subject, not a school: no school words, not an acronym, not after an MBA."""
    if _MBA_RE.fullmatch(degree.strip()) or _INSTITUTION.search(text):
        return False
    return not re.fullmatch(r"[A-Z]{2,8}", text.strip())


def _place_field(draft: _Draft, part: str) -> None:
    if _NOISE.match(part) or not re.search(r"[A-Za-z]{2}", part):
        return
    if _INSTITUTION.search(part) and draft.institution is None:
        draft.institution = part
    elif draft.degree and draft.field is None and _subject_like(part, draft.degree):
        draft.field = part
    else:
        draft.others.append(part)


def _entry(draft: _Draft) -> EducationEntry:
    institution = draft.institution
    if institution is None:
        institution = next((o for o in draft.others if len(o.split()) <= 6), None)
    year = max(draft.years) if draft.years else None
    return EducationEntry(
        institution=institution,
        degree=draft.degree,
        field=draft.field,
        graduation_year=year,
        degree_level=draft.level,
    )
