"""A resume as a JSON Resume web theme draws it, printed to PDF by Chromium.

Most real resumes come out of a browser or a word processor, not reportlab:
this look follows the popular JSON Resume themes (a large name, the headline,
one line of contacts, title-case section names such as "Work", the position
before the company, dates on a small line of their own) and is printed by
Chromium through Playwright, as the Chromium/Skia template PDFs were.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from types import TracebackType
from typing import Any

from evals.render.dates import DateStyle
from evals.render.model import Item, Job, Resume, School
from evals.render.pdf import shown_link

CHROMIUM = "/usr/bin/chromium"  # Debian's package (.ci/run installs it); HtmlPrinter takes any
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
)
SEPARATOR = " · "

CSS = """
@page { size: A4; margin: 16mm 17mm; }
* { box-sizing: border-box; }
body {
  margin: 0; color: #222; font-size: 10.5pt; line-height: 1.45;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Liberation Sans", sans-serif;
}
header { margin-bottom: 14pt; }
h1 { font-size: 24pt; font-weight: 700; margin: 0; line-height: 1.15; }
.label { font-size: 13pt; color: #555; margin: 2pt 0 6pt; }
.contact { font-size: 9.5pt; color: #444; margin: 0; }
section { margin-top: 12pt; }
h2 {
  font-size: 12pt; font-weight: 700; color: #1a4d8f; margin: 0 0 6pt;
  padding-bottom: 2pt; border-bottom: 1px solid #d0d7de;
}
.entry { margin-bottom: 9pt; break-inside: avoid-page; }
.entry-title { margin: 0; }
.meta { font-size: 9pt; color: #666; margin: 0 0 3pt; }
p { margin: 0 0 3pt; }
ul { margin: 2pt 0 0; padding-left: 16pt; }
li { margin: 0 0 1pt; }
.tags { list-style: none; padding: 0; margin: 4pt 0 0; }
.tags li {
  display: inline-block; font-size: 8.5pt; color: #333; background: #eef1f5;
  border-radius: 3pt; padding: 0 5pt; margin: 0 3pt 2pt 0;
}
"""


# --- the page ---------------------------------------------------------------------------------


def _join(parts: tuple[str, ...] | list[str], separator: str = SEPARATOR) -> str:
    """Non-empty parts escaped and joined, as a theme's `{{#if}}` blocks would."""
    return separator.join(escape(part) for part in parts if part)


def _bullets(lines: tuple[str, ...]) -> str:
    if not lines:
        return ""
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def _tags(words: tuple[str, ...]) -> str:
    """Keywords as chips, the way themes show a job's stack."""
    if not words:
        return ""
    return '<ul class="tags">' + "".join(f"<li>{escape(w)}</li>" for w in words) + "</ul>"


def _section(title: str, body: str) -> str:
    return f"<section><h2>{escape(title)}</h2>{body}</section>" if body else ""


def header(resume: Resume) -> str:
    """Name, headline, then every contact item on one line."""
    contact = [resume.email, resume.phone, resume.location]
    contact += [shown_link(link) for link in resume.links]
    label = f'<p class="label">{escape(resume.label)}</p>' if resume.label else ""
    return (
        f"<header><h1>{escape(resume.name)}</h1>{label}"
        f'<p class="contact">{_join(contact)}</p></header>'
    )


def job(entry: Job, style: DateStyle) -> str:
    """`<strong>Position</strong>, Company`, a small dates · location line, summary, bullets."""
    strong = f"<strong>{escape(entry.title)}</strong>" if entry.title else ""
    title = ", ".join(part for part in (strong, escape(entry.company)) if part)
    meta = _join([style.range(entry.start, entry.end), entry.location])
    summary = f"<p>{escape(entry.summary)}</p>" if entry.summary else ""
    return (
        f'<div class="entry"><p class="entry-title">{title}</p>'
        f'<p class="meta">{meta}</p>{summary}{_bullets(entry.highlights)}'
        f"{_tags(entry.keywords)}</div>"
    )


def school(entry: School, style: DateStyle) -> str:
    """Institution, then "studyType in area", then the dates."""
    degree = f"<p>{escape(entry.degree_line)}</p>" if entry.degree_line else ""
    score = f'<p class="meta">GPA: {escape(entry.score)}</p>' if entry.score else ""
    return (
        f'<div class="entry"><p class="entry-title"><strong>{escape(entry.institution)}'
        f'</strong></p>{degree}<p class="meta">{escape(style.range(entry.start, entry.end))}'
        f"</p>{score}</div>"
    )


def _skills(resume: Resume) -> str:
    """One line per group: "Name: kw1, kw2, kw3" (the name alone when it has none)."""
    lines = [
        f"<p><strong>{escape(g.name)}:</strong> {_join(g.keywords, ', ')}</p>"
        if g.keywords
        else f"<p>{escape(g.name)}</p>"
        for g in resume.skills
    ]
    return "".join(lines)


def _project(item: Item, style: DateStyle) -> str:
    when = style.date(item.date) if item.date else ""
    detail = f"<p>{escape(item.detail)}</p>" if item.detail else ""
    meta = f'<p class="meta">{escape(when)}</p>' if when else ""
    return (
        f'<div class="entry"><p class="entry-title"><strong>{escape(item.title)}</strong></p>'
        f"{meta}{detail}{_bullets(item.highlights)}</div>"
    )


def _dated_line(item: Item, style: DateStyle) -> str:
    """A certificate or award: "<strong>Title</strong>, Issuer · date"."""
    tail = _join([item.detail, style.date(item.date) if item.date else ""])
    return f"<p><strong>{escape(item.title)}</strong>{', ' + tail if tail else ''}</p>"


def html_resume(resume: Resume, style: DateStyle) -> str:
    """The whole page, every text escaped, fonts from the system only."""
    sections = [
        _section("About", f"<p>{escape(resume.summary)}</p>" if resume.summary else ""),
        _section("Work", "".join(job(j, style) for j in resume.work)),
        _section("Volunteer", "".join(job(v, style) for v in resume.volunteer)),
        _section("Education", "".join(school(s, style) for s in resume.education)),
        _section("Skills", _skills(resume)),
        _section("Projects", "".join(_project(p, style) for p in resume.projects)),
        _section("Certificates", "".join(_dated_line(c, style) for c in resume.certificates)),
        _section("Awards", "".join(_dated_line(a, style) for a in resume.awards)),
        _section("Languages", f"<p>{_join(resume.languages)}</p>" if resume.languages else ""),
    ]
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(resume.name)}</title><style>{CSS}</style></head>"
        f"<body>{header(resume)}{''.join(sections)}</body></html>"
    )


# --- printing ---------------------------------------------------------------------------------


class PrinterUnavailable(RuntimeError):
    """Chromium or Playwright is not installed, so HTML cannot be printed."""


class HtmlPrinter:
    """One headless Chromium for many pages: launching it costs more than printing."""

    def __init__(self, executable: str = CHROMIUM) -> None:
        self.executable = executable
        self._driver: Any = None
        self._browser: Any = None

    def __enter__(self) -> HtmlPrinter:
        if not Path(self.executable).exists():
            raise PrinterUnavailable(f"Chromium not found at {self.executable}")
        try:
            from playwright.sync_api import sync_playwright
        except ImportError as exc:
            raise PrinterUnavailable("Playwright is not installed") from exc
        self._driver = sync_playwright().start()
        try:
            self._browser = self._driver.chromium.launch(
                executable_path=self.executable, args=list(CHROMIUM_ARGS)
            )
        except Exception as exc:
            self._driver.stop()
            raise PrinterUnavailable(f"Chromium did not start: {exc}") from exc
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._browser is not None:
            self._browser.close()
        if self._driver is not None:
            self._driver.stop()
        self._browser = self._driver = None

    def pdf(self, html: str) -> bytes:
        """The page printed as the browser's print dialog would, backgrounds included."""
        if self._browser is None:
            raise RuntimeError("HtmlPrinter is used outside its `with` block")
        page = self._browser.new_page()
        try:
            page.set_content(html, wait_until="load")
            return page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
        finally:
            page.close()


def print_page(page: str, printer: HtmlPrinter | None = None) -> bytes:
    """A page as PDF; without an open printer, one is started for this page alone."""
    if printer is not None:
        return printer.pdf(page)
    with HtmlPrinter() as own:
        return own.pdf(page)
