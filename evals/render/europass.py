"""A Europass CV as the EU's online editor exports it, printed by Chromium.

An A4 page: the name, then the personal information as label/value rows
("Email address:", "Phone number:", "Website:", "Address:"), then UPPERCASE
section names over a rule ("WORK EXPERIENCE", "EDUCATION AND TRAINING",
"LANGUAGE SKILLS", "DIGITAL SKILLS"). Each job opens with a line of Europass
dates ("01/03/2021 – CURRENT") and the place, then the TITLE in bold capitals,
then the employer on a line of its own, then the description and bullets. The
editor writes its dates one way whatever the resume's own style. The printer is
`html.HtmlPrinter`.
"""

from __future__ import annotations

import re
from html import escape

from evals.render.model import Job, PartialDate, Resume, School
from evals.render.pdf import shown_link

ACCENT = "#0e4194"
NATIVE = re.compile(r"\b(native|mother)", re.IGNORECASE)
_FLUENCY = re.compile(r"^(.*?)\s*\(([^()]*)\)$")
_PROFILE_LABELS = (("linkedin.com", "LinkedIn"), ("github.com", "GitHub"))

CSS = f"""
@page {{ size: A4; margin: 15mm 16mm; }}
* {{ box-sizing: border-box; }}
html, body {{ margin: 0; }}
body {{
  color: #222; font-size: 9.5pt; line-height: 1.35;
  font-family: Arial, "Liberation Sans", Helvetica, sans-serif;
}}
h1 {{ font-size: 22pt; font-weight: 700; margin: 0 0 8pt; line-height: 1.15; }}
.info {{ margin: 0 0 6pt; }}
.info p {{ margin: 0 0 2pt; }}
.info .label {{ font-weight: 700; margin-right: 4pt; }}
h2 {{
  font-size: 11pt; font-weight: 700; color: {ACCENT}; margin: 16pt 0 8pt;
  padding-bottom: 3pt; border-bottom: 1px solid {ACCENT};
}}
.entry {{ margin: 0 0 10pt; }}
.when {{ font-size: 8.5pt; color: #555; margin: 0 0 2pt; }}
.place {{ margin-left: 10pt; }}
.title {{ font-size: 10.5pt; font-weight: 700; margin: 0 0 1pt; }}
.org {{ margin: 0 0 3pt; }}
p {{ margin: 0 0 3pt; }}
ul {{ margin: 2pt 0 0; padding-left: 16pt; }}
li {{ margin: 0 0 1pt; }}
"""


# --- the editor's dates -----------------------------------------------------------------------


def europass_date(value: PartialDate) -> str:
    """ "01/03/2021" (day 01 when only the month is known), or "2016" when only the year is."""
    return f"01/{value.month:02d}/{value.year}" if value.month else str(value.year)


def europass_range(start: PartialDate | None, end: PartialDate | None) -> str:
    """ "01/03/2021 – CURRENT", "01/06/2019 – 01/02/2021"; the end alone without a start."""
    if start is None:
        return europass_date(end) if end else ""
    return f"{europass_date(start)} – {europass_date(end) if end else 'CURRENT'}"


# --- the page ---------------------------------------------------------------------------------


def _bullets(lines: tuple[str, ...]) -> str:
    if not lines:
        return ""
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def _section(title: str, body: str) -> str:
    return f"<h2>{escape(title.upper())}</h2>{body}" if body else ""


def _when(start: PartialDate | None, end: PartialDate | None, place: str = "") -> str:
    """The dates, then the place after a gap."""
    dates = escape(europass_range(start, end))
    where = f'<span class="place">{escape(place)}</span>' if place else ""
    if not dates and not where:
        return ""
    gap = " " if dates and where else ""
    return f'<p class="when"><span>{dates}</span>{gap}{where}</p>'


def _link_label(url: str) -> str:
    shown = shown_link(url)
    for domain, label in _PROFILE_LABELS:
        if re.match(rf"^(www\.)?{re.escape(domain)}/", shown):
            return label
    return "Website"


def personal_rows(resume: Resume) -> list[tuple[str, str]]:
    """The personal information as (label, value) rows, empty values left out."""
    rows = [("Email address", resume.email), ("Phone number", resume.phone)]
    rows += [(_link_label(link), shown_link(link)) for link in resume.links]
    if resume.location:
        rows.append(("Address", f"{resume.location} (Home)"))
    return [(label, value) for label, value in rows if value]


def header(resume: Resume) -> str:
    """The name, then one "Label: value" row per personal detail."""
    rows = "".join(
        f'<p><span class="label">{escape(label)}:</span> {escape(value)}</p>'
        for label, value in personal_rows(resume)
    )
    return f'<h1>{escape(resume.name)}</h1><div class="info">{rows}</div>'


def job(entry: Job) -> str:
    """Dates and place; TITLE; employer; description and highlights."""
    title = f'<p class="title">{escape(entry.title.upper())}</p>' if entry.title else ""
    org = f'<p class="org">{escape(entry.company)}</p>' if entry.company else ""
    summary = f"<p>{escape(entry.summary)}</p>" if entry.summary else ""
    return (
        f'<div class="entry">{_when(entry.start, entry.end, entry.location)}{title}{org}'
        f"{summary}{_bullets(entry.highlights)}</div>"
    )


def school(entry: School) -> str:
    """Dates; DEGREE IN FIELD; institution; the final grade when given."""
    line = entry.degree_line
    title = f'<p class="title">{escape(line.upper())}</p>' if line else ""
    org = f'<p class="org">{escape(entry.institution)}</p>' if entry.institution else ""
    grade = (
        f'<p><span class="label">Final grade:</span> {escape(entry.score)}</p>'
        if entry.score
        else ""
    )
    return f'<div class="entry">{_when(entry.start, entry.end)}{title}{org}{grade}</div>'


def split_languages(languages: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Mother tongues and other languages, by the fluency in "Language (fluency)"."""
    mother, other = [], []
    for text in languages:
        match = _FLUENCY.match(text)
        name, fluency = (match.group(1), match.group(2)) if match else (text, "")
        (mother if NATIVE.search(fluency) else other).append(name)
    return mother, other


def language_lines(resume: Resume) -> list[str]:
    """ "Mother tongue(s): English", "Other language(s): Spanish, Igbo"."""
    mother, other = split_languages(resume.languages)
    lines = [f"Mother tongue(s): {', '.join(mother)}"] if mother else []
    if other:
        lines.append(f"Other language(s): {', '.join(other)}")
    return lines


def digital_skills(resume: Resume) -> list[str]:
    """Every skill keyword, then the jobs' stacks, once."""
    return resume.skill_words(with_job_stacks=True)


def europass_html(resume: Resume) -> str:
    """The whole CV as one page of HTML, every text escaped, system fonts only."""
    languages = "".join(f"<p>{escape(line)}</p>" for line in language_lines(resume))
    skills = " | ".join(digital_skills(resume))
    sections = [
        _section("Work experience", "".join(job(j) for j in resume.work)),
        _section("Education and training", "".join(school(s) for s in resume.education)),
        _section("Language skills", languages),
        _section("Digital skills", f"<p>{escape(skills)}</p>" if skills else ""),
    ]
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(resume.name)}</title><style>{CSS}</style></head>"
        f"<body>{header(resume)}{''.join(sections)}</body></html>"
    )
