"""A resume as "Jake's Resume" draws it, the LaTeX template most used in tech, printed by Chromium.

The template on a Letter page with narrow margins, in a Computer Modern-like
serif: the name centred, very large, in small capitals; one centred contact
line, "phone | email | linkedin.com/in/x | github.com/x"; small-capital section
names with a full-width rule under them, in the order Education, Experience,
Projects, Technical Skills. Every education and experience entry is two rows of
two columns: **Company** with the dates flush right over *Title* with the
location flush right (**School** and location over *Degree in Field* and dates
for a school), then a tight bulleted list. Projects read "**Name** | *detail*"
with the date on the right; skills are "**Group**: kw1, kw2" lines. The printer
is `html.HtmlPrinter`.
"""

from __future__ import annotations

from html import escape

from evals.render.dates import DateStyle
from evals.render.model import Item, Job, Resume, School
from evals.render.pdf import shown_link

SERIF = '"Latin Modern Roman", "Computer Modern", "CMU Serif", Georgia, "DejaVu Serif", serif'

CSS = f"""
@page {{ size: Letter; margin: 0.5in 0.5in 0.5in 0.5in; }}
* {{ box-sizing: border-box; }}
html, body {{ margin: 0; }}
body {{ color: #000; font-size: 11pt; line-height: 1.2; font-family: {SERIF}; }}
header {{ text-align: center; margin-bottom: 4pt; }}
h1 {{
  font-size: 26pt; font-weight: 700; font-variant: small-caps; margin: 0 0 4pt;
  line-height: 1.1;
}}
.contact {{ font-size: 10pt; margin: 0; }}
.contact .sep {{ padding: 0 4pt; }}
.contact .item {{ white-space: nowrap; }}
h2 {{
  font-size: 13pt; font-weight: 400; font-variant: small-caps; margin: 10pt 0 4pt;
  padding-bottom: 1pt; border-bottom: 0.6pt solid #000;
}}
.entry {{ margin: 0 0 5pt; padding: 0 8pt; break-inside: avoid-page; }}
.row {{ display: flex; justify-content: space-between; align-items: baseline; gap: 12pt; }}
.row .left {{ flex: 1 1 auto; }}
.row .right {{ flex: 0 0 auto; text-align: right; }}
.sub {{ font-size: 10pt; }}
ul {{ margin: 2pt 0 0; padding-left: 18pt; font-size: 10pt; }}
li {{ margin: 0; }}
.skills {{ padding: 0 8pt; font-size: 10pt; }}
.skills p {{ margin: 0 0 1pt; }}
"""


# --- the page ---------------------------------------------------------------------------------


def _bullets(lines: tuple[str, ...]) -> str:
    if not lines:
        return ""
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def _section(title: str, body: str) -> str:
    return f"<section><h2>{escape(title)}</h2>{body}</section>" if body else ""


def _row(left: str, right: str, extra: str = "") -> str:
    """Two columns, the right one flush right; both sides already escaped."""
    classes = f"row {extra}".strip()
    return (
        f'<div class="{classes}"><span class="left">{left}</span>'
        f'<span class="right">{right}</span></div>'
    )


def _strong(text: str) -> str:
    return f"<strong>{escape(text)}</strong>" if text else ""


def _em(text: str) -> str:
    return f"<em>{escape(text)}</em>" if text else ""


def _link_rank(link: str) -> int:
    """LinkedIn first, GitHub second, any other link after them."""
    if "linkedin.com/" in link:
        return 0
    return 1 if "github.com/" in link else 2


def contact_items(resume: Resume) -> list[str]:
    """Phone, email, then the links without their scheme (LinkedIn and GitHub first)."""
    links = sorted((shown_link(link) for link in resume.links), key=_link_rank)
    return [item for item in (resume.phone, resume.email, *links) if item]


def header(resume: Resume) -> str:
    """The name, then one centred line of contacts divided by bars.

    Each item is kept whole, as the template's boxed links are: the line may
    wrap between items, never inside a phone number or a link.
    """
    sep = '<span class="sep">|</span>'
    contact = sep.join(f'<span class="item">{escape(i)}</span>' for i in contact_items(resume))
    return f'<header><h1>{escape(resume.name)}</h1><p class="contact">{contact}</p></header>'


def job(entry: Job, style: DateStyle) -> str:
    """**Company** and dates, then *Title* and location, then the bullets."""
    lines = (entry.summary, *entry.highlights) if entry.summary else entry.highlights
    when = escape(style.range(entry.start, entry.end))
    return (
        f'<div class="entry">{_row(_strong(entry.company), when)}'
        f"{_row(_em(entry.title), _em(entry.location), 'sub')}{_bullets(lines)}</div>"
    )


def school(entry: School, style: DateStyle) -> str:
    """**School** and (no) location, then *Degree in Field* and dates."""
    degree = entry.degree_line
    if entry.score:
        degree = f"{degree}; GPA: {entry.score}" if degree else f"GPA: {entry.score}"
    return (
        f'<div class="entry">{_row(_strong(entry.institution), "")}'
        f"{_row(_em(degree), _em(style.range(entry.start, entry.end)), 'sub')}</div>"
    )


def project(item: Item, style: DateStyle) -> str:
    """ "**Name** | *detail*" and the date, then the bullets."""
    left = _strong(item.title)
    if item.detail:
        left += f" | {_em(item.detail)}"
    when = escape(style.date(item.date)) if item.date else ""
    return f'<div class="entry">{_row(left, when)}{_bullets(item.highlights)}</div>'


def skill_lines(resume: Resume) -> list[str]:
    """ "**Group**: kw1, kw2" per group; groups without keywords share one plain line."""
    lines = [
        f"<p>{_strong(g.name)}: {escape(', '.join(g.keywords))}</p>"
        for g in resume.skills
        if g.keywords
    ]
    bare = [g.name for g in resume.skills if not g.keywords and g.name]
    if bare:
        lines.append(f"<p>{escape(', '.join(bare))}</p>")
    return lines


def jake_html(resume: Resume, style: DateStyle) -> str:
    """The whole page, every text escaped, fonts from the system only."""
    skills = "".join(skill_lines(resume))
    sections = [
        _section("Education", "".join(school(s, style) for s in resume.education)),
        _section("Experience", "".join(job(j, style) for j in resume.work)),
        _section("Projects", "".join(project(p, style) for p in resume.projects)),
        _section("Technical Skills", f'<div class="skills">{skills}</div>' if skills else ""),
    ]
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(resume.name)}</title><style>{CSS}</style></head>"
        f"<body>{header(resume)}{''.join(sections)}</body></html>"
    )
