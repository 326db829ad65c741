"""Small pieces of resume text shared by every renderer, so formats agree on content."""

from __future__ import annotations

from evals.demo.model import Degree, Language, Look, Person, Position


def date_span(look: Look, position: Position) -> str:
    """The position's dates in the resume's own style."""
    return look.dates.span(position.start, position.end)


def place(position: Position) -> str:
    """`Company, City` as one phrase."""
    return f"{position.company}, {position.location}"


def degree_line(degree: Degree) -> str:
    """`MSc in Computer Science`, or just `MBA` when there is no field."""
    if degree.field is None:
        return degree.degree
    return f"{degree.degree} in {degree.field}"


def language_item(language: Language) -> str:
    """`German (C1)`."""
    return f"{language.name} ({language.level})"


def languages_line(person: Person) -> str:
    """All languages on one line."""
    return ", ".join(language_item(lang) for lang in person.languages)


def skills_line(person: Person, separator: str = ", ") -> str:
    """All skills on one line, as printed."""
    return separator.join(person.skill_labels)


def link_label(link: str) -> str:
    """`LinkedIn` or `GitHub`, for layouts that label each contact line."""
    return "GitHub" if "github" in link else "LinkedIn"


def letter_paper(person: Person) -> bool:
    """Whether the person lives in North America, where resumes use US Letter paper."""
    return person.location.endswith((", NY", ", CA", ", TX", "USA", "Canada"))


def contact_items(person: Person) -> list[str]:
    """E-mail, phone, location and profile links, in the usual order."""
    return [person.email, person.phone, person.location, *person.links]
