"""Fairness: protected attributes never reach a score, and criteria naming them are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.job import JobProfile
from core.resume import ExperienceEntry, ParsedResume, SkillEntry
from core.settings import Settings
from core.weights import MatchWeights
from evals.fairness import SWAP_TYPES, compare, load_jobs, score_variants, summarise, variants
from tools.protected_attributes import (
    check_criterion,
    find_protected,
    neutral_text,
    redact_lines,
    without_name,
)
from tools.read_resume import read_resume
from tools.score_match import score_match


def test_counterfactual_swaps_leave_every_score_identical(
    demo_dir: Path, settings: Settings, embedder, taxonomy
) -> None:
    """Names (gender, ethnicity, skill words), pronouns, age, marital status, nationality,
    religion, gender lines and a photo: every score of every dimension stays the same."""
    jobs = [
        job
        for job in load_jobs(taxonomy, demo_dir / "jobs")
        if job[0] in ("backend-engineer", "data-analyst")
    ]
    found: dict[str, list[tuple[float, float, str]]] = {}
    for name in ("01-emilie-roy.txt", "02-lea-moreau.docx"):
        path = demo_dir / "resumes" / name
        base = read_resume(path.name, path.read_bytes(), settings=settings, taxonomy=taxonomy)
        items = variants(base.document.text, base.parsed.name)
        scores = score_variants(
            items, jobs, settings=settings, taxonomy=taxonomy, embedder=embedder
        )
        for swap, values in compare(name, scores, [job_id for job_id, _ in jobs]).items():
            found.setdefault(swap, []).extend(values)
    rows = summarise(found)
    assert [row.swap for row in rows] == list(SWAP_TYPES)
    for row in rows:
        assert row.pairs > 0, row.swap
        assert (row.max_overall, row.max_dimension) == (0.0, 0.0), row


NO_SKILLS_SECTION = """{name}
Backend Developer
{mail}@example.com | Berlin, Germany

EXPERIENCE
Backend Developer, Acme GmbH | Jan 2019 - Present
- Built payment services in Python and PostgreSQL, deployed with Docker.
Junior Developer, Beta AG | Mar 2016 - Dec 2018
- Maintained Django apps and wrote SQL reports for the finance team.
"""


@pytest.mark.parametrize("name", ["Ruby Swift", "Julia Pascal", "Go Min-ji", "Crystal Rust"])
def test_a_name_is_never_a_skill(name: str, settings: Settings, taxonomy) -> None:
    def skills(person: str) -> list[str]:
        text = NO_SKILLS_SECTION.format(name=person, mail=person.lower().replace(" ", "."))
        read = read_resume("cv.txt", text.encode(), settings=settings, taxonomy=taxonomy)
        return read.parsed.skill_names()

    assert skills(name) == skills("Emma Smith")


def test_a_skill_named_elsewhere_is_kept_even_if_the_name_has_it(
    settings: Settings, taxonomy
) -> None:
    text = (
        NO_SKILLS_SECTION.format(name="Ruby Swift", mail="ruby") + "- Shipped Ruby on Rails apps.\n"
    )
    read = read_resume("cv.txt", text.encode(), settings=settings, taxonomy=taxonomy)
    assert "Ruby" in read.parsed.skill_names() or "Ruby on Rails" in read.parsed.skill_names()


# --- score_match itself --------------------------------------------------------------------------

RESUME = ParsedResume(
    name="Emily Walsh",
    emails=["emily.walsh@example.com"],
    headline="Backend Developer",
    summary="Backend developer building payment APIs.",
    skills=[SkillEntry(name=n) for n in ("Python", "Django", "PostgreSQL", "Docker")],
    experience=[
        ExperienceEntry(
            title="Backend Developer",
            company="Acme",
            start="2019-01",
            current=True,
            description="Built payment APIs in Python and Django on PostgreSQL.",
        )
    ],
    total_years_experience=6.0,
)
LINES = [
    "Emily Walsh",
    "emily.walsh@example.com | Berlin",
    "Backend Developer, Acme | 2019 - Present",
    "- Built payment APIs in Python and Django on PostgreSQL.",
    "Skills: Python, Django, PostgreSQL, Docker",
]
JOB = JobProfile(
    title="Senior Backend Engineer",
    seniority="senior",
    min_years_experience=5,
    required_skills=["Python", "Django", "PostgreSQL"],
    preferred_skills=["Kubernetes"],
)


def _score(resume: ParsedResume, lines: list[str]):
    return score_match(resume, lines, JOB, MatchWeights(), semantic_similarity=0.62)


@pytest.mark.parametrize(
    ("name", "extra"),
    [
        ("Jamal Jackson", []),
        ("Mei Chen", ["Date of birth: 14.03.1961", "Married, two children"]),
        ("Mohammed Haddad", ["Nationality: Syrian | Religion: Muslim"]),
        ("Lakisha Washington", ["Gender: Female", "Photo attached"]),
    ],
)
def test_score_match_ignores_names_and_personal_details(name: str, extra: list[str]) -> None:
    slug = name.lower().replace(" ", ".")
    resume = RESUME.model_copy(update={"name": name, "emails": [f"{slug}@example.com"]})
    lines = [name, f"{slug}@example.com | Berlin", *extra, *LINES[2:]]
    assert _score(resume, lines) == _score(RESUME, LINES)


# --- protected criteria ------------------------------------------------------------------------

REFUSED = {
    "only candidates under 35": "age",
    "under 35": "age",
    "candidates aged 25-35": "age",
    "young and dynamic team": "age",
    "no older than 40": "age",
    "recent graduates born after 1995": "age",
    "no women": "gender",
    "men only": "gender",
    "female applicants preferred": "gender",
    "must not be pregnant": "gender",
    "white candidates only": "ethnicity",
    "must be married": "marital",
    "single candidates": "marital",
    "must have no children": "marital",
    "native German speakers only": "nationality",
    "must be a US citizen": "nationality",
    "Only Germans": "nationality",
    "Christian candidates": "religion",
    "no disabled people": "disability",
    "send a recent photo": "photo",
}
ACCEPTED = [
    "5+ years of Python",
    "over 10 years of experience",
    "Kubernetes",
    "React Native",
    "cloud native architecture",
    "debugging race conditions",
    "Black-box testing",
    "single-page applications",
    "Single sign-on",
    "German C1",
    "fluent German",
    "max 40 hours a week",
    "Big picture thinking",
    "photo editing",
    "healthy engineering culture",
    "older versions of Java",
    "young company",
    "whiteboard interviews",
    "Ruby on Rails",
    "Swift",
    "Julia",
    "at least 3 years in fintech",
    "German speakers",
    "local to Berlin",
]


@pytest.mark.parametrize("criterion", sorted(REFUSED))
def test_criteria_naming_a_protected_attribute_are_refused(criterion: str) -> None:
    refusal = find_protected(criterion)
    assert refusal is not None and refusal.attribute.startswith(REFUSED[criterion])
    reason = check_criterion(criterion)
    assert reason is not None and reason.startswith("refused: ")
    assert "protected attribute" in reason and "instead" in reason


@pytest.mark.parametrize("criterion", ACCEPTED)
def test_job_related_criteria_are_accepted(criterion: str) -> None:
    assert check_criterion(criterion) is None


# --- what is taken out of a resume --------------------------------------------------------------


def test_personal_details_are_cut_but_the_rest_of_the_line_stays() -> None:
    redaction = redact_lines(
        [
            "Jane Roe",
            "Date of birth: 14.03.1961 | jane@example.com | +44 20 7946 0958",
            "GENDER | : | Female | NATIONALITY | : | Kenyan | LANGUAGES | : | English, Swahili",
            "Married, two children",
            "Age : 23  Single  Nationality : French  Driver license",
            "Single Sign-On | SAML",
            "Languages: English (native), German (C1)",
        ]
    )
    assert redaction.lines == [
        "Jane Roe",
        "jane@example.com | +44 20 7946 0958",
        "LANGUAGES | : | English, Swahili",
        "Driver license",
        "Single Sign-On | SAML",
        "Languages: English (native), German (C1)",
    ]
    assert set(redaction.attributes) == {
        "age",
        "gender",
        "nationality or national origin",
        "marital or family status",
    }


def test_pronoun_swaps_give_the_same_text() -> None:
    she = neutral_text("She led the team; her code was reviewed by her manager. Ms. Roe told her.")
    he = neutral_text("He led the team; his code was reviewed by his manager. Mr. Roe told him.")
    assert she == he
    assert she.startswith("They led the team; their code")


def test_a_name_in_an_email_or_link_keeps_them_an_email_and_a_link() -> None:
    text = "Name: Ruby Swift\nEmail: ruby.swift@example.net\nGitHub: github.com/ruby-swift\n"
    blind = without_name(text, "Ruby Swift")
    assert "Email: x.x@example.net" in blind
    assert "GitHub: github.com/x-x" in blind
    assert "Name: Candidate Name" in blind
