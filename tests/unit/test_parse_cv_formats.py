"""CV shapes beyond the usual résumé: Europass, Word templates, skill groups one item a line."""

from __future__ import annotations

from datetime import date

from core.document import ExtractedDocument
from tools.parse_resume import parse_resume
from tools.taxonomy import Taxonomy

REF = date(2025, 6, 1)

EUROPASS = """Jane Developer
Email address: jane.developer@example.com
Phone number: (555) 123-4567
GitHub: github.com/janedev
Address: Anytown, Any State (Home)
WORK EXPERIENCE
01/03/2021 – CURRENT Seattle, United States
SENIOR SOFTWARE ENGINEER
Northwind Traders
- Built the billing service in Go.
EDUCATION AND TRAINING
01/09/2014 – 01/05/2018
BACHELOR OF SCIENCE IN COMPUTER SCIENCE
University of California, Berkeley
Final grade: 3.8
01/09/2018 – 01/06/2020
MASTER OF SCIENCE IN HUMAN-COMPUTER INTERACTION
Stanford University
DIGITAL SKILLS
Python | Kubernetes | Terraform
"""

WORD_TEMPLATE = """Seattle, Washington | (555) 123-4567 | jane.developer@example.com
Jane Developer
Full Stack Software Engineer
Skills
Programming Languages
Python
TypeScript
Cloud & DevOps
Docker
Kubernetes
Experience
Software Engineer | Northwind Traders
Mar 2021 – Present | Seattle, WA
"""


def parse(text: str):  # noqa: ANN201 - the ParsedResume
    return parse_resume(ExtractedDocument(text=text, kind="txt"), Taxonomy.load(),
                        reference_date=REF)


def test_europass_cv() -> None:
    parsed = parse(EUROPASS)
    assert parsed.name == "Jane Developer"  # no headline: the email spells the name
    assert parsed.location == "Anytown, Any State"
    schools = [(e.institution, e.degree, e.field, e.graduation_year) for e in parsed.education]
    assert schools == [
        (
            "University of California, Berkeley",
            "BACHELOR OF SCIENCE IN COMPUTER SCIENCE",
            "COMPUTER SCIENCE",
            2018,
        ),
        (
            "Stanford University",
            "MASTER OF SCIENCE IN HUMAN-COMPUTER INTERACTION",
            "HUMAN-COMPUTER INTERACTION",
            2020,
        ),
    ]
    assert [e.degree_level for e in parsed.education] == ["bachelor", "master"]
    assert [(e.title, e.company, e.start, e.current) for e in parsed.experience] == [
        ("SENIOR SOFTWARE ENGINEER", "Northwind Traders", "2021-03", True)
    ]
    skills = parsed.skill_names()
    assert {"Python", "Kubernetes", "Terraform", "Go"} <= set(skills)
    assert "GitHub" not in skills  # "GitHub: <link>" says where the link goes


def test_word_template_with_the_contact_line_above_the_name() -> None:
    parsed = parse(WORD_TEMPLATE)
    assert parsed.name == "Jane Developer"
    assert parsed.headline == "Full Stack Software Engineer"
    skills = parsed.skill_names()
    assert skills[:4] == ["Python", "TypeScript", "Docker", "Kubernetes"]
    assert "Programming" not in skills and "DevOps" not in skills  # group names, not skills
