"""Experience entries from the lines of an experience section.

Every layout seen in the wild keeps one thing constant: each job has one date
range, on a short line near the job's title. So date ranges are the anchors.
Whether an entry's title and company come *before* its dates ("Title /
Company, City / 2019 - 2021") or *after* them ("2019 - 2021 | Title" or
"Title | 2019 - 2021 / Company • City") is decided once per section, from the
first entry: if short header lines precede the first dated line, every entry
owns that many lines before its dates; otherwise entries start at their dates.
Bullets and sentences are description, never header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.resume import ExperienceEntry
from tools.dates import PRESENT, DateRange, find_ranges
from tools.resume_cleanup import BULLET, is_bullet
from tools.resume_fields import fields_with_location, tidy
from tools.resume_headings import is_experience_heading
from tools.resume_names import is_prose, reads_as_name
from tools.resume_titles import looks_like_title, title_words
from tools.sections import heading_kind

_COMPANY_HINT = re.compile(
    r"\b(?:inc|ltd|llc|gmbh|corp|corporation|company|co|plc|ag|group|labs?|technologies"
    r"|solutions|systems|software|bank|university|institute|agency|studio|partners"
    r"|consulting|services|pvt|limited|holdings|ventures|health|hospital)\b\.?",
    re.IGNORECASE,
)
_YEAR = r"(?:(?:19|20)\d{2}|['’]\d{2})"  # "2013", or "'13" as in "Dec. '13"
_MONTH_LEAD = r"(?:[A-Za-z]{3,9}\.?\s+|\d{1,2}[/.-])"
_ENDS_WITH_DATE = re.compile(rf"{_YEAR}\s*[-–—]?\s*$")
_RANGE_END = re.compile(rf"^\s*(?:{PRESENT}|{_MONTH_LEAD}?{_YEAR})\s*$", re.IGNORECASE)
_LONE_DATE = re.compile(rf"^\s*{_MONTH_LEAD}?{_YEAR}\s*[-–—]?\s*$")
_RANGE_END_LEAD = re.compile(
    rf"^\s*(?:{PRESENT}|{_MONTH_LEAD}?{_YEAR})(?=\s+[A-Z])", re.IGNORECASE
)
_AT = re.compile(r"^(?P<title>.+?)\s+(?:at|@)\s+(?P<company>[A-Z0-9].+)$")
_LINK_ONLY = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
_DANGLING = re.compile(r"\s[-–—]\s*$")  # "Disney -": a company line in exported layouts
_LABELLED = re.compile(
    r"^\W*(?:(?P<company>company|employer|organi[sz]ation|firm)|(?P<title>designation|job title"
    r"|title|position(?: held)?|current position|post|role))(?:\s*\d{1,2})?\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
# Project details written as "Label: value" next to a job: never its title or employer.
_DETAIL = re.compile(
    r"^\W*(?:client|environment|technolog(?:y|ies)|tools|platforms?|duration|team size"
    r"|projects?|domain|tel|phone|mobile|e-?mail|updated)\s*:",
    re.IGNORECASE,
)
_COLON = re.compile(r"^(?P<head>[^:]{2,40}?)\s*:\s+(?=\S)")  # "Ole Lounge: Bartender"


@dataclass(frozen=True)
class Job:
    """An experience entry and the date range it was read from (None when undated)."""

    entry: ExperienceEntry
    dates: DateRange | None


def parse_experience(lines: list[str]) -> list[Job]:
    """Experience entries in resume order.

    A line holding nothing but a link (a page footer such as a profile URL)
    is dropped first: between a title and its company it would split them.
    Dates with neither title nor company around them ("June 2016 - Till
    date" written again under "June 2016 to Present") open no job: what
    follows them stays with the job before.
    """
    lines = join_wrapped_ranges([line for line in lines if not _LINK_ONLY.match(line)])
    anchors = [i for i, line in enumerate(lines) if _anchor_range(line) is not None]
    if not anchors:
        return _undated(lines)
    lead = _header_run(lines, anchors[0], 0)
    jobs: list[Job] = []
    for n, anchor in enumerate(anchors):
        floor = anchors[n - 1] + 1 if n else 0
        before = min(lead, _header_run(lines, anchor, floor)) if lead else 0
        last = n + 1 == len(anchors)
        ceiling = len(lines) if last else anchors[n + 1] - _lead_of(lines, anchors, n + 1, lead)
        own = lines[anchor - before : anchor + 1]
        untitled = lead > 0 and not any(looks_like_title(line) for line in own)
        after = _after_run(lines, anchor + 1, ceiling, places_only=lead > 0, want_title=untitled)
        header = lines[anchor - before : anchor]
        body = lines[anchor + 1 + after : ceiling]
        jobs.append(_job(header, lines[anchor], lines[anchor + 1 : anchor + 1 + after], body))
    return _fold_unnamed(jobs)


def _fold_unnamed(jobs: list[Job]) -> list[Job]:
    """Jobs with a title or company; an unnamed one's text goes to the job before it."""
    kept: list[Job] = []
    for job in jobs:
        if job.entry.title or job.entry.company:
            kept.append(job)
        elif kept and job.entry.description:
            last = kept[-1].entry
            text = "\n".join(part for part in (last.description, job.entry.description) if part)
            kept[-1] = Job(last.model_copy(update={"description": text}), kept[-1].dates)
    return kept


def join_wrapped_ranges(lines: list[str]) -> list[str]:
    """Rejoin a range broken over two lines ("...; May 2013" / "present").

    In flattened text the end of a range can share its line with what
    follows ("6/2007" / "present K20 Center, Norman, OK"); after a line that
    is a lone date, that line joins it too.
    """
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        dangling = bool(prev) and _ENDS_WITH_DATE.search(prev) and not find_ranges(prev)
        lone = bool(prev) and _LONE_DATE.match(prev) and not find_ranges(prev)
        if (dangling and _RANGE_END.match(line)) or (lone and _RANGE_END_LEAD.match(line)):
            out[-1] = f"{prev} - {line.strip()}"
        else:
            out.append(line)
    return out


def _lead_of(lines: list[str], anchors: list[int], n: int, lead: int) -> int:
    """How many header lines the n-th entry owns before its dates."""
    return min(lead, _header_run(lines, anchors[n], anchors[n - 1] + 1)) if lead else 0


def _anchor_range(line: str) -> DateRange | None:
    """The date range of a header-like line (not of a sentence or a bullet)."""
    if is_bullet(line):
        return None
    found = find_ranges(line)
    if not found:
        return None
    rest = line[: found[0].begin] + line[found[0].stop :]
    return found[0] if len(rest.split()) <= 16 else None


def has_company_hint(text: str) -> bool:
    """A corporate word in a name ("Ltd", "Technologies", "Bank")."""
    return _COMPANY_HINT.search(text) is not None


_ABBREVIATED_END = re.compile(r"\b(?:inc|ltd|co|corp|llc|plc|gmbh|s\.a|pvt|bros)\.$", re.IGNORECASE)


def header_like(line: str) -> bool:
    """A short line that can carry a title, company or place (not a bullet or sentence)."""
    text = line.strip()
    if not text or is_bullet(text) or len(text.split()) > 12:
        return False
    first = text.split()[0]
    if first[0].islower() and first.islower():  # "iOS Engineer" and "eBay" still count
        return False
    words = text.split()
    last = words[-1].rstrip(".")
    lower = sum(1 for w in words if w.islower())
    told = (last.islower() and len(last) >= 3) or lower >= 2  # "Built it in Looker Studio."
    sentence = text.endswith(".") and not _ABBREVIATED_END.search(text) and told
    return not (sentence and len(words) > 4)


def _header_run(lines: list[str], anchor: int, floor: int) -> int:
    """How many header-like lines sit directly above `anchor` (at most 3)."""
    count = 0
    while count < 3 and anchor - count - 1 >= floor and header_like(lines[anchor - count - 1]):
        count += 1
    if count == 0 and anchor - 1 >= floor and _marked_title(lines[anchor - 1], lines[anchor]):
        return 1
    return count


def _marked_title(line: str, anchor: str) -> bool:
    """A title behind a timeline's dot, read as a bullet, over a line of nothing but dates."""
    dates = _anchor_range(anchor)
    bare = line.removeprefix(BULLET)
    only_dates = dates is not None and not (anchor[: dates.begin] + anchor[dates.stop :]).strip()
    return is_bullet(line) and only_dates and looks_like_title(bare) and not is_prose(bare)


def _after_run(
    lines: list[str], start: int, ceiling: int, *, places_only: bool, want_title: bool = False
) -> int:
    """How many header-like lines right after the dates still belong to the header.

    When the header sits before the dates, only places follow them, except
    for a title when the lines before held none ("Company / 2019 - 2021 /
    Title": the role is written under the dates).
    """
    count = 0
    while count < 3 and start + count < ceiling:
        line = lines[start + count]
        if not header_like(line) or len(line.split()) > 8:
            break
        if places_only and fields_with_location(line)[1] is None:
            if not (want_title and looks_like_title(line) and not is_prose(line)):
                break
            want_title = False
        count += 1
    return count


def _job(before: list[str], anchor: str, after: list[str], body: list[str]) -> Job:
    """Read title, company and place from the header lines around the dates."""
    dates = _anchor_range(anchor)
    assert dates is not None
    head, tail = anchor[: dates.begin].rstrip(), anchor[dates.stop :].lstrip()
    if head.endswith(("(", "[")) and tail.startswith((")", "]")):
        head, tail = head[:-1], tail[1:]
    remainder = tidy(tidy(head) + " | " + tidy(tail))
    remainder = re.sub(r"^(?:from|since)\s+|\s+(?:from|since)$", "", remainder, flags=re.I)
    before = [line.removeprefix(BULLET) for line in before]  # a timeline dot (`_marked_title`)
    title, company, location = _fields([*before, remainder, *after])
    entry = ExperienceEntry(
        title=title,
        company=company,
        location=location,
        start=dates.start,
        end=dates.end,
        current=dates.current,
        description="\n".join(body).strip(),
    )
    return Job(entry, dates)


def _fields(header: list[str]) -> tuple[str | None, str | None, str | None]:
    """Assign the header's fields to title, company and location.

    "Company: X" and "Designation: Y" say which is which; a line ending in a
    dangling dash ("Disney -", "Infosys Limited -  Pune, Maharashtra -") is
    the company line of exported job-board resumes.
    """
    fields: list[str] = []
    named: dict[str, str] = {}
    companies: list[str] = []
    location: str | None = None
    for line in header:
        labelled = _LABELLED.match(line.strip())
        if labelled:
            kind = "company" if labelled.group("company") else "title"
            parts, place = fields_with_location(labelled.group("value"))
            named.setdefault(kind, parts[0] if parts else tidy(labelled.group("value")))
            location = location or place
            continue
        if _DETAIL.match(line) or heading_kind(line) or is_experience_heading(line):
            continue  # a project detail, or a (sub)heading such as "Other Experience"
        line = _COLON.sub(r"\g<head> | ", line, count=1)
        at = _AT.match(line.strip())
        parts, place = fields_with_location(line)
        if at and not place:
            parts = [tidy(at.group("title")), tidy(at.group("company"))]
        parts = [p for p in parts if p]
        if parts and _DANGLING.search(line) and not looks_like_title(parts[0]):
            companies.append(parts[0])
        fields += parts
        location = location or place
    title, company, location = _assign(fields, location, companies)
    return named.get("title", title), named.get("company", company), location


def _assign(
    fields: list[str], location: str | None, companies: list[str]
) -> tuple[str | None, str | None, str | None]:
    """Title by its role words, company by its hint or layout, place from what is left.

    Without a title-like field, a field known to be a company (a corporate
    suffix, or the dangling-dash line) is never taken for the title, and when
    a company was found the entry has no title at all: the other field is a
    place, a period or a project as often as a role. A lone field without a
    role word is the employer. Pieces of sentences (a description line next
    to the dates, see `resume_names`) are neither title nor company.
    """
    titles = [f for f in fields if looks_like_title(f)]
    untitled = [
        f for f in fields if f not in companies and not _COMPANY_HINT.search(f) and reads_as_name(f)
    ]
    title = max(titles, key=title_words) if titles else (untitled[0] if untitled else None)
    if not titles and len(fields) == 1 and reads_as_name(fields[0]):
        title = None  # one field and no role word in it: the employer's name
    rest = [f for f in fields if f != title]
    hinted = [f for f in rest if f in companies] or [f for f in rest if _COMPANY_HINT.search(f)]
    named = [f for f in rest if reads_as_name(f)]
    company = hinted[0] if hinted else (named[0] if named else None)
    leftovers = [f for f in rest if f != company and len(f.split()) <= 4]
    if location is None and leftovers and not looks_like_title(leftovers[0]):
        location = leftovers[0]
    if title is not None and not titles and company is not None:
        title = None  # a company with a stray line ("1st Quarter"), not a role
    return title, company, location


def _undated(lines: list[str]) -> list[Job]:
    """Entries without any dates: each run of header lines starts one."""
    jobs: list[Job] = []
    index = 0
    while index < len(lines):
        run = 0
        while index + run < len(lines) and header_like(lines[index + run]) and run < 3:
            run += 1
        if run == 0:
            index += 1
            continue
        end = index + run
        while end < len(lines) and not header_like(lines[end]):
            end += 1
        title, company, location = _fields(lines[index : index + run])
        if title and looks_like_title(title) and len(title.split()) <= 8:
            entry = ExperienceEntry(title=title, company=company, location=location,
                                    description="\n".join(lines[index + run : end]))
            jobs.append(Job(entry, None))
        index = end
    return jobs
