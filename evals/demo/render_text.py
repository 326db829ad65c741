"""Plain-text resumes in four heading styles: UPPERCASE, Markdown, "Label:" and underlined.

Real text resumes mark sections in many ways; a parser should find them all.
"""

from __future__ import annotations

from collections.abc import Callable

from evals.demo.model import Look, Person
from evals.demo.wording import (
    contact_items,
    date_span,
    degree_line,
    language_item,
    languages_line,
    link_label,
    place,
    skills_line,
)

TEXT_LAYOUTS = ("upper", "markdown", "colon", "underline")


def render_text(person: Person, look: Look) -> bytes:
    """The resume as UTF-8 text in the look's layout."""
    renderers: dict[str, Callable[[Person, Look], list[str]]] = {
        "upper": _upper,
        "markdown": _markdown,
        "colon": _colon,
        "underline": _underline,
    }
    lines = renderers[look.layout](person, look)
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")


def _upper(person: Person, look: Look) -> list[str]:
    """Name and headings in capitals, entries as title / place / dates blocks."""
    out = [person.name.upper(), person.headline, " | ".join(contact_items(person)), ""]
    out += ["SUMMARY", person.summary, "", "EXPERIENCE"]
    for p in person.positions:
        out += [p.title, place(p), date_span(look, p)]
        out += [f"{look.bullet} {b}" for b in p.bullets]
        out.append("")
    if person.projects:
        out.append("PROJECTS")
        out += [f"{x.name} - {x.description}" for x in person.projects]
        out.append("")
    out.append("EDUCATION")
    out += [f"{degree_line(d)}, {d.institution}, {d.year}" for d in person.education]
    out += ["", "SKILLS", skills_line(person), ""]
    if person.certifications:
        out += ["CERTIFICATIONS", *person.certifications, ""]
    if person.languages:
        out += ["LANGUAGES", languages_line(person)]
    return out


def _markdown(person: Person, look: Look) -> list[str]:
    """Markdown headings, bold titles and italic date lines."""
    out = [f"# {person.name}", "", f"**{person.headline}**", ""]
    out += [f"{person.email} · {person.phone} · {person.location}"]
    out += [f"<{link}>" for link in person.links]
    out += ["", "## Profile", "", person.summary, "", "## Experience", ""]
    for p in person.positions:
        out += [f"### {p.title} — {p.company}", f"*{p.location} · {date_span(look, p)}*", ""]
        out += [f"- {b}" for b in p.bullets]
        out.append("")
    if person.projects:
        out += ["## Projects", ""]
        out += [f"- **{x.name}**: {x.description}" for x in person.projects]
        out.append("")
    out += ["## Education", ""]
    out += [f"- **{degree_line(d)}**, {d.institution} ({d.year})" for d in person.education]
    out += ["", "## Skills", "", skills_line(person, " · "), ""]
    if person.certifications:
        out += ["## Certifications", "", *[f"- {c}" for c in person.certifications], ""]
    if person.languages:
        out += ["## Languages", "", *[f"- {language_item(x)}" for x in person.languages]]
    return out


def _colon(person: Person, look: Look) -> list[str]:
    """Labelled fields ("Email: ..."), one line per job with pipes."""
    out = [f"Name: {person.name}", f"Title: {person.headline}", f"Email: {person.email}",
           f"Phone: {person.phone}", f"Location: {person.location}"]
    out += [f"{link_label(link)}: {link}" for link in person.links]
    out += ["", "Profile:", person.summary, "", "Work experience:"]
    for p in person.positions:
        out.append(f"{date_span(look, p)} | {p.title} | {p.company} | {p.location}")
        out += [f"  {look.bullet} {b}" for b in p.bullets]
    if person.projects:
        out += ["", "Projects:"]
        out += [f"{x.name}: {x.description}" for x in person.projects]
    out += ["", "Education:"]
    out += [f"{d.year} | {degree_line(d)} | {d.institution}" for d in person.education]
    out += ["", f"Skills: {skills_line(person)}"]
    if person.certifications:
        out.append(f"Certifications: {'; '.join(person.certifications)}")
    if person.languages:
        out.append(f"Languages: {'; '.join(language_item(x) for x in person.languages)}")
    return out


def _underline(person: Person, look: Look) -> list[str]:
    """Setext-style headings underlined with = and -, company first in each entry."""

    def heading(text: str, mark: str = "-") -> list[str]:
        return [text, mark * len(text)]

    out = [*heading(person.name, "="), person.headline, ""]
    out += [*heading("Contact"), *contact_items(person), ""]
    out += [*heading("About me"), person.summary, ""]
    out += heading("Professional Experience")
    for p in person.positions:
        out += [f"{p.company} — {p.title} ({date_span(look, p)})", p.location]
        out += [f"{look.bullet} {b}" for b in p.bullets]
        out.append("")
    if person.projects:
        out += heading("Side Projects")
        out += [f"{x.name} — {x.description}" for x in person.projects]
        out.append("")
    out += heading("Education")
    for d in person.education:
        out += [f"{d.institution} ({d.year})", f"  {degree_line(d)}"]
    out += ["", *heading("Skills")]
    out += [skills_line(person), ""]
    if person.certifications:
        out += [*heading("Certifications"), *person.certifications, ""]
    if person.languages:
        out += [*heading("Languages"), *[language_item(x) for x in person.languages]]
    return out
