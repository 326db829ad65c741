"""A resume as LinkedIn's "Save to PDF" profile export lays it out, printed by Chromium.

The export is the resume recruiters receive most: a narrow grey sidebar
(Contact, Top Skills, Languages, Certifications, Honors-Awards) beside the main
column (name, headline, location, then Summary, Experience and Education). Each
position is the company in bold, the title, then LinkedIn's own date line,
"March 2021 - Present (4 years 4 months)", whatever the resume's own style; a
"Page 1 of 2" footer closes every page. The printer is `html.HtmlPrinter`.
"""

from __future__ import annotations

import re
from datetime import date
from html import escape

from evals.common import REFERENCE_DATE
from evals.render.dates import MONTH_NAMES
from evals.render.model import Job, PartialDate, Resume, School
from evals.render.pdf import shown_link

TOP_SKILLS = 3

CSS = """
@page {
  size: Letter; margin: 0.45in 0 0.6in 0;
  @bottom-center {
    content: "Page " counter(page) " of " counter(pages);
    font-family: Arial, "Liberation Sans", Helvetica, sans-serif;
    font-size: 8.5pt; color: #666;
  }
}
* { box-sizing: border-box; }
html, body { margin: 0; }
body {
  color: #181818; font-size: 10pt; line-height: 1.35;
  font-family: Arial, "Liberation Sans", Helvetica, sans-serif;
}
.sidebar-bg { position: fixed; top: 0; bottom: 0; left: 0; width: 30%; background: #f3f3f3; }
.page { display: flex; align-items: flex-start; position: relative; }
.sidebar { width: 30%; padding: 0 0.3in 0 0.4in; }
.main { width: 70%; padding: 0 0.5in 0 0.35in; }
h1 { font-size: 24pt; font-weight: 400; margin: 0 0 4pt; line-height: 1.15; }
.headline { font-size: 11.5pt; margin: 0 0 3pt; }
.where { font-size: 10pt; color: #b0b0b0; margin: 0 0 14pt; }
h2 { font-size: 14pt; font-weight: 400; margin: 14pt 0 6pt; }
h3 { font-size: 11.5pt; font-weight: 400; margin: 14pt 0 4pt; }
.sidebar h3:first-child { margin-top: 0; }
.sidebar p { margin: 0 0 3pt; font-size: 9.5pt; }
.entry { margin: 0 0 12pt; }
.company { font-weight: 700; font-size: 11pt; margin: 0; }
.title { font-size: 10.5pt; margin: 0; }
.when, .place { color: #b0b0b0; margin: 0; }
.main p { margin: 0 0 2pt; }
.text { margin-top: 5pt; }
"""


# --- LinkedIn's date lines --------------------------------------------------------------------


def _month_index(value: PartialDate, end: bool) -> int:
    """Months since year 0; a year-only start is January, a year-only end December."""
    return value.year * 12 + (value.month or (12 if end else 1)) - 1


def months_inclusive(start: PartialDate, end: PartialDate | None, today: date) -> int:
    """Months from the start month to the end month (or `today`), both counted."""
    last = _month_index(end, True) if end else today.year * 12 + today.month - 1
    return last - _month_index(start, False) + 1


def duration(months: int) -> str:
    """ "1 month", "1 year", "1 year 2 months", "6 years": LinkedIn's wording."""
    years, rest = divmod(max(months, 0), 12)
    parts = []
    if years:
        parts.append(f"{years} year{'s' if years > 1 else ''}")
    if rest or not years:
        parts.append(f"{rest} month{'s' if rest != 1 else ''}")
    return " ".join(parts)


def _date(value: PartialDate) -> str:
    return f"{MONTH_NAMES[value.month - 1]} {value.year}" if value.month else str(value.year)


def date_line(start: PartialDate | None, end: PartialDate | None, today: date) -> str:
    """ "March 2021 - Present (4 years 4 months)", "2016 - 2018 (3 years)"."""
    if start is None:
        return _date(end) if end else ""
    span = f"{_date(start)} - {_date(end) if end else 'Present'}"
    months = months_inclusive(start, end, today)
    return f"{span} ({duration(months)})" if months > 0 else span


def school_line(entry: School) -> str:
    """ "Bachelor of Science, Computer Science · (2021 - 2025)"; "· (2025)" with an end only.

    A start without an end is still in progress: "(2020 - Present)", so it does
    not read as a graduation year.
    """
    degree = ", ".join(part for part in (entry.study_type, entry.area) if part)
    start, end = entry.start, entry.end
    if start and end:
        when = f"({start.year} - {end.year})"
    elif end:
        when = f"({end.year})"
    elif start:
        when = f"({start.year} - Present)"
    else:
        when = ""
    return " · ".join(part for part in (degree, when) if part)


# --- the page ---------------------------------------------------------------------------------


def contact_link(url: str, personal: str = "") -> str:
    """ "www.linkedin.com/in/maya (LinkedIn)", "maya.dev (Personal)", "github.com/maya (Other)"."""
    shown = shown_link(url)
    if re.match(r"^(www\.)?linkedin\.com/", shown):
        return f"www.{shown.removeprefix('www.')} (LinkedIn)"
    return f"{shown} ({'Personal' if url == personal else 'Other'})"


def _block(title: str, lines: list[str], tag: str = "h3") -> str:
    if not lines:
        return ""
    body = "".join(f"<p>{escape(line)}</p>" for line in lines if line)
    return f"<{tag}>{escape(title)}</{tag}>{body}"


def top_skills(resume: Resume) -> list[str]:
    """The first skill keywords (a group's name when it lists none)."""
    words = [w for group in resume.skills for w in (group.keywords or (group.name,)) if w]
    return words[:TOP_SKILLS]


def sidebar(resume: Resume) -> str:
    """Contact, Top Skills, Languages, Certifications, Honors-Awards."""
    contact = [resume.email, resume.phone]
    contact += [contact_link(link, resume.url) for link in resume.links]
    return (
        _block("Contact", [c for c in contact if c])
        + _block("Top Skills", top_skills(resume))
        + _block("Languages", list(resume.languages))
        + _block("Certifications", [c.title for c in resume.certificates])
        + _block("Honors-Awards", [a.title for a in resume.awards])
    )


def position(entry: Job, today: date) -> str:
    """Company (bold), title, date line, location, then the user's own text."""
    lines = [
        f'<p class="company">{escape(entry.company)}</p>' if entry.company else "",
        f'<p class="title">{escape(entry.title)}</p>' if entry.title else "",
    ]
    when = date_line(entry.start, entry.end, today)
    lines.append(f'<p class="when">{escape(when)}</p>' if when else "")
    lines.append(f'<p class="place">{escape(entry.location)}</p>' if entry.location else "")
    text = [entry.summary] if entry.summary else []
    text += [f"- {line}" for line in entry.highlights]
    if text:
        body = "".join(f"<p>{escape(line)}</p>" for line in text)
        lines.append(f'<div class="text">{body}</div>')
    return f'<div class="entry">{"".join(lines)}</div>'


def school(entry: School) -> str:
    """School (bold), then "Degree, Field · (YYYY - YYYY)"."""
    line = school_line(entry)
    return (
        f'<div class="entry"><p class="company">{escape(entry.institution)}</p>'
        + (f"<p>{escape(line)}</p>" if line else "")
        + "</div>"
    )


def main_column(resume: Resume, today: date) -> str:
    """Name, headline, location, Summary, Experience, Education."""
    parts = [f"<h1>{escape(resume.name)}</h1>"]
    if resume.label:
        parts.append(f'<p class="headline">{escape(resume.label)}</p>')
    if resume.location:
        parts.append(f'<p class="where">{escape(resume.location)}</p>')
    if resume.summary:
        parts.append(f"<h2>Summary</h2><p>{escape(resume.summary)}</p>")
    if resume.work:
        parts.append("<h2>Experience</h2>" + "".join(position(j, today) for j in resume.work))
    if resume.education:
        parts.append("<h2>Education</h2>" + "".join(school(s) for s in resume.education))
    return "".join(parts)


def linkedin_html(resume: Resume, today: date = REFERENCE_DATE) -> str:
    """The whole export as one page of HTML; durations run to `today` for a current job."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(resume.name)}</title><style>{CSS}</style></head>"
        '<body><div class="sidebar-bg"></div><div class="page">'
        f'<aside class="sidebar">{sidebar(resume)}</aside>'
        f'<main class="main">{main_column(resume, today)}</main></div></body></html>'
    )
