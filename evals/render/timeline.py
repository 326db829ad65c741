"""A resume as modern designer templates (Canva, Novorésumé) draw it, printed by Chromium.

An A4 page in two columns. A coloured sidebar (about a third of the width)
holds the name in large letter-spaced capitals, the headline, the contact
items one per line, SKILLS with a five-dot proficiency meter after every
keyword (the dots are drawn with CSS, not characters) and LANGUAGES. The main
column has letter-spaced capital headings and a timeline: each job is a row
with the dates stacked in a narrow left cell (the start over the end), a
vertical rule with a dot, then **Title**, "Company · Location", the summary and
the bullets. Schools are drawn on the same timeline. The printer is
`html.HtmlPrinter`.
"""

from __future__ import annotations

from html import escape

from evals.render.dates import DateStyle
from evals.render.model import Job, PartialDate, Resume, School
from evals.render.pdf import shown_link

SIDEBAR = "#24384f"
ACCENT = "#3b82a0"
DOTS = 5
SEPARATOR = " · "

CSS = f"""
@page {{ size: A4; margin: 0; }}
* {{ box-sizing: border-box; }}
html, body {{ margin: 0; }}
body {{
  color: #2b2b2b; font-size: 9.5pt; line-height: 1.4;
  font-family: "Montserrat", "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
}}
.sidebar-bg {{ position: fixed; top: 0; bottom: 0; left: 0; width: 32%; background: {SIDEBAR}; }}
.page {{ display: flex; align-items: flex-start; position: relative; }}
.sidebar {{ width: 32%; padding: 16mm 7mm 12mm 9mm; color: #f2f4f7; }}
.main {{ width: 68%; padding: 16mm 12mm 12mm 10mm; }}
.sidebar, .main {{ box-decoration-break: clone; -webkit-box-decoration-break: clone; }}
h1 {{
  font-size: 22pt; font-weight: 700; text-transform: uppercase; letter-spacing: 4px;
  line-height: 1.15; margin: 0 0 6pt;
}}
.headline {{ font-size: 10.5pt; color: #b9d3e0; margin: 0 0 14pt; }}
h2 {{
  font-size: 11pt; font-weight: 700; text-transform: uppercase; letter-spacing: 3px;
  margin: 16pt 0 8pt; padding-bottom: 3pt;
}}
.sidebar h2 {{ border-bottom: 1px solid #6f8aa5; margin-top: 14pt; }}
.main h2 {{ color: {SIDEBAR}; border-bottom: 2px solid {ACCENT}; }}
.main h2:first-child {{ margin-top: 0; }}
.sidebar p {{ margin: 0 0 4pt; font-size: 9pt; overflow-wrap: anywhere; }}
.skill {{
  display: flex; justify-content: space-between; align-items: center; gap: 6pt;
  margin: 0 0 4pt; font-size: 9pt;
}}
.meter {{ flex: 0 0 auto; white-space: nowrap; }}
.dot {{
  display: inline-block; width: 7px; height: 7px; border-radius: 50%; margin-left: 3px;
}}
.dot.on {{ background: #ffffff; }}
.dot.off {{ background: #4d6580; }}
.profile {{ margin: 0 0 4pt; }}
.tl-item {{ display: flex; align-items: stretch; break-inside: avoid-page; }}
.tl-when {{
  flex: 0 0 23%; text-align: right; padding: 1pt 9pt 0 0; font-size: 8.5pt;
  color: #555; line-height: 1.35;
}}
.tl-when p {{ margin: 0; white-space: nowrap; }}
.tl-body {{
  flex: 1 1 auto; position: relative; border-left: 2px solid #c9d6df;
  padding: 0 0 12pt 13pt;
}}
.tl-dot {{
  position: absolute; left: -7px; top: 2pt; width: 12px; height: 12px; border-radius: 50%;
  background: #ffffff; border: 3px solid {ACCENT};
}}
.tl-title {{ font-size: 10.5pt; font-weight: 700; margin: 0; color: #1d1d1d; }}
.tl-org {{ font-size: 9pt; color: {ACCENT}; margin: 0 0 3pt; }}
.tl-body p {{ margin: 0 0 3pt; }}
ul {{ margin: 2pt 0 0; padding-left: 13pt; }}
li {{ margin: 0 0 1.5pt; }}
"""


# --- the sidebar ------------------------------------------------------------------------------


def level(index: int) -> int:
    """A made-up but stable proficiency, 3 to 5 dots: designer templates always show one."""
    return DOTS - index % 3


def meter(filled: int) -> str:
    """Five dots, `filled` of them coloured: empty spans with backgrounds, no characters."""
    filled = max(0, min(DOTS, filled))
    dots = ['<span class="dot on"></span>'] * filled + ['<span class="dot off"></span>'] * (
        DOTS - filled
    )
    return f'<span class="meter">{"".join(dots)}</span>'


def skill_words(resume: Resume) -> list[str]:
    """Every skill keyword, once."""
    return resume.skill_words()


def _block(title: str, body: str) -> str:
    return f"<h2>{escape(title)}</h2>{body}" if body else ""


def sidebar(resume: Resume) -> str:
    """Name, headline, Contact, Skills with meters, Languages."""
    label = f'<p class="headline">{escape(resume.label)}</p>' if resume.label else ""
    contact = [resume.phone, resume.email, resume.location]
    contact += [shown_link(link) for link in resume.links]
    skills = "".join(
        f'<div class="skill"><span>{escape(word)}</span>{meter(level(i))}</div>'
        for i, word in enumerate(skill_words(resume))
    )
    return (
        f"<h1>{escape(resume.name)}</h1>{label}"
        + _block("Contact", "".join(f"<p>{escape(c)}</p>" for c in contact if c))
        + _block("Skills", skills)
        + _block("Languages", "".join(f"<p>{escape(lang)}</p>" for lang in resume.languages))
    )


# --- the timeline -----------------------------------------------------------------------------


def stacked_dates(start: PartialDate | None, end: PartialDate | None, style: DateStyle) -> str:
    """The start over the end ("Mar 2021" over "Present"); the end alone without a start."""
    if start is None:
        lines = [style.date(end)] if end else []
    else:
        lines = [style.date(start), style.date(end) if end else style.present]
    return "".join(f"<p>{escape(line)}</p>" for line in lines)


def _item(when: str, title: str, org: str, body: str) -> str:
    """One timeline row: dates, the rule with its dot, then the entry."""
    head = f'<p class="tl-title">{escape(title)}</p>' if title else ""
    sub = f'<p class="tl-org">{escape(org)}</p>' if org else ""
    return (
        f'<div class="tl-item"><div class="tl-when">{when}</div>'
        f'<div class="tl-body"><span class="tl-dot"></span>{head}{sub}{body}</div></div>'
    )


def _bullets(lines: tuple[str, ...]) -> str:
    if not lines:
        return ""
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def job(entry: Job, style: DateStyle) -> str:
    """**Title**, "Company · Location", the summary and the bullets, dates on the left."""
    org = SEPARATOR.join(part for part in (entry.company, entry.location) if part)
    summary = f"<p>{escape(entry.summary)}</p>" if entry.summary else ""
    return _item(
        stacked_dates(entry.start, entry.end, style),
        entry.title,
        org,
        summary + _bullets(entry.highlights),
    )


def school(entry: School, style: DateStyle) -> str:
    """**Degree in Field**, the institution, the grade when given, dates on the left."""
    grade = f"<p>GPA: {escape(entry.score)}</p>" if entry.score else ""
    return _item(
        stacked_dates(entry.start, entry.end, style),
        entry.degree_line,
        entry.institution,
        grade,
    )


def main_column(resume: Resume, style: DateStyle) -> str:
    """Profile, Experience and Education."""
    profile = f'<p class="profile">{escape(resume.summary)}</p>' if resume.summary else ""
    return (
        _block("Profile", profile)
        + _block("Experience", "".join(job(j, style) for j in resume.work))
        + _block("Education", "".join(school(s, style) for s in resume.education))
    )


def timeline_html(resume: Resume, style: DateStyle) -> str:
    """The whole page, every text escaped, fonts from the system only."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(resume.name)}</title><style>{CSS}</style></head>"
        '<body><div class="sidebar-bg"></div><div class="page">'
        f'<aside class="sidebar">{sidebar(resume)}</aside>'
        f'<main class="main">{main_column(resume, style)}</main></div></body></html>'
    )
