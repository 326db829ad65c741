"""A resume as Google Docs' built-in résumé templates export it, printed by Chromium.

The "Serif", "Coral" and "Spearmint" templates share one plan on a Letter
page: a very large name with the headline under it, the contact details on
short lines of their own at the top right, and small coloured UPPERCASE
section names ("EXPERIENCE", "EDUCATION", "SKILLS", "AWARDS", "LANGUAGES").
Each job is one line, "**Company**, Location — Job Title", then the dates in
small capitals ("MARCH 2021 - PRESENT"), then a bulleted list. The template
writes its dates one way whatever the resume's own style. The printer is
`html.HtmlPrinter`.
"""

from __future__ import annotations

from html import escape

from evals.render.dates import MONTH_NAMES
from evals.render.model import Item, Job, PartialDate, Resume, School
from evals.render.pdf import shown_link

MONTHS = tuple(m.upper() for m in MONTH_NAMES)
ACCENT = "#d44500"

CSS = f"""
@page {{ size: Letter; margin: 0.6in 0.75in 0.6in 0.75in; }}
* {{ box-sizing: border-box; }}
html, body {{ margin: 0; }}
body {{
  color: #000; font-size: 10pt; line-height: 1.3;
  font-family: "Open Sans", Lato, Arial, "Liberation Sans", sans-serif;
}}
header {{ display: flex; justify-content: space-between; align-items: flex-start; }}
.who {{ flex: 1 1 auto; padding-right: 24pt; }}
h1 {{
  font-family: Merriweather, "Playfair Display", Georgia, "DejaVu Serif", serif;
  font-size: 30pt; font-weight: 700; margin: 0 0 4pt; line-height: 1.1;
}}
.headline {{ font-size: 11pt; margin: 0 0 4pt; }}
.contact {{ flex: 0 0 auto; text-align: right; font-size: 9.5pt; }}
.contact p {{ margin: 0 0 1pt; }}
.intro {{ margin: 12pt 0 0; }}
h2 {{
  font-size: 10pt; font-weight: 700; color: {ACCENT}; margin: 18pt 0 6pt;
  font-family: "Open Sans", Lato, Arial, "Liberation Sans", sans-serif;
}}
.entry {{ margin: 0 0 10pt; }}
.role {{ font-size: 11pt; margin: 0; }}
.when {{ font-size: 8.5pt; color: #666; margin: 2pt 0 3pt; }}
p {{ margin: 0 0 3pt; }}
ul {{ margin: 2pt 0 0; padding-left: 18pt; }}
li {{ margin: 0 0 2pt; }}
"""


# --- the template's dates ---------------------------------------------------------------------


def gdocs_date(value: PartialDate) -> str:
    """ "MARCH 2021", or "2016" when only the year is known."""
    return f"{MONTHS[value.month - 1]} {value.year}" if value.month else str(value.year)


def gdocs_range(start: PartialDate | None, end: PartialDate | None) -> str:
    """ "MARCH 2021 - PRESENT", "JUNE 2019 - FEBRUARY 2021"; the end alone without a start."""
    if start is None:
        return gdocs_date(end) if end else ""
    return f"{gdocs_date(start)} - {gdocs_date(end) if end else 'PRESENT'}"


# --- the page ---------------------------------------------------------------------------------


def _bullets(lines: list[str]) -> str:
    if not lines:
        return ""
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def _section(title: str, body: str) -> str:
    return f"<h2>{escape(title.upper())}</h2>{body}" if body else ""


def _when(start: PartialDate | None, end: PartialDate | None) -> str:
    text = gdocs_range(start, end)
    return f'<p class="when">{escape(text)}</p>' if text else ""


def _role(lead: str, place: str, what: str) -> str:
    """ "<strong>Lead</strong>, Place — What", each part left out when empty."""
    head = f"<strong>{escape(lead)}</strong>" if lead else ""
    if head and place:
        head += f", {escape(place)}"
    if what:
        head = f"{head} — {escape(what)}" if head else escape(what)
    return f'<p class="role">{head}</p>'


def header(resume: Resume) -> str:
    """Name and headline on the left; address, phone, email and links on the right."""
    contact = [resume.location, resume.phone, resume.email]
    contact += [shown_link(link) for link in resume.links]
    lines = "".join(f"<p>{escape(line)}</p>" for line in contact if line)
    label = f'<p class="headline">{escape(resume.label)}</p>' if resume.label else ""
    intro = f'<p class="intro">{escape(resume.summary)}</p>' if resume.summary else ""
    return (
        f'<header><div class="who"><h1>{escape(resume.name)}</h1>{label}</div>'
        f'<div class="contact">{lines}</div></header>{intro}'
    )


def job(entry: Job) -> str:
    """Company, location — title; the dates; summary, highlights and stack as bullets."""
    lines = [entry.summary] if entry.summary else []
    lines += list(entry.highlights)
    if entry.keywords:
        lines.append("Technologies: " + ", ".join(entry.keywords))
    return (
        f'<div class="entry">{_role(entry.company, entry.location, entry.title)}'
        f"{_when(entry.start, entry.end)}{_bullets(lines)}</div>"
    )


def school(entry: School) -> str:
    """School — Degree, Field; then the dates."""
    degree = ", ".join(part for part in (entry.study_type, entry.area) if part)
    score = f"<p>GPA: {escape(entry.score)}</p>" if entry.score else ""
    return (
        f'<div class="entry">{_role(entry.institution, "", degree)}'
        f"{_when(entry.start, entry.end)}{score}</div>"
    )


def skill_lines(resume: Resume) -> list[str]:
    """ "Name: kw1, kw2" per group (the name alone when it lists none)."""
    return [
        f"{group.name}: {', '.join(group.keywords)}" if group.keywords else group.name
        for group in resume.skills
    ]


def _award(item: Item) -> str:
    """ "<strong>Title</strong>, Awarder, YEAR"."""
    tail = [item.detail, gdocs_date(item.date) if item.date else ""]
    rest = "".join(f", {escape(part)}" for part in tail if part)
    return f"<p><strong>{escape(item.title)}</strong>{rest}</p>"


def gdocs_html(resume: Resume) -> str:
    """The whole document as one page of HTML, every text escaped, system fonts only."""
    languages = ", ".join(resume.languages)
    sections = [
        _section("Experience", "".join(job(j) for j in resume.work)),
        _section("Education", "".join(school(s) for s in resume.education)),
        _section("Skills", _bullets(skill_lines(resume))),
        _section("Awards", "".join(_award(a) for a in resume.awards)),
        _section("Languages", f"<p>{escape(languages)}</p>" if languages else ""),
    ]
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(resume.name)}</title><style>{CSS}</style></head>"
        f"<body>{header(resume)}{''.join(sections)}</body></html>"
    )
